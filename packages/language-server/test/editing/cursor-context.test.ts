import { describe, expect, it } from 'vitest';
import { contextAt, pathPattern, targetPath, type CursorContext, type PathSegment } from '../../src/service/editing/cursor-context.js';
import { complete } from '../../src/service/editing/completion.js';
import { hover } from '../../src/service/editing/hover.js';
import { createSnapshot } from '../../src/service/editing/snapshot.js';
import { MAX_CURSOR_LINE_LENGTH, MAX_DEPTH } from '../../src/service/limits.js';
import { atCursor } from './hover-completion-fixtures.js';

interface Case {
  readonly name: string;
  /** The text, with `|` at the cursor. */
  readonly text: string;
  /** What the context must say; `token` is the text between `start` and `end`. */
  readonly want: (Partial<Omit<CursorContext, 'path'>> & { path: readonly PathSegment[]; token?: string }) | undefined;
}

const ACTIVITY = ['activities:', '  - id: a', '    title: Un titre', '    kind: ritual'];

const cases: readonly Case[] = [
  // Keys in block maps.
  { name: 'empty document', text: '|', want: { kind: 'key', path: [], prefix: '', token: '', presentKeys: [] } },
  {
    name: 'a root key being typed, keys above and below',
    text: 'version: 1\npro|\nactivities:\n  - id: a\n',
    want: { kind: 'key', path: [], prefix: 'pro', token: 'pro', presentKeys: ['version', 'activities'], hasColon: false },
  },
  {
    name: 'a key of program, indented under it',
    text: 'version: 1\nprogram:\n  id: x\n  ag|\n  title: y\nactivities: []\n',
    want: { kind: 'key', path: ['program'], prefix: 'ag', token: 'ag', presentKeys: ['id', 'title'] },
  },
  {
    name: 'a blank line under a key with no value opens its section',
    text: 'version: 1\nsupport:\n  |\n',
    want: { kind: 'key', path: ['support'], prefix: '', token: '', presentKeys: [] },
  },
  {
    name: 'a half-typed key inside the 2nd activity (the line is just "    ti")',
    text: `${ACTIVITY.join('\n')}\n  - id: b\n    ti|\n    kind: workshop\n`,
    want: { kind: 'key', path: ['activities', 1], prefix: 'ti', token: 'ti', presentKeys: ['id', 'kind'] },
  },
  {
    name: 'the cursor in the middle of an existing key: the whole key is the word, and it is not counted as present',
    text: `${ACTIVITY.slice(0, 2).join('\n')}\n    ti|tle: Un titre\n    kind: ritual\n`,
    want: { kind: 'key', path: ['activities', 0], prefix: 'ti', token: 'title', hasColon: true, presentKeys: ['id', 'kind'] },
  },
  {
    name: 'a deeper key inside environment › social',
    text: 'environment:\n  social:\n    relationships: true\n    con|\n  physical:\n    safety: true\n',
    want: { kind: 'key', path: ['environment', 'social'], prefix: 'con', presentKeys: ['relationships'] },
  },
  {
    name: 'back to a shallower level after a nested section',
    text: 'environment:\n  social:\n    relationships: true\n  ph|\n',
    want: { kind: 'key', path: ['environment'], prefix: 'ph', presentKeys: ['social'] },
  },
  {
    name: 'a list written at its key’s indentation ends at the next key',
    text: 'activities:\n- id: a\n  kind: ritual\nses|\n',
    want: { kind: 'key', path: [], prefix: 'ses', presentKeys: ['activities'] },
  },
  {
    name: 'a key line after a multi-line text is not part of the text',
    text: 'activities:\n  - id: a\n    description: >-\n      Un texte\n      sur deux lignes\n    ki|\n',
    want: { kind: 'key', path: ['activities', 0], prefix: 'ki', presentKeys: ['id', 'description'] },
  },
  {
    name: 'after a multi-line flow list, the next key',
    text: 'activities:\n  - id: a\n    competencies: [\n      E1.2,\n      E2.1]\n    du|\n',
    want: { kind: 'key', path: ['activities', 0], prefix: 'du', presentKeys: ['id', 'competencies'] },
  },
  {
    name: 'CRLF line breaks',
    text: 'version: 1\r\nprogram:\r\n  id: x\r\n  ti|\r\n',
    want: { kind: 'key', path: ['program'], prefix: 'ti', token: 'ti', presentKeys: ['id'] },
  },
  {
    name: 'a key of a map that is a list item, after its dash',
    text: 'sessions:\n  - id: s1\n  - ye|\n',
    want: { kind: 'value', path: ['sessions'], key: 'sessions', index: 1, list: 'block', prefix: 'ye', token: 'ye' },
  },
  {
    name: 'a list item that is a map, under a dash with nothing after it',
    text: 'activities:\n  -\n    ti|\n',
    want: { kind: 'key', path: ['activities', 0], prefix: 'ti', presentKeys: [] },
  },
  // Values of keys.
  {
    name: 'the value of kind, half-typed',
    text: `${ACTIVITY.slice(0, 3).join('\n')}\n    kind: ri|\n`,
    want: { kind: 'value', path: ['activities', 0], key: 'kind', prefix: 'ri', token: 'ri', needsSpace: false },
  },
  {
    name: 'an empty value right after the colon and its space',
    text: 'program:\n  evidence:\n    kind: |\n',
    want: { kind: 'value', path: ['program', 'evidence'], key: 'kind', prefix: '', token: '' },
  },
  {
    name: 'right after a colon with no space yet',
    text: 'training:\n  level:|\n',
    want: { kind: 'value', path: ['training'], key: 'level', prefix: '', token: '', needsSpace: true },
  },
  {
    name: 'the cursor in the middle of a value: the whole value is the word',
    text: 'program:\n  evidence:\n    kind: evi|dence-informed # commentaire\n',
    want: { kind: 'value', path: ['program', 'evidence'], key: 'kind', prefix: 'evi', token: 'evidence-informed' },
  },
  {
    name: 'a quoted value: the word is inside the quotes',
    text: 'activities:\n  - id: a\n    kind: "wor|"\n',
    want: { kind: 'value', path: ['activities', 0], key: 'kind', prefix: 'wor', token: 'wor' },
  },
  {
    name: 'the value of the key on a dash line',
    text: 'activities:\n  - id: a\n  - kind: ri|\n',
    want: { kind: 'value', path: ['activities', 1], key: 'kind', prefix: 'ri' },
  },
  {
    name: 'a value with an anchor before it',
    text: 'facilitators:\n  own_cps_work: &own tr|\n',
    want: { kind: 'value', path: ['facilitators'], key: 'own_cps_work', prefix: 'tr' },
  },
  // Block list items.
  {
    name: 'a new block item of competencies',
    text: 'activities:\n  - id: a\n    competencies:\n      - E1.2\n      - |\n      - S1\n',
    want: { kind: 'value', path: ['activities', 0, 'competencies'], key: 'competencies', index: 1, list: 'block', prefix: '', presentItems: ['E1.2', 'S1'] },
  },
  {
    name: 'a block item half-typed, lists at their key’s indentation',
    text: 'program:\n  settings:\n  - primary-school\n  - sec|\n',
    want: { kind: 'value', path: ['program', 'settings'], key: 'settings', index: 1, list: 'block', prefix: 'sec', presentItems: ['primary-school'] },
  },
  {
    name: 'a blank line at a list’s indentation is a new item that needs its dash',
    text: 'activities:\n  - id: a\n    kind: ritual\n  |\n',
    want: { kind: 'value', path: ['activities'], key: 'activities', index: 1, list: 'block', needsDash: true, prefix: '' },
  },
  {
    name: 'right after a dash, with no space',
    text: 'program:\n  settings:\n    -|\n',
    want: { kind: 'value', path: ['program', 'settings'], key: 'settings', index: 0, list: 'block', needsSpace: true, prefix: '' },
  },
  // Flow collections.
  {
    name: 'an unclosed flow list of competencies: "competencies: [E1.2, "',
    text: 'activities:\n  - id: a\n    competencies: [E1.2, |\n',
    want: { kind: 'value', path: ['activities', 0, 'competencies'], key: 'competencies', index: 1, list: 'flow', flow: true, prefix: '', presentItems: ['E1.2'] },
  },
  {
    name: 'a flow list item half-typed, items on both sides',
    text: 'activities:\n  - id: a\n    competencies: [E1.2, émo|, S1.1]\n',
    want: { kind: 'value', path: ['activities', 0, 'competencies'], index: 1, list: 'flow', prefix: 'émo', token: 'émo', presentItems: ['E1.2', 'S1.1'] },
  },
  {
    name: 'a flow list item in the middle of a word',
    text: 'program:\n  settings: [prim|ary-school, sport]\n',
    want: { kind: 'value', path: ['program', 'settings'], key: 'settings', index: 0, list: 'flow', prefix: 'prim', token: 'primary-school', presentItems: ['sport'] },
  },
  {
    name: 'a quoted flow item',
    text: 'activities:\n  - id: a\n    competencies: ["E2.2 (a)", "E|"]\n',
    want: { kind: 'value', path: ['activities', 0, 'competencies'], index: 1, prefix: 'E', token: 'E', presentItems: ['E2.2 (a)'] },
  },
  {
    name: 'a key of a flow map',
    text: 'program:\n  ages: { min: 8, |\n',
    want: { kind: 'key', path: ['program', 'ages'], flow: true, prefix: '', presentKeys: ['min'] },
  },
  {
    name: 'a key of a flow map, keys after the cursor',
    text: 'program:\n  ages: { m|, max: 11 }\n',
    want: { kind: 'key', path: ['program', 'ages'], flow: true, prefix: 'm', token: 'm', presentKeys: ['max'] },
  },
  {
    name: 'a value in nested flow maps',
    text: 'support: { collective: { format: sup|, frequency: monthly } }\n',
    want: { kind: 'value', path: ['support', 'collective'], key: 'format', flow: true, prefix: 'sup', token: 'sup' },
  },
  {
    name: 'a flow list in a flow map that is a block item (a session)',
    text: 'sessions:\n  - { id: s1, year: 1, activities: [meteo, |] }\n  - { id: s2, year: 1, activities: [roue] }\n',
    want: { kind: 'value', path: ['sessions', 0, 'activities'], key: 'activities', index: 1, list: 'flow', prefix: '', presentItems: ['meteo'] },
  },
  {
    name: 'the second session counts as index 1',
    text: 'sessions:\n  - { id: s1, year: 1, activities: [meteo] }\n  - { id: s2, year: 1, activities: [r|] }\n',
    want: { kind: 'value', path: ['sessions', 1, 'activities'], index: 0, prefix: 'r' },
  },
  {
    name: 'a flow list running over lines',
    text: 'activities:\n  - id: a\n    competencies: [E1.2,\n      E2.1,\n      S|\n',
    want: { kind: 'value', path: ['activities', 0, 'competencies'], index: 2, list: 'flow', prefix: 'S', presentItems: ['E1.2', 'E2.1'] },
  },
  {
    name: 'a blank line inside a multi-line flow list',
    text: 'program:\n  settings: [\n    sport,\n    |\n  ]\n',
    want: { kind: 'value', path: ['program', 'settings'], index: 1, list: 'flow', prefix: '', presentItems: ['sport'] },
  },
  {
    name: 'an unclosed flow list above does not swallow the lines below its key',
    text: 'activities:\n  - id: a\n    competencies: [E1.2,\n    kind: ri|\n',
    want: { kind: 'value', path: ['activities', 0], key: 'kind', prefix: 'ri' },
  },
  {
    name: 'the cursor in the indentation before a key: a new word there',
    text: 'program:\n  id: x\n |  title: y\n',
    want: { kind: 'key', path: ['program'], prefix: '', token: '', hasColon: false },
  },
  {
    name: 'the cursor at the start of a key: the whole key is the word',
    text: 'program:\n  id: x\n  |title: y\n',
    want: { kind: 'key', path: ['program'], prefix: '', token: 'title', hasColon: true, presentKeys: ['id'] },
  },
  {
    name: 'a quoted key',
    text: 'program:\n  "id": x\n  "ti|tle": y\n',
    want: { kind: 'key', path: ['program'], presentKeys: ['id'] },
  },
  {
    name: 'a value after a quoted key',
    text: 'program:\n  "settings": [sp|]\n',
    want: { kind: 'value', path: ['program', 'settings'], key: 'settings', list: 'flow', prefix: 'sp' },
  },
  {
    name: 'a value in a document after a directive and a document marker',
    text: '%YAML 1.2\n---\ntraining:\n  level: |\n',
    want: { kind: 'value', path: ['training'], key: 'level' },
  },
  {
    name: 'an item of a nested list on one line',
    text: 'a:\n  - - x\n    - |\n',
    want: { kind: 'value', path: ['a', 0], index: 1, list: 'block' },
  },
  {
    name: 'a value that is an alias',
    text: 'x: &a [E1.2]\nactivities:\n  - id: b\n    competencies: *|\n',
    want: { kind: 'value', path: ['activities', 0], key: 'competencies', prefix: '*' },
  },
  {
    name: 'a value containing a colon (a link)',
    text: 'program:\n  website: https://exemple.fr/cp|s\n',
    want: { kind: 'value', path: ['program'], key: 'website', prefix: 'https://exemple.fr/cp', token: 'https://exemple.fr/cps' },
  },
  {
    name: 'a key after a multi-line plain text',
    text: 'program:\n  summary: Un texte\n    sur deux lignes\n  ti|\n',
    want: { kind: 'key', path: ['program'], prefix: 'ti', presentKeys: ['summary'] },
  },
  // Nothing to complete.
  { name: 'in a comment', text: 'version: 1\n# une no|te\n', want: undefined },
  { name: 'in a comment after a value', text: 'version: 1 # la ver|sion\n', want: undefined },
  { name: 'inside a multi-line text', text: 'activities:\n  - id: a\n    description: >\n      Un te|xte\n', want: undefined },
  { name: 'inside a quoted text over several lines', text: 'activities:\n  - id: a\n    description: "Un texte\n      sur deux li|gnes"\n', want: undefined },
];

