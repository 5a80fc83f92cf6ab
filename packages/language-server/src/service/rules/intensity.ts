import { z } from 'zod';
import type { SessionModel } from '../model/manual-model.js';
import { defineRule, type RelatedInput } from './rule.js';
import { formatMinuteRange, formatMinutes } from './support/figures.js';
import { placeOf } from './support/places.js';

export interface IntensityOptions {
  readonly minSessionMinutes: number;
  readonly maxSessionMinutes: number;
  readonly minHoursPerYear: number;
  readonly minYears: number;
}

type MessageId = 'short-sessions' | 'short-session-one' | 'long-sessions' | 'long-session-one' | 'few-hours' | 'few-hours-one' | 'few-years' | 'no-durations';

export default defineRule<MessageId, IntensityOptions>({
  meta: {
    id: 'intensity',
    category: 'coverage',
    description: {
      en: 'Sessions last about an hour, add up to several hours a year, over several years.',
      fr: 'Les séances durent environ une heure, totalisent plusieurs heures par an, sur plusieurs années.',
    },
    cites: { kind: 'modality', id: '1.2.4' },
    assesses: ['1.2.4'],
    severity: 'warning',
    options: {
      schema: z
        .strictObject({
          minSessionMinutes: z.number().min(0),
          maxSessionMinutes: z.number().positive(),
          minHoursPerYear: z.number().min(0),
          minYears: z.number().min(0),
        })
        .partial(),
      defaults: { minSessionMinutes: 45, maxSessionMinutes: 120, minHoursPerYear: 10, minYears: 2 },
      docs: {
        minSessionMinutes: {
          en: 'Shortest session, in minutes, that counts as a workshop of "about one hour".',
          fr: 'Séance la plus courte, en minutes, qui compte comme un atelier « d’environ une heure ».',
        },
        maxSessionMinutes: {
          en: 'Longest session, in minutes, before it stops being a workshop of about an hour.',
          fr: 'Séance la plus longue, en minutes, avant de ne plus être un atelier d’environ une heure.',
        },
        minHoursPerYear: {
          en: 'Hours of sessions a year that count as "several hours a year".',
          fr: 'Heures de séances par an qui comptent comme « plusieurs heures par an ».',
        },
        minYears: {
          en: 'Years of programme that count as "multi-year".',
          fr: 'Années de programme qui comptent comme « pluriannuel ».',
        },
      },
    },
    messages: {
      'short-sessions': {
        en: '{count} of the {total} {total|session|sessions} {count|lasts|last} less than {min} ({range}); criterion 1.2.4 asks for workshops of about an hour. Lengthen them, or set the "minSessionMinutes" option if shorter sessions suit these ages.',
        fr: '{count} {count|séance|séances} sur {total} {count|dure|durent} moins de {min} ({range}) ; le critère 1.2.4 demande des ateliers d’environ une heure. Allongez-les, ou réglez l’option « minSessionMinutes » si des séances plus courtes conviennent à ces âges.',
      },
      'short-session-one': {
        en: 'The session lasts {range}, less than {min}; criterion 1.2.4 asks for workshops of about an hour. Lengthen it, or set the "minSessionMinutes" option if shorter sessions suit these ages.',
        fr: 'La séance dure {range}, moins de {min} ; le critère 1.2.4 demande des ateliers d’environ une heure. Allongez-la, ou réglez l’option « minSessionMinutes » si des séances plus courtes conviennent à ces âges.',
      },
      'long-session-one': {
        en: 'The session lasts {range}, more than {max}; criterion 1.2.4 asks for workshops of about an hour. Split it, or set the "maxSessionMinutes" option.',
        fr: 'La séance dure {range}, plus de {max} ; le critère 1.2.4 demande des ateliers d’environ une heure. Scindez-la, ou réglez l’option « maxSessionMinutes ».',
      },
      'long-sessions': {
        en: '{count} of the {total} {total|session|sessions} {count|lasts|last} more than {max} ({range}); criterion 1.2.4 asks for workshops of about an hour. Split them, or set the "maxSessionMinutes" option.',
        fr: '{count} {count|séance|séances} sur {total} {count|dure|durent} plus de {max} ({range}) ; le critère 1.2.4 demande des ateliers d’environ une heure. Scindez-les, ou réglez l’option « maxSessionMinutes ».',
      },
      'few-hours': {
        en: '{count} of the {total} {total|year|years} {count|has|have} less than {bar} of sessions ({details}); criterion 1.2.4 asks for several hours a year. Add sessions, or set the "minHoursPerYear" option.',
        fr: '{count} {count|année|années} sur {total} {count|compte|comptent} moins de {bar} de séances ({details}) ; le critère 1.2.4 demande plusieurs heures par an. Ajoutez des séances, ou réglez l’option « minHoursPerYear ».',
      },
      'few-hours-one': {
        en: 'The sessions add up to less than {bar} in the year ({details}); criterion 1.2.4 asks for several hours a year. Add sessions, or set the "minHoursPerYear" option.',
        fr: 'Les séances totalisent moins de {bar} sur l’année ({details}) ; le critère 1.2.4 demande plusieurs heures par an. Ajoutez des séances, ou réglez l’option « minHoursPerYear ».',
      },
      'few-years': {
        en: 'The programme lasts {years} {years|year|years}; criterion 1.2.4 asks for multi-year programmes (the bar is {bar} years). Plan a follow-up over more years.',
        fr: 'Le programme dure {years} {years|an|ans} ; le critère 1.2.4 demande des programmes pluriannuels (le seuil est de {bar} ans). Prévoyez une suite sur plusieurs années.',
      },
      'no-durations': {
        en: 'No session or activity gives its duration, so the intensity asked by criterion 1.2.4 cannot be computed; give each activity its "duration" (45, 10min, 1h30).',
        fr: 'Aucune séance ni activité n’indique sa durée : l’intensité demandée par le critère 1.2.4 ne peut pas être calculée ; donnez à chaque activité sa « duration » (45, 10min, 1h30).',
      },
    },
  },
  check({ model, coverage, options, report, assess, locale }) {
    if (!model.root) return;
    const problems: string[] = [];
    const evidence: string[] = [];
    const sessionPlace = (session: SessionModel) => placeOf(session.id?.node ?? session.node);
    const related = (sessions: readonly SessionModel[]): RelatedInput[] =>
      sessions.slice(1, 20).map((session) => ({
        ...sessionPlace(session),
        note: { en: 'Session "{id}": {minutes}', fr: 'Séance « {id} » : {minutes}' },
        args: { id: session.id?.value ?? `#${session.index + 1}`, minutes: formatMinutes(model.sessionMinutes(session), locale) },
      }));

    const timed = model.sessions.filter((session) => model.sessionMinutes(session) > 0);
    if (model.sessions.length > 0 && timed.length === 0) {
      report({ messageId: 'no-durations', ...sessionPlace(model.sessions[0]!) });
      assess('1.2.4', 'missing');
      return;
    }

    if (timed.length > 0) {
      const minutes = timed.map((session) => model.sessionMinutes(session));
      evidence.push(`${locale === 'fr' ? 'séances' : 'sessions'} ${formatMinuteRange(minutes, locale)}`);
      const short = timed.filter((session) => model.sessionMinutes(session) < options.minSessionMinutes);
      const long = timed.filter((session) => model.sessionMinutes(session) > options.maxSessionMinutes);
      for (const [messageId, group] of [
        ['short-sessions', short],
        ['long-sessions', long],
      ] as const) {
        if (group.length === 0) continue;
        problems.push(messageId);
        const single = timed.length === 1;
        report({
          messageId: single ? (messageId === 'short-sessions' ? 'short-session-one' : 'long-session-one') : messageId,
          args: {
            count: group.length,
            total: timed.length,
            min: formatMinutes(options.minSessionMinutes, locale),
            max: formatMinutes(options.maxSessionMinutes, locale),
            range: formatMinuteRange(group.map((session) => model.sessionMinutes(session)), locale),
          },
          ...sessionPlace(group[0]!),
          related: related(group),
        });
      }

      const lowYears: { year: number; total: number }[] = [];
      // Every year of the programme counts, a year with no session too.
      const yearsPlanned = Math.ceil(model.program.years ?? 0);
      const allYears = new Set([...Object.keys(coverage.totals.minutesByYear).map(Number), ...Array.from({ length: yearsPlanned }, (_, i) => i + 1)]);
      for (const year of [...allYears].sort((a, b) => a - b)) {
        const total = coverage.totals.minutesByYear[year] ?? 0;
        evidence.push(`${locale === 'fr' ? `année ${year} :` : `year ${year}:`} ${formatMinutes(total, locale)}`);
        if (total < options.minHoursPerYear * 60) lowYears.push({ year, total });
      }
      if (lowYears.length > 0) {
        // One finding for the whole programme: a rhythm too light every year is one decision to revisit.
        problems.push('few-hours');
        const firstOfYear = (year: number) => model.sessions.find((session) => session.year === year) ?? model.sessions[model.sessions.length - 1]!;
        const details = lowYears
          .map(({ year, total }) => {
            const sessions = coverage.totals.sessionsByYear[year] ?? 0;
            if (sessions === 0) return locale === 'fr' ? `année ${year} : aucune séance` : `year ${year}: no session`;
            return locale === 'fr'
              ? `année ${year} : ${sessions} séance${sessions > 1 ? 's' : ''}, ${formatMinutes(total, locale)}`
              : `year ${year}: ${sessions} session${sessions === 1 ? '' : 's'}, ${formatMinutes(total, locale)}`;
          })
          .join(locale === 'fr' ? ' ; ' : '; ');
        report({
          messageId: allYears.size === 1 ? 'few-hours-one' : 'few-hours',
          args: {
            count: lowYears.length,
            total: allYears.size,
            details,
            bar: formatMinutes(options.minHoursPerYear * 60, locale),
          },
          ...sessionPlace(firstOfYear(lowYears[0]!.year)),
          related: lowYears.slice(1).map(({ year, total }) => ({
            ...sessionPlace(firstOfYear(year)),
            note: { en: 'Year {year}: {hours}', fr: 'Année {year} : {hours}' },
            args: { year, hours: formatMinutes(total, locale) },
          })),
        });
      }
    }

    const { years, yearsNode } = model.program;
    if (years !== undefined && yearsNode) {
      evidence.push(locale === 'fr' ? `${years} ${years < 2 ? 'an' : 'ans'}` : `${years} ${years === 1 ? 'year' : 'years'}`);
      if (years < options.minYears) {
        problems.push('few-years');
        report({ messageId: 'few-years', args: { years, bar: options.minYears }, ...placeOf(yearsNode) });
      }
    }

    if (model.sessions.length === 0) assess('1.2.4', 'missing');
    else assess('1.2.4', problems.length === 0 ? 'met' : 'partly-met', evidence.join(locale === 'fr' ? ' ; ' : '; '));
  },
});
