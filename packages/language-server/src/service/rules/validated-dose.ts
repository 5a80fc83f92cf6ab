import { displayed, localize, type Locale, type Localized } from '@cpskit/core';
import { z } from 'zod';
import { ageGroupLabel } from '../analysis/age-groups.js';
import { perAgeGroup, type CoverageMatrix } from '../analysis/coverage.js';
import { plannedYears, sessionYearSpan } from '../analysis/practice-time.js';
import type { FigureRange, ManualModel, SessionModel, ValidatedDose } from '../model/manual-model.js';
import type { YNode } from '../parse/tree.js';
import { defineRule, type RelatedInput, type Report } from './rule.js';
import { formatMinuteRange, formatMinutes } from '@cpskit/core';
import { groupPlace } from './support/group-place.js';
import { clip, placeOf, type Place } from './support/places.js';

export interface ValidatedDoseOptions {
  readonly tolerance: number;
}

type MessageId =
  | 'fewer-sessions'
  | 'fewer-sessions-in-year'
  | 'shorter-sessions'
  | 'longer-sessions'
  | 'fewer-years'
  | 'no-durations'
  | 'no-dose'
  | 'fewer-sessions-group'
  | 'fewer-sessions-in-year-group'
  | 'shorter-sessions-group';

/** What to do about a gap: keep the validated dose, or, when an adaptation is declared, check it with the owner. */
const ADVICE: Readonly<Record<'plain' | 'adapted', Localized>> = {
  plain: {
    en: 'Implement it as validated, or check with the programme’s owner that this change keeps its core and describe it in "validated_dose.adaptation".',
    fr: 'Mettez-le en œuvre tel qu’il a été validé, ou vérifiez avec le porteur du programme que ce changement en garde le cœur et décrivez-le dans «\u00a0validated_dose.adaptation\u00a0».',
  },
  adapted: {
    en: 'An adaptation is declared ("{adaptation}"): check with the programme’s owner that it keeps the programme’s core.',
    fr: 'Une adaptation est déclarée («\u00a0{adaptation}\u00a0»)\u00a0: vérifiez avec le porteur du programme qu’elle en garde le cœur.',
  },
};

const WHY = {
  en: 'criterion 1.2.4 asks for intensive, long-lasting activities, and an evidence-based programme is effective at the dose it was validated with',
  fr: 'le critère 1.2.4 demande des activités intensives et durables, et un programme probant est efficace à la dose avec laquelle il a été validé',
};

function countText(range: FigureRange): string {
  if (range.min !== undefined && range.max !== undefined) return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
  return `${range.min ?? range.max}`;
}

function minutesText(range: FigureRange): string {
  const values: number[] = [];
  if (range.min !== undefined) values.push(range.min);
  if (range.max !== undefined) values.push(range.max);
  return formatMinuteRange(values);
}

function yearsText(years: number, locale: Locale): string {
  return locale === 'fr' ? `${years} ${years < 2 ? 'an' : 'ans'}` : `${years} ${years === 1 ? 'year' : 'years'}`;
}

/** Whether the dose gives a figure cpskit can compare: an `adaptation` alone is words. */
function hasFigures(dose: ValidatedDose): boolean {
  return dose.sessions !== undefined || dose.sessionsPerYear !== undefined || dose.sessionDuration !== undefined || dose.years !== undefined;
}

/** Sessions per year of the manual: every year of the programme, a year with no session too. */
function sessionsByYear(model: ManualModel): Map<number, SessionModel[]> {
  const byYear = new Map<number, SessionModel[]>();
  if (model.program.years !== undefined) for (const year of plannedYears(model)) byYear.set(year, []);
  for (const session of model.sessions) {
    if (session.year === undefined) continue;
    const list = byYear.get(session.year) ?? [];
    list.push(session);
    byYear.set(session.year, list);
  }
  return new Map([...byYear.entries()].sort((a, b) => a[0] - b[0]));
}

