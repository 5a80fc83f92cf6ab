/**
 * Characters that act on whoever shows a text instead of being shown: C0 and C1 controls (ESC
 * starts terminal escapes and OSC 8 links, CR rewrites a line and, like LF, starts a new line in
 * a CI log), DEL, the line and paragraph separators, the bidirectional embeddings, overrides,
 * isolates and marks (which reorder what is around them, as in "Trojan Source"), and lone
 * surrogates (which are not text at all).
 */
const UNSAFE_SOURCE =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const UNSAFE = new RegExp(UNSAFE_SOURCE, 'g');
const HAS_UNSAFE = new RegExp(UNSAFE_SOURCE);

/**
 * How one such character is shown: a C0 control as its Unicode control picture (`␛` for ESC,
 * `␍` for CR, `␊` for LF, `␀` for NUL, `␉` for a tab), DEL as `␡`, and the others, which have
 * no picture, as the replacement character `�`. Each takes one column.
 */
export function controlPicture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Whether a text holds a character that `visible` would change. */
export function hasUnsafeCharacters(text: string): boolean {
  return HAS_UNSAFE.test(text);
}

/**
 * A text from a repository (a value of a manual, a file name) as cpskit shows it, on one line
 * and with nothing that can move the cursor, open a link, reorder the line or start a new one:
 * every unsafe character replaced by its `controlPicture`. The same everywhere (messages, code
 * frames, the terminal view, the language server), so that a reader learns one convention.
 */
export function visible(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, controlPicture) : text;
}
