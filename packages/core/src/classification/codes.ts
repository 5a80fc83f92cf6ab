import { foldText, editDistance } from '../text/nearest.js';
import { CATEGORIES, type Category } from './categories.js';
import {
  GENERAL_COMPETENCIES,
  SPECIFIC_COMPETENCIES,
  type GeneralCompetency,
  type GeneralCode,
  type SpecificCompetency,
} from './competencies.js';

/** A competency code as found in the classification: general (C1) or specific (C1.1, E2.2a). */
export type CompetencyEntry =
  | { readonly level: 'general'; readonly competency: GeneralCompetency }
  | { readonly level: 'specific'; readonly competency: SpecificCompetency };

const byCode = new Map<string, CompetencyEntry>();
for (const competency of GENERAL_COMPETENCIES) byCode.set(competency.code, { level: 'general', competency });
for (const competency of SPECIFIC_COMPETENCIES) byCode.set(competency.code, { level: 'specific', competency });

/** Every valid code, general ones first, in the classification's order. */
export const ALL_COMPETENCY_CODES: readonly string[] = [...byCode.keys()];

const CODE_SHAPE = /^([CES])\s*(\d{1,2})(?:\s*[.,]\s*(\d{1,2}))?(?:\s*[.\-]?\s*(?:\(\s*([AB])\s*\)|([AB])))?$/;

/**
 * Brings the ways people spell a code to its canonical form: `e2.2a`, `E2.2.a`,
 * `E2.2 (a)` and `E2.2-A` all become `E2.2a`; `c1` becomes `C1`; `C1,2` becomes `C1.2`.
 * Returns `undefined` when the text does not have the shape of a code at all.
 * The result has the shape of a code; whether it exists is `lookupCompetency`'s answer.
 */
export function normaliseCode(raw: string): string | undefined {
  const match = CODE_SHAPE.exec(raw.trim().toUpperCase());
  if (!match) return undefined;
  const [, category, general, specific, partInParens, part] = match;
  const letter = (partInParens ?? part)?.toLowerCase();
  if (letter && specific === undefined) return undefined;
  return `${category}${Number(general)}${specific === undefined ? '' : `.${Number(specific)}`}${letter ?? ''}`;
}

/** The classification entry for a code in any accepted spelling, or `undefined`. */
export function lookupCompetency(raw: string): CompetencyEntry | undefined {
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
  for (const [code, entry] of byCode) {
    const { label } = entry.competency;
    if (foldText(label.fr) === folded || foldText(label.en) === folded) return code;
  }
  const shaped = normaliseCode(raw) ?? raw.trim().toUpperCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const code of ALL_COMPETENCY_CODES) {
    const distance = editDistance(shaped.toLowerCase(), code.toLowerCase());
    if (distance > 2) continue;
    const otherCategory = shaped[0] !== code[0] ? 50 : 0;
    const score = distance * 100 + otherCategory + numericGap(shaped, code);
    if (score < bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}

function numericGap(a: string, b: string): number {
  const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
  const [x, y] = [numbers(a), numbers(b)];
  let gap = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) gap += Math.abs((x[i] ?? 0) - (y[i] ?? 0));
  return Math.min(gap, 99);
}