/** The dose in words: `12 sessions × 1 h, 1 year`. */
function doseText(dose: ValidatedDose, locale: Locale): string {
  const fr = locale === 'fr';
  const parts: string[] = [];
  let sessions = '';
  if (dose.sessions) sessions = `${countText(dose.sessions)} ${fr ? 'séances' : 'sessions'}`;
  else if (dose.sessionsPerYear) sessions = `${countText(dose.sessionsPerYear)} ${fr ? 'séances par an' : 'sessions a year'}`;
  if (dose.sessionDuration)
    sessions = sessions ? `${sessions} × ${minutesText(dose.sessionDuration)}` : `${fr ? 'séances de' : 'sessions of'} ${minutesText(dose.sessionDuration)}`;
  if (sessions) parts.push(sessions);
  if (dose.years !== undefined) parts.push(yearsText(dose.years, locale));
  return parts.join(', ');
}

/** The manual's own figures, in the same words as the dose it is compared with. */
function manualText(model: ManualModel, dose: ValidatedDose, locale: Locale): string {
  const fr = locale === 'fr';
  const parts: string[] = [];
  let sessions = '';
  if (dose.sessionsPerYear && !dose.sessions) {
    const counts = [...sessionsByYear(model).values()].map((list) => list.length);
    if (counts.length > 0) {
      let low = counts[0]!;
      let high = counts[0]!;
      for (const count of counts) {
        if (count < low) low = count;
        if (count > high) high = count;
      }
      sessions = `${low === high ? low : `${low}–${high}`} ${fr ? 'séances par an' : 'sessions a year'}`;
    }
  } else sessions = `${model.sessions.length} ${fr ? (model.sessions.length > 1 ? 'séances' : 'séance') : model.sessions.length === 1 ? 'session' : 'sessions'}`;
  const timed = model.sessions.map((session) => model.sessionMinutes(session)).filter((minutes) => minutes > 0);
  if (dose.sessionDuration && timed.length > 0) sessions = `${sessions} × ${formatMinuteRange(timed)}`;
  if (dose.sessions || dose.sessionsPerYear || dose.sessionDuration) parts.push(sessions);
  if (dose.years !== undefined && model.program.years !== undefined) parts.push(yearsText(model.program.years, locale));
  return parts.join(', ');
}

