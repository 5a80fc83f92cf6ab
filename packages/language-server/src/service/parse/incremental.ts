import { isOverSizeLimit } from '../limits.js';
import { LineIndex } from '../text/line-index.js';
import { firstOverlyDeepLine } from './nesting.js';
import { MAX_DEPTH, MAX_EXPANDED_NODES, parseManual, type ParsedManual, type ParseProblem } from './parse-manual.js';
import { rebase, type Base } from './based-nodes.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

/** Below this size a full parse is fast enough that splitting would not pay. */
const SPLIT_THRESHOLD = 16_384;
/** A top-level list this many lines long is parsed item by item. */
const ITEMS_THRESHOLD = 40;

/** What a chunk of text parses to: nodes placed by their base, problems counted from the chunk's start. */
interface ChunkResult {
  readonly root: YNode | null;
  readonly problems: readonly ParseProblem[];
  /** Where the chunk's nodes are placed; moved, not copied, when an edit moves the chunk. */
  readonly base: Base;
  /** The parse that last placed these nodes: a second copy of the same text in that parse needs nodes of its own. */
  placedIn: number;
  /**
   * Set on list items taken from a full parse rather than parsed alone: where their list
   * would end if they were last is not known, so as the last piece they are parsed anew.
   */
  readonly openEnded?: boolean;
}

interface Chunk {
  readonly start: number;
  readonly text: string;
}

/** A top-level key with its whole value, or a key line followed by its list items, each a chunk. */
type Block = { readonly kind: 'whole'; readonly chunk: Chunk } | { readonly kind: 'items'; readonly header: Chunk; readonly items: readonly Chunk[] };

/**
 * Parses a manual again and again as it is edited, reusing what did not change. The text is
 * cut at its top-level keys, and long top-level lists at their items; each piece is parsed
 * on its own and kept by its text, so a one-character edit parses one piece. The result is
 * the one a full parse gives (tested on every example and on random edits); whenever the
 * pieces could read differently from the whole (anchors and aliases, directives, several
 * documents, a syntax error, a root that is not a map of keys), the whole is parsed instead.
 */
export class IncrementalParser {
  private cache = new Map<string, ChunkResult>();
  private generation = 0;
  /** How the last parse went: pieces in all and pieces parsed anew (0 and 0 for a full parse). */
  lastStats = { pieces: 0, parsed: 0 };

  parse(text: string): ParsedManual {
    if (text.length < SPLIT_THRESHOLD || isOverSizeLimit(text) || !isSplittable(text) || firstOverlyDeepLine(text, MAX_DEPTH) !== undefined) {
      return this.full(text);
    }
    const blocks = splitBlocks(text);
    if (!blocks) return this.full(text);
    // Parsing many pieces one by one costs more than parsing the whole once: when most
    // are new (the first parse, a paste), parse the whole and keep its pieces for next time.
    const pieces = blocks.flatMap((block) => (block.kind === 'whole' ? [block.chunk] : [block.header, ...block.items]));
    const missing = pieces.filter((chunk) => !this.cache.has(chunk.text)).length;
    if (missing > Math.max(8, pieces.length * 0.3)) return this.fullAndKeep(text, blocks);
    const stats = { pieces: 0, parsed: 0 };
    const parsed = this.assembleFrom(text, blocks, this.cache, stats);
    this.lastStats = stats;
    return parsed ?? parseManual(text);
  }

  /** Assembles the document from its pieces, parsing those the cache lacks; undefined when a piece reads oddly. */
  private assembleFrom(
    text: string,
    blocks: readonly Block[],
    cache: ReadonlyMap<string, ChunkResult>,
    stats: { pieces: number; parsed: number },
  ): ParsedManual | undefined {
    const generation = ++this.generation;
    const next = new Map<string, ChunkResult>();
    const parseChunk = (chunk: Chunk, last = false): ChunkResult => {
      stats.pieces++;
      let result = next.get(chunk.text) ?? cache.get(chunk.text);
      if (!result || (last && result.openEnded)) {
        stats.parsed++;
        result = relativeParse(chunk.text, generation);
      } else if (result.placedIn === generation) {
        // The same text twice in one document: the second copy gets nodes of its own.
        const base: Base = { offset: 0 };
        result = { ...result, root: result.root ? rebase(result.root, base, -result.base.offset) : null, base };
      }
      result.base.offset = chunk.start;
      result.placedIn = generation;
      if (!next.has(chunk.text)) next.set(chunk.text, result);
      return result;
    };
    const assembled = assemble(blocks, parseChunk);
    this.cache = next;
    if (!assembled) return undefined;
    const lines = new LineIndex(text);
    const expandable = assembled.root.size <= MAX_EXPANDED_NODES;
    return { text, lines, root: assembled.root, problems: assembled.problems, expandable };
  }

