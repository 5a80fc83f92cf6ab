import { visible } from './visible.js';

/**
 * ZERO WIDTH SPACE, put where a renderer would otherwise see a mention, an issue reference or
 * a link in text that must stay text: `@\u200Buser` reads as `@user` and notifies nobody
 * (Dependabot quotes release notes the same way). A backslash escape would not do: GitHub finds
 * mentions, references and bare links in the text after Markdown has removed its escapes.
 */
const BREAK = '\u200b';

// Markdown's markup among ASCII punctuation: escapes, code, emphasis, links and images, HTML and
// entities, headings, tables, strikethrough and GitHub's math.
const MARKUP = /[\\`*_[\]<>&#!|~$]/g;
// What opens a block when a text starts a line: a list item (`- `, `+ `, `1. `, `1) `), or a line
// of `-` or `=` (a setext heading's underline, a thematic break). `*`, `_`, `#`, `>` are escaped anyway.
const LIST_ITEM = /^([ \t]*)(?:([-+])|(\d{1,9})([.)]))(?=[ \t]|$)/;
const UNDERLINE = /^([ \t]*)([-=])(?=[-= \t]*$)/;

function escapeBlockStart(text: string): string {
  const underline = UNDERLINE.exec(text);
  if (underline) return `${underline[1]}\\${text.slice(underline[0].length - 1)}`;
  const item = LIST_ITEM.exec(text);
  if (!item) return text;
  const [whole, indent, marker, digits, delimiter] = item;
  return `${indent}${marker ? `\\${marker}` : `${digits}\\${delimiter}`}${text.slice(whole.length)}`;
}

/**
 * A text from a manual (or a file name) for Markdown, where it renders as the same text and
 * nothing else: no link, image, HTML, emphasis or code; no `@mention`, `#123` or `GH-123`
 * reference, no bare URL (`https://`, `www.`) or e-mail address made a link; on one line, with
 * control characters shown as their pictures (see `visible`).
 */
export function markdownText(text: string): string {
  return escapeBlockStart(visible(text).replace(MARKUP, (char) => `\\${char}`))
    .replace(/@/g, `@${BREAK}`)
    .replace(/#(?=\d)/g, `#${BREAK}`)
    .replace(/\b(gh-)(?=\d)/gi, `$1${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`);
}

/** The length of the longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * A text from a manual as a Markdown code span that holds exactly it: fenced with one backtick
 * more than its longest run of backticks, padded with a space (which Markdown strips) when it
 * starts or ends with a backtick or a space, on one line with control characters made visible.
 * Inside a code span nothing is markup, and GitHub links no mention or reference.
 */
export function markdownCode(text: string): string {
  const shown = visible(text);
  if (shown.length === 0) return '` `';
  const fence = '`'.repeat(longestBacktickRun(shown) + 1);
  const pad = /^[` ]|[` ]$/.test(shown) && shown.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}
