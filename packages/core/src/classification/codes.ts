import { foldText, editDistance } from '../text/nearest.js';
import { CATEGORIES, type Category } from './categories.js';
import { GENERAL_COMPETENCIES, SPECIFIC_COMPETENCIES, type GeneralCompetency, type GeneralCode, type SpecificCompetency } from './competencies.js';

/** A competency code as found in the classification: general (C1) or specific (C1.1, E2.2a). */
export type CompetencyEntry = { readonly level: 'general'; readonly competency: GeneralCompetency } | { readonly level: 'specific'; readonly competency: SpecificCompetency };

const byCode = new Map<string, CompetencyEntry>();
for (const competency of GENERAL_COMPETENCIES) byCode.set(competency.code, { level: 'general', competency });
for (const competency of SPECIFIC_COMPETENCIES) byCode.set(competency.code, { level: 'specific', competency });

/** Every valid code, general ones first, in the classification's order. */
export const ALL_COMPETENCY_CODES: readonly string[] = [...byCode.keys()];

/** The longest text read as a way of writing a code (`E2.2 (a)` with spaces to spare). */
const MAX_CODE_SPELLING = 24;

const CODE_SHAPE = /^([CES])\s*(\d{1,2})(?:\s*[.,]\s*(\d{1,2}))?(?:\s*[.\-]?\s*(?:\(\s*([AB])\s*\)|([AB])))?$/;

/**
 * Brings the ways people spell a code to its canonical form: `e2.2a`, `E2.2.a`,
 * `E2.2 (a)` and `E2.2-A` all become `E2.2a`; `c1` becomes `C1`; `C1,2` becomes `C1.2`.
 * Returns `undefined` when the text does not have the shape of a code at all.
 * The result has the shape of a code; whether it exists is `lookupCompetency`'s answer.
 */
export function normaliseCode(raw: string): string | undefined {
  // No spelling of a code is this long; the test keeps the pattern, whose runs of spaces can
  // backtrack, from taking time on a long text.
  if (raw.length > MAX_CODE_SPELLING) return undefined;
  const match = CODE_SHAPE.exec(raw.trim().toUpperCase());
  if (!match) return undefined;
  const [, category, general, specific, partInParens, part] = match;
  const letter = (partInParens ?? part)?.toLowerCase();
  if (letter && specific === undefined) return undefined;
  return `${category}${Number(general)}${specific === undefined ? '' : `.${Number(specific)}`}${letter ?? ''}`;
}

/** The classification entry for a code in any accepted spelling, or `undefined`. */
export function lookupCompetency(raw: string): CompetencyEntry | undefined {
  // A code written as the classification writes it, as nearly all are, needs no reading.
  const exact = byCode.get(raw);
  if (exact) return exact;
  const code = normaliseCode(raw);
  return code === undefined ? undefined : byCode.get(code);
}

export function generalCompetency(code: GeneralCode): GeneralCompetency {
  return (byCode.get(code) as { competency: GeneralCompetency }).competency;
}

export function categoryOf(code: GeneralCode): Category {
  const general = generalCompetency(code);
  return CATEGORIES.find((category) => category.code === general.category)!;
}

/** The general competency (C1 … S2) a valid code belongs to. */
export function generalCodeOf(entry: CompetencyEntry): GeneralCode {
  return entry.level === 'general' ? entry.competency.code : entry.competency.general;
}

/**
 * The valid code a person most likely meant: a code one or two edits away (ties go to
 * the same category, then to the numerically nearest, so E1.3 suggests E1.2), or the code whose French or English
 * label they typed instead of the code.
 */
