import type { Locale } from '@cpskit/core';
import { text, type TextId } from './messages.js';

const COMPETENCIES = 'C1.1,C1.2,C1.3,C1.4,C1.5,C1.6,C2.1,C2.2,C2.3,C2.4,E1.1,E1.2,E2.1,E2.2a,E2.2b,E2.3,S1.1,S1.2,S1.3,S2.1,S2.2';
const FREQUENCIES = 'daily,several-a-week,weekly,fortnightly,monthly,occasional';
const PEDAGOGIES = 'active,positive,experiential';

/** A block a person inserts by typing one of its prefixes; its name and description are in the messages. */
export interface Snippet {
  readonly id: 'workshop' | 'ritual' | 'informal' | 'session';
  readonly prefixes: readonly string[];
  /** VS Code snippet syntax: $1, ${2:placeholder}, ${3|choice,…|}, $0. */
  readonly body: readonly string[];
}

/**
 * The manual's blocks. They are offered by the extension rather than a contributed snippets file
 * because VS Code cannot localise a snippets file: the names and descriptions follow `cps.locale`.
 */
export const SNIPPETS: readonly Snippet[] = [
  {
    id: 'workshop',
    prefixes: ['activity', 'activite', 'atelier', 'workshop'],
    body: [
      '- id: ${1:nouvel-atelier}',
      "  title: ${2:Titre de l'atelier}",
      '  kind: workshop',
      `  competencies: [\${3|${COMPETENCIES}|}]`,
      '  duration: ${4:45min}',
      `  pedagogy: [\${5|${PEDAGOGIES}|}]`,
      '  objectives:',
      '    - ${6:Ce que les participants sauront faire}',
      '$0',
    ],
  },
  {
    id: 'ritual',
    prefixes: ['ritual', 'rituel'],
    body: [
      '- id: ${1:nouveau-rituel}',
      '  title: ${2:Titre du rituel}',
      '  kind: ritual',
      `  frequency: \${3|${FREQUENCIES}|}`,
      `  competencies: [\${4|${COMPETENCIES}|}]`,
      '  duration: ${5:10min}',
      `  pedagogy: [\${6|${PEDAGOGIES}|}]`,
      '$0',
    ],
  },
  {
    id: 'informal',
    prefixes: ['informal', 'pratique-informelle'],
    body: [
      '- id: ${1:nouvelle-pratique}',
      '  title: ${2:Titre de la pratique}',
      '  kind: informal',
      `  frequency: \${3|${FREQUENCIES}|}`,
      `  competencies: [\${4|${COMPETENCIES}|}]`,
      '$0',
    ],
  },
  {
    id: 'session',
    prefixes: ['session', 'seance'],
    body: ['- id: ${1:s1}', '  year: ${2:1}', '  activities: [${3:nouvel-atelier}]', '$0'],
  },
];

/** The text a snippet inserts when each placeholder is left as it is and each choice at its first value. */
export function snippetPreview(body: readonly string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .trimEnd();
}

/** One entry of the completion list: a prefix of a snippet, its words in the person's language. */
export interface SnippetCompletion {
  readonly prefix: string;
  readonly name: string;
  readonly description: string;
  readonly body: string;
  readonly preview: string;
  /** Where the prefix being typed starts on the line: the completion replaces it. */
  readonly start: number;
}

/**
 * The snippets to offer with the cursor after `linePrefix` (the line up to the cursor): only where a
 * block may start, the line empty but for its indentation and the word being typed; a block in
 * the middle of a line would not be YAML.
 */
export function snippetCompletions(linePrefix: string, locale: Locale): SnippetCompletion[] {
  const match = /^(\s*)[\p{L}\p{N}-]*$/u.exec(linePrefix);
  if (!match) return [];
  const start = match[1]!.length;
  return SNIPPETS.flatMap((snippet) => {
    const name = text(`snippet.${snippet.id}.name` as TextId, locale);
    const description = text(`snippet.${snippet.id}.description` as TextId, locale);
    const body = snippet.body.join('\n');
    const preview = snippetPreview(snippet.body);
    return snippet.prefixes.map((prefix) => ({ prefix, name, description, body, preview, start }));
  });
}
