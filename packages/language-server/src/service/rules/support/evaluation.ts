import type { Locale } from '@cpskit/core';
import type { ManualModel } from '../../model/manual-model.js';
import { isMap, pairOf, type YMap, type YPair } from '../../parse/tree.js';

/** The `evaluation` section, when the manual has one: its pair, and its map when it is one. */
export interface EvaluationSection {
  readonly pair: YPair;
  readonly map?: YMap;
}

export function evaluationSection(model: ManualModel): EvaluationSection | undefined {
  const pair = model.topLevelPair('evaluation');
  if (!pair) return undefined;
  return isMap(pair.value) ? { pair, map: pair.value } : { pair };
}

/** A key of the manual, quoted as each language quotes (French with no-break spaces inside « »). */
export function quoteKey(key: string, locale: Locale): string {
  return locale === 'fr' ? `«\u00a0${key}\u00a0»` : `"${key}"`;
}

/** A sub-map of `evaluation` (`process`, `plan`) with its pair, when written as a map. */
export function subMap(section: EvaluationSection, key: string): { pair?: YPair; map?: YMap } {
  const pair = section.map ? pairOf(section.map, key) : undefined;
  return { ...(pair ? { pair } : {}), ...(pair && isMap(pair.value) ? { map: pair.value } : {}) };
}
