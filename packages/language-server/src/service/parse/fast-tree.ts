import type { ParseProblem } from './parse-manual.js';
import { mayHoldMergeKeys, resolveMergeKeys } from './merge-keys.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

/**
 * A single-pass reader for the YAML that manuals are written in, much faster than the YAML
 * library. It gives exactly the tree and problems that the full path (`parseWithYaml`) gives,
 * or `undefined` as soon as the text holds anything outside the subset it knows, or anything
 * the full path would report as a problem; the caller then takes the full path.
 *
 * The subset:
 * - block mappings of plain or quoted one-line keys at one column, `key: value`, `key:` with a
 *   nested block on the next lines (more indented, or a `- ` sequence at the key's column), or
 *   `key:` alone (a null value);
 * - block sequences `- item`, with compact mappings (`- key: value`) and sequences (`- - a`);
 * - one-line plain scalars (YAML 1.2 core schema), one-line single- and double-quoted scalars;
 * - literal and folded block scalars, with chomping and indentation indicators;
 * - one-line flow sequences and mappings of scalars and flow collections, without empty
 *   entries, trailing commas, keys without values or pairs in sequences;
 * - anchors on one-line values and on nested blocks (`key: &name` then the block), and aliases
 *   as values (`key: *name`, `- *name`, `[*name]`, `{k: *name}`) to an anchor already read;
 * - comments, blank lines, LF or CRLF line ends, a leading byte-order mark.
 * Anything else (tabs, anchors on keys, null values or inside flow
 * collections, aliases as keys or to an unknown or enclosing anchor, tags, directives, document markers, explicit keys,
 * multi-line plain or quoted scalars or flow collections, control characters, unusual
 * indentation…) gives `undefined`.
 *
 * Node ranges follow the library's: a scalar from its first to its last character; a flow
 * collection from its opening to its closing bracket; a block collection from its first key or
 * `-` to the end its last value has once the comments and spaces the library gives that value
 * are counted (its line break, comments indented deeper than the collection, and in some cases
 * the comments and blank lines after it, up to the next content).
 */
