import { isMap, isScalar, isSeq, parseManual, stringOf, valueOf, buildModel, type YNode } from '@cpskit/language-server';

/** What the manual says of its programme, as written (strings are the author's: hostile until escaped). */
export interface ProgramSummary {
  readonly id?: string;
  readonly title?: string;
  readonly summary?: string;
  readonly minAge?: number;
  readonly maxAge?: number;
  readonly settings: readonly string[];
  readonly sectors: readonly string[];
  readonly years?: number;
  readonly evidenceKind?: string;
  readonly references: number;
}

function strings(node: YNode | null | undefined): string[] {
  if (!isSeq(node)) return [];
  const out: string[] = [];
  for (const item of node.items) {
    const text = stringOf(item);
    if (text !== undefined && !out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * Reads the programme's summary from the manual's tree without expanding aliases: a manual
 * built to blow up when expanded stays as small here as it is on disk.
 */
export function programSummary(text: string): ProgramSummary {
  const parsed = parseManual(text);
  const model = buildModel(parsed.root);
  const program = model.program.node;
  const evidence = program ? valueOf(program, 'evidence') : undefined;
  const references = isMap(evidence) ? valueOf(evidence, 'references') : undefined;
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    ...optional('id', program ? stringOf(valueOf(program, 'id')) : undefined),
    ...optional('title', program ? stringOf(valueOf(program, 'title')) : undefined),
    ...optional('summary', program ? stringOf(valueOf(program, 'summary')) : undefined),
    ...optional('minAge', model.program.minAge),
    ...optional('maxAge', model.program.maxAge),
    settings: program ? strings(valueOf(program, 'settings')) : [],
    sectors: program ? strings(valueOf(program, 'sectors')) : [],
    ...optional('years', model.program.years),
    ...optional('evidenceKind', model.program.evidenceKind),
    references: isSeq(references) ? references.items.filter((item) => isScalar(item)).length : 0,
  };
}
