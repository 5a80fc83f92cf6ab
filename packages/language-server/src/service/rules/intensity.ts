import { displayed, type Locale } from '@cpskit/core';
import { z } from 'zod';
import { ageGroupLabel } from '../analysis/age-groups.js';
import { perAgeGroup, type CoverageMatrix } from '../analysis/coverage.js';
import { plannedYears, sessionYearSpan } from '../analysis/practice-time.js';
import type { ManualModel, SessionModel } from '../model/manual-model.js';
import { defineRule, type RelatedInput, type Report } from './rule.js';
import { AGE_BAND_IDS, bandOfAge, sessionBand, type AgeBand, type AgeBandId, type BandBars } from './support/age-bands.js';
import { formatMinuteRange, formatMinutes } from '@cpskit/core';
import { groupPlace } from './support/group-place.js';
import { placeOf } from './support/places.js';

export interface IntensityOptions {
  /** When set, for every age band. */
  readonly minSessionMinutes?: number;
  readonly maxSessionMinutes?: number;
  readonly minHoursPerYear?: number;
  readonly minYears: number;
  /** Per band, over the band's defaults and the flat options. */
  readonly bands: Readonly<Partial<Record<AgeBandId, Partial<BandBars>>>>;
}

type MessageId =
  | 'short-sessions'
  | 'short-session-one'
  | 'long-sessions'
  | 'long-session-one'
  | 'few-hours'
  | 'few-hours-one'
  | 'few-years'
  | 'no-durations'
  | 'short-sessions-group'
  | 'long-sessions-group'
  | 'few-hours-group';

const barsSchema = z
  .strictObject({
    minSessionMinutes: z.number().min(0),
    maxSessionMinutes: z.number().positive(),
    minHoursPerYear: z.number().min(0),
  })
  .partial();

/** The bars of a band: cpskit's defaults, then the flat options, then the band's own options. */
export function barsOf(band: AgeBand, options: IntensityOptions): BandBars {
  const flat: Partial<BandBars> = {
    ...(options.minSessionMinutes !== undefined ? { minSessionMinutes: options.minSessionMinutes } : {}),
    ...(options.maxSessionMinutes !== undefined ? { maxSessionMinutes: options.maxSessionMinutes } : {}),
    ...(options.minHoursPerYear !== undefined ? { minHoursPerYear: options.minHoursPerYear } : {}),
  };
  return { ...band.bars, ...flat, ...(options.bands?.[band.id] ?? {}) };
}

/** What a year holds, as the `few-hours` finding lists it. */
function yearDetails(year: number, sessions: number, sessionMinutes: number, practiceMinutes: number, locale: Locale): string {
  const fr = locale === 'fr';
  const head = fr ? `année ${year}\u00a0:` : `year ${year}:`;
  const practices = practiceMinutes > 0 ? (fr ? `${formatMinutes(practiceMinutes)} de pratiques` : `${formatMinutes(practiceMinutes)} of practices`) : '';
  if (sessions === 0) {
    const none = fr ? 'aucune séance' : 'no session';
    return practices ? `${head} ${none}, ${practices}` : `${head} ${none}`;
  }
  const own = fr
    ? `${sessions} séance${sessions > 1 ? 's' : ''}, ${formatMinutes(sessionMinutes)}`
    : `${sessions} session${sessions === 1 ? '' : 's'}, ${formatMinutes(sessionMinutes)}`;
  return practices ? `${head} ${own} + ${practices}` : `${head} ${own}`;
}

function isEvidenceBased(model: ManualModel): boolean {
  return model.program.evidenceKind === 'evidence-based-program';
}

