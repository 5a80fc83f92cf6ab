import { visible } from '@cpskit/core';
import type { Citation, Severity } from '@cpskit/language-server';
import type { Diagnostic } from 'vscode-languageserver-types';
import { displayOf } from '../format/code-frame.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The graphemes of a text as a terminal shows them, with the columns each takes. */
function cells(text: string): { shown: string; width: number }[] {
  return Array.from(segmenter.segment(text), ({ segment }) => displayOf(segment));
}

/** The columns a text takes, control characters shown as their pictures. */
export function columns(text: string): number {
  return cells(text).reduce((sum, cell) => sum + cell.width, 0);
}

/** The text cut to `width` columns, ending with `…` when it was cut; control characters made visible. */
export function cut(text: string, width: number): string {
  if (width <= 0) return '';
  const all = cells(text);
  const total = all.reduce((sum, cell) => sum + cell.width, 0);
  if (total <= width) return all.map((cell) => cell.shown).join('');
  let out = '';
  let used = 0;
  for (const cell of all) {
    if (used + cell.width > width - 1) break;
    out += cell.shown;
    used += cell.width;
  }
  return `${out}…`;
}

/** The text cut or padded with spaces to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const shown = cut(text, width);
  return shown + ' '.repeat(Math.max(0, width - columns(shown)));
}

/** The text cut to `width` columns and right-aligned in them. */
export function fitEnd(text: string, width: number): string {
  const shown = cut(text, width);
  return ' '.repeat(Math.max(0, width - columns(shown))) + shown;
}

/**
 * The words of a text, French punctuation kept with the word it belongs to: the messages
 * write `« E1.3 » ?` with plain spaces, and a line must not start with `»` or `?`.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let opening = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    if (word === '«') {
      opening += `${word} `;
    } else if (/^[»?!:;]+$/.test(word) && words.length > 0 && !opening) {
      words[words.length - 1] += ` ${word}`;
    } else {
      words.push(opening + word);
      opening = '';
    }
  }
  if (opening) words.push(opening.trimEnd());
  return words;
}

/** Words wrapped to lines of at most `width` columns; a word longer than a line is cut; control characters made visible. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of wordsOf(visible(text))) {
    const candidate = line ? `${line} ${word}` : word;
    if (columns(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = columns(word) <= width ? word : cut(word, width);
  }
  if (line) lines.push(line);
  return lines;
}

/** A diagnostic's severity in cpskit's words; LSP hints count as info. */
export function severityOf(diagnostic: Diagnostic): Severity {
  return diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info';
}

/** The rule id of a diagnostic (its `code`). */
export function ruleOf(diagnostic: Diagnostic): string | undefined {
  return diagnostic.code === undefined ? undefined : String(diagnostic.code);
}

const CITATION_KINDS: readonly string[] = ['modality', 'criterion', 'competency', 'axis'];

/** What a diagnostic cites, read from the `data` cpskit's server attaches (see DiagnosticData). */
export function citesOf(diagnostic: Diagnostic): Citation | undefined {
  const data: unknown = diagnostic.data;
  if (typeof data !== 'object' || data === null || !('cites' in data)) return undefined;
  const cites: unknown = data.cites;
  if (typeof cites !== 'object' || cites === null || !('kind' in cites) || !('id' in cites)) return undefined;
  const { kind, id } = cites;
  return typeof kind === 'string' && CITATION_KINDS.includes(kind) && typeof id === 'string' ? ({ kind, id } as Citation) : undefined;
}
