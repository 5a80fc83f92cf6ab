import { visible } from '@cpskit/core';
import type { CliIo } from './io.js';

/**
 * What `cps` writes is read by people, terminals and CI runners, and much of it comes from the
 * repository being checked (file names, a manual's values). The rules, applied at the last
 * step of every text output:
 *
 * - a character that acts on the reader (ESC, CR, NUL, a bidirectional override…) is shown as
 *   core's `visible` shows it, so it cannot drive a terminal or reorder a line;
 * - no line starts a GitHub Actions workflow command. The runner reads a line as a command
 *   when, once its leading white space is trimmed, it starts with `::`, or when it holds `##[`
 *   anywhere (the older syntax, still read). Such a line gets a ZERO WIDTH SPACE where it
 *   breaks the syntax and shows nothing: `:\u200B:`, `#\u200B#[`. Only the `github` format
 *   writes commands, its own, and it is the one format not passed through here.
 */
const BREAK = '\u200b';

// Leading white space as the runner trims it (.NET's Char.IsWhiteSpace, which JavaScript's \s
// covers once control characters are made visible), but not a line break.
const COMMAND_LINE = /^([^\S\n]*):(?=:)/gm;
const OLD_COMMAND = /##\[/g;

/** The text with no line the Actions runner would take for a workflow command. */
export function defuseWorkflowCommands(text: string): string {
  return text.replace(OLD_COMMAND, `#${BREAK}#[`).replace(COMMAND_LINE, `$1:${BREAK}`);
}

// What may stay as it is in a text for people: line feeds and tabs, and, when cpskit colours its
// output, its own SGR sequences (colours and styles), which it writes around text already made visible.
const LAYOUT = /\n|\t/g;
const LAYOUT_AND_COLOURS = /\n|\t|\u001b\[[0-9;]*m/g;

/**
 * Text for a person, on a terminal or in a log: every control character but line feeds and tabs
 * (and cpskit's own colours when `colours` is set) made visible, and workflow commands defused.
 */
export function safeText(text: string, options: { readonly colours?: boolean } = {}): string {
  const kept = options.colours ? LAYOUT_AND_COLOURS : LAYOUT;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(kept)) {
    out += visible(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return defuseWorkflowCommands(out + visible(text.slice(last)));
}

/**
 * A path from the repository as `cps` shows it to people: made visible, and written `./…` when
 * it would otherwise start a line with `::`, so that it still names the same file.
 */
export function shownPath(displayPath: string): string {
  const shown = visible(displayPath);
  return /^\s*::/.test(shown) ? `./${shown}` : shown;
}

// Characters a JSON text may hold raw but which act on a terminal that shows it: C1 controls and
// DEL, line and paragraph separators, bidirectional controls. JSON.stringify escapes C0 itself.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as JSON text that says exactly the same, safe to print in a terminal or a CI log:
 * characters that act on a terminal written `\uXXXX`, and `##[` written `#\u0023[`. Both can only
 * occur inside strings, where the escapes mean the same characters.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(OLD_COMMAND, '#\\u0023[');
}

/**
 * The same outside world with a standard error that writes only `safeText`: everything `cps`
 * says there (notices, paths that could not be read, configuration errors, what --fix did)
 * names files of the repository, and a CI runner reads standard error for commands too.
 */
export function withSafeStderr(io: CliIo): CliIo {
  const { stderr } = io;
  return { ...io, stderr: { write: (text: string) => stderr.write(safeText(text)) } };
}
