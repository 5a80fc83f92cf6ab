import { parse as parseYaml } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { YNode } from '../parse/tree.js';
import type { LineIndex } from '../text/line-index.js';

/** The document's line break, read from its first one, so that inserted lines match it. */
export function lineBreakOf(text: string): string {
  const at = text.search(/[\r\n]/);
  if (at === -1 || text[at] === '\n') return '\n';
  return text[at + 1] === '\n' ? '\r\n' : '\r';
}

/** The spaces and tabs a line starts with. */
export function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/** An LSP range from offsets, as plain objects (the line index's are read-only). */
export function lspRange(lines: LineIndex, start: number, end: number): Range {
  const range = lines.rangeOf(start, end);
  return { start: { ...range.start }, end: { ...range.end } };
}

/**
 * Whether a text can be written as a plain scalar and be read back as the same text, under
 * YAML 1.2 and 1.1 (`123`, `true`, `yes`, `1e3` cannot: they would become numbers or booleans).
 */
export function isPlainSafe(value: string): boolean {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) return false;
  try {
    return parseYaml(value) === value && parseYaml(value, { version: '1.1' }) === value;
  } catch {
    return false;
  }
}

/** An id as YAML text: plain when that reads back as the same text, else double-quoted. */
export function yamlId(value: string): string {
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** Whether a collection is written in flow style (`[ … ]`, `{ … }`). */
export function isFlow(node: YNode, text: string): boolean {
  return text[node.start] === '[' || text[node.start] === '{';
}

/**
 * Where a node's own text ends: block collections and block texts reach past their last
 * line break and over the comments that follow them, which belong to no value.
 */
export function contentEnd(node: YNode, text: string): number {
  if (node.aliasOf || node.kind === 'scalar' || isFlow(node, text)) return trimEnd(text, node.start, node.end);
  if (node.kind === 'seq') {
    const last = node.items[node.items.length - 1];
    return last ? Math.max(node.start + 1, contentEnd(last, text)) : trimEnd(text, node.start, node.end);
  }
  const last = node.pairs[node.pairs.length - 1];
  if (!last) return trimEnd(text, node.start, node.end);
  return pairEnd(last.key, last.value, text);
}

/** Where a pair ends: after its value, or after its key and colon when it has none. */
export function pairEnd(key: YNode, value: YNode | null, text: string): number {
  if (value && value.end > value.start) return Math.max(key.end, contentEnd(value, text));
  const colon = /^[ \t]*:/.exec(text.slice(key.end, key.end + 200));
  return colon ? key.end + colon[0].length : key.end;
}

function trimEnd(text: string, start: number, end: number): number {
  let at = Math.min(end, text.length);
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}
