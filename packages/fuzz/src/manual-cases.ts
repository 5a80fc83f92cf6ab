import { ALL_COMPETENCY_CODES, manualSchema } from '@cpskit/core';
import fc from 'fast-check';
import { Document, Pair, Scalar, isMap, isNode, isScalar, isSeq, type Node, type ToStringOptions, type YAMLMap, type YAMLSeq } from 'yaml';
import { controlChar, hostileString } from './hostile-strings.js';
import { arbitraryOf } from './schema-arbitrary.js';

/** A generated manual's text and the classes of input it belongs to (the mutations it went through). */
export interface ManualCase {
  readonly text: string;
  /** `valid` for a manual straight from the schema, else the mutations applied, in order. */
  readonly classes: readonly string[];
}

const ACTIVITY_IDS = ['meteo', 'cercle', 'a1', 'a2', 'jeu'] as const;

const words = fc.lorem({ maxCount: 6, mode: 'words' });
const text = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: hostileString },
);
const competencyCode = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ALL_COMPETENCY_CODES) }, // bounded-spread: the classification's codes
  { weight: 1, arbitrary: fc.constantFrom(...ALL_COMPETENCY_CODES).map((code) => code.toLowerCase()) }, // bounded-spread: the classification's codes
  { weight: 1, arbitrary: fc.constantFrom('E1.3', 'C3', 'S2.9', 'E2.2 a', 'émotions', '') },
);

/** Manuals the schema accepts, from its own definition, with ids that refer to each other. */
export const schemaManual = (maxItems = 4): fc.Arbitrary<unknown> =>
  arbitraryOf(manualSchema, {
    text,
    maxItems,
    overrides: {
      'activities[].id': fc.constantFrom(...ACTIVITY_IDS), // bounded-spread: a fixed list of ids
      'sessions[].activities[]': fc.constantFrom(...ACTIVITY_IDS), // bounded-spread: a fixed list of ids
      'sessions[].id': fc.constantFrom('s1', 's2', 's3'),
      'activities[].competencies[]': competencyCode,
    },
  });

const DEEP_MARK = 'cps-fuzz-deep-';
const DEEP_MARKS = /["']?cps-fuzz-deep-(\d+)["']?/g;

/** Any YAML-able value of another type than the one expected: what "swapping types" puts in. */
const foreignValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxKeys: 3 }),
);

const at = fc.nat();
type AstOp =
  | { kind: 'delete-key'; at: number; item: number }
  | { kind: 'swap-type'; at: number; value: unknown }
  | { kind: 'unicode'; at: number; value: string }
  | { kind: 'control-chars'; at: number; value: string }
  | { kind: 'huge-string'; at: number; length: number; unit: string }
  | { kind: 'deep-nesting'; at: number; depth: number; map: boolean }
  | { kind: 'anchor-alias'; from: number; to: number }
  | { kind: 'merge-key'; from: number; to: number }
  | { kind: 'alias-bomb'; at: number; width: number; levels: number }
  | { kind: 'comment'; at: number; text: string; before: boolean }
  | { kind: 'duplicate-key'; at: number; item: number; value: unknown };

