import { MAX_CURSOR_LINE_LENGTH, MAX_DEPTH } from '../limits.js';
import { LineIndex } from '../text/line-index.js';

/** A step of a path into the manual: a key, or an index in a list. */
export type PathSegment = string | number;

/**
 * Where the cursor stands in a manual's text, read from the text itself so that it holds
 * while the YAML is half-typed and the tree is broken.
 */
export interface CursorContext {
  /** `key` where a key is being written; `value` where a value or a list item is. */
  readonly kind: 'key' | 'value';
  /** The map (for a key, or the value of a key) or the list (for a list item) that encloses the cursor. */
  readonly path: readonly PathSegment[];
  /** For a value: the key it belongs to; for a list item, the key of the list. */
  readonly key?: string;
  /** For a list item: its index in the list. */
  readonly index?: number;
  /** For a list item: written `- item` (block) or inside `[...]` (flow). */
  readonly list?: 'block' | 'flow';
  /** Whether the enclosing map or list is a flow collection (`{...}`, `[...]`), where nothing may span lines. */
  readonly flow: boolean;
  /** A new list item on a line that has no `- ` yet: whatever is inserted must start with it. */
  readonly needsDash: boolean;
  /** The cursor sits right after `:` or `-`: whatever is inserted must start with a space. */
  readonly needsSpace: boolean;
  /** For a key: whether a `:` already follows it on the line. */
  readonly hasColon: boolean;
  /** The keys already written in the enclosing map, above and below the cursor, except the one under it. */
  readonly presentKeys: readonly string[];
  /** The items already written in the enclosing list, except the one under the cursor. */
  readonly presentItems: readonly string[];
  /** What is typed of the word under the cursor, up to the cursor. */
  readonly prefix: string;
  /** Offsets of the whole word under the cursor (quotes excluded): what a completion replaces. */
  readonly start: number;
  readonly end: number;
}

/** The full path of what is written at the cursor: the key's path, or the value's. */
export function targetPath(context: CursorContext): PathSegment[] {
  if (context.kind === 'key') return [...context.path];
  if (context.list) return [...context.path, context.index ?? 0];
  return context.key === undefined ? [...context.path] : [...context.path, context.key];
}

/** A path as a pattern of the key catalogue: `['activities', 3, 'kind']` → `activities[].kind`. */
export function pathPattern(path: readonly PathSegment[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += '[]';
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}

interface MapFrame {
  readonly kind: 'map';
  readonly indent: number;
  readonly path: PathSegment[];
  readonly keys: string[];
  lastKey?: string;
  /** Whether the last key was written with nothing after its colon (a section or a list follows). */
  lastValueEmpty: boolean;
}

interface SeqFrame {
  readonly kind: 'seq';
  readonly indent: number;
  readonly path: PathSegment[];
  count: number;
  readonly items: string[];
}

type Frame = MapFrame | SeqFrame;

interface FlowFrame {
  readonly kind: 'map' | 'seq';
  readonly path: PathSegment[];
  index: number;
  readonly keys: string[];
  readonly items: string[];
  lastKey?: string;
  afterColon: boolean;
  /** Offset where the current entry (or its value, after a colon) starts. */
  entryStart: number;
}

interface FlowState {
  readonly ownerIndent: number;
  readonly rootPath: PathSegment[];
  readonly stack: FlowFrame[];
}

const isBlank = (char: string | undefined): boolean => char === undefined || char === ' ' || char === '\t';
const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t';

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line[i])) i++;
  return i;
}

function skipSpaces(line: string, i: number, limit = line.length): number {
  while (i < limit && isSpace(line[i])) i++;
  return i;
}

function isDashAt(line: string, col: number): boolean {
  return line[col] === '-' && isBlank(line[col + 1]);
}

