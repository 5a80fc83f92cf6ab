/**
 * Edit distance with adjacent transpositions (optimal string alignment), so that
 * "titel" is one edit from "title", as a person would count it. With `max`, only the
 * distances up to it are measured (any greater one is given as `max + 1`), in time
 * proportional to the length times `max` rather than to the product of the lengths.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  // Past `band` cells from the diagonal, a distance is over `max`: those cells are never computed.
  const band = Math.min(Math.max(a.length, b.length), max);
  const over = band + 1;
  let prevPrev = new Array<number>(width).fill(over);
  let prev = new Array<number>(width).fill(over);
  let row = new Array<number>(width).fill(over);
  for (let j = 0; j <= Math.min(b.length, band); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    row[from - 1] = from === 1 && i <= band ? i : over;
    let rowMin = row[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, prevPrev[j - 2]! + 1);
      row[j] = Math.min(best, over);
      if (row[j]! < rowMin) rowMin = row[j]!;
    }
    if (to + 1 < width) row[to + 1] = over;
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length]!, Number.isFinite(max) ? max + 1 : prev[b.length]!);
}

const NOT_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
const CURLY_APOSTROPHES = /[’‘`]/g;
const SPACING_TO_COLLAPSE = /\s\s|[^\S ]/;
const SPACING_RUNS = /\s{2,}|[^\S ]/g;

/**
 * Lower-cases, strips accents and straightens apostrophes, for comparisons that forgive "Emotions" for "émotions".
 * Every rule reads the manual's texts through it (placeholders, debriefs, value words), on every keystroke in
 * the editor: the passes a text does not need are skipped (pure ASCII needs no decomposition, a single space
 * no collapsing), which makes it about two and a half times faster on French prose (`pnpm bench`).
 */
export function foldText(text: string): string {
  let folded = text;
  if (NOT_ASCII.test(folded)) folded = folded.normalize('NFD').replace(MARKS, '').replace(CURLY_APOSTROPHES, "'");
  else if (folded.includes('`')) folded = folded.replace(/`/g, "'");
  folded = folded.toLowerCase();
  // Each run of white space becomes one space; a run that is one space already is left as it is.
  if (SPACING_TO_COLLAPSE.test(folded)) folded = folded.replace(SPACING_RUNS, ' ');
  return folded.trim();
}

/** The longest text `nearest` looks for a suggestion for. */
export const MAX_SUGGESTED_LENGTH = 100;

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo:
 * at most a third of the input's length in edits (at least one, at most three).
 */
export function nearest(input: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  // A text this long is no typo of a key or an id; measuring it would only cost time.
  if (input.length > MAX_SUGGESTED_LENGTH) return undefined;
  const needle = input.toLowerCase();
  const limit = maxDistance ?? Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
