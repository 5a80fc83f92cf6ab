import { generalCompetency, generalCodeOf, lookupCompetency, displayed, type Locale } from '@cpskit/core';
import { z } from 'zod';
import { ageGroupLabel } from '../analysis/age-groups.js';
import { perAgeGroup, type CoverageMatrix, type GeneralCoverage } from '../analysis/coverage.js';
import type { ActivityModel, LocatedText, ManualModel } from '../model/manual-model.js';
import { isScalar } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { formatMinutes } from '@cpskit/core';
import { placeOf } from './support/places.js';

export interface ThinOptions {
  readonly minMinutes: number;
  readonly minOccurrences: number;
  readonly minYears: number;
}

/** A practice that comes back on its own: any frequency but "occasional". */
function isRecurring(activity: ActivityModel): boolean {
  const frequency = activity.node.pairs.find((pair) => pair.key.value === 'frequency')?.value;
  return isScalar(frequency) && typeof frequency.value === 'string' && frequency.value !== 'occasional';
}

export default defineRule<'thin' | 'thin-group', ThinOptions>({
  meta: {
    id: 'thin-competency',
    category: 'coverage',
    description: {
      en: 'In a multi-year programme, no general competency is worked only in passing.',
      fr: 'Dans un programme pluriannuel, aucune compétence générale n’est travaillée seulement en passant.',
    },
    severity: 'info',
    strictSeverity: 'warning',
    options: {
      schema: z.strictObject({ minMinutes: z.number().min(0), minOccurrences: z.number().int().min(1), minYears: z.number().min(0) }).partial(),
      defaults: { minMinutes: 60, minOccurrences: 2, minYears: 2 },
      docs: {
        minMinutes: {
          en: 'Session minutes a general competency needs over the whole programme not to be thin.',
          fr: 'Minutes de séances dont une compétence générale a besoin sur tout le programme pour ne pas être survolée.',
        },
        minOccurrences: {
          en: 'Times sessions must work a general competency not to be thin.',
          fr: 'Nombre de fois où les séances doivent travailler une compétence générale pour qu’elle ne soit pas survolée.',
        },
        minYears: {
          en: 'Programmes shorter than this many years are not checked.',
          fr: 'Les programmes de moins d’années que ce nombre ne sont pas vérifiés.',
        },
      },
    },
    messages: {
      thin: {
        en: '{code} ({label}) is worked only in passing: {occurrences} {occurrences|time|times} in the sessions, {minutes} in all, in a {years}-year programme. Come back to it in later sessions so that it can be practised.',
        fr: '{code} ({label}) n’est travaillée qu’en passant : {occurrences} fois dans les séances, {minutes} au total, dans un programme de {years} ans. Revenez-y dans d’autres séances pour qu’elle puisse être exercée.',
      },
      'thin-group': {
        en: 'For {group}, {code} ({label}) is worked only in passing: {occurrences} {occurrences|time|times} in their sessions, {minutes} in all, in a {years}-year programme, and a participant receives only the sessions and activities for their ages. Come back to it in later sessions for {group}, or for every age, so that it can be practised.',
        fr: 'Pour les {group}, {code} ({label}) n’est travaillée qu’en passant : {occurrences} fois dans leurs séances, {minutes} au total, dans un programme de {years} ans, et un participant ne reçoit que les séances et les activités de son âge. Revenez-y dans d’autres séances pour les {group}, ou pour tous les âges, pour qu’elle puisse être exercée.',
      },
    },
  },
  check({ model, coverage, options, report, locale }) {
    const years = model.program.years;
    if (years === undefined || years < options.minYears) return;
    const thinWhole = thinGenerals(model, coverage, options);
    for (const { general, named } of thinWhole) {
      report({ messageId: 'thin', args: thinArgs(general, years, locale), cites: { kind: 'competency', id: general.code }, ...placeOf(named.node) });
    }
    // A participant receives only the sessions and activities for their ages: a competency the
    // programme comes back to may still be met only in passing by one age group. A validated
    // programme's split is its design; what is thin for everyone is said once, above.
    if (coverage.ageGroups.length < 2 || model.program.evidenceKind === 'evidence-based-program') return;
    const already = new Set(thinWhole.map(({ general }) => general.code));
    for (const reading of perAgeGroup(model, coverage)) {
      for (const { general, named } of thinGenerals(reading.model, reading.coverage, options)) {
        if (already.has(general.code)) continue;
        report({
          messageId: 'thin-group',
          args: { group: displayed(ageGroupLabel(reading.group), locale), ...thinArgs(general, years, locale) },
          cites: { kind: 'competency', id: general.code },
          ...placeOf(named.node),
        });
      }
    }
  },
});

/** What a `thin` finding says of a competency met only in passing. */
function thinArgs(general: GeneralCoverage, years: number, locale: Locale) {
  return {
    code: general.code,
    label: displayed(generalCompetency(general.code).label, locale),
    occurrences: general.occurrences,
    minutes: formatMinutes(general.sessionMinutes),
    years,
  };
}

/** The general competencies worked only in passing in a manual (or a group's view of it), with the first code that names each. */
function thinGenerals(model: ManualModel, coverage: Omit<CoverageMatrix, 'ageGroups'>, options: ThinOptions): { general: GeneralCoverage; named: LocatedText }[] {
  const thin: { general: GeneralCoverage; named: LocatedText }[] = [];
  for (const general of coverage.generals) {
    if (!general.worked) continue;
    // A ritual, an informal practice or a home practice that comes back regularly is the opposite of in passing.
    const recurring = model.activities.some(
      (activity) =>
        (activity.kind?.value === 'ritual' || activity.kind?.value === 'informal' || activity.kind?.value === 'home-practice') &&
        isRecurring(activity) &&
        activity.competencies.some((code) => {
          const entry = lookupCompetency(code.value);
          return entry !== undefined && generalCodeOf(entry) === general.code;
        }),
    );
    if (recurring) continue;
    // Never scheduled is not "in passing": structured-sequence reports unscheduled workshops.
    if (general.occurrences === 0) continue;
    if (general.sessionMinutes >= options.minMinutes && general.occurrences >= options.minOccurrences) continue;
    const named = model.activities
      .flatMap((activity) => activity.competencies)
      .find((code) => {
        const entry = lookupCompetency(code.value);
        return entry !== undefined && generalCodeOf(entry) === general.code;
      });
    if (named) thin.push({ general, named });
  }
  return thin;
}
