import { visible } from '@cpskit/core';
import type { Citation, Severity } from '@cpskit/language-server';
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { Diagnostic } from 'vscode-languageserver-types';

// Ink measures and cuts with these same libraries, so a line these helpers say fits is one Ink
// lays out on one row. Each helper makes control characters visible first (`␛`, `␍`…): text from
// a manual never reaches the terminal as an escape sequence, and once visible it holds none, so
// the libraries' ANSI handling never comes into play.

/** The columns a text takes, control characters shown as their pictures. */
export function columns(text: string): number {
  return stringWidth(visible(text));
}

/** The text cut to `width` columns, ending with `…` when it was cut; control characters made visible. */
export function cut(text: string, width: number): string {
  const shown = visible(text);
  const out = cliTruncate(shown, width);
  // cli-truncate keeps a wide character that starts in the last column before the `…` (`日本…` for
  // 4 columns takes 5): one column less leaves room for it.
  return stringWidth(out) <= width ? out : cliTruncate(shown, width - 1);
}

/** The text cut or padded with spaces to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const shown = cut(text, width);
  return shown + ' '.repeat(Math.max(0, width - stringWidth(shown)));
}

/** The text cut to `width` columns and right-aligned in them. */
export function fitEnd(text: string, width: number): string {
  const shown = cut(text, width);
  return ' '.repeat(Math.max(0, width - stringWidth(shown))) + shown;
}

const NO_BREAK_SPACE = '\u00a0';
// A `«` standing alone, and a run of `» ? ! : ;` standing alone, with the plain spaces that part them from their word.
const AFTER_OPENING = /(?<=(?:^| )«) +/g;
const BEFORE_CLOSING = /(?<=\S) +(?=[»?!:;]+(?: |$))/g;

/**
 * Words wrapped to lines of at most `width` columns; a word longer than a line is cut; control
 * characters made visible. A line never starts with `» ? ! : ;`: cpskit's French templates put a
 * no-break space before them, which wrap-ansi does not break at, but a value quoted from a manual
 * keeps its author's plain spaces (`« Qui suis-je ? »`), so those are made no-break here too.
 */
export function wrapWords(text: string, width: number): string[] {
  if (width <= 0) return [];
  const glued = visible(text).replace(AFTER_OPENING, NO_BREAK_SPACE).replace(BEFORE_CLOSING, NO_BREAK_SPACE);
  const words = glued
    .split(' ')
    .filter(Boolean)
    .map((word) => cut(word, width));
  return words.length === 0 ? [] : wrapAnsi(words.join(' '), width, { trim: true }).split('\n');
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