export function fastTree(text: string): { root: YNode | null; problems: ParseProblem[] } | undefined {
  if (!cleanCharacters(text)) return undefined;
  const reader = new Reader(text);
  try {
    const root = reader.document();
    return { root: mayHoldMergeKeys(text) ? resolveMergeKeys(root) : root, problems: reader.problems };
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

const BAIL = { bail: true };

function bail(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a sentinel caught right above, not an error: no stack to build.
  throw BAIL;
}

/** Deeper than this, the reader gives up (the full path stops at MAX_DEPTH = 200). */
const MAX_FAST_DEPTH = 100;

/** The longest implicit key accepted (the library rejects keys of over 1024 characters). */
const MAX_KEY_LENGTH = 1000;

const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;
const BOM = 0xfeff;
const AMPERSAND = 38;
const STAR = 42;

/** The anchor and alias names the reader takes: the usual ones. Others go to the library. */
const ANCHOR_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * No tab, no control character but LF and CRLF, no lone CR, no C1 control or Unicode line
 * separator, and a byte-order mark only at the very start.
 */
function cleanCharacters(text: string): boolean {
  // One regular expression rather than a loop over every character: the engine scans natively, and
  // this runs over the whole manual on every keystroke.
  return !UNCLEAN.test(text);
}

/** A control character but LF, a CR not followed by LF, a C1 control or DEL, a line or paragraph separator, a byte-order mark after the start. */
const UNCLEAN = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]|\r(?!\n)|[\s\S]\uFEFF/;

/** Characters a plain scalar may not start with, in block context. */
function badPlainStart(c: number): boolean {
  switch (c) {
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case PIPE:
    case GT:
    case SQUOTE:
    case DQUOTE:
    case 37: // %
    case 64: // @
    case 96: // `
    case COMMA:
    case 63: // ?
    case COLON:
    case SPACE:
      return true;
    default:
      return false;
  }
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

function scalar(value: string | number | boolean | null, start: number, end: number): YScalar {
  return { kind: 'scalar', value, start, end, size: 1 };
}

const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the library resolves it. */
function plainValue(source: string): string | number | boolean | null {
  if (source.length === 0) return null;
  const c = source.charCodeAt(0);
  switch (c) {
    case 126: // ~
      return source.length === 1 ? null : source;
    case 110: // n
    case 78: // N
      return source === 'null' || source === 'Null' || source === 'NULL' ? null : source;
    case 116: // t
    case 84: // T
      return source === 'true' || source === 'True' || source === 'TRUE' ? true : source;
    case 102: // f
    case 70: // F
      return source === 'false' || source === 'False' || source === 'FALSE' ? false : source;
  }
  const numeric = (c >= 48 && c <= 57) || c === 43 || c === DASH || c === DOT;
  if (!numeric) return source;
  if (OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.substring(2), 16);
  if (INF_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source.charCodeAt(0) === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/** The keys of a map read so far, to report duplicates as the tree builder does. */
class KeyNames {
  private readonly names: string[] = [];
  private readonly keys: YScalar[] = [];
  private index: Map<string, YScalar> | undefined;

  /** The first key of this name, or undefined after recording this one as the first. */
  firstOf(name: string, key: YScalar): YScalar | undefined {
    if (this.index) {
      const first = this.index.get(name);
      if (!first) this.index.set(name, key);
      return first;
    }
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === name) return this.keys[i];
    names.push(name);
    this.keys.push(key);
    if (names.length > 12) {
      this.index = new Map();
      for (let i = 0; i < names.length; i++) this.index.set(names[i]!, this.keys[i]!);
    }
    return undefined;
  }
}

class Reader {
  readonly problems: ParseProblem[] = [];
  private readonly text: string;
  private readonly length: number;
  private depth = 0;

  // The current content line: its start, first non-space character, indentation, end of its
  // content (before CR LF) and the start of the next line. At the end of the text, eof is true
  // and cp is the text's length.
  private ls = 0;
  private cp = 0;
  private ind = 0;
  private eol = 0;
  private nx = 0;
  private eof = false;

  // What the comment lines skipped by the last `advance` say, for a threshold indentation.
  /** End (with its line break) of the last comment deeper than the threshold before any other comment, or -1. */
  private attachEnd = -1;
  /** Deepest indentation of the comments after those, or -1. */
  private maxAfter = -1;
  /** Deepest indentation of all the comments, or -1. */
  private maxAll = -1;

  // The end the last value read has for its parent (the library's range[2]), and the trailing
  // comment lines that the library carries up from collection to collection while they end:
  // their deepest indentation (-1 when there is no comment) and the offset where they stop.
  private r2 = 0;
  private sMaxK = -1;
  private sEnd = 0;

  /**
   * The anchors met so far, by name: the latest of each name in the text, as YAML wants it, with
   * its node once read (an object of its own while the node is still being read).
   */
  private readonly anchors = new Map<string, YNode | { readonly open: true }>();

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  private code(i: number): number {
    return this.text.charCodeAt(i);
  }

  document(): YNode | null {
    const start = this.code(0) === BOM ? 1 : 0;
    this.advance(start, 0);
    if (this.eof) return null;
    if (this.ind !== 0) bail();
    // After a byte-order mark, the library does not count the first line's indentation.
    if (start === 1 && this.ls === 1 && this.code(this.cp) === DASH) bail();
    const root = this.isDash(this.cp) ? this.seq(0, this.cp) : this.map(0, this.cp);
    if (!this.eof) bail();
    return root;
  }

  /**
   * Skips blank and comment lines from the line starting at `from`, up to the next content line
   * (or the end), noting what the comments say for a collection indented by `threshold`.
   */
  private advance(from: number, threshold: number): void {
    const text = this.text;
    const length = this.length;
    let attachEnd = -1;
    let maxAfter = -1;
    let maxAll = -1;
    let shallow = false;
    let p = from;
    while (p < length) {
      let q = p;
      while (text.charCodeAt(q) === SPACE) q++;
      if (q >= length) {
        p = length;
        break;
      }
      const c = text.charCodeAt(q);
      if (c === LF) {
        p = q + 1;
        continue;
      }
      if (c === CR) {
        p = q + 2;
        continue;
      }
      if (c === HASH) {
        const indent = q - p;
        const nl = text.indexOf('\n', q);
        const next = nl < 0 ? length : nl + 1;
        if (indent > maxAll) maxAll = indent;
        if (!shallow && indent > threshold) {
          attachEnd = next;
          maxAfter = -1;
        } else {
          if (indent <= threshold) shallow = true;
          if (indent > maxAfter) maxAfter = indent;
        }
        p = next;
        continue;
      }
      // A content line.
      const indent = q - p;
      if (indent === 0 && (c === DASH || c === DOT) && this.isDocumentMarker(q)) bail();
      const nl = text.indexOf('\n', q);
      this.ls = p;
      this.cp = q;
      this.ind = indent;
      if (nl < 0) {
        this.eol = length;
        this.nx = length;
      } else {
        this.eol = text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        this.nx = nl + 1;
      }
      this.eof = false;
      this.attachEnd = attachEnd;
      this.maxAfter = maxAfter;
      this.maxAll = maxAll;
      return;
    }
    this.ls = length;
    this.cp = length;
    this.ind = -1;
    this.eol = length;
    this.nx = length;
    this.eof = true;
    this.attachEnd = attachEnd;
    this.maxAfter = maxAfter;
    this.maxAll = maxAll;
  }

  private isDocumentMarker(q: number): boolean {
    const c = this.code(q);
    if (this.code(q + 1) !== c || this.code(q + 2) !== c) return false;
    const after = this.code(q + 3);
    return Number.isNaN(after) || after === SPACE || after === LF || after === CR;
  }

  /** A `-` indicator at p on the current line: followed by a space or the end of the line. */
  private isDash(p: number): boolean {
    return this.code(p) === DASH && (p + 1 >= this.eol || this.code(p + 1) === SPACE);
  }

  /** Ends a collection indented by `indent` whose last value has just been read. */
  private finish(indent: number): void {
    if (indent !== 0 && this.sMaxK >= indent) {
      // Trailing comments as deep as the collection stay in it and end it.
      this.r2 = this.sEnd;
      this.sMaxK = -1;
    }
  }

  private enter(): void {
    if (++this.depth > MAX_FAST_DEPTH) bail();
  }

  /** A block mapping indented by `indent`, whose first key is at `keyPos` on the current line. */
  private map(indent: number, keyPos: number): YMap {
    this.enter();
    const pairs: YPair[] = [];
    const names = new KeyNames();
    let size = 1;
    let p = keyPos;
    for (;;) {
      const key = this.key(p);
      const value = this.mapValue(indent, this.afterColon);
      const name = String(key.value);
      const first = names.firstOf(name, key);
      if (first) {
        this.problems.push({ kind: 'duplicate-key', start: key.start, end: key.end, key: name, firstStart: first.start, firstEnd: first.end });
      }
      pairs.push({ key, value });
      size += 1 + value.size;
      if (this.eof || this.ind < indent) break;
      if (this.ind > indent) bail();
      p = this.cp;
      if (this.isDash(p)) bail();
    }
    const node: YMap = { kind: 'map', pairs, start: keyPos, end: this.r2, size };
    this.finish(indent);
    this.depth--;
    return node;
  }

  /** A block sequence indented by `indent`, whose first `-` is at `dashPos` on the current line. */
  private seq(indent: number, dashPos: number): YSeq {
    this.enter();
    const items: YNode[] = [];
    let size = 1;
    let p = dashPos;
    // Comment lines left over after an item open the next item: the library then gives a null
    // item the end of what follows it, as if they were written after its `-`.
    let commentBefore = false;
    for (;;) {
      let q = p + 1;
      while (this.code(q) === SPACE) q++;
      const item = this.seqItem(indent, q, commentBefore);
      items.push(item);
      size += item.size;
      if (this.eof || this.ind < indent) break;
      if (this.ind > indent) bail();
      p = this.cp;
      if (!this.isDash(p)) break;
      commentBefore = this.sMaxK >= 0;
    }
    const node: YSeq = { kind: 'seq', items, start: dashPos, end: this.r2, size };
    this.finish(indent);
    this.depth--;
    return node;
  }

  /** Where the value starts after the last key read: just after its `:`. */
  private afterColon = 0;

  /** A key and its `:` at p on the current line. */
  private key(p: number): YScalar {
    const c = this.code(p);
    let key: YScalar;
    let colon: number;
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quoted(p);
      colon = key.end;
      while (this.code(colon) === SPACE) colon++;
      if (this.code(colon) !== COLON || !(colon + 1 >= this.eol || this.code(colon + 1) === SPACE)) bail();
    } else {
      if (badPlainStart(c) || this.isDash(p)) bail();
      const end = this.plainEnd(p, this.eol);
      if (this.stop !== COLON) bail();
      colon = this.stopAt;
      key = scalar(plainValue(this.text.slice(p, end)), p, end);
    }
    if (colon - p > MAX_KEY_LENGTH) bail();
    this.afterColon = colon + 1;
    return key;
  }

  /** The value after a key's `:` at `a`, in a mapping indented by `indent`. */
  private mapValue(indent: number, a: number): YNode {
    let q = a;
    while (this.code(q) === SPACE) q++;
    if (q >= this.eol || this.code(q) === HASH) return this.emptyOrNested(indent, q, q < this.eol, true);
    if (this.code(q) === AMPERSAND) return this.anchored(indent, q, true);
    return this.inlineValue(indent, q);
  }

  /** The end of the anchor or alias name after the indicator at p (a space, the line end or a flow indicator), or a bail for an unusual name. */
  private nameEnd(p: number): number {
    let i = p + 1;
    while (i < this.eol) {
      const c = this.code(i);
      if (c === SPACE || isFlowIndicator(c)) break;
      i++;
    }
    if (!ANCHOR_NAME.test(this.text.slice(p + 1, i))) bail();
    return i;
  }

  /**
   * A value with an anchor `&name` at p: a one-line value after it, or (`nestedAllowed`, in a
   * mapping) a nested block on the next lines. The anchor is known once its node is read.
   */
  private anchored(indent: number, p: number, nestedAllowed: boolean): YNode {
    const end = this.nameEnd(p);
    const name = this.text.slice(p + 1, end);
    let q = end;
    while (this.code(q) === SPACE) q++;
    let node: YNode;
    const open = { open: true } as const;
    this.anchors.set(name, open);
    if (q >= this.eol) {
      if (!nestedAllowed) bail();
      // Only a nested block: an anchored null, or a comment after the anchor, goes to the library.
      this.advance(this.nx, indent);
      if (this.eof || this.ind <= indent) bail();
      node = this.isDash(this.cp) ? this.seq(this.ind, this.cp) : this.map(this.ind, this.cp);
    } else {
      if (q === end) bail();
      const c = this.code(q);
      if (c === HASH || c === AMPERSAND || c === STAR || c === PIPE || c === GT) bail();
      if (c !== DQUOTE && c !== SQUOTE && c !== LBRACKET && c !== LBRACE) {
        if (badPlainStart(c) || this.isDash(q)) bail();
        this.plainEnd(q, this.eol);
        if (this.stop === COLON) bail();
      }
      node = this.inlineValue(indent, q);
    }
    // A later anchor of the same name inside this node stays the one that counts.
    if (this.anchors.get(name) === open) this.anchors.set(name, node);
    return node;
  }

  /** An alias `*name` at p, the whole value on its line: the anchored node, placed where the alias is written. */
  private alias(p: number): YNode {
    const end = this.nameEnd(p);
    const name = this.text.slice(p + 1, end);
    const target = this.anchors.get(name);
    if (!target || 'open' in target) bail();
    return { ...target, start: p, end, aliasOf: target };
  }

  /** An item of a sequence indented by `indent`, whose content starts at q (after `- `); `commentBefore` if comment lines open it. */
  private seqItem(indent: number, q: number, commentBefore: boolean): YNode {
    if (q >= this.eol || this.code(q) === HASH) return this.emptyOrNested(indent, q, commentBefore || q < this.eol, false);
    const column = q - this.ls;
    if (this.isDash(q)) return this.seq(column, q);
    const c = this.code(q);
    if (c === AMPERSAND) return this.anchored(indent, q, false);
    if (c === STAR) return this.inlineValue(indent, q);
    if (c === DQUOTE || c === SQUOTE) {
      let after = this.quotedEnd(q);
      while (this.code(after) === SPACE) after++;
      if (this.code(after) === COLON) return this.map(column, q);
      return this.inlineValue(indent, q);
    }
    if (c !== LBRACKET && c !== LBRACE && c !== PIPE && c !== GT) {
      if (badPlainStart(c)) bail();
      this.plainEnd(q, this.eol);
      if (this.stop === COLON) return this.map(column, q);
    }
    return this.inlineValue(indent, q);
  }

  /**
   * Nothing after `key:` or `-` (but perhaps a comment): the value is a block on the next lines,
   * or null, placed at `emptyPos` just after the indicator and its spaces. `commented` if a
   * comment comes with the indicator.
   */
  private emptyOrNested(indent: number, emptyPos: number, commented: boolean, sameIndentSeq: boolean): YNode {
    this.advance(this.nx, indent);
    if (!this.eof) {
      if (this.ind > indent) return this.isDash(this.cp) ? this.seq(this.ind, this.cp) : this.map(this.ind, this.cp);
      if (sameIndentSeq && this.ind === indent && this.isDash(this.cp)) return this.seq(indent, this.cp);
    }
    // The library gives the null value the comments and spaces up to the next content.
    this.r2 = commented || this.maxAll >= 0 ? this.cp : emptyPos;
    this.sMaxK = -1;
    return scalar(null, emptyPos, emptyPos);
  }

  /** A value written on the current line at q, in a collection indented by `indent`. */
  private inlineValue(indent: number, q: number): YNode {
    const c = this.code(q);
    let node: YNode;
    if (c === PIPE || c === GT) return this.blockScalar(indent, q);
    if (c === DQUOTE || c === SQUOTE) {
      node = this.quoted(q);
      this.restOfLine(node.end);
    } else if (c === STAR) {
      node = this.alias(q);
      this.restOfLine(node.end);
    } else if (c === LBRACKET || c === LBRACE) {
      const [flow, end] = this.flow(q);
      node = flow;
      this.restOfLine(end);
    } else {
      if (badPlainStart(c) || this.isDash(q)) bail();
      const end = this.plainEnd(q, this.eol);
      if (this.stop === COLON) bail();
      node = scalar(plainValue(this.text.slice(q, end)), q, end);
    }
    const lineEnd = this.nx;
    this.advance(lineEnd, indent);
    this.r2 = this.attachEnd >= 0 ? this.attachEnd : lineEnd;
    this.sMaxK = this.maxAfter;
    this.sEnd = this.cp;
    return node;
  }

  /** Only spaces and a comment after a quoted scalar or a flow collection. */
  private restOfLine(p: number): void {
    let q = p;
    while (this.code(q) === SPACE) q++;
    if (q >= this.eol) return;
    if (this.code(q) === HASH && q > p) return;
    bail();
  }

  /** Why the last plain scalar ended: COLON (a `: `), HASH (a comment), or 0 (line end or flow indicator). */
  private stop = 0;
  /** Where the last plain scalar ended: its `:`, the space before its `#`, or its stop character. */
  private stopAt = 0;

  /** The end of a plain scalar starting at p (its last non-space character + 1), in block context. */
  private plainEnd(p: number, eol: number): number {
    const text = this.text;
    let end = p;
    let i = p;
    while (i < eol) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (i + 1 >= eol || text.charCodeAt(i + 1) === SPACE) {
          this.stop = COLON;
          this.stopAt = i;
          return end;
        }
        end = i + 1;
      } else if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) {
          this.stop = HASH;
          this.stopAt = i;
          return end;
        }
      } else end = i + 1;
      i++;
    }
    this.stop = 0;
    this.stopAt = eol;
    return end;
  }

  /** The end of a plain scalar starting at p inside a flow collection. */
  private flowPlainEnd(p: number, eol: number): number {
    const text = this.text;
    let end = p;
    let i = p;
    while (i < eol) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        const next = text.charCodeAt(i + 1);
        if (i + 1 >= eol || next === SPACE || isFlowIndicator(next)) {
          this.stop = COLON;
          this.stopAt = i;
          return end;
        }
        end = i + 1;
      } else if (c === SPACE) {
        const next = text.charCodeAt(i + 1);
        if (next === HASH) {
          this.stop = HASH;
          this.stopAt = i;
          return end;
        }
        if (isFlowIndicator(next)) {
          this.stop = 0;
          this.stopAt = i;
          return end;
        }
      } else if (isFlowIndicator(c)) {
        this.stop = 0;
        this.stopAt = i;
        return end;
      } else end = i + 1;
      i++;
    }
    this.stop = 0;
    this.stopAt = eol;
    return end;
  }

  /** The end (after the closing quote) of a quoted scalar at p, closed on the current line. */
  private quotedEnd(p: number): number {
    const text = this.text;
    const eol = this.eol;
    const quote = text.charCodeAt(p);
    let i = p + 1;
    if (quote === SQUOTE) {
      for (;;) {
        if (i >= eol) bail();
        if (text.charCodeAt(i) === SQUOTE) {
          if (text.charCodeAt(i + 1) === SQUOTE && i + 1 < eol) i += 2;
          else return i + 1;
        } else i++;
      }
    }
    for (;;) {
      if (i >= eol) bail();
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) {
        if (i + 1 >= eol) bail();
        i += 2;
      } else if (c === DQUOTE) return i + 1;
      else i++;
    }
  }

  /** A quoted scalar at p, closed on the current line. */
  private quoted(p: number): YScalar {
    const end = this.quotedEnd(p);
    const inner = this.text.slice(p + 1, end - 1);
    let value: string;
    if (this.code(p) === SQUOTE) value = inner.includes("'") ? inner.replace(/''/g, "'") : inner;
    else value = inner.includes('\\') ? unescape(inner) : inner;
    return scalar(value, p, end);
  }

  /** A flow collection at p, closed on the current line; returns it and the end of its closing bracket. */
  private flow(p: number): [YNode, number] {
    this.enter();
    const text = this.text;
    const eol = this.eol;
    const isMap = text.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    let i = p + 1;
    while (text.charCodeAt(i) === SPACE) i++;
    const items: YNode[] = [];
    const pairs: YPair[] = [];
    const names = isMap ? new KeyNames() : undefined;
    let size = 1;
    if (i < eol && text.charCodeAt(i) === close) i++;
    else {
      for (;;) {
        if (i >= eol) bail();
        if (isMap) {
          // A key, then `: `, then a value.
          let key: YScalar;
          const c = text.charCodeAt(i);
          if (c === DQUOTE || c === SQUOTE) {
            key = this.quoted(i);
            i = key.end;
            while (text.charCodeAt(i) === SPACE) i++;
          } else {
            if (badPlainStart(c) || (c === DASH && this.flowDash(i))) bail();
            const end = this.flowPlainEnd(i, eol);
            if (this.stop !== COLON) bail();
            key = scalar(plainValue(text.slice(i, end)), i, end);
            i = this.stopAt;
          }
          if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE || i + 1 >= eol) bail();
          i += 2;
          while (text.charCodeAt(i) === SPACE) i++;
          const [value, after] = this.flowItem(i, eol);
          const name = String(key.value);
          const first = names!.firstOf(name, key);
          if (first) {
            this.problems.push({ kind: 'duplicate-key', start: key.start, end: key.end, key: name, firstStart: first.start, firstEnd: first.end });
          }
          pairs.push({ key, value });
          size += 1 + value.size;
          i = after;
        } else {
          const [item, after] = this.flowItem(i, eol);
          items.push(item);
          size += item.size;
          i = after;
        }
        while (text.charCodeAt(i) === SPACE) i++;
        if (i >= eol) bail();
        const c = text.charCodeAt(i);
        if (c === close) {
          i++;
          break;
        }
        if (c !== COMMA) bail();
        i++;
        while (text.charCodeAt(i) === SPACE) i++;
        if (i >= eol || text.charCodeAt(i) === close || text.charCodeAt(i) === COMMA) bail();
      }
    }
    this.depth--;
    const node: YNode = isMap ? { kind: 'map', pairs, start: p, end: i, size } : { kind: 'seq', items, start: p, end: i, size };
    return [node, i];
  }

  /** A `-` that the library would take for an indicator inside a flow collection. */
  private flowDash(i: number): boolean {
    const next = this.code(i + 1);
    return i + 1 >= this.eol || next === SPACE || isFlowIndicator(next);
  }

  /** A value inside a flow collection at i; returns it and where it ends. */
  private flowItem(i: number, eol: number): [YNode, number] {
    if (i >= eol) bail();
    const c = this.code(i);
    if (c === LBRACKET || c === LBRACE) return this.flow(i);
    if (c === DQUOTE || c === SQUOTE) {
      const node = this.quoted(i);
      return [node, node.end];
    }
    if (c === STAR) {
      const node = this.alias(i);
      return [node, node.end];
    }
    if (badPlainStart(c) || (c === DASH && this.flowDash(i))) bail();
    const end = this.flowPlainEnd(i, eol);
    if (this.stop !== 0) bail();
    return [scalar(plainValue(this.text.slice(i, end)), i, end), this.stopAt];
  }

  /** A literal or folded block scalar whose header is at h, in a collection indented by `indent`. */
  private blockScalar(indent: number, h: number): YScalar {
    const text = this.text;
    const length = this.length;
    const folded = text.charCodeAt(h) === GT;
    let chomp = 0; // 0 clip, DASH strip, 43 (+) keep
    let explicit = 0;
    let i = h + 1;
    while (i < this.eol && text.charCodeAt(i) !== SPACE) {
      const c = text.charCodeAt(i);
      if ((c === DASH || c === 43) && chomp === 0) chomp = c;
      else if (c >= 49 && c <= 57 && explicit === 0) explicit = c - 48;
      else bail();
      i++;
    }
    this.restOfLineAfterHeader(i);
    if (this.nx >= length) bail();
    const start = this.nx;

    // Leading blank lines, then the first line with content.
    let p = start;
    let lead = 0;
    let leadSpaces = 0;
    let first: number;
    for (;;) {
      let q = p;
      while (text.charCodeAt(q) === SPACE) q++;
      if (q >= length) bail();
      const c = text.charCodeAt(q);
      if (c === LF || c === CR) {
        if (q - p > leadSpaces) leadSpaces = q - p;
        p = c === CR ? q + 2 : q + 1;
        lead++;
        continue;
      }
      first = q - p;
      break;
    }
    if (first < indent + 1) bail();
    const trim = explicit ? indent + explicit : first;
    if (first < trim || leadSpaces > trim) bail();

    // The lines that belong to the scalar: blank, or indented by at least `trim`.
    let nl = text.indexOf('\n', p);
    if (nl < 0) nl = length;
    while (nl < length) {
      const ns = nl + 1;
      if (ns >= length) break;
      let q = ns;
      while (text.charCodeAt(q) === SPACE) q++;
      if (q >= length) {
        if (q - ns >= trim) nl = length;
        break;
      }
      const c = text.charCodeAt(q);
      if (c === LF) nl = q;
      else if (c === CR) nl = q + 1;
      else if (q - ns >= trim) {
        nl = text.indexOf('\n', q);
        if (nl < 0) nl = length;
      } else break;
    }
    // Trailing blank lines no deeper than the first line are left out, unless kept.
    if (chomp !== 43) {
      for (;;) {
        let j = nl - 1;
        if (text.charCodeAt(j) === CR) j--;
        const lastChar = j;
        while (text.charCodeAt(j) === SPACE) j--;
        if (text.charCodeAt(j) === LF && j >= start && lastChar - j <= first) nl = j;
        else break;
      }
    }
    const end = nl < length ? nl + 1 : length;

    const value = blockValue(text, start, end, lead, trim, folded, chomp);
    this.advance(end, indent);
    this.r2 = end;
    this.sMaxK = this.maxAll;
    this.sEnd = this.cp;
    return scalar(value, h, end);
  }

  /** After a block scalar header: spaces, then perhaps a comment (after a space). */
  private restOfLineAfterHeader(p: number): void {
    let q = p;
    while (this.code(q) === SPACE) q++;
    if (q >= this.eol) return;
    if (this.code(q) === HASH && q > p) return;
    bail();
  }
}