/** Where a quoted scalar opened at `from` closes (the index of the closing quote), or -1. */
function closingQuote(text: string, from: number, limit = text.length): number {
  const quote = text[from];
  for (let i = from + 1; i < limit; i++) {
    const char = text[i];
    if (quote === '"' && char === '\\') {
      i++;
      continue;
    }
    if (char === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/** The key of a `key: value` line starting at `col`, with the index of its colon. */
function readKey(line: string, col: number): { key: string; colon: number } | undefined {
  const first = line[col];
  if (first === undefined) return undefined;
  if (first === '"' || first === "'") {
    const close = closingQuote(line, col);
    if (close < 0) return undefined;
    const colon = skipSpaces(line, close + 1);
    if (line[colon] !== ':' || !isBlank(line[colon + 1])) return undefined;
    return { key: unquote(line.slice(col, close + 1)), colon };
  }
  if ('[]{}#&*!|>%@`,'.includes(first)) return undefined;
  for (let i = col; i < line.length; i++) {
    const char = line[i];
    if (char === '#' && isSpace(line[i - 1])) return undefined;
    if (char === ':' && isBlank(line[i + 1])) return { key: line.slice(col, i).trimEnd(), colon: i };
  }
  return undefined;
}

function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && (trimmed[0] === '"' || trimmed[0] === "'") && trimmed.endsWith(trimmed[0])) {
    const inner = trimmed.slice(1, -1);
    return trimmed[0] === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"');
  }
  return trimmed;
}

/** Where a comment starts on a line, from `from` on, outside quotes; -1 when none. */
function commentStart(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if ((char === '"' || char === "'") && (i === from || isSpace(line[i - 1]) || '[{,:'.includes(line[i - 1]!))) {
      const close = closingQuote(line, i);
      if (close < 0) return -1;
      i = close;
      continue;
    }
    if (char === '#' && (i === 0 || isSpace(line[i - 1]))) return i;
  }
  return -1;
}

/** Skips `&anchor` and `!tag` properties written before a value. */
function skipProperties(line: string, i: number): number {
  while (line[i] === '&' || line[i] === '!') {
    while (i < line.length && !isSpace(line[i])) i++;
    i = skipSpaces(line, i);
  }
  return i;
}

function childPath(frame: Frame | undefined): PathSegment[] {
  if (!frame) return [];
  return frame.kind === 'map' ? [...frame.path, frame.lastKey ?? ''] : [...frame.path, Math.max(0, frame.count - 1)];
}

function flowChildPath(frame: FlowFrame | undefined, root: PathSegment[]): PathSegment[] {
  if (!frame) return root;
  return frame.kind === 'seq' ? [...frame.path, frame.index] : [...frame.path, frame.lastKey ?? ''];
}

function lastKeyOf(path: readonly PathSegment[]): string | undefined {
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : undefined;
}

/**
 * Reads a manual line by line, as YAML tools do for completion: a stack of the block maps
 * and lists opened by indentation, the flow collections still open, and the multi-line
 * texts to step over.
 */
class Scanner {
  readonly frames: Frame[] = [];
  flow: FlowState | undefined;
  /** Indentation of the key or item that opened a `|` or `>` text still running. */
  blockScalarOwner: number | undefined;
  private plainOwner: number | undefined;
  /** The quote of a quoted text still open at the end of the last line read. */
  openQuote: string | undefined;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  private get top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** Reads a whole line above the cursor. */
  line(lineNumber: number): void {
    const line = this.lines.lineText(lineNumber);
    const lineStart = this.lines.offsetAt({ line: lineNumber, character: 0 });
    const indent = indentOf(line);
    const content = line.slice(indent);
    if (this.openQuote !== undefined) {
      const close = closingQuote(`${this.openQuote}${line}`, 0);
      if (close >= 0) this.openQuote = undefined;
      return;
    }
    if (this.blockScalarOwner !== undefined) {
      if (content === '' || indent > this.blockScalarOwner) return;
      this.blockScalarOwner = undefined;
    }
    if (content === '' || content.startsWith('#')) return;
    if (this.flow) {
      if (indent > this.flow.ownerIndent || content.startsWith(']') || content.startsWith('}')) {
        this.scanFlow(lineStart + indent, lineStart + line.length);
        return;
      }
      this.flow = undefined;
    }
    if (this.plainOwner !== undefined) {
      if (indent > this.plainOwner) return;
      this.plainOwner = undefined;
    }
    if (indent === 0 && /^(---|\.\.\.)(\s|$)/.test(line)) {
      this.frames.length = 0;
      return;
    }
    if (indent === 0 && line.startsWith('%')) return;
    this.blockLine(line, lineStart, indent);
  }