  private full(text: string): ParsedManual {
    this.lastStats = { pieces: 0, parsed: 0 };
    return parseManual(text);
  }

  /**
   * A full parse, whose tree is cut into the pieces' results for the edits to come; the
   * document is then assembled from those pieces, so that only one tree is kept.
   */
  private fullAndKeep(text: string, blocks: readonly Block[]): ParsedManual {
    const parsed = this.full(text);
    if (parsed.root?.kind !== 'map' || parsed.problems.some((problem) => problem.kind !== 'duplicate-key')) {
      this.cache = new Map();
      return parsed;
    }
    const pieces = new Map<string, ChunkResult>();
    for (const [chunk, result] of piecesOf(parsed.root, parsed.problems, blocks)) if (!pieces.has(chunk.text)) pieces.set(chunk.text, result);
    return this.assembleFrom(text, blocks, pieces, { pieces: 0, parsed: 0 }) ?? parsed;
  }
}

/**
 * The result each piece would give parsed alone, read off a full parse. Only what the
 * full parse shows for sure is kept; a block it cannot map is left to be parsed on demand.
 */
function piecesOf(root: YMap, problems: readonly ParseProblem[], blocks: readonly Block[]): [Chunk, ChunkResult][] {
  const out: [Chunk, ChunkResult][] = [];
  const piece = (root: YNode, problems: readonly ParseProblem[], openEnded = false): ChunkResult => {
    const base: Base = { offset: 0 };
    return { root: rebase(root, base), problems, base, placedIn: 0, ...(openEnded ? { openEnded } : {}) };
  };
  const within = (chunk: Chunk, offset: number) => offset >= chunk.start && offset < chunk.start + chunk.text.length;
  const problemsIn = (chunk: Chunk) => problems.filter((problem) => within(chunk, problem.start)).map((problem) => shiftProblem(problem, -chunk.start));
  let pairIndex = 0;
  for (const block of blocks) {
    if (block.kind === 'whole') {
      const pairs: YPair[] = [];
      while (pairIndex < root.pairs.length && within(block.chunk, root.pairs[pairIndex]!.key.start)) pairs.push(shiftPair(root.pairs[pairIndex++]!, -block.chunk.start));
      if (pairs.length === 0) continue;
      const last = pairs[pairs.length - 1]!;
      out.push([block.chunk, piece({ kind: 'map', pairs, start: pairs[0]!.key.start, end: last.value ? last.value.end : last.key.end, size: 0 }, problemsIn(block.chunk))]);
      continue;
    }
    const pair = root.pairs[pairIndex];
    if (!pair || !within(block.header, pair.key.start)) continue;
    pairIndex++;
    const seq = pair.value;
    if (seq?.kind !== 'seq' || seq.aliasOf) continue;
    const headerKey = shiftNode(pair.key, -block.header.start) as YScalar;
    out.push([block.header, piece({ kind: 'map', pairs: [{ key: headerKey, value: null }], start: headerKey.start, end: headerKey.end, size: 2 }, problemsIn(block.header))]);
    let itemIndex = 0;
    block.items.forEach((chunk, i) => {
      const items: YNode[] = [];
      while (itemIndex < seq.items.length && within(chunk, seq.items[itemIndex]!.start)) items.push(shiftNode(seq.items[itemIndex++]!, -chunk.start));
      const dash = chunk.text.indexOf('-');
      const isLast = i === block.items.length - 1;
      const size = 1 + items.reduce((sum, item) => sum + item.size, 0);
      out.push([
        chunk,
        piece({ kind: 'seq', items, start: dash, end: isLast ? seq.end - chunk.start : (items[items.length - 1]?.end ?? dash), size }, problemsIn(chunk), !isLast),
      ]);
    });
  }
  return out;
}