export default defineRule<MessageId, ValidatedDoseOptions>({
  meta: {
    id: 'validated-dose',
    category: 'coverage',
    description: {
      en: 'An evidence-based programme is implemented at the dose it was validated with: as many sessions, as long, over as many years.',
      fr: 'Un programme probant est mis en œuvre à la dose avec laquelle il a été validé\u00a0: autant de séances, aussi longues, sur autant d’années.',
    },
    cites: { kind: 'modality', id: '1.2.4' },
    assesses: ['1.2.4'],
    severity: 'warning',
    options: {
      schema: z.strictObject({ tolerance: z.number().min(0).max(1) }).partial(),
      defaults: { tolerance: 0.1 },
      docs: {
        tolerance: {
          en: 'Share by which a session may be shorter than the validated minimum or longer than the validated maximum (0.1 = 10 %).',
          fr: 'Part dont une séance peut être plus courte que le minimum validé ou plus longue que le maximum validé (0,1 = 10\u00a0%).',
        },
      },
    },
    messages: {
      'fewer-sessions': {
        en: 'The manual plans {count} {count|session|sessions}, fewer than the {validated} the programme was validated with; {why}. {advice}',
        fr: 'Le manuel prévoit {count} {count|séance|séances}, moins que les {validated} avec lesquelles le programme a été validé\u00a0; {why}. {advice}',
      },
      'fewer-sessions-in-year': {
        en: '{count} of the {total} {total|year|years} {count|has|have} fewer sessions than the {validated} a year the programme was validated with ({details}); {why}. {advice}',
        fr: '{count} {count|année|années} sur {total} {count|compte|comptent} moins de séances que les {validated} par an avec lesquelles le programme a été validé ({details})\u00a0; {why}. {advice}',
      },
      'shorter-sessions': {
        en: '{count} of the {total} {total|session|sessions} {count|lasts|last} {range}, shorter than the length the programme was validated with ({validated}, beyond a {tolerance} tolerance); {why}. {advice}',
        fr: '{count} {count|séance|séances} sur {total} {count|dure|durent} {range}, moins que la durée avec laquelle le programme a été validé ({validated}, au-delà d’une tolérance de {tolerance})\u00a0; {why}. {advice}',
      },
      'longer-sessions': {
        en: '{count} of the {total} {total|session|sessions} {count|lasts|last} {range}, longer than the length the programme was validated with ({validated}, beyond a {tolerance} tolerance); {why}. {advice}',
        fr: '{count} {count|séance|séances} sur {total} {count|dure|durent} {range}, plus que la durée avec laquelle le programme a été validé ({validated}, au-delà d’une tolérance de {tolerance})\u00a0; {why}. {advice}',
      },
      'fewer-years': {
        en: 'The programme lasts {years} {years|year|years}, fewer than the {validated} it was validated with; {why}. {advice}',
        fr: 'Le programme dure {years} {years|an|ans}, moins que les {validated} avec lesquels il a été validé\u00a0; {why}. {advice}',
      },
      'fewer-sessions-group': {
        en: 'For {group}, the manual plans {count} {count|session|sessions}, fewer than the {validated} the programme was validated with, and a participant receives only the sessions for their ages; {why}. {advice}',
        fr: 'Pour les {group}, le manuel prévoit {count} {count|séance|séances}, moins que les {validated} avec lesquelles le programme a été validé, et un participant ne reçoit que les séances de son âge\u00a0; {why}. {advice}',
      },
      'fewer-sessions-in-year-group': {
        en: 'For {group}, {count} of the {total} {total|year|years} {count|has|have} fewer sessions than the {validated} a year the programme was validated with ({details}), and a participant receives only the sessions for their ages; {why}. {advice}',
        fr: 'Pour les {group}, {count} {count|année|années} sur {total} {count|compte|comptent} moins de séances que les {validated} par an avec lesquelles le programme a été validé ({details}), et un participant ne reçoit que les séances de son âge ; {why}. {advice}',
      },
      'shorter-sessions-group': {
        en: 'For {group}, {count} of the {total} {total|session|sessions} {count|lasts|last} {range}, shorter than the length the programme was validated with ({validated}, beyond a {tolerance} tolerance): without its own "duration", a session lasts for them only the activities for their ages; {why}. {advice}',
        fr: 'Pour les {group}, {count} {count|séance|séances} sur {total} {count|dure|durent} {range}, moins que la durée avec laquelle le programme a été validé ({validated}, au-delà d’une tolérance de {tolerance}) : sans « duration » propre, une séance ne dure pour eux que les activités de leur âge ; {why}. {advice}',
      },
      'no-durations': {
        en: 'No session gives its duration, so the sessions cannot be compared with the length the programme was validated with ({validated}, criterion 1.2.4); give each session or activity its "duration" (45, 1h, 1h30).',
        fr: 'Aucune séance n’indique sa durée\u00a0: elles ne peuvent pas être comparées à la durée avec laquelle le programme a été validé ({validated}, critère 1.2.4)\u00a0; donnez à chaque séance ou activité sa «\u00a0duration\u00a0» (45, 1h, 1h30).',
      },
      'no-dose': {
        en: 'The manual implements an evidence-based programme but does not say at what dose it was validated; state it in "program.evidence.validated_dose" (sessions, session_duration, years) so that criterion 1.2.4 can check the programme is implemented as validated.',
        fr: 'Le manuel met en œuvre un programme probant sans dire à quelle dose il a été validé\u00a0; indiquez-la dans «\u00a0program.evidence.validated_dose\u00a0» (sessions, session_duration, years) pour que le critère 1.2.4 puisse vérifier qu’il est mis en œuvre tel qu’il a été validé.',
      },
    },
    // Advice, not a fault: nothing to check the programme against yet.
    infoMessages: ['no-dose'],
  },
  check({ model, coverage, options, report, assess, locale }) {
    if (!model.root || model.program.evidenceKind !== 'evidence-based-program') return;
    const fr = locale === 'fr';
    const dose = model.program.validatedDose;
    if (!dose || !hasFigures(dose)) {
      const at = dose?.node ?? model.program.evidenceKindNode;
      if (at) report({ messageId: 'no-dose', ...placeOf(at) });
      assess('1.2.4', 'declared', fr ? 'programme probant, dose validée non indiquée' : 'evidence-based programme, validated dose not stated');
      return;
    }

    const adaptation = dose.adaptation ? clip(dose.adaptation.value, 80) : undefined;
    const common = {
      why: WHY[locale],
      advice: adaptation ? localize(ADVICE.adapted, locale, { adaptation }) : ADVICE.plain[locale],
    };
    const validatedAt = (node: YNode, note: Localized, args: Record<string, string | number>): RelatedInput => ({ ...placeOf(node), note, args });
    const sessionsPair = model.topLevelPair('sessions');
    const sessionsPlace = (fallback: YNode): Place => (sessionsPair ? placeOf(sessionsPair.key) : placeOf(fallback));
    const sessionPlace = (session: SessionModel) => placeOf(session.id?.node ?? session.node);
    const gaps: string[] = [];

    if (dose.sessions?.min !== undefined && model.sessions.length < dose.sessions.min) {
      gaps.push('fewer-sessions');
      const validated = countText(dose.sessions);
      report({
        messageId: 'fewer-sessions',
        args: { count: model.sessions.length, validated, ...common },
        ...sessionsPlace(dose.sessions.node),
        related: [validatedAt(dose.sessions.node, { en: 'Validated: {validated} sessions', fr: 'Dose validée\u00a0: {validated} séances' }, { validated })],
      });
    }

    if (dose.sessionsPerYear?.min !== undefined) {
      const min = dose.sessionsPerYear.min;
      const byYear = sessionsByYear(model);
      const low = [...byYear.entries()].filter(([, list]) => list.length < min);
      if (low.length > 0) {
        gaps.push('fewer-sessions-in-year');
        const validated = countText(dose.sessionsPerYear);
        const details = yearCounts(low, locale);
        const first = low[0]![1][0];
        report({
          messageId: 'fewer-sessions-in-year',
          args: { count: low.length, total: byYear.size, validated, details, ...common },
          ...(first ? sessionPlace(first) : sessionsPlace(dose.sessionsPerYear.node)),
          related: [validatedAt(dose.sessionsPerYear.node, { en: 'Validated: {validated} sessions a year', fr: 'Dose validée\u00a0: {validated} séances par an' }, { validated })],
        });
      }
    }

    if (dose.sessionDuration) {
      const range = dose.sessionDuration;
      const validated = minutesText(range);
      const timed = model.sessions.filter((session) => model.sessionMinutes(session) > 0);
      const validatedNote = validatedAt(range.node, { en: 'Validated: sessions of {validated}', fr: 'Dose validée\u00a0: séances de {validated}' }, { validated });
      if (timed.length === 0) {
        gaps.push('no-durations');
        report({ messageId: 'no-durations', args: { validated }, ...(model.sessions[0] ? sessionPlace(model.sessions[0]) : sessionsPlace(range.node)), related: [validatedNote] });
      } else {
        const tolerance = `${Math.round(options.tolerance * 100)}${fr ? '\u00a0%' : '%'}`;
        const short = range.min === undefined ? [] : timed.filter((session) => model.sessionMinutes(session) < range.min! * (1 - options.tolerance));
        const long = range.max === undefined ? [] : timed.filter((session) => model.sessionMinutes(session) > range.max! * (1 + options.tolerance));
        for (const [messageId, group] of [
          ['shorter-sessions', short],
          ['longer-sessions', long],
        ] as const) {
          if (group.length === 0) continue;
          gaps.push(messageId);
          report({
            messageId,
            args: {
              count: group.length,
              total: timed.length,
              range: formatMinuteRange(group.map((session) => model.sessionMinutes(session))),
              validated,
              tolerance,
              ...common,
            },
            ...sessionPlace(group[0]!),
            related: [
              validatedNote,
              ...group.slice(1, 20).map((session) => ({
                ...sessionPlace(session),
                note: { en: 'Session "{id}": {minutes}', fr: 'Séance «\u00a0{id}\u00a0»\u00a0: {minutes}' },
                args: { id: session.id?.value ?? `#${session.index + 1}`, minutes: formatMinutes(model.sessionMinutes(session)) },
              })),
            ],
          });
        }
      }
    }

    const { years, yearsNode } = model.program;
    if (dose.years !== undefined && dose.yearsNode && years !== undefined && yearsNode && years < dose.years) {
      gaps.push('fewer-years');
      const validated = yearsText(dose.years, locale);
      report({
        messageId: 'fewer-years',
        args: { years, validated, ...common },
        ...placeOf(yearsNode),
        related: [validatedAt(dose.yearsNode, { en: 'Validated: {validated}', fr: 'Dose validée\u00a0: {validated}' }, { validated })],
      });
    }

    const groupEvidence = coverage.ageGroups.length > 1 ? checkGroups({ model, coverage, dose, options, report, locale, gaps, common }) : [];

    const evidence = fr
      ? `dose validée\u00a0: ${doseText(dose, locale)}\u00a0; manuel\u00a0: ${manualText(model, dose, locale)}`
      : `validated dose: ${doseText(dose, locale)}; manual: ${manualText(model, dose, locale)}`;
    const shown = [evidence, ...groupEvidence].join(fr ? '\u00a0; ' : '; ');
    assess('1.2.4', gaps.length === 0 ? 'met' : 'partly-met', shown);
  },
});

