import { Composer, isAlias, isMap, isScalar, isSeq, Parser, YAMLParseError, type Alias as YamlAlias, type CST, type Document, type Node as YamlNode } from 'yaml';
import { MAX_DEPTH, MAX_EXPANDED_NODES, MAX_MANUAL_BYTES, isOverSizeLimit } from '../limits.js';
import { LineIndex } from '../text/line-index.js';
import { withoutStackTraces } from '../text/without-stack-traces.js';
import { fastTree } from './fast-tree.js';
import { mayHoldMergeKeys, resolveMergeKeys } from './merge-keys.js';
import { firstOverlyDeepLine } from './nesting.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

/** Something wrong with the text itself, found while reading it. */
export interface ParseProblem {
  readonly kind:
    'syntax' | 'duplicate-key' | 'complex-key' | 'unknown-anchor' | 'alias-cycle' | 'alias-expansion' | 'too-deep' | 'rest-unread' | 'too-large' | 'multiple-documents';
  readonly start: number;
  readonly end: number;
  /** The YAML library's error code, for syntax problems. */
  readonly code?: string;
  /** The YAML library's own (English) message, for syntax problems. */
  readonly detail?: string;
  /** The key, for duplicate keys. */
  readonly key?: string;
  /** The limit that was passed: values for alias bombs, levels for nesting, bytes for size. */
  readonly limit?: number;
  /** The earlier place involved (the first occurrence of a duplicate key). */
  readonly firstStart?: number;
  readonly firstEnd?: number;
}

export interface ParsedManual {
  readonly text: string;
  readonly lines: LineIndex;
  /** The tree, or null for an empty document or one that could not be read at all. */
  readonly root: YNode | null;
  readonly problems: readonly ParseProblem[];
  /** Whether the tree is small enough, once aliases are expanded, to be checked against the schema. */
  readonly expandable: boolean;
}

export { MAX_DEPTH, MAX_EXPANDED_NODES };

/** Reads a manual's text into a located tree, collecting every problem of the text itself. */
export function parseManual(text: string): ParsedManual {
  if (isOverSizeLimit(text)) return oversizeManual(text);
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  const tooDeepAt = firstOverlyDeepLine(text, MAX_DEPTH);
  if (tooDeepAt !== undefined) {
    const end = lines.lineEnd(lines.positionAt(tooDeepAt).line);
    problems.push({ kind: 'too-deep', start: tooDeepAt, end: Math.max(end, tooDeepAt), limit: MAX_DEPTH });
    return { text, lines, root: null, problems, expandable: false };
  }
  // The ordinary manual is read by a much faster reader, which gives the very same result.
  const fast = fastTree(text);
  if (fast && (fast.root === null || fast.root.size <= MAX_EXPANDED_NODES)) {
    return { text, lines, root: fast.root, problems: fast.problems, expandable: true };
  }
  return parseWithYaml(text, lines);
}

/**
 * A manual over the size limit, not read: one problem, at the start. (Its lines are not indexed
 * either: on a document of 50 MB that alone would cost every keystroke in an editor.)
 */
export function oversizeManual(text = ''): ParsedManual {
  return {
    text,
    lines: new LineIndex(''),
    root: null,
    problems: [{ kind: 'too-large', start: 0, end: 0, limit: MAX_MANUAL_BYTES }],
    expandable: false,
  };
}

/** Whether a manual was left unread for its size: only the size finding speaks of it. */
export function isOversize(parsed: ParsedManual): boolean {
  return parsed.problems.some((problem) => problem.kind === 'too-large');
}