/** Features that tie one part of a document to another, or that a piece alone would misread. */
function isSplittable(text: string): boolean {
  // Anchors and aliases reach across pieces; directives and document markers concern the whole.
  if (/(^|[\s[\]{},])[&*][^\s[\]{},]/.test(text)) return false;
  if (/^(%|---|\.\.\.)/m.test(text)) return false;
  return true;
}

function relativeParse(text: string, generation: number): ChunkResult {
  const parsed = parseManual(text);
  const base: Base = { offset: 0 };
  return { root: parsed.root ? rebase(parsed.root, base) : null, problems: parsed.problems, base, placedIn: generation - 1 };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Whether a line holds something other than blanks and a comment. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') continue;
    return char !== '#';
  }
  return false;
}

function splitBlocks(text: string): Block[] | undefined {
  const starts = lineStarts(text);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1]! : text.length);
  // Top-level keys start at column 0; comments and blank lines go with the block above.
  const keyLines: number[] = [];
  for (let line = 0; line < starts.length; line++) {
    const first = text[starts[line]!];
    if (first === undefined || first === ' ' || first === '\t' || first === '#' || first === '\r' || first === '\n') continue;
    // A root that is a list, a flow collection or a complex key is parsed whole.
    if (first === '-' || first === '[' || first === '{' || first === '?' || first === '}' || first === ']') return undefined;
    keyLines.push(line);
  }
  if (keyLines.length === 0) return undefined;
  const blocks: Block[] = [];
  for (let k = 0; k < keyLines.length; k++) {
    const firstLine = k === 0 ? 0 : keyLines[k]!;
    const keyLine = keyLines[k]!;
    const lastLine = (k + 1 < keyLines.length ? keyLines[k + 1]! : starts.length) - 1;
    const start = starts[firstLine]!;
    const end = lineEnd(lastLine);
    const items = lastLine - keyLine >= ITEMS_THRESHOLD ? splitItems(text, starts, keyLine, lastLine, lineEnd) : undefined;
    blocks.push(items ? { kind: 'items', header: { start, text: text.slice(start, items[0]!.start) }, items } : { kind: 'whole', chunk: { start, text: text.slice(start, end) } });
  }
  return blocks;
}

/** The number of spaces a line starts with. */
function leadingSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i - start;
}

/** Whether the line starts, after `indent` spaces, with a list dash. */
function isItemStart(text: string, start: number, end: number, indent: number): boolean {
  if (leadingSpaces(text, start, end) !== indent || text[start + indent] !== '-') return false;
  const after = text[start + indent + 1];
  return after === undefined || after === ' ' || after === '\n' || after === '\r' || start + indent + 1 >= end;
}

/**
 * The items of a block list under a key line that has nothing after its colon, or undefined.
 * Runs on every edit over every line of the list, so it reads characters and makes no strings.
 */
