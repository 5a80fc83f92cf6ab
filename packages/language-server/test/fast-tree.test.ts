import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { manual as corpusManual } from '../../bench/src/corpus.js';
import { fastTree } from '../src/service/parse/fast-tree.js';
import { parseWithYaml } from '../src/service/parse/parse-manual.js';
import { manual as editingManual } from './editing/hover-completion-fixtures.js';
import { MANUAL } from './lsp/fixtures.js';
import { manualWith, sessionsOf } from './manual-builder.js';

/*
 * The fast reader must give exactly what the YAML library gives, or nothing. Each text is read
 * both ways and compared as JSON (the trees are plain objects built in the same key order), with
 * NaN, the infinities and -0 kept apart.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TESTS = fileURLToPath(new URL('./', import.meta.url));

const exact = (_key: string, value: unknown) =>
  typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)) ? `number:${Object.is(value, -0) ? '-0' : String(value)}` : value;

function essence(result: { root: unknown; problems: unknown }): string {
  return JSON.stringify({ root: result.root, problems: result.problems }, exact);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 160), i + 80)}\n  vs\n…${b.slice(Math.max(0, i - 160), i + 80)}`;
}

/** Reads a text both ways: whether the fast path took it, and throws if it differs from the full path. */
function compare(text: string, label: string): boolean {
  const fast = fastTree(text);
  if (fast === undefined) return false;
  const [a, b] = [essence(fast), essence(parseWithYaml(text))];
  if (a !== b) throw new Error(`${label}: the fast reader differs from the YAML library on ${JSON.stringify(text.slice(0, 600))}:\n${firstDifference(a, b)}`);
  return true;
}

/** A deterministic generator (32-bit, so that it never degenerates). */
function randomOf(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

function manualFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) manualFiles(`${path}/`, out);
    else if (entry.name.endsWith('.cps.yaml')) out.push(path);
  }
  return out;
}

const EXAMPLES = manualFiles(`${ROOT}examples/`).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** The examples without their anchors and aliases, as someone would write them by hand. */
const withoutAnchors = (text: string) => text.replace(/&[\w-]+ /g, '').replace(/\*[\w-]+/g, '[active, positive]');

/** The manuals that the tests build with their helpers. */
const BUILT = [
  MANUAL,
  editingManual(),
  editingManual({ sessions: ['  - id: s1', '    year: 1', '    activities: [roue]'], rest: ['# fin'] }),
  manualWith({
    activities: [
      { id: 'a1', codes: ['E1.2', 'S1.1'], minutes: 50 },
      { id: 'a2', kind: 'ritual', frequency: 'daily' },
    ],
  }),
  manualWith({ activities: [{ id: 'a1' }], sessions: sessionsOf('s', 1, 'a1', 5), years: 3, ages: '{ min: 12, max: 14 }' }),
];