describe('contextAt', () => {
  it.each(cases)('$name', ({ text: marked, want }) => {
    const { text, offset } = atCursor(marked);
    const context = contextAt(text, offset);
    if (want === undefined) {
      expect(context).toBeUndefined();
      return;
    }
    expect(context).toBeDefined();
    const { token, ...fields } = want;
    expect(context).toMatchObject(fields);
    if (token !== undefined) expect(text.slice(context!.start, context!.end)).toBe(token);
    expect(context!.start).toBeLessThanOrEqual(offset);
    expect(context!.end).toBeGreaterThanOrEqual(offset);
    expect(text.slice(context!.start, offset)).toBe(context!.prefix);
  });

  it('never throws, whatever the cursor and the text', () => {
    const texts = [
      '',
      'a: [',
      'a: {',
      '- - - x',
      '"unclosed',
      "k: 'it''s",
      '---\na: 1\n...\n%YAML 1.2\n',
      'a:\n\tb: 1',
      '? complex\n: value',
      'x: |\n  text\n  more\ny: z',
      ']]]}}}',
      'a: [b, {c: [d, {e: f',
    ];
    for (const text of texts) for (let offset = 0; offset <= text.length; offset++) expect(() => contextAt(text, offset)).not.toThrow();
  });
});

describe('targetPath and pathPattern', () => {
  it('give the path of what is written at the cursor, as the key catalogue spells it', () => {
    const at = (marked: string) => {
      const { text, offset } = atCursor(marked);
      return pathPattern(targetPath(contextAt(text, offset)!));
    };
    expect(at('activities:\n  - id: a\n    competencies: [E1.2, |]\n')).toBe('activities[].competencies[]');
    expect(at('activities:\n  - id: a\n    kind: |\n')).toBe('activities[].kind');
    expect(at('activities:\n  - id: a\n    ki|\n')).toBe('activities[]');
    expect(at('program:\n  ages: { min: 3, | }\n')).toBe('program.ages');
    expect(pathPattern(['sessions', 2, 'activities', 0])).toBe('sessions[].activities[]');
    expect(pathPattern([])).toBe('');
  });
});