function splitItems(text: string, starts: number[], keyLine: number, lastLine: number, lineEnd: (line: number) => number): Chunk[] | undefined {
  const keyText = text.slice(starts[keyLine]!, lineEnd(keyLine));
  if (!/^[^\s#][^#]*?:[ \t]*(#.*)?\r?\n?$/.test(keyText) || /^["']/.test(keyText)) return undefined;
  let indent = -1;
  let firstItemLine = -1;
  for (let line = keyLine + 1; line <= lastLine; line++) {
    const [start, end] = [starts[line]!, lineEnd(line)];
    if (!hasContent(text, start, end)) continue;
    indent = leadingSpaces(text, start, end);
    if (!isItemStart(text, start, end, indent)) return undefined;
    firstItemLine = line;
    break;
  }
  if (firstItemLine === -1) return undefined;
  const bounds: number[] = [];
  for (let line = firstItemLine; line <= lastLine; line++) {
    const [start, end] = [starts[line]!, lineEnd(line)];
    if (isItemStart(text, start, end, indent)) bounds.push(line);
    // Content less indented than the items would end the list: the pieces could misread it.
    else if (hasContent(text, start, end) && leadingSpaces(text, start, end) <= indent) return undefined;
  }
  return bounds.map((line, i) => {
    const start = starts[line]!;
    const end = i + 1 < bounds.length ? starts[bounds[i + 1]!]! : lineEnd(lastLine);
    return { start, text: text.slice(start, end) };
  });
}

/** Builds the root from the pieces; undefined when a piece does not read as expected. */
function assemble(blocks: readonly Block[], parseChunk: (chunk: Chunk, last?: boolean) => ChunkResult): { root: YMap; problems: ParseProblem[] } | undefined {
  const pairs: YPair[] = [];
  const problems: ParseProblem[] = [];
  const take = (result: ChunkResult, delta: number): boolean => {
    for (const problem of result.problems) {
      if (problem.kind !== 'duplicate-key') return false;
      problems.push(shiftProblem(problem, delta));
    }
    return true;
  };
  for (const block of blocks) {
    if (block.kind === 'whole') {
      const result = parseChunk(block.chunk);
      if (!take(result, block.chunk.start) || result.root?.kind !== 'map' || result.root.pairs.length === 0) return undefined;
      for (const pair of result.root.pairs) pairs.push(pair);
      continue;
    }
    const header = parseChunk(block.header);
    if (!take(header, block.header.start) || header.root?.kind !== 'map' || header.root.pairs.length !== 1) return undefined;
    const headerPair = header.root.pairs[0]!;
    if (headerPair.value !== null && !(headerPair.value.kind === 'scalar' && headerPair.value.value === null)) return undefined;
    const items: YNode[] = [];
    let seqStart = -1;
    let seqEnd = -1;
    let size = 1;
    for (const [i, chunk] of block.items.entries()) {
      const result = parseChunk(chunk, i === block.items.length - 1);
      if (!take(result, chunk.start) || result.root?.kind !== 'seq') return undefined;
      if (seqStart === -1) seqStart = result.root.start;
      seqEnd = result.root.end;
      for (const item of result.root.items) {
        items.push(item);
        size += item.size;
      }
    }
    const seq: YSeq = { kind: 'seq', items, start: seqStart, end: seqEnd, size };
    pairs.push({ key: headerPair.key, value: seq });
  }
  // Duplicate top-level keys are found here, as the full parse finds them.
  const firstByKey = new Map<string, YScalar>();
  for (const pair of pairs) {
    const name = String(pair.key.value);
    const first = firstByKey.get(name);
    if (first) problems.push({ kind: 'duplicate-key', start: pair.key.start, end: pair.key.end, key: name, firstStart: first.start, firstEnd: first.end });
    else firstByKey.set(name, pair.key);
  }
  problems.sort((a, b) => a.start - b.start);
  const last = pairs[pairs.length - 1]!;
  const end = last.value ? last.value.end : last.key.end;
  const size = 1 + pairs.reduce((sum, pair) => sum + 1 + (pair.value?.size ?? 0), 0);
  return { root: { kind: 'map', pairs, start: pairs[0]!.key.start, end, size }, problems };
}

function shiftProblem(problem: ParseProblem, delta: number): ParseProblem {
  return {
    ...problem,
    start: problem.start + delta,
    end: problem.end + delta,
    ...(problem.firstStart !== undefined ? { firstStart: problem.firstStart + delta } : {}),
    ...(problem.firstEnd !== undefined ? { firstEnd: problem.firstEnd + delta } : {}),
  };
}

function shiftPair(pair: YPair, delta: number): YPair {
  return { key: shiftNode(pair.key, delta) as YScalar, value: pair.value ? shiftNode(pair.value, delta) : null };
}

/** A copy of a tree with its offsets moved; chunks have no aliases, so a tree is a tree. */
function shiftNode(node: YNode, delta: number): YNode {
  if (delta === 0) return node;
  switch (node.kind) {
    case 'scalar':
      return { kind: 'scalar', value: node.value, start: node.start + delta, end: node.end + delta, size: node.size };
    case 'seq':
      return { kind: 'seq', items: node.items.map((item) => shiftNode(item, delta)), start: node.start + delta, end: node.end + delta, size: node.size };
    case 'map':
      return { kind: 'map', pairs: node.pairs.map((pair) => shiftPair(pair, delta)), start: node.start + delta, end: node.end + delta, size: node.size };
  }
}