/** Every string written in the tests that looks like (a piece of) a manual, markers taken out. */
function testLiterals(): string[] {
  const texts = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}${entry.name}`;
      if (entry.isDirectory()) visit(`${path}/`);
      else if (entry.name.endsWith('.ts') && !entry.name.startsWith('fast-tree')) {
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
        const walk = (node: ts.Node) => {
          if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.includes('\n') && /:( |\n|$)/m.test(node.text)) {
            const text = node.text.replace(/[«»]/g, '');
            texts.add(text);
            if (text.includes('|')) texts.add(text.replace(/\|/g, ''));
          }
          ts.forEachChild(node, walk);
        };
        walk(source);
      }
    }
  };
  visit(TESTS);
  return [...texts];
}

/** A one-character edit: insertion, deletion or replacement. */
const ALPHABET = [' ', '\n', '\r\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', 'a', '1', '.', '~', '\t', '&', '*', '!', '?', '  ', '\\', '+', 'e'];

function mutate(text: string, random: (n: number) => number, edits: number): string {
  let out = text;
  for (let e = 0; e < edits; e++) {
    const at = random(out.length + 1);
    const char = ALPHABET[random(ALPHABET.length)]!;
    const kind = random(3);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + char + out.slice(at);
    else out = out.slice(0, at) + char + out.slice(at + 1);
  }
  return out;
}

/** A line-level edit: indent or unindent a line, insert, delete or repeat one. */
const LINES = ['', ' ', '#', '# c', 'a: 1', '- x', '-', 'k:', '  ', '- - y', '"q": 2', 'b: |', 'c: >-', 'd: [1, {e: f}]'];

function mutateLines(text: string, random: (n: number) => number, edits: number): string {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(nl);
  for (let e = 0; e < edits; e++) {
    const i = random(lines.length);
    const kind = random(5);
    if (kind === 0) lines[i] = ' '.repeat(1 + random(2)) + lines[i];
    else if (kind === 1) lines[i] = lines[i]!.replace(/^ {1,2}/, '');
    else if (kind === 2) lines.splice(i, 0, ' '.repeat(random(8)) + LINES[random(LINES.length)]);
    else if (kind === 3 && lines.length > 1) lines.splice(i, 1);
    else lines.splice(i, 0, lines[i]!);
  }
  return lines.join(nl);
}

/**
 * Random documents made mostly of the subset, with the tricky parts piled up: comments and blank
 * lines at every indentation, empty values, block scalars of every header, compact collections,
 * flow collections, quoted keys, scalars of every type, CRLF, a byte-order mark, no final line break.
 */
function randomDocument(seed: number): string {
  const random = randomOf(seed);
  const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;
  const SCALARS = [
    'null',
    'Null',
    'NULL',
    '~',
    'true',
    'True',
    'TRUE',
    'false',
    'FALSE',
    'tRUE',
    '0o17',
    '0o8',
    '0x1F',
    '0xg',
    '1e3',
    '6e-1',
    '1E+2',
    '.inf',
    '-.Inf',
    '+.INF',
    '.nan',
    '.NaN',
    '.NAN',
    '+12',
    '-0',
    '007',
    '1.',
    '.5',
    '-1.5e-3',
    '12345678901234567890',
    '1_000',
    '1:20',
    'a b',
    'a:b',
    'a#b',
    'http://x.y/z?q=1',
    'word',
    'deux mots ici',
    "l'apostrophe",
    'É1.2',
    'E1.2',
    'a ,b',
    'x]',
    'x}',
    'x[',
    '-x',
    '--',
    'a -  b',
    '...',
    '---x',
    '~x',
    'nullx',
    '10min',
    '2024-01-01',
    'C1.1, C1.2',
    'y',
    'n',
    'yes',
    'on',
  ];
  const KEYS = ['id', 'title', 'kind', 'a', 'b', 'key', 'version', '1', 'true', 'null', 'x y', 'k:v', 'k#', 'é'];
  const double = () =>
    pick([
      '"plain"',
      '"a \\" b"',
      '"\\t\\n\\\\"',
      '"\\x41\\u00e9\\U0001F600"',
      '"é : #"',
      '""',
      '"  spaced  "',
      '"\\/\\0\\a\\b\\e\\f\\v\\N\\_\\L\\P\\ "',
      '"\\q"',
      '"\\x4"',
      '"\\uD800"',
    ]);
  const single = () => pick(["'plain'", "'it''s'", "''", "'a \" b'", "'  x  '", "'#'", "'a: b'"]);
  const comment = () => (random(4) === 0 ? '#' : pick(['# c', '#x', '# deux mots', '#: - [', '# é']));
  const spaces = (n: number) => ' '.repeat(Math.max(0, n));
  const lines: string[] = [];

  const flowScalar = () => {
    const r = random(10);
    if (r === 0) return double();
    if (r === 1) return single();
    return (
      pick(SCALARS)
        .replace(/[,[\]{}#]/g, '')
        .replace(/: /g, ':') || 'z'
    );
  };
  const flow = (depth: number): string => {
    const item = () => (random(8) === 0 && depth < 3 ? flow(depth + 1) : random(15) === 0 ? `*${pick(named)}` : flowScalar());
    const count = random(4);
    if (random(2) === 0) {
      const items = Array.from({ length: count }, item);
      return `[${pick(['', ' '])}${items.join(pick([',', ', ', ' , ']))}${pick(['', ' '])}]`;
    }
    const pairs = Array.from({ length: count }, () => `${random(4) === 0 ? double() : pick(KEYS)}${pick([': ', ' : ', ':  '])}${item()}`);
    return `{${pick(['', ' '])}${pairs.join(pick([',', ', ']))}${pick(['', ' '])}}`;
  };
  const trivia = (maxIndent: number) => {
    const count = random(6) === 0 ? 1 + random(3) : 0;
    for (let i = 0; i < count; i++) lines.push(random(3) === 0 ? spaces(random(maxIndent + 3)) : spaces(random(maxIndent + 4)) + comment());
  };
  const trailing = () => (random(5) === 0 ? spaces(1 + random(3)) + comment() : random(8) === 0 ? spaces(1 + random(2)) : '');
  const blockScalar = (prefix: string, parent: number) => {
    const chomp = pick(['', '', '-', '+']);
    const explicit = random(5) === 0 ? String(1 + random(3)) : '';
    lines.push(`${prefix}${pick(['|', '>'])}${random(2) ? chomp + explicit : explicit + chomp}${random(5) === 0 ? ` ${comment()}` : ''}`);
    const base = explicit ? parent + Number(explicit) : parent + 1 + random(3);
    const count = 1 + random(5);
    for (let i = 0; i < count; i++) {
      const r = random(8);
      if (r === 0) lines.push(spaces(random(base + 3)));
      else if (r === 1) lines.push(`${spaces(base + 1 + random(3))}more indented`);
      else lines.push(spaces(base - (random(10) === 0 ? 1 : 0)) + pick(['text', 'deux mots', '# not a comment', 'a: b', '- x', '"q"', 'fin.']));
    }
    if (random(3) === 0) lines.push(spaces(random(base + 2)));
    if (random(4) === 0) lines.push(spaces(random(base + 2)));
  };
  const opener = (prefix: string) => prefix.replace(/ +$/, '') + (random(4) === 0 ? ` ${comment()}` : '');
  // Anchors on some values, and aliases to them (or to names never defined).
  const named: string[] = ['d'];
  const anchor = () => {
    if (random(5) !== 0) return '';
    const name = pick(['a', 'b', 'c']);
    named.push(name);
    return `&${name}${pick([' ', '  '])}`;
  };
  const value = (prefix: string, indent: number, depth: number) => {
    const r = random(depth > 4 ? 6 : 11);
    if (random(10) === 0) lines.push(`${prefix}*${pick(named)}${trailing()}`);
    else if (r <= 1) lines.push(prefix + anchor() + pick(SCALARS) + trailing());
    else if (r === 2) lines.push(prefix + double() + trailing());
    else if (r === 3) lines.push(prefix + single() + trailing());
    else if (r === 4) lines.push(prefix + anchor() + flow(0) + trailing());
    else if (r === 5) blockScalar(prefix, indent);
    else if (r === 6) {
      lines.push(prefix.replace(/ +$/, pick(['', ' ', '  '])) + (random(3) === 0 ? ` ${comment()}` : ''));
      trivia(indent + 2);
    } else if (r <= 8) {
      lines.push(opener(prefix + anchor()));
      trivia(indent + 2);
      map(indent + 1 + random(3), depth + 1);
    } else {
      lines.push(opener(prefix));
      trivia(indent + 2);
      seq(random(3) === 0 ? indent : indent + 1 + random(3), depth + 1);
    }
  };
  const key = () => {
    const r = random(8);
    return r === 0 ? double() : r === 1 ? single() : pick(KEYS);
  };
  const map = (indent: number, depth: number, first = '') => {
    const count = 1 + random(4);
    for (let i = 0; i < count; i++) {
      value((i === 0 && first ? first : spaces(indent)) + key() + pick([': ', ': ', ':  ', ' : ']), indent, depth);
      trivia(indent + 2);
    }
  };
  const seq = (indent: number, depth: number, first = '') => {
    const count = 1 + random(4);
    for (let i = 0; i < count; i++) {
      const dash = `${i === 0 && first ? first : spaces(indent)}-${pick([' ', ' ', '  '])}`;
      const r = random(6);
      if (r === 0 && depth < 5) map(dash.length, depth + 1, dash);
      else if (r === 1 && depth < 5) seq(dash.length, depth + 1, dash);
      else value(dash, indent, depth);
      trivia(indent + 2);
    }
  };

  if (random(3) === 0) lines.push('# head');
  if (random(6) === 0) seq(0, 0);
  else map(0, 0);
  trivia(4);
  const nl = random(4) === 0 ? '\r\n' : '\n';
  return (random(10) === 0 ? '\uFEFF' : '') + lines.join(nl) + (random(5) === 0 ? '' : nl);
}

describe('fastTree', () => {
  it('reads every example as the YAML library does, with and without their anchors', () => {
    expect(EXAMPLES.length).toBeGreaterThan(4);
    expect(EXAMPLES.filter(({ text }) => /&[\w-]+ /.test(text)).length).toBeGreaterThan(1);
    for (const { path, text } of EXAMPLES) {
      expect(compare(text, path), path).toBe(true);
      expect(compare(withoutAnchors(text), `${path} without anchors`), path).toBe(true);
    }
  });

  it('steps aside for every character it does not read, and only for those', () => {
    const clean = 'a: b\n';
    // Each of these anywhere in the text leaves it to the YAML library: tab, other C0 and C1 controls, DEL, a lone CR, U+2028/9, a BOM after the start.
    const unread = ['\t', '\u0000', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', '\u009f', '\r', '\u2028', '\u2029'];
    for (const char of unread) expect(fastTree(`a: b${char}c\n`), JSON.stringify(char)).toBeUndefined();
    expect(fastTree(`a: b\uFEFF\n`)).toBeUndefined();
    // And these it reads: CRLF, a BOM at the start, characters past U+009F.
    for (const text of ['a: b\r\nc: d\r\n', '\uFEFFa: b\n', 'a: é\u00a0ç ‘x’ 😀\n', clean]) expect(fastTree(text), JSON.stringify(text)).toBeDefined();
  });

  it('reads anchors and aliases as the library does, and steps aside for the unusual ones', () => {
    const inside = [
      'a: &x 1\nb: *x\n',
      'a: &x [1, {b: c}]\nb: *x # same\nc:\n  - *x\n  - &y "q"\n  - *y\n',
      'a: &blk\n  k: v\n  l: [1]\nb: *blk\nc: *blk\n',
      'a: &s\n  - 1\n  - 2\nb:\n  c: *s\n',
      'a: &x 1\nb: &x 2\nc: *x\n',
      'list:\n  - &it one\n  - *it\n  -   *it   \n',
      'a: &x 1\nb: *x\n   # deeper\nc: 2\n',
      'a: &x 1\nb: [*x, *x ,2]\nc: {k: *x, l: [*x]}\n',
    ];
    for (const text of inside) expect(compare(text, JSON.stringify(text)), JSON.stringify(text)).toBe(true);
    const outside = [
      'a: *x\n',
      'a: &x\nb: 1\n',
      'a: &x # c\n  b: 1\n',
      'a: &x\n  b: *x\n',
      'a: [*x]\n',
      'a: [&x 1]\n',
      '{*x : 1}\n',
      '&x a: 1\n',
      'a: &x &y 1\n',
      'a: &x |\n  t\n',
      'a: &é 1\nb: *é\n',
      'a: &x 1\nb: *x:\n',
      '- &x k: v\n',
      '- &x\n  k: v\n',
    ];
    for (const text of outside) expect(fastTree(text), JSON.stringify(text)).toBeUndefined();
  });

  it('takes the fast path for 300 generated manuals of 50 to 2000 lines, with the same result', { timeout: 120_000 }, () => {
    for (let seed = 1; seed <= 300; seed++) {
      const lines = 50 + ((seed * 389) % 1951);
      const text = corpusManual(lines, seed);
      expect(compare(text, `manual(${lines}, ${seed})`), `manual(${lines}, ${seed})`).toBe(true);
      if (seed % 10 === 0) expect(compare(text.replace(/\n/g, '\r\n'), `manual(${lines}, ${seed}) in CRLF`)).toBe(true);
    }
  });

  it('takes the fast path for hand-written manuals: the fixtures of the tests and the examples without anchors', () => {
    const minimal = `${ROOT}packages/core/test/fixtures/minimal.cps.yaml`;
    expect(compare(readFileSync(minimal, 'utf8'), minimal)).toBe(true);
    for (const [i, text] of BUILT.entries()) expect(compare(text, `built manual ${i}`), `built manual ${i}`).toBe(true);
    for (const { path, text } of EXAMPLES) expect(compare(withoutAnchors(text).replace(/\n/g, '\r\n'), `${path} in CRLF`), path).toBe(true);
    expect(compare(`\uFEFF${MANUAL}`, 'with a byte-order mark')).toBe(true);
    // The other fixture files of the repository, whatever they hold, are read alike or left to the library.
    for (const path of manualFiles(ROOT)) compare(readFileSync(path, 'utf8'), path);
  });

  it('agrees with the YAML library on every manual written in the tests', { timeout: 60_000 }, () => {
    const literals = testLiterals();
    expect(literals.length).toBeGreaterThan(100);
    let fast = 0;
    for (const [i, text] of literals.entries()) if (compare(text, `test literal ${i}`)) fast++;
    expect(fast).toBeGreaterThan(literals.length / 3);
  });

  it('agrees with the YAML library, or steps aside, on 12,000 random edits of those manuals', { timeout: 300_000 }, () => {
    const random = randomOf(2024);
    const texts = [...EXAMPLES.map(({ text }) => text), ...EXAMPLES.map(({ text }) => withoutAnchors(text)), ...BUILT, ...testLiterals(), corpusManual(120, 7)];
    let fast = 0;
    const count = 12_000;
    for (let i = 0; i < count; i++) {
      const text = mutate(texts[random(texts.length)]!, random, 1 + random(3));
      if (compare(text, `edit ${i}`)) fast++;
    }
    // Most edits keep the text in the subset: the comparison is not vacuous.
    expect(fast).toBeGreaterThan(count / 4);
  });

  it('agrees with the YAML library, or steps aside, on 6,000 random documents and 6,000 edits of them', { timeout: 300_000 }, () => {
    const random = randomOf(7);
    let fast = 0;
    let fastWithAliases = 0;
    for (let seed = 1; seed <= 6000; seed++) {
      const text = randomDocument(seed);
      if (compare(text, `random document ${seed}`)) {
        fast++;
        if (/(^|[\s[,]|: )\*[abc]\b/.test(text)) fastWithAliases++;
      }
      const edited = random(2) === 0 ? mutate(text, random, 1 + random(2)) : mutateLines(text, random, 1 + random(3));
      compare(edited, `edit of random document ${seed}`);
    }
    expect(fast).toBeGreaterThan(1800);
    expect(fastWithAliases).toBeGreaterThan(50);
  });

  it('resolves plain and quoted scalars, keys included, exactly as the library does', { timeout: 120_000 }, () => {
    const random = randomOf(3);
    const plainPieces = [
      ...'0123456789+-.eExXoOabcfinINFNaltrusTRUSL_~ '.split(''),
      '.inf',
      '.Inf',
      '.INF',
      '.nan',
      '.NaN',
      '.NAN',
      'null',
      'Null',
      'NULL',
      'true',
      'True',
      'false',
      'FALSE',
      '0x',
      '0o',
    ];
    const quotedPieces = [
      '\\',
      '\\',
      'x',
      'u',
      'U',
      '0',
      '1',
      'a',
      'F',
      'f',
      'D',
      '8',
      '"',
      "'",
      "''",
      ' ',
      'n',
      't',
      'N',
      '_',
      'L',
      'P',
      '/',
      '#',
      ':',
      'é',
      '😀',
      '10FFFF',
      '110000',
      'D800',
    ];
    let fast = 0;
    for (let i = 0; i < 8000; i++) {
      let plain = '';
      for (let j = 1 + random(6); j > 0; j--) plain += plainPieces[random(plainPieces.length)];
      plain = plain.trim() || '0';
      if (compare(`a: ${plain}\n${plain}: b\nc: [${plain}]\nd: {k: ${plain}}\n`, `plain ${plain}`)) fast++;
      let inner = '';
      for (let j = random(8); j > 0; j--) inner += quotedPieces[random(quotedPieces.length)];
      const quote = random(2) ? '"' : "'";
      const quoted = quote + inner + quote;
      compare(`a: ${quoted}\n${quoted}: b\nc: [${quoted}, {${quoted}: ${quoted}}]\n`, `quoted ${quoted}`);
    }
    expect(fast).toBeGreaterThan(7000);
  });

  it('gives the ranges the library gives around comments, blank lines and empty values', () => {
    const cases = [
      // A comment deeper than its mapping belongs to the value before it, and ends the mapping.
      'a:\n  b: 1\n     # deeper\nc: 2\n',
      // A comment at the mapping's column, left at its end, ends it at the next content.
      'x:\n  y:\n    a: 1\n  # c\nb: 1',
      // An empty value with a comment after it reaches the next key's indentation.
      'x:\n  y:\n    a:\n    # c\n  b: 1',
      // A null item after comment lines ends where the next content starts.
      '- >\n  text\n # c\n-  \n',
      // A sequence at its key's column.
      'k:\n- a\n- b\nn: 1\n',
      // Block scalars keep more-indented trailing blank lines.
      'a: |-\n  x\n   \n  \n',
      'a: >\n  f1\n  f2\n\n  f3\n    more\n  back\n',
      'a: |+\n  x\n\n\n',
      // Duplicate keys, as the tree builder reports them: after the value's own problems.
      'a:\n  b: 1\n  b: 2\na: { c: 1, c: 2 }\n1: x\n"1": y\n',
    ];
    for (const text of cases) expect(compare(text, JSON.stringify(text)), JSON.stringify(text)).toBe(true);
  });

  it('steps aside for what is outside its subset', () => {
    const outside = [
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      '---\na: 1\n',
      'a: 1\n...\n',
      '? a\n: 1\n',
      'a: multi\n  line\n',
      'a: "multi\n  line"\n',
      'a: [1,\n  2]\n',
      'a:\n\tb: 1\n',
      'a: 1\n  b: 2\n',
      '[a, b]: 1\n',
      'plain scalar\n',
      '  a: 1\n',
      'a: |\n',
      'a: b: c\n',
      '- a\nb: 1\n',
      'a: 1\r2\n',
    ];
    for (const text of outside) expect(fastTree(text), JSON.stringify(text)).toBeUndefined();
    expect(fastTree('')).toEqual({ root: null, problems: [] });
    expect(fastTree('# only a comment\n\n')).toEqual({ root: null, problems: [] });
  });
});