  private blockLine(line: string, lineStart: number, indent: number): void {
    let col = indent;
    if (!isDashAt(line, col)) {
      const entry = readKey(line, col);
      if (!entry) {
        // A line with no key (half-typed) closes deeper levels but opens none.
        this.popTo(col, false);
        return;
      }
      const map = this.placeMap(col);
      this.addKey(map, entry.key);
      this.value(line, lineStart, skipSpaces(line, entry.colon + 1), map);
      return;
    }
    let seq = this.placeSeq(col);
    for (;;) {
      const next = skipSpaces(line, col + 1);
      if (next >= line.length || line[next] === '#') return;
      if (isDashAt(line, next)) {
        seq = this.pushSeq(next);
        col = next;
        continue;
      }
      col = next;
      break;
    }
    const entry = readKey(line, col);
    if (entry) {
      const map = this.pushMap(col);
      this.addKey(map, entry.key);
      this.value(line, lineStart, skipSpaces(line, entry.colon + 1), map);
    } else this.value(line, lineStart, col, seq);
  }

  private addKey(map: MapFrame, key: string): void {
    map.keys.push(key);
    map.lastKey = key;
    map.lastValueEmpty = true;
  }

  /** Reads a value written on a line above the cursor, from `at`. */
  private value(line: string, lineStart: number, at: number, owner: Frame): void {
    const i = skipProperties(line, at);
    const char = line[i];
    if (char === undefined || char === '#') return;
    if (owner.kind === 'map') owner.lastValueEmpty = false;
    if (char === '[' || char === '{') {
      this.flow = { ownerIndent: owner.indent, rootPath: childPath(owner), stack: [] };
      this.scanFlow(lineStart + i, lineStart + line.length);
      return;
    }
    if (char === '|' || char === '>') {
      this.blockScalarOwner = owner.indent;
      return;
    }
    if (char === '"' || char === "'") {
      if (closingQuote(line, i) < 0) this.openQuote = char;
      else if (owner.kind === 'seq') owner.items.push(unquote(line.slice(i)));
      return;
    }
    const comment = commentStart(line, i);
    const text = (comment < 0 ? line.slice(i) : line.slice(i, comment)).trim();
    if (owner.kind === 'seq') owner.items.push(text);
    this.plainOwner = owner.indent;
  }

  /** Closes the levels deeper than `col`, and a list at `col` when the line is no item of it. */
  popTo(col: number, isDash: boolean): void {
    while (this.top && this.top.indent > col) this.frames.pop();
    if (!isDash && this.top?.kind === 'seq' && this.top.indent === col) {
      const below = this.frames[this.frames.length - 2];
      // `key:\n- item` writes the list at its key's indentation: the key's map goes on.
      if (below?.kind === 'map' && below.indent === col) this.frames.pop();
    }
  }

  placeMap(col: number): MapFrame {
    this.popTo(col, false);
    const top = this.top;
    if (top?.kind === 'seq' && top.indent === col) this.frames.pop();
    const current = this.top;
    if (current?.kind === 'map' && current.indent === col) return current;
    return this.pushMap(col);
  }

  placeSeq(col: number): SeqFrame {
    this.popTo(col, true);
    const top = this.top;
    if (top?.kind === 'seq' && top.indent === col) {
      top.count++;
      return top;
    }
    return this.pushSeq(col);
  }

  pushMap(col: number): MapFrame {
    tooDeep(this.frames.length);
    const frame: MapFrame = { kind: 'map', indent: col, path: childPath(this.top), keys: [], lastValueEmpty: false };
    this.frames.push(frame);
    return frame;
  }

  pushSeq(col: number): SeqFrame {
    tooDeep(this.frames.length);
    const frame: SeqFrame = { kind: 'seq', indent: col, path: childPath(this.top), count: 1, items: [] };
    this.frames.push(frame);
    return frame;
  }