/** Reads a manual's text with the YAML library: the full path, for any text. */
export function parseWithYaml(text: string, lines: LineIndex = new LineIndex(text)): ParsedManual {
  const problems: ParseProblem[] = [];
  let doc: Document.Parsed;
  let restAt: number | undefined;
  try {
    ({ doc, restAt } = withoutStackTraces(() => composeWithinDepth(text)));
  } catch (error) {
    // The library reports problems rather than throwing; this is the last line of defence.
    problems.push({ kind: 'syntax', start: 0, end: Math.min(text.length, 1), code: 'UNREADABLE', detail: String(error) });
    return { text, lines, root: null, problems, expandable: false };
  }

  const seenLines = new Set<number>();
  for (const error of doc.errors) {
    if (error.code === 'MULTIPLE_DOCS') {
      const start = error.pos[0];
      const lineEnd = lines.lineEnd(lines.positionAt(start).line);
      problems.push({ kind: 'multiple-documents', start, end: Math.min(error.pos[1], lineEnd) });
      continue;
    }
    // One mistake often yields several library errors on the same line; the first says it best.
    const [start, end] = unclosedQuoteRange(text, lines, error.message, error.pos[0]) ?? visibleRange(text, error.pos[0], error.pos[1]);
    const line = lines.positionAt(start).line;
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    problems.push({ kind: 'syntax', start, end, code: error.code, detail: firstLine(error.message) });
  }

  if (restAt !== undefined) {
    problems.push({ kind: 'rest-unread', start: restAt, end: Math.max(restAt, lines.lineEnd(lines.positionAt(restAt).line)), limit: MAX_DEPTH });
  }
  const built = new TreeBuilder(problems).build(doc.contents);
  const root = mayHoldMergeKeys(text) ? resolveMergeKeys(built) : built;
  const expandable = root === null || root.size <= MAX_EXPANDED_NODES;
  if (!expandable) {
    const firstLineEnd = lines.lineEnd(0);
    problems.push({ kind: 'alias-expansion', start: 0, end: firstLineEnd, limit: MAX_EXPANDED_NODES });
  }
  return { text, lines, root, problems, expandable };
}

/**
 * Has the YAML library read the text, but never compose more than MAX_DEPTH levels of it. How
 * deep the library nests a text is not how deep it is indented: after one misplaced line, it can
 * read each line of a long flat list as a key of the one before, thousands of levels deep. Its
 * composer then overflows the stack, and where it stops depends on the state of the JIT, so that
 * the same text gave different findings from one call to the next. The library's first stage (the
 * concrete syntax tree) uses no recursion; its depth is measured there, and only the text before
 * the first line too deep is composed: the rest is reported as not read, from `restAt`.
 */
function composeWithinDepth(text: string): { doc: Document.Parsed; restAt?: number } {
  const tokens = Array.from(new Parser().parse(text));
  const deepAt = firstTooDeep(tokens);
  if (deepAt === undefined) return { doc: compose(tokens, text.length) };
  const restAt = text.lastIndexOf('\n', deepAt - 1) + 1;
  const before = Array.from(new Parser().parse(text.slice(0, restAt)));
  // The text before that line nests as it does in the whole; should it not, nothing is composed.
  if (firstTooDeep(before) !== undefined) return { doc: compose([], 0), restAt: 0 };
  return { doc: compose(before, restAt), restAt };
}

/** The documents of a token stream, as `parseDocument` composes them: the first, and an error at a second. */
function compose(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ uniqueKeys: false, keepSourceTokens: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // The composer always gives a document when asked to (forceDoc).
  return doc!;
}

