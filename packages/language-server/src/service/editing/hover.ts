import {
  frenchTypography,
  CATEGORIES,
  PHASES,
  SPECIFIC_COMPETENCIES,
  generalCompetency,
  lookupCompetency,
  manualSchema,
  markdownCode,
  markdownText,
  message,
  visible,
  type CompetencyEntry,
  type Locale,
  displayed,
} from '@cpskit/core';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { Citation, Finding } from '../finding.js';
import { describeCitation } from '../docs/rule-docs.js';
import type { YNode, YScalar } from '../parse/tree.js';
import { findRuleMeta } from '../rules/registry.js';
import { isRequiredKey, schemaAtPath } from '../schema/zod-walk.js';
import { isOversize } from '../parse/parse-manual.js';
import { contextAt, pathPattern, targetPath, type PathSegment } from './cursor-context.js';
import { keyDoc, valueDoc, valueDocs } from './key-docs.js';
import type { EditorCapabilities, ManualSnapshot } from './snapshot.js';

/** Writes the same content as Markdown or as plain text. */
export class Markup {
  private readonly blocks: string[] = [];

  constructor(readonly markdown: boolean) {}

  /**
   * Text that comes from data (a manual's title, a finding's message): shown as that text and
   * nothing else (see core's markdownText: no link, image, HTML or emphasis; control characters
   * visible). In plain text, made visible.
   */
  text(value: string): string {
    return this.markdown ? markdownText(value) : visible(value);
  }

  bold(value: string): string {
    return this.markdown ? `**${this.text(value)}**` : value;
  }

  italic(value: string): string {
    return this.markdown ? `*${this.text(value)}*` : value;
  }

  /** Code (an id, a key, a command) as a code span that holds exactly it, backticks included. */
  code(value: string): string {
    return this.markdown ? markdownCode(value) : visible(value);
  }

  /** A paragraph (its lines are kept as lines). */
  paragraph(...lines: string[]): this {
    return this.paragraphOf(lines);
  }

  /** The same, from a list of lines. */
  paragraphOf(lines: readonly string[]): this {
    this.blocks.push(lines.join(this.markdown ? '  \n' : '\n'));
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.blocks.push(items.map((item) => `- ${item}`).join('\n'));
    return this;
  }

  rule(): this {
    if (this.blocks.length > 0) this.blocks.push(this.markdown ? '---' : '—');
    return this;
  }

  get empty(): boolean {
    return this.blocks.length === 0;
  }

  toString(): string {
    return this.blocks.join('\n\n');
  }
}

const WORDS = {
  en: {
    category: 'Category',
    phase: 'Phase',
    general: 'General competency',
    keyMessages: 'Key messages of the classification',
    parts: 'Its two parts',
    partOf: 'Part of',
    specific: 'Specific competencies',
    writtenAs: 'Written',
    serves: 'SpF quality criteria',
    required: 'Required',
    optional: 'Optional',
    values: 'Values',
    why: 'Why it matters',
    cites: 'SpF reference',
    more: 'More',
    colon: ':',
  },
  fr: {
    category: 'Catégorie',
    phase: 'Phase',
    general: 'Compétence générale',
    keyMessages: 'Messages clés de la classification',
    parts: 'Ses deux parties',
    partOf: 'Partie de',
    specific: 'Compétences spécifiques',
    writtenAs: 'Écrit',
    serves: 'Critères de qualité SpF',
    required: 'Obligatoire',
    optional: 'Facultatif',
    values: 'Valeurs',
    why: 'Pourquoi c’est important',
    cites: 'Référence SpF',
    more: 'En savoir plus',
    colon: '\u00a0:',
  },
} as const;

/** A code with its label: SpF's French wording, with the English beside it in English. */
function codeLabel(out: Markup, code: string, label: { fr: string; en: string }, locale: Locale): string {
  const english = locale === 'en' ? ` ${out.italic(`(${label.en})`)}` : '';
  return `${out.bold(code)} — ${out.text(frenchTypography(label.fr))}${english}`;
}