interface GroupsInput {
  readonly model: ManualModel;
  readonly coverage: CoverageMatrix;
  readonly dose: ValidatedDose;
  readonly options: ValidatedDoseOptions;
  readonly report: Report<MessageId>;
  readonly locale: Locale;
  readonly gaps: string[];
  readonly common: { readonly why: string; readonly advice: string };
}

/** Years and their sessions as the `fewer-sessions-in-year` findings list them: `year 2: 3 sessions; year 3: 1 session`. */
function yearCounts(low: readonly (readonly [number, readonly SessionModel[]])[], locale: Locale): string {
  const fr = locale === 'fr';
  return low
    .map(([year, list]) => (fr ? `année ${year}\u00a0: ${list.length} séance${list.length > 1 ? 's' : ''}` : `year ${year}: ${list.length} session${list.length === 1 ? '' : 's'}`))
    .join(fr ? '\u00a0; ' : '; ');
}

/**
 * The dose read for each age group: a participant receives only the sessions for their ages, so
 * each group must receive the validated dose. What falls short for the whole manual is said once,
 * there; a group is reported for what falls short for it alone. The number of sessions is
 * compared only for a group whose sessions run through every year of the manual's: where units
 * follow one another over the years as the children grow, a child receives them all, and the whole
 * manual's count is theirs. The years of the programme are the programme's, not read per group.
 * Returns each group's figures, for the evidence.
 */