/** `heavy` weighs the mutations that make big or costly inputs (huge strings, deep nesting, alias bombs) against the others (about 300). */
const astOp = (heavy: number): fc.Arbitrary<AstOp> =>
  weighted<AstOp>(
    { weight: 40, arbitrary: fc.record({ kind: fc.constant('delete-key' as const), at, item: fc.nat() }) },
    { weight: 40, arbitrary: fc.record({ kind: fc.constant('swap-type' as const), at, value: foreignValue }) },
    { weight: 30, arbitrary: fc.record({ kind: fc.constant('unicode' as const), at, value: hostileString }) },
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('control-chars' as const), at, value: fc.string({ unit: controlChar, minLength: 1, maxLength: 6 }) }) },
    {
      weight: heavy,
      arbitrary: fc.record({
        kind: fc.constant('huge-string' as const),
        at,
        length: fc.integer({ min: 10_000, max: 80_000 }),
        unit: fc.constantFrom('x', 'é', '- ', ' ', '😀', 'a b '),
      }),
    },
    { weight: heavy, arbitrary: fc.record({ kind: fc.constant('deep-nesting' as const), at, depth: fc.integer({ min: 10, max: 400 }), map: fc.boolean() }) },
    { weight: 30, arbitrary: fc.record({ kind: fc.constant('anchor-alias' as const), from: at, to: at }) },
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('merge-key' as const), from: at, to: at }) },
    { weight: heavy, arbitrary: fc.record({ kind: fc.constant('alias-bomb' as const), at, width: fc.integer({ min: 2, max: 10 }), levels: fc.integer({ min: 2, max: 12 }) }) },
    {
      weight: 40,
      arbitrary: fc.record({ kind: fc.constant('comment' as const), at, text: fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 12 })), before: fc.boolean() }),
    },
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('duplicate-key' as const), at, item: fc.nat(), value: foreignValue }) },
  );

type TextOp =
  | { kind: 'crlf' }
  | { kind: 'cr' }
  | { kind: 'bom' }
  | { kind: 'insert'; at: number; value: string }
  | { kind: 'delete-range'; at: number; length: number }
  | { kind: 'mis-indent'; line: number; delta: number }
  | { kind: 'tab-indent'; line: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'deep-indent'; depth: number };

const textOp = (heavy: number): fc.Arbitrary<TextOp> =>
  weighted<TextOp>(
    { weight: 20, arbitrary: fc.constant({ kind: 'crlf' as const }) },
    { weight: 10, arbitrary: fc.constant({ kind: 'cr' as const }) },
    { weight: 20, arbitrary: fc.constant({ kind: 'bom' as const }) },
    {
      weight: 30,
      arbitrary: fc.record({
        kind: fc.constant('insert' as const),
        at,
        value: fc.oneof(hostileString, fc.constantFrom(': ', '- ', '&a ', '*a', '<<: *a', '[', '{', '"', "'", '#', '---\n', '...\n', '%YAML 1.1\n', '!!binary ', '? ')),
      }),
    },
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('delete-range' as const), at, length: fc.integer({ min: 1, max: 200 }) }) },
    { weight: 30, arbitrary: fc.record({ kind: fc.constant('mis-indent' as const), line: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }) },
    { weight: 10, arbitrary: fc.record({ kind: fc.constant('tab-indent' as const), line: fc.nat() }) },
    { weight: 10, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
    { weight: 10, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }) },
    { weight: heavy, arbitrary: fc.record({ kind: fc.constant('deep-indent' as const), depth: fc.integer({ min: 10, max: 300 }) }) },
  );

/** fc.oneof without the choices of weight 0. */
function weighted<T>(...choices: { weight: number; arbitrary: fc.Arbitrary<T> }[]): fc.Arbitrary<T> {
  // bounded-spread: the weighted choices written in this file
  return fc.oneof(...choices.filter((choice) => choice.weight > 0));
}

const style: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(2, 2, 4, 3),
  lineWidth: fc.constantFrom(0, 80),
  defaultStringType: fc.constantFrom('PLAIN' as const, 'PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const),
  collectionStyle: fc.constantFrom('any' as const, 'any' as const, 'flow' as const, 'block' as const),
  flowCollectionPadding: fc.boolean(),
});

export interface ManualCaseOptions {
  /** Most items of an array in the manual before mutation (default 4). */
  readonly maxItems?: number;
  /** Weight of each costly mutation against about 300 for the others (default 10); 0 leaves them out. */
  readonly heavy?: number;
}

/**
 * Manuals from the schema, serialised to YAML in various styles, then mutated: in the YAML tree
 * (keys deleted or duplicated, types swapped, hostile and huge strings, deep nesting, anchors
 * and aliases, merge keys, alias bombs, comments) and in the text (CRLF, CR, BOM, insertions,
 * deletions, bad indentation, tabs, truncation). One case in five is left valid.
 */
