import type { Locale } from '@cpskit/core';
import type { DocumentSymbol, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { LineIndex, definition, documentSymbols, foldingRanges, isRenameRefusal, parseManual, prepareRename, references, rename } from '../../src/index.js';
import { createSnapshot } from '../../src/service/editing/snapshot.js';

const URI = 'file:///manuel.cps.yaml';
/** Where the cursor is, in a fixture. */
const CURSOR = '‸';

function at(marked: string, locale: Locale = 'en') {
  const offset = marked.indexOf(CURSOR);
  expect(offset, 'the fixture has a cursor').toBeGreaterThanOrEqual(0);
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const position: Position = new LineIndex(text).positionAt(offset);
  return { text, position, snapshot: createSnapshot(URI, 1, text, { locale }) };
}

const snapshotOf = (text: string, locale: Locale = 'en') => createSnapshot(URI, 1, text, { locale });

/** The text a range covers. */
function slice(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const located = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }));
  located.sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of located) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

const MANUAL = `# Manuel d'essai
# (fixture de navigation)

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
    title: Météo intérieure
    kind: ritual
    description: |
      # pas un commentaire
      # toujours du texte
  - id: 'colere'
    title: La colère
    kind: workshop
    # fin des activités

sessions:
  - id: s1
    year: 1
    activities: [meteo, colere]
  - { id: s2, year: 2, activities: ["meteo"] }
`;

describe('documentSymbols', () => {
  /** A symbol as the text it covers and the text it selects, with its children. */
  interface Shown {
    readonly name: string;
    readonly detail?: string;
    readonly kind: number;
    readonly covers: string;
    readonly selects: string;
    readonly children?: readonly Shown[];
  }
  const show = (text: string, symbol: DocumentSymbol): Shown => ({
    name: symbol.name,
    ...(symbol.detail !== undefined ? { detail: symbol.detail } : {}),
    kind: symbol.kind,
    covers: slice(text, symbol.range).replace(/\r\n/g, '\n'),
    selects: slice(text, symbol.selectionRange),
    ...(symbol.children ? { children: symbol.children.map((child) => show(text, child)) } : {}),
  });

  for (const [locale, lineBreak] of [
    ['en', 'LF'],
    ['fr', 'CRLF'],
  ] as const) {
    it(`outline the sections, the activities and the sessions with exact ranges (${locale}, ${lineBreak})`, () => {
      const text = lineBreak === 'CRLF' ? crlf(MANUAL) : MANUAL;
      const symbols = documentSymbols(snapshotOf(text, locale)).map((symbol) => show(text, symbol));
      const sessionDetail = locale === 'fr' ? ['année 1 · 2 activités', 'année 2 · 1 activité'] : ['year 1 · 2 activities', 'year 2 · 1 activity'];
      expect(symbols).toEqual([
        { name: 'version', kind: 7, covers: 'version: 1', selects: 'version' },
        { name: 'program', detail: 'Un essai', kind: 2, covers: PROGRAM_TEXT, selects: 'program' },
        {
          name: 'activities',
          kind: 18,
          covers: MANUAL.slice(MANUAL.indexOf('activities:'), MANUAL.indexOf('    # fin des activités') - 1),
          selects: 'activities',
          children: [
            {
              name: 'meteo',
              detail: 'Météo intérieure',
              kind: 12,
              covers: 'id: meteo # rituel du matin\n    title: Météo intérieure\n    kind: ritual\n    description: |\n      # pas un commentaire\n      # toujours du texte',
              selects: 'meteo',
            },
            { name: 'colere', detail: 'La colère', kind: 12, covers: "id: 'colere'\n    title: La colère\n    kind: workshop", selects: "'colere'" },
          ],
        },
        {
          name: 'sessions',
          kind: 18,
          covers: MANUAL.slice(MANUAL.indexOf('sessions:')).trimEnd(),
          selects: 'sessions',
          children: [
            { name: 's1', detail: sessionDetail[0], kind: 24, covers: 'id: s1\n    year: 1\n    activities: [meteo, colere]', selects: 's1' },
            { name: 's2', detail: sessionDetail[1], kind: 24, covers: '{ id: s2, year: 2, activities: ["meteo"] }', selects: 's2' },
          ],
        },
      ]);
    });
  }

  it('show an item written through an alias once, at the alias', () => {
    const text =
      'version: 1\nactivities:\n  - &base\n    id: a\n    title: A\n    kind: ritual\n  - *base\nsessions: &all\n  - { id: s1, year: 1, activities: [a] }\nextra: *all\n';
    const symbols = documentSymbols(snapshotOf(text));
    const activities = symbols.find((symbol) => symbol.name === 'activities')!;
    expect(activities.children!.map((child) => [child.name, slice(text, child.range), slice(text, child.selectionRange)])).toEqual([
      ['a', 'id: a\n    title: A\n    kind: ritual', 'a'],
      ['a', '*base', '*base'],
    ]);
    const extra = symbols.find((symbol) => symbol.name === 'extra')!;
    expect(slice(text, extra.range)).toBe('extra: *all');
    expect(extra.children).toBeUndefined();
  });

  it('return what can be read of a broken document, and nothing for an empty one', () => {
    expect(documentSymbols(snapshotOf(''))).toEqual([]);
    expect(documentSymbols(snapshotOf('- a\n- b\n'))).toEqual([]);
    const broken = 'version: 1\nprogram:\n  title: "Un essai\nactivities:\n  - id: a\n';
    expect(() => documentSymbols(snapshotOf(broken))).not.toThrow();
    expect(documentSymbols(snapshotOf('version: 1\nactivities:\n  - id: a\n    kind: [ritual\n')).map((symbol) => symbol.name)).toContain('version');
  });
});

