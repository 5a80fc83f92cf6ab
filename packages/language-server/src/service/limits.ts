/**
 * The limits past which cpskit stops reading a manual: one place for their values, read by the
 * parser, the validation, the editing features and the CLI, and documented in the README
 * ("Limits") and docs/rules/limits.md. Each keeps time and memory bounded whatever a file holds,
 * with a wide margin over real manuals (the largest shipped example is 17 KB, the 5,000-line
 * manual of `pnpm bench` 190 KB).
 */

/**
 * The largest manual read, in bytes of UTF-8 (the size of the file). Past it, the manual gets one
 * finding and is not read at all: the CLI does not even read the file, the language server does
 * not parse the document.
 */
export const MAX_MANUAL_BYTES = 1_000_000;

/** Nesting deeper than this is not read (nothing recurses without end, and the YAML library never overflows its stack). */
export const MAX_DEPTH = 200;

/**
 * Past this many values once aliases are expanded, a manual is an alias bomb and is not checked
 * against the schema. A manual under MAX_MANUAL_BYTES without aliases has at most about half a
 * million values, so only aliases can reach it.
 */
export const MAX_EXPANDED_NODES = 1_000_000;

/**
 * The findings a manual shows at most, in document order; past them, one last finding says how
 * many more there are. Each rule also keeps at most this many, so that a file full of the same
 * mistake costs no more memory than this.
 */
export const MAX_FINDINGS = 1_000;

/**
 * A text quoted in a finding's message (an unknown code, a key, the list of allowed values) is cut
 * at this many characters, so that a value of a megabyte is not copied into every finding.
 */
export const MAX_QUOTED_LENGTH = 300;

/**
 * Sessions that cite activities no one defined get a suggestion ("did you mean…") for the first
 * this many different ids: each costs a comparison with every activity of the manual.
 */
export const MAX_SUGGESTED_IDS = 100;

/**
 * Completion and hover read the cursor's line and what encloses it; on a line longer than this
 * they offer nothing, so that a request answers at once whatever the line.
 */
export const MAX_CURSOR_LINE_LENGTH = 10_000;

/** The size of a text in bytes of UTF-8, counted no further than `limit + 1`. */
export function utf8LengthUpTo(text: string, limit: number): number {
  if (text.length > limit) return limit + 1;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return Math.min(bytes, limit + 1);
}

/** Whether a manual's text is over the size limit. */
export function isOverSizeLimit(text: string): boolean {
  // Each UTF-16 unit is 1 to 3 bytes: most texts are decided without counting.
  if (text.length * 3 <= MAX_MANUAL_BYTES) return false;
  return utf8LengthUpTo(text, MAX_MANUAL_BYTES) > MAX_MANUAL_BYTES;
}