export function manualCases(options: ManualCaseOptions = {}): fc.Arbitrary<ManualCase> {
  return fc
    .record({
      value: schemaManual(options.maxItems),
      style,
      mutate: fc.nat({ max: 4 }),
      astOps: fc.array(astOp(options.heavy ?? 10), { maxLength: 4 }),
      textOps: fc.array(textOp(options.heavy ?? 10), { maxLength: 3 }),
    })
    .map(({ value, style, mutate, astOps, textOps }) => buildCase(value, style, mutate === 0 ? [] : astOps, mutate === 0 ? [] : textOps));
}

/** The cases of `manualCases()` with its defaults. */
export const manualCase: fc.Arbitrary<ManualCase> = manualCases();

export function buildCase(value: unknown, style: ToStringOptions, astOps: readonly AstOp[], textOps: readonly TextOp[]): ManualCase {
  const doc = new Document(value);
  const classes: string[] = [];
  const deep: string[] = [];
  for (const op of astOps) if (applyAstOp(doc, op, deep)) classes.push(op.kind);
  let text: string;
  try {
    text = doc.toString(style).replace(DEEP_MARKS, (_mark, index: string) => deep[Number(index)] ?? '');
  } catch {
    // A later mutation removed an anchor that an alias needs: the same case without aliases,
    // or without mutations of its tree at all.
    const withoutAliases = astOps.filter((op) => op.kind !== 'anchor-alias' && op.kind !== 'merge-key' && op.kind !== 'alias-bomb');
    if (astOps.length === 0) throw new Error('buildCase: a value from the schema does not print as YAML');
    return buildCase(value, style, withoutAliases.length < astOps.length ? withoutAliases : [], textOps);
  }
  for (const op of textOps) {
    const next = applyTextOp(text, op);
    if (next !== text) classes.push(op.kind);
    text = next;
  }
  return { text, classes: classes.length === 0 ? ['valid'] : classes };
}

interface Slot {
  readonly node: Node;
  set(node: Node): void;
}

/** Every node of the document with a way to replace it; aliases are not entered. */
function slotsOf(doc: Document): Slot[] {
  const slots: Slot[] = [];
  const walk = (node: Node, set: (node: Node) => void) => {
    slots.push({ node, set });
    if (isMap(node)) {
      for (const pair of node.items) if (isNode(pair.value)) walk(pair.value, (replacement) => (pair.value = replacement));
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (isNode(item)) walk(item, (replacement) => (node.items[index] = replacement));
      });
    }
  };
  if (isNode(doc.contents)) walk(doc.contents, (replacement) => (doc.contents = replacement));
  return slots;
}

const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

