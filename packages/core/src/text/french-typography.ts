import type { Locale, Localized } from '../localized.js';

/** The space French typography puts before « : ; ! ? » and inside « » (cpskit's choice: U+00A0). */
export const FRENCH_SPACE = '\u00a0';

// An ordinary or narrow space before a high punctuation mark that ends a word group: « mot : », « mot ? ».
const SPACE_BEFORE_MARK = /[ \u202f]+([:;!?])(?=$|[\s»)\]}.,…'"’])/gu;
// A guillemet and the spaces that follow or precede it.
const OPENING = /«[ \u00a0\u202f]*/gu;
const CLOSING = /[ \u00a0\u202f]*»/gu;
// A straight apostrophe between two letters: « l'école », « aujourd'hui ».
const STRAIGHT_APOSTROPHE = /(\p{L})'(?=\p{L})/gu;

const cache = new Map<string, string>();

/**
 * French text as French typography writes it: a no-break space (U+00A0) before « : ; ! ? »
 * where a space stood, inside « », and ’ for an apostrophe between letters. It adds no space
 * where none was, so that `10:30`, `https://…`, `level: 2` and `?` in a query stay as they are.
 * Apply it to templates and reference labels, never to what a manual says: a value quoted
 * from a manual is the author's, verbatim.
 */
export function frenchTypography(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const result = text.replace(STRAIGHT_APOSTROPHE, '$1’').replace(SPACE_BEFORE_MARK, `${FRENCH_SPACE}$1`).replace(OPENING, `«${FRENCH_SPACE}`).replace(CLOSING, `${FRENCH_SPACE}»`);
  // Templates and labels are a bounded set; a bound keeps a stream of other texts from growing it.
  if (cache.size < 5000) cache.set(text, result);
  return result;
}

/** A reference label (or any cpskit text) as it is displayed in a locale: French typography in French. */
export function displayed(text: Localized, locale: Locale): string {
  return locale === 'fr' ? frenchTypography(text.fr) : text.en;
}

/**
 * French Markdown with `frenchTypography` applied to its prose only: fenced code blocks and
 * code spans (YAML examples, keys, commands) are left exactly as written.
 */
export function frenchTypographyMarkdown(markdown: string): string {
  return markdown
    .split(/(^```[^\n]*\n[\s\S]*?^```[ \t]*$)/m)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .split(/(`+[^`]*?`+)/)
            .map((piece, i) => (i % 2 === 1 ? piece : frenchTypography(piece)))
            .join(''),
    )
    .join('');
}