describe('contextAt on lines no manual has', () => {
  const atEnd = (text: string) => contextAt(text, text.length);

  it('follows lists nested just under the depth limit', () => {
    const context = atEnd(`activities:\n  ${'- '.repeat(MAX_DEPTH - 2)}`);
    expect(context).toMatchObject({ kind: 'value', list: 'block' });
    expect(context!.path).toHaveLength(MAX_DEPTH - 2);
  });

  it('gives up past the depth limit, where each level would copy the path of the one above', () => {
    // A thousand levels on one line of 2,000 characters: the work grew with the square of the depth.
    expect(atEnd(`activities:\n  ${'- '.repeat(1_000)}`)).toBeUndefined();
    expect(atEnd(`activities:\n  ${'- '.repeat(1_000)}x\n  - `)).toBeUndefined();
    expect(atEnd(`program: ${'['.repeat(1_000)}`)).toBeUndefined();
    expect(atEnd(`${Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')}\n`)).toBeUndefined();
  });

  it('gives up on a line longer than the limit, whatever it holds', () => {
    expect(atEnd(`program:\n  title: ${'a'.repeat(MAX_CURSOR_LINE_LENGTH)}`)).toBeUndefined();
    expect(atEnd(`program:\n  title: ${'a'.repeat(MAX_CURSOR_LINE_LENGTH - 20)}`)).toMatchObject({ kind: 'value', key: 'title' });
  });

  it('leaves completion with nothing to offer on a line of 20,000 dashes, and hover with the finding only, at once', () => {
    const text = `version: 1\nactivities:\n  ${'- '.repeat(20_000)}`;
    const snapshot = createSnapshot('file:///dashes.cps.yaml', 1, text);
    const end = snapshot.parsed.lines.positionAt(text.length);
    expect(complete(snapshot, end, { markdown: true, snippets: true }).items).toEqual([]);
    for (const character of [2, 3, 20_000, end.character]) {
      const shown = hover(snapshot, { line: 2, character }, { markdown: false, snippets: true });
      expect((shown?.contents as { value: string }).value).toMatch(/^Error · limits\nThe file is nested more than 200 levels deep/);
    }
  });
});