const PROGRAM_TEXT = MANUAL.slice(MANUAL.indexOf('program:'), MANUAL.indexOf('\nactivities:'));

describe('definition and references', () => {
  interface Case {
    readonly name: string;
    /** MANUAL with a cursor: find the first occurrence of `find` and put ‸ after `offset` of its characters. */
    readonly find: string;
    readonly offset: number;
    /** Each expected location as `line:character` of its start and the text it covers. */
    readonly definition: readonly string[];
    readonly references: readonly string[];
    readonly declarationIncluded: readonly string[];
  }
  const METEO_REFS = ['26:17 meteo', '27:36 "meteo"'];
  const CASES: readonly Case[] = [
    {
      name: 'on a session’s reference, go to the activity',
      find: '[meteo, colere]',
      offset: 3,
      definition: ['12:8 meteo'],
      references: METEO_REFS,
      declarationIncluded: ['12:8 meteo', ...METEO_REFS],
    },
    {
      name: 'at the end of a quoted reference, go to the activity',
      find: '"meteo"',
      offset: 7,
      definition: ['12:8 meteo'],
      references: METEO_REFS,
      declarationIncluded: ['12:8 meteo', ...METEO_REFS],
    },
    {
      name: 'on the activity’s own id, stay there',
      find: 'id: meteo',
      offset: 5,
      definition: ['12:8 meteo'],
      references: METEO_REFS,
      declarationIncluded: ['12:8 meteo', ...METEO_REFS],
    },
    {
      name: 'on a quoted activity id',
      find: "'colere'",
      offset: 0,
      definition: ["18:8 'colere'"],
      references: ['26:24 colere'],
      declarationIncluded: ["18:8 'colere'", '26:24 colere'],
    },
    { name: 'on anything else, nothing', find: 'Un essai', offset: 2, definition: [], references: [], declarationIncluded: [] },
    { name: 'on a session id, nothing', find: 'id: s1', offset: 5, definition: [], references: [], declarationIncluded: [] },
  ];
  for (const testCase of CASES) {
    for (const lineBreak of ['LF', 'CRLF'] as const) {
      it(`${testCase.name} (${lineBreak})`, () => {
        const start = MANUAL.indexOf(testCase.find) + testCase.offset;
        const marked = `${MANUAL.slice(0, start)}${CURSOR}${MANUAL.slice(start)}`;
        const { text, position, snapshot } = at(lineBreak === 'CRLF' ? crlf(marked) : marked);
        const shown = (locations: readonly { uri: string; range: Range }[]) =>
          locations.map((location) => {
            expect(location.uri).toBe(URI);
            return `${location.range.start.line}:${location.range.start.character} ${slice(text, location.range)}`;
          });
        expect(shown(definition(snapshot, position))).toEqual(testCase.definition);
        expect(shown(references(snapshot, position, false))).toEqual(testCase.references);
        expect(shown(references(snapshot, position, true))).toEqual(testCase.declarationIncluded);
      });
    }
  }

  it('follow references written through aliases, each place once', () => {
    const { text, position, snapshot } = at(
      'version: 1\nactivities:\n  - id: &m meteo\n    title: M\n    kind: ritual\nsessions:\n  - id: s1\n    year: 1\n    activities: &list [meteo, *m]\n  - id: s2\n    year: 1\n    activities: *list\n  - { id: s3, year: 1, activities: [met‸eo] }\n',
    );
    const shown = references(snapshot, position, true).map((location) => slice(text, location.range));
    expect(shown).toEqual(['meteo', 'meteo', '*m', 'meteo']);
    expect(definition(snapshot, position).map((location) => location.range.start)).toEqual([{ line: 2, character: 11 }]);
  });

  it('go to every activity that has a duplicated id', () => {
    const { position, snapshot } = at(
      'version: 1\nactivities:\n  - { id: a, title: A, kind: ritual }\n  - { id: a, title: B, kind: ritual }\nsessions:\n  - { id: s1, year: 1, activities: [‸a] }\n',
    );
    expect(definition(snapshot, position).map((location) => location.range.start.line)).toEqual([2, 3]);
  });

  it('never throw on a broken document', () => {
    const { position, snapshot } = at('version: 1\nactivities:\n  - id: meteo\n    title: "M\nsessions:\n  - { id: s1, activities: [met‸eo] }\n');
    expect(() => definition(snapshot, position)).not.toThrow();
    expect(() => references(snapshot, position, true)).not.toThrow();
    expect(() => rename(snapshot, position, 'x')).not.toThrow();
  });
});