  /** Reads flow collections from `from` to `to` (offsets in the text); the flow state is kept open at `to`. */
  scanFlow(from: number, to: number): void {
    const flow = this.flow;
    if (!flow) return;
    const text = this.text;
    for (let i = from; i < to; i++) {
      const char = text[i]!;
      const top = flow.stack[flow.stack.length - 1];
      if (char === '"' || char === "'") {
        const close = closingQuote(text, i, to);
        i = close < 0 ? to : close;
        continue;
      }
      if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
        while (i < to && text[i] !== '\n' && text[i] !== '\r') i++;
        continue;
      }
      if (char === '[' || char === '{') {
        tooDeep(flow.stack.length);
        flow.stack.push({
          kind: char === '[' ? 'seq' : 'map',
          path: flowChildPath(top, flow.rootPath),
          index: 0,
          keys: [],
          items: [],
          afterColon: false,
          entryStart: i + 1,
        });
        continue;
      }
      if (!top) continue;
      if (char === ']' || char === '}') {
        endEntry(text, top, i);
        flow.stack.pop();
        if (flow.stack.length === 0) {
          this.flow = undefined;
          return;
        }
        continue;
      }
      if (char === ',') {
        endEntry(text, top, i);
        top.index++;
        top.afterColon = false;
        top.lastKey = undefined;
        top.entryStart = i + 1;
        continue;
      }
      if (char === ':' && top.kind === 'map' && !top.afterColon && (i + 1 >= text.length || /[\s,\]}]/.test(text[i + 1]!))) {
        const key = unquote(text.slice(top.entryStart, i));
        top.keys.push(key);
        top.lastKey = key;
        top.afterColon = true;
        top.entryStart = i + 1;
      }
    }
  }
}

/** Records the entry that ends at `at` in a flow collection. */
function endEntry(text: string, frame: FlowFrame, at: number): void {
  const written = unquote(text.slice(frame.entryStart, at));
  if (written === '') return;
  if (frame.kind === 'seq') frame.items.push(written);
  else if (!frame.afterColon) frame.keys.push(written);
}

/** The word of a key starting at `start`: up to its colon, a comment or the end of the line. */
function keyWordEnd(line: string, start: number): number {
  let end = start;
  while (end < line.length && !(line[end] === ':' && isBlank(line[end + 1])) && !(line[end] === '#' && isSpace(line[end - 1]))) {
    if ('{}[],'.includes(line[end]!)) break;
    end++;
  }
  while (end > start && isSpace(line[end - 1])) end--;
  return end;
}

/** The span of a scalar value starting at `start` (after its opening quote, if any). */
function scalarSpan(line: string, start: number, inFlow: boolean): { start: number; end: number } {
  const first = line[start];
  if (first === '"' || first === "'") {
    const close = closingQuote(line, start);
    return { start: start + 1, end: close < 0 ? line.length : close };
  }
  let end = start;
  while (end < line.length) {
    const char = line[end]!;
    if (char === '#' && isSpace(line[end - 1])) break;
    if (inFlow && (char === ',' || char === ']' || char === '}')) break;
    if (inFlow && char === ':' && isBlank(line[end + 1])) break;
    end++;
  }
  while (end > start && isSpace(line[end - 1])) end--;
  return { start, end };
}

/** Keys written below the cursor line in a block map at `indent`. */
function keysBelow(lines: LineIndex, fromLine: number, indent: number): string[] {
  const keys: string[] = [];
  for (let n = fromLine; n < lines.lineCount; n++) {
    const line = lines.lineText(n);
    const at = indentOf(line);
    if (at === line.length || line[at] === '#') continue;
    if (at < indent) break;
    if (at > indent || isDashAt(line, at)) continue;
    const entry = readKey(line, at);
    if (entry) keys.push(entry.key);
  }
  return keys;
}

