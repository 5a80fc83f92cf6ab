import { GENERAL_COMPETENCIES, SETTINGS, localize, type Locale } from '@cpskit/core';
import type { Gap } from './territory.js';
import { WORDS } from './words.js';

/** A gap said in a sentence of the reader's language (plain text: escape it for HTML). */
export function gapSentence(gap: Gap, locale: Locale): string {
  if (gap.kind === 'setting') {
    const setting = SETTINGS[gap.setting].label[locale];
    return gap.from === gap.to ? localize(WORDS.gapSettingAge, locale, { age: gap.from, setting }) : localize(WORDS.gapSetting, locale, { from: gap.from, to: gap.to, setting });
  }
  const general = GENERAL_COMPETENCIES.find((entry) => entry.code === gap.competency)!;
  const args = { code: gap.competency, label: general.label[locale] };
  if (gap.kind === 'competency-never') return localize(WORDS.gapCompetencyNever, locale, args);
  if (gap.kind === 'competency-before') return localize(WORDS.gapCompetencyBefore, locale, { ...args, age: gap.age });
  return localize(WORDS.gapCompetencyAfter, locale, { ...args, age: gap.age });
}