export function suggestCompetencyCode(raw: string): string | undefined {
  const folded = foldText(raw);
  const byLabel = codesByFoldedLabel().get(folded);
  if (byLabel) return byLabel;
  const shaped = normaliseCode(raw) ?? raw.trim().toUpperCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const code of ALL_COMPETENCY_CODES) {
    // Two edits cannot bridge a greater difference in length: a long text is no typo of a code.
    if (Math.abs(shaped.length - code.length) > 2) continue;
    const distance = editDistance(shaped.toLowerCase(), code.toLowerCase(), 2);
    if (distance > 2) continue;
    const otherCategory = shaped[0] !== code[0] ? 50 : 0;
    const score = distance * 100 + otherCategory + numericGap(shaped, code);
    if (score < bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best ?? codeByLabelWords(folded);
}

/** French nouns whose verb the labels use: « gestion du stress » is « gérer son stress ». */
const NOUN_TO_VERB: Readonly<Record<string, string | readonly string[]>> = {
  gestion: ['gerer', 'reguler'],
  regulation: 'reguler',
  resolution: 'resoudre',
  communication: 'communiquer',
  expression: 'exprimer',
  identification: 'identifier',
  comprehension: 'comprendre',
  connaissance: 'connaitre',
  decision: 'decisions',
  empathie: 'empathique',
  relation: 'relations',
  emotion: 'emotions',
  conflit: 'conflits',
  probleme: 'problemes',
  impulsion: 'impulsions',
};

/** Words too common in the labels to tell one competency from another. */
const COMMON_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'et', 'ses', 'son', 'sa', 'sur', 'en', 'a', 'une', 'un', 'd', 'l', 'facon', 'savoir', "one's", 'one']);

/** The longest text read as a label's words: a sentence is no competency's name. */
const MAX_LABEL_WORDS_TEXT = 60;

/**
 * The competency whose label contains the words typed (« empathie » → S1.2 « Communiquer de façon
 * empathique », « gestion du stress » → E2.3): a word matches a label's word it begins, after a
 * final plural or « e » is dropped. The label holding most of the words wins; among equals, the
 * shorter label, the closer to what was typed.
 */
function codeByLabelWords(folded: string): string | undefined {
  if (folded.length > MAX_LABEL_WORDS_TEXT) return undefined;
  const stems = folded
    .split(/[^a-z0-9']+/)
    .filter((word) => word.length >= 4 && !COMMON_WORDS.has(word))
    .map((word) => [NOUN_TO_VERB[word] ?? NOUN_TO_VERB[word.replace(/s$/, '')] ?? word].flat().map(stemOf));
  if (stems.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const [code, label] of labelWords()) {
    const matched = stems.filter((alternatives) => alternatives.some((stem) => label.words.some((word) => word.startsWith(stem)))).length;
    if (matched === 0) continue;
    const score = matched * 1000 - label.words.length;
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}

function stemOf(word: string): string {
  const stem = word.replace(/s$/, '').replace(/e$/, '');
  return stem.length >= 4 ? stem : word;
}

let foldedLabelWords: Map<string, { readonly words: readonly string[] }> | undefined;

/** Each competency's labels, French and English, as folded words. */
function labelWords(): Map<string, { readonly words: readonly string[] }> {
  if (foldedLabelWords) return foldedLabelWords;
  foldedLabelWords = new Map();
  for (const [code, entry] of byCode) {
    const words = `${foldText(entry.competency.label.fr)} ${foldText(entry.competency.label.en)}`.split(/[^a-z0-9']+/).filter((word) => word.length > 0);
    foldedLabelWords.set(code, { words });
  }
  return foldedLabelWords;
}

let foldedLabels: Map<string, string> | undefined;

/** Each competency's French and English labels, folded, to the code: the first code of a label wins. */
function codesByFoldedLabel(): Map<string, string> {
  if (foldedLabels) return foldedLabels;
  foldedLabels = new Map();
  for (const [code, entry] of byCode) {
    for (const label of [entry.competency.label.fr, entry.competency.label.en]) {
      const folded = foldText(label);
      if (!foldedLabels.has(folded)) foldedLabels.set(folded, code);
    }
  }
  return foldedLabels;
}

function numericGap(a: string, b: string): number {
  const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
  const [x, y] = [numbers(a), numbers(b)];
  let gap = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) gap += Math.abs((x[i] ?? 0) - (y[i] ?? 0));
  return Math.min(gap, 99);
}