describe('rename', () => {
  interface Case {
    readonly name: string;
    readonly text: string;
    readonly newName: string;
    /** The text covered by prepareRename's range. */
    readonly prepared: string;
    readonly expected: string;
  }
  const CASES: readonly Case[] = [
    {
      name: 'from a reference: the id and every reference, keeping the quotes and the comments',
      text: MANUAL.replace('[meteo, colere]', '[met‸eo, colere]'),
      newName: 'meteo-du-matin',
      prepared: 'meteo',
      expected: MANUAL.replace('id: meteo #', 'id: meteo-du-matin #').replace('[meteo, colere]', '[meteo-du-matin, colere]').replace('["meteo"]', '["meteo-du-matin"]'),
    },
    {
      name: 'from a quoted id: inside its quotes',
      text: MANUAL.replace("'colere'", "'co‸lere'"),
      newName: 'colere.2',
      prepared: 'colere',
      expected: MANUAL.replace("'colere'", "'colere.2'").replace('meteo, colere]', 'meteo, colere.2]'),
    },
    {
      name: 'to a name YAML would read as a number: quoted where it is plain',
      text: MANUAL.replace("'colere'", "'co‸lere'"),
      newName: '2024',
      prepared: 'colere',
      expected: MANUAL.replace("'colere'", "'2024'").replace('meteo, colere]', 'meteo, "2024"]'),
    },
    {
      name: 'through an alias: the anchored text, the alias kept',
      text: 'version: 1\nactivities:\n  - id: &m meteo\n    title: M\n    kind: ritual\nsessions:\n  - { id: s1, year: 1, activities: [*m, met‸eo] }\n',
      newName: 'soleil',
      prepared: 'meteo',
      expected: 'version: 1\nactivities:\n  - id: &m soleil\n    title: M\n    kind: ritual\nsessions:\n  - { id: s1, year: 1, activities: [*m, soleil] }\n',
    },
  ];
  for (const testCase of CASES) {
    for (const lineBreak of ['LF', 'CRLF'] as const) {
      it(`${testCase.name} (${lineBreak})`, () => {
        const { text, position, snapshot } = at(lineBreak === 'CRLF' ? crlf(testCase.text) : testCase.text);
        const prepared = prepareRename(snapshot, position)!;
        expect(slice(text, prepared.range)).toBe(testCase.prepared);
        expect(prepared.placeholder).toBe(testCase.prepared);
        const result = rename(snapshot, position, testCase.newName);
        expect(isRenameRefusal(result)).toBe(false);
        const edits = (result as WorkspaceEdit).changes![URI]!;
        const renamed = applyEdits(text, edits);
        expect(renamed).toBe(lineBreak === 'CRLF' ? crlf(testCase.expected) : testCase.expected);
        expect(parseManual(renamed).problems).toEqual([]);
        const after = createSnapshot(URI, 2, renamed, {}).validation.findings;
        expect(after.filter((finding) => finding.ruleId === 'undefined-activity')).toEqual([]);
      });
    }
  }

  const REFUSALS: readonly { name: string; newName: string; refused: string; message: Record<Locale, string> }[] = [
    {
      name: 'a name that is not an id',
      newName: 'météo du matin',
      refused: 'invalid-name',
      message: {
        en: '"météo du matin" is not a valid activity id: use letters, digits, "-", "_" or ".", starting with a letter or a digit, without spaces or accents.',
        fr: '« météo du matin » n’est pas un identifiant d’activité valide : utilisez des lettres, des chiffres, « - », « _ » ou « . », en commençant par une lettre ou un chiffre, sans espaces ni accents.',
      },
    },
    {
      name: 'a name another activity has',
      newName: 'colere',
      refused: 'name-taken',
      message: {
        en: 'Another activity already has the id "colere"; choose another one.',
        fr: 'Une autre activité a déjà l’identifiant « colere » ; choisissez-en un autre.',
      },
    },
  ];
  for (const refusal of REFUSALS) {
    for (const locale of ['en', 'fr'] as const) {
      it(`refuses ${refusal.name} (${locale})`, () => {
        const { position, snapshot } = at(MANUAL.replace('[meteo, colere]', '[met‸eo, colere]'), locale);
        expect(rename(snapshot, position, refusal.newName)).toEqual({ refused: refusal.refused, message: refusal.message[locale] });
      });
    }
  }

  it('refuses where there is no activity id, and prepares nothing there', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { position, snapshot } = at(MANUAL.replace('title: Un essai', 'title: Un e‸ssai'), locale);
      expect(prepareRename(snapshot, position)).toBeNull();
      const result = rename(snapshot, position, 'x');
      expect(isRenameRefusal(result) && result.refused).toBe('not-renamable');
      expect(isRenameRefusal(result) && result.message).toMatch(locale === 'fr' ? /^Seul l’identifiant/ : /^Only an activity id/);
    }
  });

  it('changes nothing when the name stays the same', () => {
    const { position, snapshot } = at(MANUAL.replace('[meteo, colere]', '[met‸eo, colere]'));
    expect(rename(snapshot, position, 'meteo')).toEqual({ changes: { [URI]: [] } });
  });
});