/** Applies one mutation; false when the document has no place for it (or it would not print). */
function applyAstOp(doc: Document, op: AstOp, deep: string[]): boolean {
  const slots = slotsOf(doc);
  switch (op.kind) {
    case 'delete-key': {
      const map = pick(
        slots.filter((slot) => isMap(slot.node) && slot.node.items.length > 0),
        op.at,
      )?.node;
      if (!isMap(map)) return false;
      map.items.splice(op.item % map.items.length, 1);
      return true;
    }
    case 'duplicate-key': {
      const map = pick(
        slots.filter((slot) => isMap(slot.node) && slot.node.items.length > 0),
        op.at,
      )?.node;
      if (!isMap(map)) return false;
      const key = map.items[op.item % map.items.length]!.key;
      map.items.push(new Pair(isScalar(key) ? new Scalar(key.value) : key, doc.createNode(op.value)));
      return true;
    }
    case 'swap-type':
    case 'unicode':
    case 'control-chars': {
      const slot = pick(op.kind === 'swap-type' ? slots.slice(1) : slots.filter((candidate) => isScalar(candidate.node)), op.at);
      if (!slot) return false;
      slot.set(doc.createNode(op.value));
      return true;
    }
    case 'huge-string': {
      const slot = pick(
        slots.filter((candidate) => isScalar(candidate.node)),
        op.at,
      );
      if (!slot) return false;
      slot.set(new Scalar(op.unit.repeat(Math.ceil(op.length / op.unit.length))));
      return true;
    }
    case 'deep-nesting': {
      // Built as text after printing: the YAML library prints deep flow collections slowly.
      const slot = pick(slots.slice(1), op.at);
      if (!slot) return false;
      const open = op.map ? '{k: ' : '[';
      const close = op.map ? '}' : ']';
      deep.push(`${open.repeat(op.depth)}bottom${close.repeat(op.depth)}`);
      slot.set(new Scalar(`${DEEP_MARK}${deep.length - 1}`));
      return true;
    }
    case 'anchor-alias': {
      const from = pick(slots.slice(1), op.from);
      const to = pick(slots.slice(1), op.to);
      if (!from || !to || from === to || !aliasable(from.node)) return false;
      const source = from.node;
      to.set(doc.createAlias(source));
      return true;
    }
    case 'merge-key': {
      const maps = slots.filter((slot) => isMap(slot.node));
      const source = pick(maps, op.from);
      const target = pick(maps, op.to);
      if (!source || !target || source === target || !isMap(source.node) || !isMap(target.node)) return false;
      const map = target.node;
      const merged = source.node;
      map.items.unshift(new Pair(new Scalar('<<'), doc.createAlias(merged)));
      return true;
    }
    case 'alias-bomb': {
      const slot = pick(slots.slice(1), op.at);
      if (!slot) return false;
      const levels = doc.createNode([]) as Node;
      if (!isSeq(levels)) return false;
      let previous = doc.createNode(Array.from({ length: op.width }, () => 'lol')) as YAMLSeq;
      previous.anchor = 'l0';
      levels.items.push(previous);
      for (let level = 1; level <= op.levels; level++) {
        const next = doc.createNode([]) as YAMLSeq;
        for (let i = 0; i < op.width; i++) next.items.push(doc.createAlias(previous));
        next.anchor = `l${level}`;
        levels.items.push(next);
        previous = next;
      }
      slot.set(levels);
      return true;
    }
    case 'comment': {
      const slot = pick(slots, op.at);
      if (!slot) return false;
      const comment = ` ${op.text.replace(/[\r\n\u0085\u2028\u2029]/g, ' ')}`;
      if (op.before) slot.node.commentBefore = comment;
      else slot.node.comment = comment;
      return true;
    }
  }
}

const aliasable = (node: Node): node is Scalar | YAMLMap | YAMLSeq => isScalar(node) || isMap(node) || isSeq(node);

function applyTextOp(text: string, op: TextOp): string {
  const lines = () => text.split('\n');
  switch (op.kind) {
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'bom':
      return `\ufeff${text}`;
    case 'insert': {
      const offset = op.at % (text.length + 1);
      return text.slice(0, offset) + op.value + text.slice(offset);
    }
    case 'delete-range': {
      const offset = op.at % (text.length + 1);
      return text.slice(0, offset) + text.slice(offset + op.length);
    }
    case 'truncate':
      return text.slice(0, op.at % (text.length + 1));
    case 'mis-indent': {
      const all = lines();
      const index = op.line % all.length;
      const line = all[index]!;
      all[index] = op.delta >= 0 ? ' '.repeat(op.delta) + line : line.replace(new RegExp(`^ {0,${-op.delta}}`), '');
      return all.join('\n');
    }
    case 'tab-indent': {
      const all = lines();
      const index = op.line % all.length;
      all[index] = all[index]!.replace(/^ +/, '\t');
      return all.join('\n');
    }
    case 'deep-indent': {
      // Block mappings nested one space deeper each line, under a key of their own.
      const nested = Array.from({ length: op.depth }, (_, level) => `${' '.repeat(level + 1)}k:`).join('\n');
      return `${text.replace(/\n?$/, '\n')}notes:\n${nested} bottom\n`;
    }
    case 'duplicate-line': {
      const all = lines();
      const index = op.line % all.length;
      all.splice(index, 0, all[index]!);
      return all.join('\n');
    }
  }
}