/** Where a collection deeper than MAX_DEPTH starts, first in the text, walking the tokens without recursion. */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (let i = tokens.length - 1; i >= 0; i--) stack.push([tokens[i]!, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > MAX_DEPTH) return token.offset;
        for (let i = token.items.length - 1; i >= 0; i--) {
          const item = token.items[i]!;
          if (item.value) stack.push([item.value, depth + 1]);
          if (item.key) stack.push([item.key, depth + 1]);
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/**
 * An unclosed quote is found at the end of the file, where nothing is wrong; the
 * mistake is the opening quote, the last of its kind before that point.
 */
function unclosedQuoteRange(text: string, lines: LineIndex, message: string, at: number): [number, number] | undefined {
  const quote = /closing (["'])quote/.exec(message)?.[1];
  if (!quote) return undefined;
  const open = text.lastIndexOf(quote, Math.min(at, text.length) - 1);
  if (open < 0) return undefined;
  return [open, Math.max(open + 1, lines.lineEnd(lines.positionAt(open).line))];
}

/**
 * The library puts some errors on the line break or at the very end of the file (an
 * unclosed quote); a person sees them better on the last character written before it.
 */
function visibleRange(text: string, start: number, end: number): [number, number] {
  let at = Math.min(start, text.length);
  if (at < text.length && !/[\r\n]/.test(text[at]!)) return [start, Math.max(start, end)];
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at === 0 ? [start, Math.max(start, end)] : [at - 1, at];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

class TreeBuilder {
  private readonly done = new Map<YamlNode, YNode | null>();
  /**
   * The latest node of each anchor name met so far. The tree is built in document order, so an
   * alias finds here the anchor YAML gives it: the last one of its name before it. (The library's
   * own lookup walks the whole document for each alias.)
   */
  private readonly anchors = new Map<string, YamlNode>();
  private readonly inProgress = new Set<YamlNode>();
  private depth = 0;
  private tooDeep = false;

  constructor(private readonly problems: ParseProblem[]) {}

  build(node: unknown): YNode | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node);
    const yamlNode = node as YamlNode;
    const known = this.done.get(yamlNode);
    if (known !== undefined) return known;
    if (this.depth >= MAX_DEPTH) {
      const [start, end] = rangeOf(yamlNode);
      if (!this.tooDeep) this.problems.push({ kind: 'too-deep', start, end: Math.min(end, start + 1), limit: MAX_DEPTH });
      this.tooDeep = true;
      return { kind: 'scalar', value: null, start, end, size: 1 };
    }
    this.depth++;
    const anchor = (yamlNode as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, yamlNode);
    this.inProgress.add(yamlNode);
    const built = this.convert(yamlNode);
    this.inProgress.delete(yamlNode);
    this.depth--;
    this.done.set(yamlNode, built);
    return built;
  }

  private alias(node: YamlAlias): YNode | null {
    const [start, end] = rangeOf(node);
    const target = this.anchors.get(node.source);
    if (!target) {
      this.problems.push({ kind: 'unknown-anchor', start, end, key: node.source });
      return { kind: 'scalar', value: null, start, end, size: 1 };
    }
    if (this.inProgress.has(target)) {
      this.problems.push({ kind: 'alias-cycle', start, end, key: node.source });
      return { kind: 'scalar', value: null, start, end, size: 1 };
    }
    const resolved = this.build(target);
    if (resolved === null) return null;
    // The alias stands where it is written; what it contains stays where the anchor wrote it.
    return { ...resolved, start, end, aliasOf: resolved };
  }

  private convert(node: YamlNode): YNode | null {
    const [start, end] = rangeOf(node);
    if (isScalar(node)) {
      return { kind: 'scalar', value: scalarValue(node.value), start, end, size: 1 };
    }
    if (isSeq(node)) {
      const items: YNode[] = [];
      let size = 1;
      for (const item of node.items) {
        const built = this.build(item) ?? { kind: 'scalar' as const, value: null, start: end, end, size: 1 };
        items.push(built);
        size += built.size;
      }
      return { kind: 'seq', items, start, end, size } satisfies YSeq;
    }
    if (isMap(node)) {
      const pairs: YPair[] = [];
      const firstByKey = new Map<string, YScalar>();
      let size = 1;
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        if (!keyNode || !isScalar(keyNode)) {
          const [keyStart, keyEnd] = keyNode ? rangeOf(keyNode) : [start, start];
          this.problems.push({ kind: 'complex-key', start: keyStart, end: keyEnd });
          continue;
        }
        const [keyStart, keyEnd] = rangeOf(keyNode);
        const key: YScalar = { kind: 'scalar', value: scalarValue(keyNode.value), start: keyStart, end: keyEnd, size: 1 };
        const value = this.build(pair.value);
        const name = String(key.value);
        const first = firstByKey.get(name);
        if (first) {
          this.problems.push({ kind: 'duplicate-key', start: keyStart, end: keyEnd, key: name, firstStart: first.start, firstEnd: first.end });
        } else firstByKey.set(name, key);
        pairs.push({ key, value });
        size += 1 + (value?.size ?? 0);
      }
      return { kind: 'map', pairs, start, end, size } satisfies YMap;
    }
    return null;
  }
}

function rangeOf(node: YamlNode): [number, number] {
  const range = node.range;
  return range ? [range[0], range[1]] : [0, 0];
}

function scalarValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  // Dates and binary scalars only come from explicit tags; they are kept as their text.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever a tag produced, its own string form is what is kept.
  return String(value);
}
