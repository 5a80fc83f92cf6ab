import { foldText } from './nearest.js';
import { rememberedByText } from './remembered.js';
import type { Locale } from '../localized.js';

/** Brackets, quotes and emphasis people put around a placeholder: « … », "…", (…), [TODO], <…>, *…*, _…_. */
const WRAPPER = /[\s«»"'“”‘’()[\]<>{}*_]/u;

/**
 * The text without the wrappers at its ends. A loop from each end, not a regular expression:
 * `[…]+$` retries from every position of a long run of spaces that does not end the text,
 * which took seconds on a value of 45,000 spaces followed by a word (found by `pnpm fuzz`).
 */
function stripWrappers(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && WRAPPER.test(text[start]!)) start += 1;
  while (end > start && WRAPPER.test(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}

/**
 * Starts of a folded text (lower case, no accents, `-` and `_` read as spaces) that hold a
 * place, whatever follows: « à compléter par l’équipe », "to be defined", "TODO: …".
 */
const LEADING_WORDS = [
  'a completer',
  'a remplir',
  'a definir',
  'a preciser',
  'a determiner',
  'a renseigner',
  'a venir',
  'a fixer',
  'to be completed',
  'to be defined',
  'to be determined',
  'to be confirmed',
  'todo',
  'tbd',
  'tbc',
  'fixme',
  'placeholder',
  'lorem ipsum',
  'xxx',
];

/**
 * Starts that are also the start of ordinary sentences ("To complete the activity, …",
 * « En cours de récréation, … »): a placeholder only when nothing but punctuation follows,
 * or, for « en cours de », a word about the text being written.
 */
const LEADING_ALONE = ['to complete', 'to do'];
const IN_PROGRESS = [
  /^en cours de (?:redaction|definition|elaboration|construction|validation|preparation|ecriture|finalisation|reflexion)(?![\p{L}\p{N}])/u,
  /^en cours[^\p{L}\p{N}]*$/u,
];

/** Markers written in capitals anywhere in a text: « Guide : À COMPLÉTER », "see TODO". */
const MARKERS = ['TODO', 'TBD', 'TBC', 'FIXME', 'XXX', 'À COMPLÉTER', 'A COMPLETER', 'À DÉFINIR', 'A DEFINIR', 'À PRÉCISER', 'A PRECISER', 'TO COMPLETE', 'TO BE COMPLETED'];
const MARKER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MARKERS.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** The starter manual's examples: « EXEMPLE : … », "EXAMPLE: …". */
const EXAMPLE = /^(?:EXEMPLE|EXAMPLE)S?\s*:/u;

/** Words that say there is none: a statement of absence, not a description. */
const NOTHING = new Set(['neant', 'aucun', 'aucune', 'rien', 'sans objet', 'non applicable', 'none', 'nothing', 'n/a', 'not applicable', 'nil']);

function startsWithWord(folded: string, word: string): boolean {
  if (!folded.startsWith(word)) return false;
  const next = folded.charAt(word.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}

/**
 * True when the text holds a place for a text still to be written: nothing but punctuation
 * (`...`, `?`, `—`, `___`), only x's (two or more: `xxx`), a text starting with « À COMPLÉTER », "TODO", "to be
 * defined"… (in any case, accents or not), one containing a marker in capitals (TODO, TBD,
 * À COMPLÉTER…), or the starter's « EXEMPLE : ». « Un carnet à compléter par l’élève » is a
 * real booklet, not a placeholder. An empty text is empty, not a placeholder.
 */
export const isPlaceholder: (text: string) => boolean = rememberedByText(holdsAPlace);

function holdsAPlace(text: string): boolean {
  if (text.trim() === '') return false;
  const bare = stripWrappers(text);
  if (!/[\p{L}\p{N}]/u.test(bare) || /^x{2,}$/i.test(bare)) return true;
  if (EXAMPLE.test(bare) || MARKER.test(text)) return true;
  // Only the beginning of a text holds a place (the markers anywhere were looked for above), so a
  // long description is folded only as far as its first words, unless those leave it open.
  if (bare.length > HEAD_LENGTH) {
    const head = foldedForPlaceholder(bare.slice(0, HEAD_LENGTH));
    if (head.length >= DECISIVE_LENGTH && /[\p{L}\p{N}]/u.test(head.slice(WHOLE_TEXT_WORDS_END))) return holdsPlaceAtStart(head);
  }
  return holdsPlaceAtStart(foldedForPlaceholder(bare));
}

/**
 * How much of a text is folded first, and how much of the folded text decides: every leading
 * word and « en cours de … » is shorter than DECISIVE_LENGTH; the starts that hold a place only
 * when nothing but punctuation follows them (LEADING_ALONE, « en cours ») end before
 * WHOLE_TEXT_WORDS_END, so a letter past it rules them out.
 */
const HEAD_LENGTH = 160;
const DECISIVE_LENGTH = 64;
const WHOLE_TEXT_WORDS_END = 32;

/** The folded text with `-` and `_` read as spaces (a folded text has single spaces already, and most have no `-` or `_`). */
function foldedForPlaceholder(text: string): string {
  const folded = foldText(text);
  return /[-_]/.test(folded) ? folded.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim() : folded;
}

function holdsPlaceAtStart(folded: string): boolean {
  if (LEADING_WORDS.some((word) => startsWithWord(folded, word))) return true;
  if (LEADING_ALONE.some((word) => folded.startsWith(word) && /^[^\p{L}\p{N}]*$/u.test(folded.slice(word.length)))) return true;
  return IN_PROGRESS.some((pattern) => pattern.test(folded));
}

const MAX_NOTHING_LENGTH = 100;

/**
 * True when the text says there is none (« néant », « aucun », "none", "n/a", « sans objet »):
 * the manual answers, and the answer is no. It counts as missing, never as a description.
 */
export const isNothing: (text: string) => boolean = rememberedByText(saysNone);

function saysNone(text: string): boolean {
  const bare = stripWrappers(text);
  // The words of NOTHING are short; a long text is something, and `[.!…]+$` stays on a short one.
  // A text whose beginning alone folds past the limit is long: the rest need not be folded.
  if (bare.length > 2 * MAX_NOTHING_LENGTH && foldText(bare.slice(0, 2 * MAX_NOTHING_LENGTH)).length > MAX_NOTHING_LENGTH) return false;
  const folded = foldText(bare);
  if (folded.length > MAX_NOTHING_LENGTH) return false;
  return NOTHING.has(folded.replace(/[.!…]+$/u, '').trim());
}

/** A placeholder in the manual's language: « À COMPLÉTER : … », "TO COMPLETE: …". cpskit writes these where only the author knows. */
export function placeholderText(what: string, locale: Locale): string {
  return locale === 'fr' ? `À COMPLÉTER\u00a0: ${what}` : `TO COMPLETE: ${what}`;
}

/** The same as a YAML text: double-quoted, since a colon followed by a space would otherwise start a key. */
export function yamlPlaceholder(what: string, locale: Locale): string {
  return JSON.stringify(placeholderText(what, locale));
}