export default defineRule<MessageId, IntensityOptions>({
  meta: {
    id: 'intensity',
    category: 'coverage',
    description: {
      en: 'Sessions last about an hour (by age band), add up with regular practices to several hours a year, over several years; evidence-based programmes are left to validated-dose.',
      fr: 'Les séances durent environ une heure (selon l’âge), totalisent avec les pratiques régulières plusieurs heures par an, sur plusieurs années ; les programmes probants relèvent de validated-dose.',
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
          bands: z.strictObject(Object.fromEntries(AGE_BAND_IDS.map((id) => [id, barsSchema])) as Record<AgeBandId, typeof barsSchema>).partial(),
        })
        .partial(),
      defaults: { minYears: 2, bands: {} },
      docs: {
        minSessionMinutes: {
          en: 'Shortest session, in minutes, that counts as a workshop of "about one hour", for every age band (unset: each band’s own, see below).',
          fr: 'Séance la plus courte, en minutes, qui compte comme un atelier « d’environ une heure », pour toutes les tranches d’âge (non réglée : celle de chaque tranche, voir plus bas).',
        },
        maxSessionMinutes: {
          en: 'Longest session, in minutes, before it stops being a workshop of about an hour, for every age band (unset: each band’s own).',
          fr: 'Séance la plus longue, en minutes, avant de ne plus être un atelier d’environ une heure, pour toutes les tranches d’âge (non réglée : celle de chaque tranche).',
        },
        minHoursPerYear: {
          en: 'Hours a year, sessions and regular practices outside sessions, that count as "several hours a year", for every age band (unset: each band’s own).',
          fr: 'Heures par an, séances et pratiques régulières hors séances, qui comptent comme « plusieurs heures par an », pour toutes les tranches d’âge (non réglée : celle de chaque tranche).',
        },
        minYears: {
          en: 'Years of programme that count as "multi-year".',
          fr: 'Années de programme qui comptent comme « pluriannuel ».',
        },
        bands: {
          en: 'Bars of one age band (early-childhood, childhood, adolescence, young-adults), e.g. { early-childhood: { minSessionMinutes: 10 } }; they win over the options above.',
          fr: 'Seuils d’une tranche d’âge (early-childhood, childhood, adolescence, young-adults), par exemple { early-childhood: { minSessionMinutes: 10 } } ; ils l’emportent sur les options ci-dessus.',
        },
      },
    },
    messages: {
      'short-sessions': {
        en: '{count} of the {total} {total|session|sessions} {count|lasts|last} less than {min} ({range}); criterion 1.2.4 asks for workshops of about an hour, and {min} is cpskit’s bar for {ages}. Lengthen them, or set the "minSessionMinutes" option if shorter sessions suit these participants.',
        fr: '{count} {count|séance|séances} sur {total} {count|dure|durent} moins de {min} ({range}) ; le critère 1.2.4 demande des ateliers d’environ une heure, et {min} est le seuil de cpskit pour les {ages}. Allongez-les, ou réglez l’option « minSessionMinutes » si des séances plus courtes conviennent à ce public.',
      },
      'short-session-one': {
        en: 'The session lasts {range}, less than {min}; criterion 1.2.4 asks for workshops of about an hour, and {min} is cpskit’s bar for {ages}. Lengthen it, or set the "minSessionMinutes" option if shorter sessions suit these participants.',
        fr: 'La séance dure {range}, moins de {min} ; le critère 1.2.4 demande des ateliers d’environ une heure, et {min} est le seuil de cpskit pour les {ages}. Allongez-la, ou réglez l’option « minSessionMinutes » si des séances plus courtes conviennent à ce public.',
      },
      'long-session-one': {
        en: 'The session lasts {range}, more than {max}; criterion 1.2.4 asks for workshops of about an hour, and {max} is cpskit’s bar for {ages}. Split it, or set the "maxSessionMinutes" option.',
        fr: 'La séance dure {range}, plus de {max} ; le critère 1.2.4 demande des ateliers d’environ une heure, et {max} est le seuil de cpskit pour les {ages}. Scindez-la, ou réglez l’option « maxSessionMinutes ».',
      },
      'long-sessions': {
        en: '{count} of the {total} {total|session|sessions} {count|lasts|last} more than {max} ({range}); criterion 1.2.4 asks for workshops of about an hour, and {max} is cpskit’s bar for {ages}. Split them, or set the "maxSessionMinutes" option.',
        fr: '{count} {count|séance|séances} sur {total} {count|dure|durent} plus de {max} ({range}) ; le critère 1.2.4 demande des ateliers d’environ une heure, et {max} est le seuil de cpskit pour les {ages}. Scindez-les, ou réglez l’option « maxSessionMinutes ».',
      },
      'few-hours': {
        en: '{count} of the {total} {total|year|years} {count|has|have} less than {bar} of CPS activities, sessions and regular practices outside them ({details}); criterion 1.2.4 asks for several hours a year. Add sessions or a ritual that comes back, or set the "minHoursPerYear" option.',
        fr: '{count} {count|année|années} sur {total} {count|compte|comptent} moins de {bar} d’activités CPS, séances et pratiques régulières hors séances ({details}) ; le critère 1.2.4 demande plusieurs heures par an. Ajoutez des séances ou un rituel qui revient, ou réglez l’option « minHoursPerYear ».',
      },
      'few-hours-one': {
        en: 'The sessions and regular practices add up to less than {bar} in the year ({details}); criterion 1.2.4 asks for several hours a year. Add sessions or a ritual that comes back, or set the "minHoursPerYear" option.',
        fr: 'Les séances et les pratiques régulières totalisent moins de {bar} sur l’année ({details}) ; le critère 1.2.4 demande plusieurs heures par an. Ajoutez des séances ou un rituel qui revient, ou réglez l’option « minHoursPerYear ».',
      },
      'few-years': {
        en: 'The programme lasts {years} {years|year|years}; criterion 1.2.4 asks for multi-year programmes (the bar is {bar} years). Plan a follow-up over more years.',
        fr: 'Le programme dure {years} {years|an|ans} ; le critère 1.2.4 demande des programmes pluriannuels (le seuil est de {bar} ans). Prévoyez une suite sur plusieurs années.',
      },
      'short-sessions-group': {
        en: '{count} of the {total} {total|session|sessions} for {group} {count|lasts|last} less than {min} ({range}); criterion 1.2.4 asks for workshops of about an hour, and {min} is cpskit’s bar for {ages}. Lengthen them, or set the "minSessionMinutes" option (or its "bands" entry) if shorter sessions suit these participants.',
        fr: '{count} {count|séance|séances} sur {total} pour les {group} {count|dure|durent} moins de {min} ({range}) ; le critère 1.2.4 demande des ateliers d’environ une heure, et {min} est le seuil de cpskit pour les {ages}. Allongez-les, ou réglez l’option « minSessionMinutes » (ou son entrée « bands ») si des séances plus courtes conviennent à ce public.',
      },
      'long-sessions-group': {
        en: '{count} of the {total} {total|session|sessions} for {group} {count|lasts|last} more than {max} ({range}); criterion 1.2.4 asks for workshops of about an hour, and {max} is cpskit’s bar for {ages}. Split them, or set the "maxSessionMinutes" option (or its "bands" entry).',
        fr: '{count} {count|séance|séances} sur {total} pour les {group} {count|dure|durent} plus de {max} ({range}) ; le critère 1.2.4 demande des ateliers d’environ une heure, et {max} est le seuil de cpskit pour les {ages}. Scindez-les, ou réglez l’option « maxSessionMinutes » (ou son entrée « bands »).',
      },
      'few-hours-group': {
        en: 'For {group}, {count} of the {total} {total|year|years} {count|has|have} less than {bar} of CPS activities, sessions and regular practices outside them ({details}); criterion 1.2.4 asks for several hours a year, and a participant receives only the sessions for their ages. Add sessions for {group}, sessions for every age (without "ages") or a ritual that comes back, or set the "minHoursPerYear" option.',
        fr: 'Pour les {group}, {count} {count|année|années} sur {total} {count|compte|comptent} moins de {bar} d’activités CPS, séances et pratiques régulières hors séances ({details}) ; le critère 1.2.4 demande plusieurs heures par an, et un participant ne reçoit que les séances de son âge. Ajoutez des séances pour les {group}, des séances pour tous les âges (sans « ages ») ou un rituel qui revient, ou réglez l’option « minHoursPerYear ».',
      },
      'no-durations': {
        en: 'No session or activity gives its duration, so the intensity asked by criterion 1.2.4 cannot be computed; give each activity its "duration" (45, 10min, 1h30).',
        fr: 'Aucune séance ni activité n’indique sa durée : l’intensité demandée par le critère 1.2.4 ne peut pas être calculée ; donnez à chaque activité sa « duration » (45, 10min, 1h30).',
      },
    },
  },
  check({ model, coverage, options, report, assess, locale }) {
    if (!model.root) return;
    // An evidence-based programme is judged against the dose it was validated with (validated-dose), not these bars.
    if (isEvidenceBased(model)) return;
    const fr = locale === 'fr';
    const problems: string[] = [];
    const evidence: string[] = [];
    const sessionPlace = (session: SessionModel) => placeOf(session.id?.node ?? session.node);
    const related = (sessions: readonly SessionModel[]): RelatedInput[] =>
      sessions.slice(1, 20).map((session) => ({
        ...sessionPlace(session),
        note: { en: 'Session "{id}": {minutes}', fr: 'Séance « {id} » : {minutes}' },
        args: { id: session.id?.value ?? `#${session.index + 1}`, minutes: formatMinutes(model.sessionMinutes(session)) },
      }));

    const timed = model.sessions.filter((session) => model.sessionMinutes(session) > 0);
    if (model.sessions.length > 0 && timed.length === 0) {
      report({ messageId: 'no-durations', ...sessionPlace(model.sessions[0]!) });
      assess('1.2.4', 'missing');
      return;
    }

    if (timed.length > 0 && coverage.ageGroups.length > 1) {
      checkGroups({ model, coverage, options, report, locale, problems, evidence });
    } else if (timed.length > 0) {
      const minutes = timed.map((session) => model.sessionMinutes(session));
      evidence.push(`${fr ? 'séances' : 'sessions'} ${formatMinuteRange(minutes)}`);
      // The bars of each band, worked out once: a manual has a few bands and may have hundreds of sessions.
      const barsByBand = new Map<string, BandBars>();
      const barsOfSession = (session: SessionModel): BandBars => {
        const band = sessionBand(model, session);
        let bars = barsByBand.get(band.id);
        if (!bars) barsByBand.set(band.id, (bars = barsOf(band, options)));
        return bars;
      };
      const short = timed.filter((session, index) => minutes[index]! < barsOfSession(session).minSessionMinutes);
      const long = timed.filter((session, index) => minutes[index]! > barsOfSession(session).maxSessionMinutes);
      for (const [messageId, group] of [
        ['short-sessions', short],
        ['long-sessions', long],
      ] as const) {
        if (group.length === 0) continue;
        problems.push(messageId);
        const single = timed.length === 1;
        // The bars quoted are those of the first session at fault; with one age group, every session has its band.
        const band = sessionBand(model, group[0]!);
        const bars = barsOf(band, options);
        report({
          messageId: single ? (messageId === 'short-sessions' ? 'short-session-one' : 'long-session-one') : messageId,
          args: {
            count: group.length,
            total: timed.length,
            min: formatMinutes(bars.minSessionMinutes),
            max: formatMinutes(bars.maxSessionMinutes),
            ages: displayed(band.label, locale),
            range: formatMinuteRange(group.map((session) => model.sessionMinutes(session))),
          },
          ...sessionPlace(group[0]!),
          related: related(group),
        });
      }

      const lowYears: { year: number; total: number }[] = [];
      const hoursBar = barsOf(bandOfAge(model.program.minAge), options).minHoursPerYear;
      // Every year of the programme counts, a year with no session too.
      const yearsPlanned = model.program.years !== undefined ? plannedYears(model) : [];
      const allYears = new Set([...Object.keys(coverage.totals.minutesByYear).map(Number), ...yearsPlanned]);
      for (const year of [...allYears].sort((a, b) => a - b)) {
        const total = coverage.totals.minutesByYear[year] ?? 0;
        const practices = coverage.totals.practiceMinutesByYear[year] ?? 0;
        const ofPractices = fr ? ` dont ${formatMinutes(practices)} de pratiques` : ` incl. ${formatMinutes(practices)} of practices`;
        evidence.push(`${fr ? `année ${year}\u00a0:` : `year ${year}:`} ${formatMinutes(total)}${practices > 0 ? ofPractices : ''}`);
        if (total < hoursBar * 60) lowYears.push({ year, total });
      }
      if (lowYears.length > 0) {
        // One finding for the whole programme: a rhythm too light every year is one decision to revisit.
        problems.push('few-hours');
        const firstOfYear = (year: number) => model.sessions.find((session) => session.year === year) ?? model.sessions[model.sessions.length - 1]!;
        const details = lowYears
          .map(({ year }) =>
            yearDetails(year, coverage.totals.sessionsByYear[year] ?? 0, coverage.totals.sessionMinutesByYear[year] ?? 0, coverage.totals.practiceMinutesByYear[year] ?? 0, locale),
          )
          .join(fr ? '\u00a0; ' : '; ');
        report({
          messageId: allYears.size === 1 ? 'few-hours-one' : 'few-hours',
          args: {
            count: lowYears.length,
            total: allYears.size,
            details,
            bar: formatMinutes(hoursBar * 60),
          },
          ...sessionPlace(firstOfYear(lowYears[0]!.year)),
          related: lowYears.slice(1).map(({ year, total }) => ({
            ...sessionPlace(firstOfYear(year)),
            note: { en: 'Year {year}: {hours}', fr: 'Année {year} : {hours}' },
            args: { year, hours: formatMinutes(total) },
          })),
        });
      }
    }

    const { years, yearsNode } = model.program;
    if (years !== undefined && yearsNode) {
      evidence.push(fr ? `${years} ${years < 2 ? 'an' : 'ans'}` : `${years} ${years === 1 ? 'year' : 'years'}`);
      if (years < options.minYears) {
        problems.push('few-years');
        report({ messageId: 'few-years', args: { years, bar: options.minYears }, ...placeOf(yearsNode) });
      }
    }

    if (model.sessions.length === 0) assess('1.2.4', 'missing');
    else assess('1.2.4', problems.length === 0 ? 'met' : 'partly-met', evidence.join(fr ? '\u00a0; ' : '; '));
  },
});