/** Scalar items written below the cursor line in a block list at `indent`. */
function itemsBelow(lines: LineIndex, fromLine: number, indent: number): string[] {
  const items: string[] = [];
  for (let n = fromLine; n < lines.lineCount; n++) {
    const line = lines.lineText(n);
    const at = indentOf(line);
    if (at === line.length || line[at] === '#') continue;
    if (at < indent) break;
    if (at > indent) continue;
    if (!isDashAt(line, at)) break;
    const start = skipSpaces(line, at + 1);
    if (readKey(line, start)) continue;
    const span = scalarSpan(line, start, false);
    if (span.end > span.start) items.push(line.slice(span.start, span.end));
  }
  return items;
}

/** Entries written after the cursor in a flow collection, up to its end: keys of a map or items of a list. */
function flowEntriesAfter(text: string, from: number, kind: 'map' | 'seq', ownerIndent: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let entryStart = -1;
  let afterColon = false;
  const flush = (at: number) => {
    if (entryStart < 0) return;
    const written = unquote(text.slice(entryStart, at));
    if (written !== '' && (kind === 'seq' || !afterColon)) out.push(written);
  };
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' || char === '\r') {
      let next = i + 1;
      if (char === '\r' && text[next] === '\n') next++;
      let indent = 0;
      while (isSpace(text[next + indent])) indent++;
      const first = text[next + indent];
      if (indent <= ownerIndent && first !== ']' && first !== '}') break;
      continue;
    }
    if (char === '"' || char === "'") {
      const close = closingQuote(text, i);
      if (close < 0) break;
      i = close;
      continue;
    }
    if (char === '#' && /\s/.test(text[i - 1] ?? '')) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      i--;
      continue;
    }
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') {
      if (depth === 0) {
        flush(i);
        break;
      }
      depth--;
    } else if (depth === 0 && char === ',') {
      flush(i);
      entryStart = i + 1;
      afterColon = false;
    } else if (depth === 0 && char === ':' && kind === 'map' && !afterColon && /[\s,\]}]/.test(text[i + 1] ?? ' ')) {
      if (entryStart >= 0) {
        const key = unquote(text.slice(entryStart, i));
        if (key !== '') out.push(key);
      }
      afterColon = true;
    }
  }
  return out;
}

/**
 * Where the cursor is in a manual's text: the path of the enclosing map or list, whether
 * a key or a value is being written there, the key it belongs to and what is typed so far.
 * Works from indentation and the lines above, so that it holds on half-typed YAML.
 * Returns `undefined` inside comments and multi-line texts, where nothing is to complete.
 */
export function contextAt(text: string, offset: number): CursorContext | undefined {
  const lines = new LineIndex(text);
  const cursor = lines.positionAt(offset);
  // On an absurd line there is nothing sensible to offer, and reading it would hold up every other request.
  if (lines.lineEnd(cursor.line) - lines.offsetAt({ line: cursor.line, character: 0 }) > MAX_CURSOR_LINE_LENGTH) return undefined;
  const scanner = new Scanner(text, lines);
  try {
    for (let n = 0; n < cursor.line; n++) scanner.line(n);
    return new CursorLine(text, lines, scanner, cursor.line, cursor.character).read();
  } catch (error) {
    if (error instanceof TooDeep) return undefined;
    throw error;
  }
}

/**
 * Thrown when the cursor is deeper than any manual: each level copies the path of the one above,
 * so the work would grow with the square of the depth (a line of `- - - -…` thousands long).
 */
class TooDeep extends Error {}

function tooDeep(depth: number): void {
  if (depth >= MAX_DEPTH) throw new TooDeep();
}

interface Token {
  readonly start: number;
  readonly end: number;
}

