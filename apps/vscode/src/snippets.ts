import { placeholderText, type Locale, type Localized } from '@cpskit/core';
import { text, type TextId } from './messages.js';

const COMPETENCIES = 'C1.1,C1.2,C1.3,C1.4,C1.5,C1.6,C2.1,C2.2,C2.3,C2.4,E1.1,E1.2,E2.1,E2.2a,E2.2b,E2.3,S1.1,S1.2,S1.3,S2.1,S2.2';
const FREQUENCIES = 'daily,several-a-week,weekly,fortnightly,monthly,occasional';
const PEDAGOGIES = 'active,positive,experiential';

/** A block a person inserts by typing one of its prefixes; its name and description are in the messages. */
export interface Snippet {
  readonly id: 'workshop' | 'ritual' | 'informal' | 'session';
  readonly prefixes: readonly string[];
  /** VS Code snippet syntax: $1, ${2:placeholder}, ${3|choice,…|}, $0; its placeholders in the person's language. */
  readonly body: Readonly<Record<Locale, readonly string[]>>;
}

/** Text inside a snippet placeholder: `$`, `}` and `\` would end or change it. */
function literal(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * A title or an objective left to write, as `cps init` writes it (« À COMPLÉTER : … », "TO COMPLETE: …"):
 * cpskit counts a block whose title is left as inserted as still to complete, so that it never scores.
 * Quoted, since the colon followed by a space would start a key.
 */
function toComplete(stop: number, what: Localized, locale: Locale): string {
  return `"\${${stop}:${literal(placeholderText(what[locale], locale))}}"`;
}

/** The ids a person types over; the session's activity is the workshop's, so that both blocks inserted as they are fit together. */
const IDS = {
  workshop: { en: 'new-workshop', fr: 'nouvel-atelier' },
  ritual: { en: 'new-ritual', fr: 'nouveau-rituel' },
  informal: { en: 'new-practice', fr: 'nouvelle-pratique' },
} satisfies Record<string, Localized>;

const WHAT = {
  workshopTitle: { en: 'title of the workshop', fr: 'titre de l’atelier' },
  objective: { en: 'what the participants will be able to do', fr: 'ce que les participants sauront faire' },
  ritualTitle: { en: 'title of the ritual', fr: 'titre du rituel' },
  informalTitle: { en: 'title of the practice', fr: 'titre de la pratique' },
  sessionTitle: { en: 'title of the session', fr: 'titre de la séance' },
} satisfies Record<string, Localized>;

const inBoth = (body: (locale: Locale) => string[]): Record<Locale, string[]> => ({ en: body('en'), fr: body('fr') });

/**
 * The manual's blocks. They are offered by the extension rather than a contributed snippets file
 * because VS Code cannot localise a snippets file: the names, descriptions and placeholders follow `cps.locale`.
 */
export const SNIPPETS: readonly Snippet[] = [
  {
    id: 'workshop',
    prefixes: ['activity', 'activite', 'atelier', 'workshop'],
    body: inBoth((locale) => [
      `- id: \${1:${IDS.workshop[locale]}}`,
      `  title: ${toComplete(2, WHAT.workshopTitle, locale)}`,
      '  kind: workshop',
      `  competencies: [\${3|${COMPETENCIES}|}]`,
      '  duration: ${4:45min}',
      `  pedagogy: [\${5|${PEDAGOGIES}|}]`,
      '  objectives:',
      `    - ${toComplete(6, WHAT.objective, locale)}`,
      '$0',
    ]),
  },
  {
    id: 'ritual',
    prefixes: ['ritual', 'rituel'],
    body: inBoth((locale) => [
      `- id: \${1:${IDS.ritual[locale]}}`,
      `  title: ${toComplete(2, WHAT.ritualTitle, locale)}`,
      '  kind: ritual',
      `  frequency: \${3|${FREQUENCIES}|}`,
      `  competencies: [\${4|${COMPETENCIES}|}]`,
      '  duration: ${5:10min}',
      `  pedagogy: [\${6|${PEDAGOGIES}|}]`,
      '$0',
    ]),
  },
  {
    id: 'informal',
    prefixes: ['informal', 'pratique-informelle'],
    body: inBoth((locale) => [
      `- id: \${1:${IDS.informal[locale]}}`,
      `  title: ${toComplete(2, WHAT.informalTitle, locale)}`,
      '  kind: informal',
      `  frequency: \${3|${FREQUENCIES}|}`,
      `  competencies: [\${4|${COMPETENCIES}|}]`,
      '$0',
    ]),
  },
  {
    id: 'session',
    prefixes: ['session', 'seance'],
    body: inBoth((locale) => ['- id: ${1:s1}', `  title: ${toComplete(2, WHAT.sessionTitle, locale)}`, '  year: ${3:1}', `  activities: [\${4:${IDS.workshop[locale]}}]`, '$0']),
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
    const body = snippet.body[locale].join('\n');
    const preview = snippetPreview(snippet.body[locale]);
    return snippet.prefixes.map((prefix) => ({ prefix, name, description, body, preview, start }));
  });
}