/** Everything the classification says about a competency: label, category, phase, general competency, key messages, parts. */
export function describeCompetency(out: Markup, entry: CompetencyEntry, locale: Locale, written?: string): Markup {
  const words = WORDS[locale];
  const { competency } = entry;
  const general = entry.level === 'general' ? entry.competency : generalCompetency(entry.competency.general);
  const category = CATEGORIES.find((candidate) => candidate.code === general.category)!;
  const lines = [codeLabel(out, competency.code, competency.label, locale)];
  if (written !== undefined && written.trim() !== competency.code) {
    lines.push(`${words.writtenAs}${words.colon} ${out.code(written)}`);
  }
  lines.push(`${words.category}${words.colon} ${out.text(displayed(category.label, locale))}`);
  lines.push(`${words.phase} ${general.phase}${words.colon} ${out.text(displayed(PHASES[general.phase], locale))}`);
  if (entry.level === 'specific') lines.push(`${words.general}${words.colon} ${codeLabel(out, general.code, general.label, locale)}`);
  if (entry.level === 'specific' && entry.competency.partOf) {
    const whole = lookupCompetency(entry.competency.partOf)!;
    lines.push(`${words.partOf}${words.colon} ${codeLabel(out, whole.competency.code, whole.competency.label, locale)}`);
  }
  out.paragraphOf(lines);
  if (entry.level === 'specific' && entry.competency.parts) {
    out.paragraph(`${words.parts}${words.colon}`);
    out.list(entry.competency.parts.map((code) => codeLabel(out, code, lookupCompetency(code)!.competency.label, locale)));
  }
  if (entry.level === 'general') {
    out.paragraph(`${words.specific}${words.colon}`);
    out.list(
      SPECIFIC_COMPETENCIES.filter((specific) => specific.general === general.code && !specific.partOf).map((specific) => codeLabel(out, specific.code, specific.label, locale)),
    );
  }
  // S2 has none in the reference: no heading over an empty list.
  if (general.keyMessages.length > 0) {
    out.paragraph(`${words.keyMessages}${words.colon}`);
    out.list(general.keyMessages.map((keyMessage) => out.text(displayed(keyMessage, locale))));
  }
  return out;
}

/** What a key means, the criteria it serves, whether it is required and the values it takes. */
export function describeKey(out: Markup, path: readonly PathSegment[], locale: Locale): boolean {
  const entry = keyDoc(path);
  if (!entry) return false;
  const words = WORDS[locale];
  const key = String(path[path.length - 1]);
  const parent = schemaAtPath(manualSchema, path.slice(0, -1));
  const required = parent ? isRequiredKey(parent, key) : false;
  out.paragraph(`${out.code(key)} — ${out.italic(required ? words.required : words.optional)}`, out.text(displayed(entry.meaning, locale)));
  const pattern = pathPattern(path);
  const values = valueDocs(pattern) ?? valueDocs(`${pattern}[]`);
  if (values && Object.keys(values).length <= 10) {
    out.paragraph(`${words.values}${words.colon}`);
    out.list(Object.entries(values).map(([value, doc]) => `${out.code(value)} — ${out.text(displayed(doc.label, locale))}`));
  }
  if (entry.serves.length > 0) {
    out.paragraph(`${words.serves}${words.colon}`);
    out.list(entry.serves.map((citation) => out.text(describeCitation(citation, locale))));
  }
  return true;
}

function citationLine(out: Markup, citation: Citation, locale: Locale): string {
  return out.text(describeCitation(citation, locale));
}

/** A finding as a hover shows it: what is wrong, why it matters (the rule and what it cites) and where to read more. */
export function describeFinding(out: Markup, finding: Finding, locale: Locale): Markup {
  const words = WORDS[locale];
  const meta = findRuleMeta(finding.ruleId);
  const severity = message(`severity.${finding.severity}`, locale);
  out.paragraph(`${out.bold(severity.charAt(0).toUpperCase() + severity.slice(1))} · ${out.code(finding.ruleId)}`, out.text(finding.message));
  const why: string[] = [];
  if (meta) why.push(`${words.why}${words.colon} ${out.text(displayed(meta.description, locale))}`);
  const cites = finding.cites ?? meta?.cites;
  if (cites) why.push(`${words.cites}${words.colon} ${citationLine(out, cites, locale)}`);
  if (why.length > 0) out.paragraphOf(why);
  out.paragraph(`${words.more}${words.colon} ${out.code(`cps explain ${finding.ruleId}`)}`);
  return out;
}