/** Reads the line of the cursor, up to the cursor, over the scanner's state. */
class CursorLine {
  private readonly line: string;
  private readonly lineStart: number;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly scanner: Scanner,
    private readonly lineNumber: number,
    private readonly column: number,
  ) {
    this.line = lines.lineText(lineNumber);
    this.lineStart = lines.offsetAt({ line: lineNumber, character: 0 });
  }

  read(): CursorContext | undefined {
    const { line, column, scanner } = this;
    const indent = indentOf(line);
    const hasContent = indent < line.length;
    // Where the line's structure starts: its first character, or the cursor on a blank line.
    const at = hasContent ? Math.min(indent, column) : column;
    if (scanner.openQuote !== undefined) return undefined;
    if (scanner.blockScalarOwner !== undefined && at > scanner.blockScalarOwner) return undefined;
    if (scanner.flow) {
      const first = line[indent];
      if (at > scanner.flow.ownerIndent || first === ']' || first === '}') return this.inFlow(this.lineStart, scanner.flow);
      scanner.flow = undefined;
    }
    const col = at;
    if (hasContent && column > indent && line[indent] === '#') return undefined;
    if (column > col && isDashAt(line, col)) return this.afterDash(col);
    const entry = column > col ? readKey(line, col) : undefined;
    if (entry && entry.colon < column) {
      const map = scanner.placeMap(col);
      return this.valueOf(map, entry.key, entry.colon + 1);
    }
    return this.keyAt(col);
  }

  /** The cursor on a line that starts a list item, after its dash. */
  private afterDash(dashCol: number): CursorContext | undefined {
    const { line, column, scanner } = this;
    let seq = scanner.placeSeq(dashCol);
    let col = dashCol;
    for (;;) {
      const next = skipSpaces(line, col + 1, column);
      if (next < column && isDashAt(line, next)) {
        seq = scanner.pushSeq(next);
        col = next;
        continue;
      }
      col = next;
      break;
    }
    const entry = readKey(line, col);
    if (entry && entry.colon < column) {
      const map = scanner.pushMap(col);
      return this.valueOf(map, entry.key, entry.colon + 1);
    }
    const first = line[col];
    if ((first === '[' || first === '{') && column > col) {
      scanner.flow = { ownerIndent: seq.indent, rootPath: childPath(seq), stack: [] };
      return this.inFlow(this.lineStart + col, scanner.flow);
    }
    const comment = commentStart(line, col);
    if (comment >= 0 && comment < column) return undefined;
    // The item's text starts at `col` (never past the cursor); a cursor in the spaces before it types a new word.
    const span = isSpace(line[col]) ? { start: column, end: column } : scalarSpan(line, col, false);
    return this.make({
      kind: 'value',
      path: seq.path,
      ...keyOf(seq.path),
      index: seq.count - 1,
      list: 'block',
      needsSpace: column === dashCol + 1,
      presentItems: [...seq.items, ...itemsBelow(this.lines, this.lineNumber + 1, seq.indent)],
      token: span,
    });
  }

  /** The value of `key` in a block map, the colon ending at `afterColon`. */
  private valueOf(map: MapFrame, key: string, afterColon: number): CursorContext | undefined {
    const { line, column } = this;
    const start = skipProperties(line, skipSpaces(line, afterColon, column));
    const first = line[start];
    if ((first === '[' || first === '{') && column > start) {
      this.scanner.flow = { ownerIndent: map.indent, rootPath: [...map.path, key], stack: [] };
      return this.inFlow(this.lineStart + start, this.scanner.flow);
    }
    if ((first === '|' || first === '>') && column > start) return undefined;
    const comment = commentStart(line, start);
    if (comment >= 0 && comment < column) return undefined;
    const span = start > column ? { start: column, end: column } : scalarSpan(line, start, false);
    return this.make({
      kind: 'value',
      path: map.path,
      key,
      needsSpace: column === afterColon,
      token: span,
    });
  }

  /** A key being written at column `col`, or a new list item that still needs its dash. */
  private keyAt(col: number): CursorContext {
    const { line, column, scanner, lines } = this;
    scanner.popTo(col, false);
    const top = scanner.frames[scanner.frames.length - 1];
    // A cursor in the spaces before a line's text types a new word there.
    const end = isSpace(line[col]) ? col : keyWordEnd(line, col);
    const token = { start: col, end: Math.max(end, column) };
    const hasColon = end > col && line[skipSpaces(line, end)] === ':';
    const below = this.lineNumber + 1;
    if (top?.kind === 'seq' && top.indent === col) {
      return this.make({
        kind: 'value',
        path: top.path,
        ...keyOf(top.path),
        index: top.count,
        list: 'block',
        needsDash: true,
        presentItems: [...top.items, ...itemsBelow(lines, below, col)],
        token,
      });
    }
    if (top?.kind === 'map' && top.indent === col) {
      return this.make({ kind: 'key', path: top.path, hasColon, presentKeys: [...top.keys, ...keysBelow(lines, below, col)], token });
    }
    if (top?.kind === 'map' && !top.lastValueEmpty) {
      // Deeper than a key that already has its value: most likely a key of the same map, misaligned.
      return this.make({ kind: 'key', path: top.path, hasColon, presentKeys: [...top.keys, ...keysBelow(lines, below, top.indent)], token });
    }
    return this.make({ kind: 'key', path: childPath(top), hasColon, presentKeys: keysBelow(lines, below, col), token });
  }

  /** The cursor inside flow collections opened at or before `from`. */
  private inFlow(from: number, flow: FlowState): CursorContext | undefined {
    const cursor = this.lineStart + this.column;
    this.scanner.scanFlow(from, cursor);
    const open = this.scanner.flow;
    const frame = open?.stack[open.stack.length - 1];
    if (!open || !frame) return undefined;
    const { text } = this;
    const lineEnd = this.lineStart + this.line.length;
    const comment = commentStart(this.line, 0);
    if (comment >= 0 && comment < this.column) return undefined;
    let start = frame.entryStart;
    while (start < cursor && /\s/.test(text[start]!)) start++;
    const local = start - this.lineStart;
    const span = local >= 0 ? scalarSpan(this.line, local, true) : { start: this.column, end: this.column };
    const token = { start: Math.min(span.start, this.column), end: Math.max(Math.min(span.end, this.line.length), this.column) };
    // Past the current entry, and past its closing quote when it is quoted.
    let rest = Math.min(this.lineStart + token.end, lineEnd);
    const quote = text[this.lineStart + token.start - 1];
    if ((quote === '"' || quote === "'") && text[rest] === quote) rest++;
    const after = flowEntriesAfter(text, rest, frame.kind, flow.ownerIndent);
    if (frame.kind === 'seq') {
      return this.make({
        kind: 'value',
        path: frame.path,
        ...keyOf(frame.path),
        index: frame.index,
        list: 'flow',
        flow: true,
        presentItems: [...frame.items, ...after],
        token,
      });
    }
    if (frame.afterColon) {
      return this.make({
        kind: 'value',
        path: frame.path,
        ...(frame.lastKey !== undefined ? { key: frame.lastKey } : {}),
        flow: true,
        needsSpace: text[cursor - 1] === ':',
        token,
      });
    }
    const hasColon = /^\s*:/.test(this.line.slice(token.end));
    return this.make({ kind: 'key', path: frame.path, flow: true, hasColon, presentKeys: [...frame.keys, ...after], token });
  }

  private make(input: {
    kind: 'key' | 'value';
    path: readonly PathSegment[];
    key?: string;
    index?: number;
    list?: 'block' | 'flow';
    flow?: boolean;
    needsDash?: boolean;
    needsSpace?: boolean;
    hasColon?: boolean;
    presentKeys?: readonly string[];
    presentItems?: readonly string[];
    token: Token;
  }): CursorContext {
    const start = this.lineStart + Math.min(input.token.start, this.column);
    const end = this.lineStart + Math.max(input.token.end, this.column);
    return {
      kind: input.kind,
      path: [...input.path],
      ...(input.key !== undefined ? { key: input.key } : {}),
      ...(input.index !== undefined ? { index: input.index } : {}),
      ...(input.list ? { list: input.list } : {}),
      flow: input.flow ?? false,
      needsDash: input.needsDash ?? false,
      needsSpace: input.needsSpace ?? false,
      hasColon: input.hasColon ?? false,
      presentKeys: input.presentKeys ?? [],
      presentItems: input.presentItems ?? [],
      prefix: this.text.slice(start, this.lineStart + this.column),
      start,
      end,
    };
  }
}

function keyOf(path: readonly PathSegment[]): { key?: string } {
  const key = lastKeyOf(path);
  return key === undefined ? {} : { key };
}