function checkGroups({ model, coverage, dose, options, report, locale, gaps, common }: GroupsInput): string[] {
  const fr = locale === 'fr';
  const evidence: string[] = [];
  const whole = sessionYearSpan(model.sessions);
  const wholeByYear = sessionsByYear(model);
  const sessionPlace = (session: SessionModel) => placeOf(session.id?.node ?? session.node);
  const tolerance = `${Math.round(options.tolerance * 100)}${fr ? '\u00a0%' : '%'}`;
  for (const { group, model: view } of perAgeGroup(model, coverage)) {
    const name = displayed(ageGroupLabel(group), locale);
    evidence.push(`${name}${fr ? '\u00a0:' : ':'} ${manualText(view, dose, locale)}`);
    const span = sessionYearSpan(view.sessions);
    const runsThrough = span.length === 0 || whole.length === 0 || (span[0]! <= whole[0]! && span[span.length - 1]! >= whole[whole.length - 1]!);

    if (dose.sessions?.min !== undefined && model.sessions.length >= dose.sessions.min && runsThrough && view.sessions.length < dose.sessions.min) {
      gaps.push('fewer-sessions-group');
      const validated = countText(dose.sessions);
      report({
        messageId: 'fewer-sessions-group',
        args: { group: name, count: view.sessions.length, validated, ...common },
        ...groupPlace(model, view),
        related: [{ ...placeOf(dose.sessions.node), note: { en: 'Validated: {validated} sessions', fr: 'Dose validée\u00a0: {validated} séances' }, args: { validated } }],
      });
    }

    if (dose.sessionsPerYear?.min !== undefined) {
      const min = dose.sessionsPerYear.min;
      // A group's years are those from its first session to its last; without any, the manual's.
      const byYear = new Map<number, SessionModel[]>((span.length > 0 ? span : [...wholeByYear.keys()]).map((year) => [year, []]));
      for (const session of view.sessions) if (session.year !== undefined) byYear.get(session.year)?.push(session);
      // A year short for everyone is already said for the whole manual.
      const low = [...byYear.entries()].filter(([year, list]) => list.length < min && (wholeByYear.get(year)?.length ?? 0) >= min);
      if (low.length > 0) {
        gaps.push('fewer-sessions-in-year-group');
        const validated = countText(dose.sessionsPerYear);
        const details = yearCounts(low, locale);
        const first = low[0]![1][0];
        report({
          messageId: 'fewer-sessions-in-year-group',
          args: { group: name, count: low.length, total: byYear.size, validated, details, ...common },
          ...(first ? sessionPlace(first) : groupPlace(model, view)),
          related: [
            {
              ...placeOf(dose.sessionsPerYear.node),
              note: { en: 'Validated: {validated} sessions a year', fr: 'Dose validée\u00a0: {validated} séances par an' },
              args: { validated },
            },
          ],
        });
      }
    }

    // Without its own duration, a session lasts for a group only the activities for its ages: shorter, never longer.
    const range = dose.sessionDuration;
    if (range?.min !== undefined) {
      const floor = range.min * (1 - options.tolerance);
      const timed = view.sessions.filter((session) => view.sessionMinutes(session) > 0);
      const short = timed.filter((session) => view.sessionMinutes(session) < floor && model.sessionMinutes(session) >= floor);
      if (short.length > 0) {
        gaps.push('shorter-sessions-group');
        const validated = minutesText(range);
        report({
          messageId: 'shorter-sessions-group',
          args: {
            group: name,
            count: short.length,
            total: timed.length,
            range: formatMinuteRange(short.map((session) => view.sessionMinutes(session))),
            validated,
            tolerance,
            ...common,
          },
          ...sessionPlace(short[0]!),
          related: [
            { ...placeOf(range.node), note: { en: 'Validated: sessions of {validated}', fr: 'Dose validée\u00a0: séances de {validated}' }, args: { validated } },
            ...short.slice(1, 20).map((session) => ({
              ...sessionPlace(session),
              note: { en: 'Session "{id}": {minutes}', fr: 'Séance «\u00a0{id}\u00a0»\u00a0: {minutes}' },
              args: { id: session.id?.value ?? `#${session.index + 1}`, minutes: formatMinutes(view.sessionMinutes(session)) },
            })),
          ],
        });
      }
    }
  }
  return evidence;
}