/** What is under the cursor: a key or a scalar value, with its full path and its place. */
interface Target {
  readonly role: 'key' | 'value';
  readonly path: readonly PathSegment[];
  readonly value: string | number | boolean | null;
  readonly start: number;
  readonly end: number;
}

const within = (node: { start: number; end: number }, offset: number): boolean => node.start <= offset && offset <= node.end && node.start < node.end;

/** The key or scalar of the tree at an offset, following only the branch that contains it. */
function locate(root: YNode | null, offset: number): Target | undefined {
  let node: YNode | null = root;
  const path: PathSegment[] = [];
  while (node) {
    if (node.kind === 'scalar') return within(node, offset) ? scalarTarget('value', path, node) : undefined;
    let next: YNode | null = null;
    if (node.kind === 'map') {
      for (const pair of node.pairs) {
        if (within(pair.key, offset)) return scalarTarget('key', [...path, String(pair.key.value)], pair.key);
        if (pair.value && within(pair.value, offset)) {
          path.push(String(pair.key.value));
          next = pair.value;
          break;
        }
      }
    } else {
      const index = node.items.findIndex((item) => within(item, offset));
      if (index >= 0) {
        path.push(index);
        next = node.items[index]!;
      }
    }
    node = next;
  }
  return undefined;
}

function scalarTarget(role: 'key' | 'value', path: readonly PathSegment[], node: YScalar): Target {
  return { role, path: [...path], value: node.value, start: node.start, end: node.end };
}

/** The same, read from the text when the tree has lost that part (half-typed YAML). */
function targetFromText(text: string, offset: number): Target | undefined {
  const context = contextAt(text, offset);
  if (!context || context.start === context.end) return undefined;
  const word = text.slice(context.start, context.end);
  if (context.kind === 'key') {
    if (!context.hasColon) return undefined;
    return { role: 'key', path: [...context.path, word], value: word, start: context.start, end: context.end };
  }
  return { role: 'value', path: targetPath(context), value: word, start: context.start, end: context.end };
}

function isCompetencyPlace(path: readonly PathSegment[]): boolean {
  const pattern = pathPattern(path);
  return pattern === 'activities[].competencies[]' || pattern === 'activities[].competencies';
}

/**
 * The hover at a position: on a competency code, what the classification says of it; on
 * a key, what it means and the criterion it serves; on a value of a closed list, what it
 * means; and, inside a finding's range, the finding and why it matters. Null elsewhere.
 */
export function hover(snapshot: ManualSnapshot, position: Position, capabilities: EditorCapabilities): Hover | null {
  const { parsed, locale } = snapshot;
  // A manual over the size limit is not read: its one finding is the editor's to show.
  if (isOversize(parsed)) return null;
  const offset = parsed.lines.offsetAt(position);
  const target = locate(parsed.root, offset) ?? targetFromText(snapshot.text, offset);
  const out = new Markup(capabilities.markdown);
  if (target?.role === 'key') describeKey(out, target.path, locale);
  else if (target?.role === 'value' && typeof target.value === 'string' && isCompetencyPlace(target.path)) {
    const entry = lookupCompetency(target.value);
    if (entry) describeCompetency(out, entry, locale, target.value);
  } else if (target?.role === 'value' && target.value !== null) {
    const pattern = pathPattern(target.path);
    const doc = valueDoc(pattern, target.value);
    if (doc) {
      out.paragraph(`${out.code(String(target.value))} — ${out.text(displayed(doc.label, locale))}`);
      if (doc.serves?.length) out.list(doc.serves.map((citation) => citationLine(out, citation, locale)));
    }
  }
  const findings = snapshot.validation.findings.filter((finding) => finding.offsets.start <= offset && offset <= finding.offsets.end);
  for (const finding of findings) describeFinding(out.rule(), finding, locale);
  if (out.empty) return null;
  const range = target ?? smallest(findings);
  return {
    contents: { kind: capabilities.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: out.toString() },
    ...(range ? { range: parsed.lines.rangeOf(range.start, range.end) } : {}),
  };
}

function smallest(findings: readonly Finding[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const { offsets } of findings) if (!best || offsets.end - offsets.start < best.end - best.start) best = offsets;
  return best;
}