describe('foldingRanges', () => {
  it('fold every map and list over several lines from its key, the texts, and the comment blocks', () => {
    for (const text of [MANUAL, crlf(MANUAL)]) {
      expect(foldingRanges(snapshotOf(text))).toEqual([
        { startLine: 0, endLine: 1, kind: 'comment' },
        { startLine: 4, endLine: 10 },
        { startLine: 11, endLine: 20 },
        { startLine: 12, endLine: 17 },
        { startLine: 15, endLine: 17 },
        { startLine: 18, endLine: 20 },
        { startLine: 23, endLine: 27 },
        { startLine: 24, endLine: 26 },
      ]);
    }
  });

  it('fold what an alias stands for once, where its anchor wrote it', () => {
    const text = 'base: &b\n  a: 1\n  b:\n    - x\n    - y\ncopy: *b\n# un\n# deux\n# trois\nlast: 1\n';
    expect(foldingRanges(snapshotOf(text))).toEqual([
      { startLine: 0, endLine: 4 },
      { startLine: 2, endLine: 4 },
      { startLine: 6, endLine: 8, kind: 'comment' },
    ]);
  });

  it('fold what can be read of a broken document, and never throw', () => {
    expect(foldingRanges(snapshotOf(''))).toEqual([]);
    const broken = '# a\n# b\nversion: 1\nprogram:\n  id: x\n  title: "Un\nactivities:\n  - id: a\n';
    expect(() => foldingRanges(snapshotOf(broken))).not.toThrow();
    expect(foldingRanges(snapshotOf(broken))).toContainEqual({ startLine: 0, endLine: 1, kind: 'comment' });
  });
});