interface GroupsInput {
  readonly model: ManualModel;
  readonly coverage: CoverageMatrix;
  readonly options: IntensityOptions;
  readonly report: Report<MessageId>;
  readonly locale: Locale;
  readonly problems: string[];
  readonly evidence: string[];
}

/**
 * The sessions' length and the hours a year, read for each age group: a participant receives
 * only the sessions for their ages, judged by the bars of their band. A group's years are those
 * from its first session to its last (or the programme's, when it has none): units per band may
 * follow one another over the years as the children grow, or run side by side. A session's
 * minutes are those of the group's view: without its own duration, the activities for their ages.
 */
function checkGroups({ model, coverage, options, report, locale, problems, evidence }: GroupsInput): void {
  const fr = locale === 'fr';
  const sessionPlace = (session: SessionModel) => placeOf(session.id?.node ?? session.node);
  for (const { group, model: view, coverage: groupCoverage } of perAgeGroup(model, coverage)) {
    const name = displayed(ageGroupLabel(group), locale);
    const band = bandOfAge(group.min);
    const bars = barsOf(band, options);
    const parts: string[] = [];
    const timed = view.sessions.filter((session) => view.sessionMinutes(session) > 0);
    if (timed.length > 0) parts.push(`${fr ? 'séances' : 'sessions'} ${formatMinuteRange(timed.map((session) => view.sessionMinutes(session)))}`);
    for (const [messageId, atFault] of [
      ['short-sessions-group', timed.filter((session) => view.sessionMinutes(session) < bars.minSessionMinutes)],
      ['long-sessions-group', timed.filter((session) => view.sessionMinutes(session) > bars.maxSessionMinutes)],
    ] as const) {
      if (atFault.length === 0) continue;
      problems.push(messageId);
      report({
        messageId,
        args: {
          group: name,
          count: atFault.length,
          total: timed.length,
          min: formatMinutes(bars.minSessionMinutes),
          max: formatMinutes(bars.maxSessionMinutes),
          ages: displayed(band.label, locale),
          range: formatMinuteRange(atFault.map((session) => view.sessionMinutes(session))),
        },
        ...sessionPlace(atFault[0]!),
        related: atFault.slice(1, 20).map((session) => ({
          ...sessionPlace(session),
          note: { en: 'Session "{id}": {minutes}', fr: 'Séance « {id} » : {minutes}' },
          args: { id: session.id?.value ?? `#${session.index + 1}`, minutes: formatMinutes(view.sessionMinutes(session)) },
        })),
      });
    }

    const span = sessionYearSpan(view.sessions);
    const years = span.length > 0 ? span : view.sessions.length === 0 ? plannedYears(model) : [];
    const low: number[] = [];
    for (const year of years) {
      const total = groupCoverage.totals.minutesByYear[year] ?? 0;
      parts.push(`${fr ? `année ${year}\u00a0:` : `year ${year}:`} ${formatMinutes(total)}`);
      if (total < bars.minHoursPerYear * 60) low.push(year);
    }
    evidence.push(`${name}${fr ? '\u00a0:' : ':'} ${parts.join(', ')}`);
    if (low.length === 0) continue;
    problems.push('few-hours-group');
    const firstOfYear = (year: number) => view.sessions.find((session) => session.year === year);
    const at = firstOfYear(low[0]!);
    report({
      messageId: 'few-hours-group',
      args: {
        group: name,
        count: low.length,
        total: years.length,
        bar: formatMinutes(bars.minHoursPerYear * 60),
        details: low
          .map((year) =>
            yearDetails(
              year,
              groupCoverage.totals.sessionsByYear[year] ?? 0,
              groupCoverage.totals.sessionMinutesByYear[year] ?? 0,
              groupCoverage.totals.practiceMinutesByYear[year] ?? 0,
              locale,
            ),
          )
          .join(fr ? '\u00a0; ' : '; '),
      },
      ...(at ? sessionPlace(at) : groupPlace(model, view)),
      related: low.slice(1).flatMap((year) => {
        const session = firstOfYear(year);
        return session
          ? [
              {
                ...sessionPlace(session),
                note: { en: 'Year {year}: {hours}', fr: 'Année {year} : {hours}' },
                args: { year, hours: formatMinutes(groupCoverage.totals.minutesByYear[year] ?? 0) },
              },
            ]
          : [];
      }),
    });
  }
}