/**
 * The value of a block scalar whose lines span [start, end): `lead` blank lines, then content
 * indented by `trim`, as the library folds and chomps it.
 */
function blockValue(text: string, start: number, end: number, lead: number, trim: number, folded: boolean, chomp: number): string {
  // Each line as [indentation, content start, content end (before CR)]; a text ending with a
  // line break has a last, empty line.
  const indents: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let p = start;
  for (;;) {
    let q = p;
    while (q < end && text.charCodeAt(q) === SPACE) q++;
    let nl = text.indexOf('\n', q);
    if (nl < 0 || nl >= end) nl = end;
    let contentEnd = nl;
    if (contentEnd > q && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
    indents.push(q - p);
    starts.push(q);
    ends.push(contentEnd);
    if (nl >= end) break;
    p = nl + 1;
  }
  const count = indents.length;
  let chompStart = count;
  while (chompStart > 0 && starts[chompStart - 1] === ends[chompStart - 1]) chompStart--;
  for (let i = count - 1; i >= chompStart; i--) {
    if (indents[i]! > trim) {
      chompStart = i + 1;
      break;
    }
  }
  let value = '\n'.repeat(lead);
  let sep = '';
  let moreIndented = false;
  for (let i = lead; i < chompStart; i++) {
    const indent = indents[i]!;
    const content = text.slice(starts[i], ends[i]);
    if (!folded) {
      value += sep + (indent > trim ? ' '.repeat(indent - trim) : '') + content;
      sep = '\n';
    } else if (indent > trim) {
      if (sep === ' ') sep = '\n';
      else if (!moreIndented && sep === '\n') sep = '\n\n';
      value += sep + ' '.repeat(indent - trim) + content;
      sep = '\n';
      moreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      moreIndented = false;
    }
  }
  if (chomp === 43) {
    for (let i = chompStart; i < count; i++) value += '\n' + (indents[i]! > trim ? ' '.repeat(indents[i]! - trim) : '');
    if (!value.endsWith('\n')) value += '\n';
  } else if (chomp !== DASH) value += '\n';
  return value;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/** The value of a one-line double-quoted scalar's content with escapes. */
function unescape(inner: string): string {
  let out = '';
  let i = 0;
  while (i < inner.length) {
    const backslash = inner.indexOf('\\', i);
    if (backslash < 0) {
      out += inner.slice(i);
      break;
    }
    out += inner.slice(i, backslash);
    const next = inner[backslash + 1];
    if (next === undefined) bail();
    const simple = Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : undefined;
    if (simple !== undefined) {
      out += simple;
      i = backslash + 2;
      continue;
    }
    const digits = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (digits === 0) bail();
    const hex = inner.slice(backslash + 2, backslash + 2 + digits);
    if (hex.length !== digits || !HEX_DIGITS.test(hex)) bail();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) bail();
    out += String.fromCodePoint(code);
    i = backslash + 2 + digits;
  }
  return out;
}
