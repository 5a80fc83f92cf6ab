import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@cpskit/core';
import type { CodeAction, Position, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { LineIndex, RULE_DOCS_BASE_URL, codeActions, findingToDiagnostic, parseManual, type Finding } from '../../src/index.js';
import { createSnapshot } from '../../src/service/editing/snapshot.js';

const URI = 'file:///manuel.cps.yaml';
/** Where the cursor is, in a fixture. */
const CURSOR = '‸';

function cursorIn(marked: string): { text: string; position: Position } {
  const at = marked.indexOf(CURSOR);
  expect(at, 'the fixture has a cursor').toBeGreaterThanOrEqual(0);
  const text = marked.slice(0, at) + marked.slice(at + 1);
  return { text, position: new LineIndex(text).positionAt(at) };
}

/** Applies LSP edits to a text, as an editor does: every range refers to the original text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const located = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }));
  located.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of located) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

function editsOf(action: CodeAction): TextEdit[] {
  expect(Object.keys(action.edit?.changes ?? {})).toEqual([URI]);
  return action.edit!.changes![URI]!;
}

function actionsAt(marked: string, locale: Locale, only?: string[]) {
  const { text, position } = cursorIn(marked);
  const snapshot = createSnapshot(URI, 1, text, { locale });
  return { text, snapshot, actions: codeActions(snapshot, { start: position, end: position }, only ? { only } : {}) };
}

/** Replaces the one occurrence of `find`, so that expected texts read as the change they are. */
function change(text: string, find: string, replace: string): string {
  expect(text.split(find).length, `"${find}" occurs once`).toBe(2);
  return text.replace(find, replace);
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

const BASE = `# Manuel d'essai
# (fixture des actions)

version: 1
program:
  id: essai
  title: Un essai
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
activities:
  - id: meteo # rituel du matin
    title: Météo
    kind: ritual
    competencies: [E1.3]
    # fin de meteo
  # activités à venir

sessions:
  - id: s1
    year: 1
    activities: [meteo, colere]
`;

const PROGRAM = `program:
  id: essai
  title: Un essai
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
`;

/** A defined activity: the id the session uses, everything else still to write, so that it earns nothing. */
const NEW_ACTIVITY = {
  en: (indent: string, id = 'colere') =>
    `${indent}- id: ${id}\n${indent}  title: "TO COMPLETE: the name of the activity"\n${indent}  kind: "TO COMPLETE: workshop, ritual or informal"\n${indent}  competencies: ["TO COMPLETE: codes of the SpF classification: C1.1, E2.2a, S2…"]\n`,
  fr: (indent: string, id = 'colere') =>
    `${indent}- id: ${id}\n${indent}  title: "À COMPLÉTER : le nom de l’activité"\n${indent}  kind: "À COMPLÉTER : workshop, ritual ou informal"\n${indent}  competencies: ["À COMPLÉTER : codes de la classification de SpF : C1.1, E2.2a, S2…"]\n`,
};

interface ActionCase {
  readonly name: string;
  /** The manual, with ‸ where the cursor is. */
  readonly text: string;
  readonly title: Readonly<Record<Locale, string>>;
  /** The text once the action is applied, per locale when the inserted comments differ. */
  readonly expected: string | ((locale: Locale) => string);
  readonly preferred?: boolean;
  /** The rule of the finding the action fixes. */
  readonly fixes: string;
  /** Whether the finding is gone once the action is applied. */
  readonly resolves?: boolean;
}

const ACTION_CASES: readonly ActionCase[] = [
  {
    name: 'an unknown competency is replaced with the suggested code, as the preferred fix',
    text: change(BASE, '[E1.3]', '[E1‸.3]'),
    title: { en: 'Replace with E1.2', fr: 'Remplacer par E1.2' },
    expected: change(BASE, '[E1.3]', '[E1.2]'),
    preferred: true,
    fixes: 'unknown-competency',
    resolves: true,
  },
  {
    name: 'a missing section is added from its skeleton after the last section',
    text: change(BASE, 'version: 1', 'vers‸ion: 1'),
    title: { en: 'Add the "materials" section', fr: 'Ajouter la section « materials »' },
    expected: (locale) =>
      locale === 'fr'
        ? `${BASE}materials:\n  facilitator_guide: "À COMPLÉTER : titre ou lien du guide d’intervention"\n  participant_booklet: "À COMPLÉTER : titre ou lien du livret des participants"\n`
        : `${BASE}materials:\n  facilitator_guide: "TO COMPLETE: title or link of the guide for facilitators"\n  participant_booklet: "TO COMPLETE: title or link of the booklet for participants"\n`,
    fixes: 'missing-section',
  },
  {
    name: 'an undefined activity is defined at the end of the list, after the comments under the last item',
    text: change(BASE, 'colere]', 'col‸ere]'),
    title: { en: 'Define activity "colere"', fr: 'Définir l’activité « colere »' },
    expected: (locale) => change(BASE, '    # fin de meteo\n', `    # fin de meteo\n${NEW_ACTIVITY[locale]('  ')}`),
    fixes: 'undefined-activity',
    resolves: true,
  },
  {
    name: 'a defined activity follows the list’s own indentation',
    text: 'version: 1\nactivities:\n- id: meteo\n  title: Météo\n  kind: ritual\nsessions:\n- id: s1\n  year: 1\n  activities: [meteo, ‸colere]\n',
    title: { en: 'Define activity "colere"', fr: 'Définir l’activité « colere »' },
    expected: (locale) =>
      `version: 1\nactivities:\n- id: meteo\n  title: Météo\n  kind: ritual\n${NEW_ACTIVITY[locale]('')}sessions:\n- id: s1\n  year: 1\n  activities: [meteo, colere]\n`,
    fixes: 'undefined-activity',
    resolves: true,
  },
  {
    name: 'a defined activity is written in flow style when the list’s items are',
    text: 'version: 1\nactivities:\n  - {id: meteo, title: Météo, kind: ritual}\nsessions:\n  - { id: s1, year: 1, activities: [meteo, "123‸"] }\n',
    title: { en: 'Define activity "123"', fr: 'Définir l’activité « 123 »' },
    expected: (locale) =>
      `version: 1\nactivities:\n  - {id: meteo, title: Météo, kind: ritual}\n  - {id: "123", ${
        locale === 'fr'
          ? 'title: "À COMPLÉTER : le nom de l’activité", kind: "À COMPLÉTER : workshop, ritual ou informal", competencies: ["À COMPLÉTER : codes de la classification de SpF : C1.1, E2.2a, S2…"]'
          : 'title: "TO COMPLETE: the name of the activity", kind: "TO COMPLETE: workshop, ritual or informal", competencies: ["TO COMPLETE: codes of the SpF classification: C1.1, E2.2a, S2…"]'
      }}\nsessions:\n  - { id: s1, year: 1, activities: [meteo, "123"] }\n`,
    fixes: 'undefined-activity',
    resolves: true,
  },
  {
    name: 'a defined activity goes under an empty "activities:" key',
    text: 'version: 1\nactivities: # à remplir\nsessions:\n  - { id: s1, year: 1, activities: [colere‸] }\n',
    title: { en: 'Define activity "colere"', fr: 'Définir l’activité « colere »' },
    expected: (locale) => `version: 1\nactivities: # à remplir\n${NEW_ACTIVITY[locale]('  ').replace(/\n$/, '')}\nsessions:\n  - { id: s1, year: 1, activities: [colere] }\n`,
    fixes: 'undefined-activity',
    resolves: true,
  },
  {
    name: 'a defined activity creates the "activities" section when there is none',
    text: 'version: 1\nsessions:\n  - id: s1\n    year: 1\n    activities: [‸colere]',
    title: { en: 'Define activity "colere"', fr: 'Définir l’activité « colere »' },
    expected: (locale) => `version: 1\nsessions:\n  - id: s1\n    year: 1\n    activities: [colere]\nactivities:\n${NEW_ACTIVITY[locale]('  ')}`,
    fixes: 'undefined-activity',
    resolves: true,
  },
  {
    name: 'a missing "program" section is added from a skeleton, in the document’s indentation',
    text: `‸version: 1\nactivities:\n    - id: meteo\n      title: Météo\n      kind: ritual\nfacilitators:\n    profiles: [teachers]\n`,
    title: { en: 'Add the "program" section', fr: 'Ajouter la section « program »' },
    expected: (locale) =>
      `version: 1\nactivities:\n    - id: meteo\n      title: Météo\n      kind: ritual\nfacilitators:\n    profiles: [teachers]\n${
        locale === 'fr'
          ? 'program:\n    id: a-completer\n    title: "À COMPLÉTER : le nom du programme"\n    ages: { min: "À COMPLÉTER : l’âge le plus jeune, de 3 à 25 ans", max: "À COMPLÉTER : l’âge le plus âgé, de 3 à 25 ans" }\n    settings: ["À COMPLÉTER : où il se déroule : primary-school, secondary-school…"]\n    duration: { years: "À COMPLÉTER : combien d’années une cohorte le suit" }\n    evidence: { kind: "À COMPLÉTER : evidence-based-program ou evidence-informed" }\n'
          : 'program:\n    id: to-complete\n    title: "TO COMPLETE: the name of the programme"\n    ages: { min: "TO COMPLETE: the youngest age, 3 to 25", max: "TO COMPLETE: the oldest age, 3 to 25" }\n    settings: ["TO COMPLETE: where it runs: primary-school, secondary-school…"]\n    duration: { years: "TO COMPLETE: how many years a cohort follows it" }\n    evidence: { kind: "TO COMPLETE: evidence-based-program or evidence-informed" }\n'
      }`,
    fixes: 'schema',
  },
  {
    name: 'a missing "activities" section is added from a skeleton',
    text: `‸version: 1\n${PROGRAM}`,
    title: { en: 'Add the "activities" section', fr: 'Ajouter la section « activities »' },
    expected: (locale) => `version: 1\n${PROGRAM}activities:\n${locale === 'fr' ? NEW_ACTIVITY.fr('  ', 'activite-1') : NEW_ACTIVITY.en('  ', 'activity-1')}`,
    fixes: 'schema',
  },
  {
    name: 'a rule is disabled for one line, with a comment above it at its indentation',
    text: change(BASE, 'colere]', 'col‸ere]'),
    title: { en: 'Disable "undefined-activity" for this line', fr: 'Désactiver « undefined-activity » pour cette ligne' },
    expected: change(BASE, '    activities: [meteo', '    # cps-disable-next-line undefined-activity -- \n    activities: [meteo'),
    fixes: 'undefined-activity',
    resolves: true,
  },
  {
    name: 'a rule is added to the comment that already disables another one on the line',
    text: change(BASE, '    competencies: [E1.3]', '    # cps-disable-next-line thin-competency -- voulu\n    competencies: [E1.‸3]'),
    title: { en: 'Disable "unknown-competency" for this line', fr: 'Désactiver « unknown-competency » pour cette ligne' },
    expected: change(BASE, '    competencies: [E1.3]', '    # cps-disable-next-line thin-competency, unknown-competency -- voulu\n    competencies: [E1.3]'),
    fixes: 'unknown-competency',
  },
  {
    name: 'a rule is disabled for the whole file right after the header comment',
    text: change(BASE, 'colere]', 'col‸ere]'),
    title: { en: 'Disable "undefined-activity" for the whole file', fr: 'Désactiver « undefined-activity » pour tout le fichier' },
    expected: change(BASE, '# (fixture des actions)\n', '# (fixture des actions)\n# cps-disable undefined-activity -- \n'),
    fixes: 'undefined-activity',
    resolves: true,
  },
  {
    name: 'a rule is disabled for the whole file on the first line when the file has no header, after a byte-order mark',
    text: '\uFEFF# le manuel\nversion: 1\nactivities:\n  - { id: a, title: A, kind: ritual, competencies: [E9‸] }\n',
    title: { en: 'Disable "unknown-competency" for the whole file', fr: 'Désactiver « unknown-competency » pour tout le fichier' },
    expected: '\uFEFF# cps-disable unknown-competency -- \n# le manuel\nversion: 1\nactivities:\n  - { id: a, title: A, kind: ritual, competencies: [E9] }\n',
    fixes: 'unknown-competency',
  },
];

describe('code actions', () => {
  for (const testCase of ACTION_CASES) {
    for (const locale of ['en', 'fr'] as const) {
      for (const lineBreak of ['LF', 'CRLF'] as const) {
        it(`${testCase.name} (${locale}, ${lineBreak})`, () => {
          const marked = lineBreak === 'CRLF' ? crlf(testCase.text) : testCase.text;
          const { text, actions } = actionsAt(marked, locale);
          const action = actions.find((entry) => entry.title === testCase.title[locale]);
          expect(action, `offered: ${actions.map((entry) => entry.title).join(' | ')}`).toBeDefined();
          expect(action!.kind).toBe('quickfix');
          expect(action!.isPreferred ?? false).toBe(testCase.preferred ?? false);
          expect(action!.diagnostics?.map((diagnostic) => diagnostic.code)).toContain(testCase.fixes);
          const expected = typeof testCase.expected === 'string' ? testCase.expected : testCase.expected(locale);
          const result = applyEdits(text, editsOf(action!));
          expect(result).toBe(lineBreak === 'CRLF' ? crlf(expected) : expected);
          expect(parseManual(result).problems).toEqual([]);
          if (testCase.resolves) {
            const count = (findings: readonly Finding[]) => findings.filter((finding) => finding.ruleId === testCase.fixes).length;
            expect(count(createSnapshot(URI, 2, result, { locale }).validation.findings)).toBe(count(actionsAt(marked, locale).snapshot.validation.findings) - 1);
          }
        });
      }
    }
  }

  it('apply minimal edits: nothing of the document is rewritten', () => {
    const { actions } = actionsAt(change(BASE, 'colere]', 'col‸ere]'), 'en');
    for (const action of actions) {
      for (const edit of editsOf(action)) expect(edit.range.start).toEqual(edit.range.end);
    }
    const { actions: replace } = actionsAt(change(BASE, '[E1.3]', '[E1‸.3]'), 'en');
    const edits = editsOf(replace.find((action) => action.isPreferred)!);
    expect(edits).toEqual([{ range: { start: { line: 15, character: 19 }, end: { line: 15, character: 23 } }, newText: 'E1.2' }]);
  });

  it('silence the finding they disable, without a stale-comment report', () => {
    for (const marked of [
      change(BASE, 'colere]', 'col‸ere]'),
      change(BASE, '[E1.3]', '[E1‸.3]'),
      crlf(change(BASE, '[E1.3]', '[E1‸.3]')),
      change(BASE, 'version: 1', '‸version: 1'),
    ]) {
      const { text, snapshot, actions } = actionsAt(marked, 'fr');
      for (const action of actions.filter((entry) => entry.title.startsWith('Désactiver'))) {
        const rule = String(action.diagnostics![0]!.code);
        const before = snapshot.validation.findings.filter((finding) => finding.ruleId === rule).length;
        const after = createSnapshot(URI, 2, applyEdits(text, editsOf(action)), { locale: 'fr' }).validation.findings;
        expect(after.filter((finding) => finding.ruleId === 'unused-suppression')).toEqual([]);
        expect(after.filter((finding) => finding.ruleId === rule).length).toBeLessThan(before);
      }
    }
  });

  it('group the findings one action answers', () => {
    const { actions } = actionsAt(change(BASE, 'version: 1', 'vers‸ion: 1'), 'en');
    const disable = actions.find((action) => action.title === 'Disable "missing-section" for this line')!;
    expect(disable.diagnostics!.length).toBeGreaterThan(1);
    expect(actions.filter((action) => action.title === disable.title)).toHaveLength(1);
  });

  it('offer no block item for an "activities" list written in flow style', () => {
    const { actions } = actionsAt('version: 1\nactivities: [{ id: a, title: A, kind: ritual }]\nsessions:\n  - { id: s1, year: 1, activities: [a, b‸] }\n', 'en');
    expect(actions.map((action) => action.title)).toEqual(['Disable "undefined-activity" for this line', 'Disable "undefined-activity" for the whole file']);
  });

  it('offer no way to disable a syntax error', () => {
    const { actions, snapshot } = actionsAt('version: 1\nprogram: "unclosed‸\n', 'en');
    expect(snapshot.validation.findings.some((finding) => finding.ruleId === 'yaml-syntax')).toBe(true);
    expect(actions.filter((action) => action.diagnostics?.some((diagnostic) => diagnostic.code === 'yaml-syntax'))).toEqual([]);
  });

  it('offer no comment line inside a text written over several lines', () => {
    const text = 'version: 1\nactivities:\n  - id: a\n    title: A\n    kind: ritual\n    description: "une description\n      sur deux lignes"\n';
    const snapshot = createSnapshot(URI, 1, text, { locale: 'en' });
    const lines = new LineIndex(text);
    // A finding on the second line of the text, as a rule pointing into a description could report.
    const at = text.indexOf('sur deux');
    const inner: Finding = { ...snapshot.validation.findings[0]!, ruleId: 'rituals', range: lines.rangeOf(at, at + 3), offsets: { start: at, end: at + 3 } };
    const withInner = { ...snapshot, validation: { ...snapshot.validation, findings: [inner] } };
    const titles = codeActions(withInner, lines.rangeOf(at, at), {}).map((action) => action.title);
    expect(titles).toEqual(['Disable "rituals" for the whole file']);
  });

  it('answer only requests for quick fixes', () => {
    const marked = change(BASE, '[E1.3]', '[E1‸.3]');
    expect(actionsAt(marked, 'en', ['quickfix']).actions.length).toBeGreaterThan(0);
    expect(actionsAt(marked, 'en', ['']).actions.length).toBeGreaterThan(0);
    expect(actionsAt(marked, 'en', ['source.organizeImports']).actions).toEqual([]);
    expect(actionsAt(marked, 'en', ['refactor']).actions).toEqual([]);
  });

  it('offer nothing where there is no finding', () => {
    expect(actionsAt(change(BASE, 'title: Un essai', 'title: Un ‸essai'), 'en').actions).toEqual([]);
  });

  it('never throw, and leave every document parseable, on the shipped examples', () => {
    const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
    const files = readdirSync(examples).filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(examples + file, 'utf8');
      const snapshot = createSnapshot(URI, 1, text, { locale: 'fr' });
      for (const finding of snapshot.validation.findings) {
        for (const action of codeActions(snapshot, finding.range, {})) {
          const result = applyEdits(text, editsOf(action));
          expect(parseManual(result).problems, `${file}: ${action.title}`).toEqual([]);
        }
      }
    }
  });
});

describe('findingToDiagnostic', () => {
  it('carries the rule, its docs, the severity, the related places and the message id', () => {
    const text = 'version: 1\nactivities:\n  - { id: a, title: A, kind: ritual }\n  - { id: a, title: B, kind: ritual }\n';
    const snapshot = createSnapshot(URI, 1, text, { locale: 'fr' });
    const finding = snapshot.validation.findings.find((entry) => entry.ruleId === 'duplicate-id')!;
    expect(finding.related?.length).toBeGreaterThan(0);
    const diagnostic = findingToDiagnostic(finding, URI);
    expect(diagnostic).toMatchObject({
      range: finding.range,
      severity: 1,
      code: 'duplicate-id',
      source: 'cpskit',
      codeDescription: { href: `${RULE_DOCS_BASE_URL}duplicate-id.md` },
      message: finding.message,
      data: { messageId: finding.messageId },
    });
    expect(diagnostic.relatedInformation).toEqual(finding.related!.map((place) => ({ location: { uri: URI, range: place.range }, message: place.message })));
    const severities = (['error', 'warning', 'info'] as const).map((severity) => findingToDiagnostic({ ...finding, severity }, URI).severity);
    expect(severities).toEqual([1, 2, 3]);
    const cited = snapshot.validation.findings.find((entry) => entry.cites)!;
    expect(findingToDiagnostic(cited, URI).data).toEqual({ messageId: cited.messageId, cites: cited.cites });
  });
});
