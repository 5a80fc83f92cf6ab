import { GENERAL_COMPETENCIES, generalCodeOf, lookupCompetency, type CategoryCode, type GeneralCode, type Phase } from '@cpskit/core';
import type { ActivityModel, ActivityRef, LocatedText, ManualModel, SessionModel } from '../model/manual-model.js';
import { ageGroupsOf, groupView, type AgeGroup } from './age-groups.js';
import { occurrencesPerYear, practiceYears, weeksPerYear } from './practice-time.js';

/** One place in the session sequence where an activity is run. */
export interface Occurrence {
  readonly session: SessionModel;
  readonly sessionIndex: number;
  readonly activity: ActivityModel;
  /** The reference to the activity inside the session. */
  readonly ref: ActivityRef;
  /** Minutes of the session given to this activity. */
  readonly minutes: number;
  readonly generals: readonly GeneralCode[];
}

export interface SessionCoverage {
  readonly id: string;
  readonly index: number;
  readonly year?: number;
  readonly minutes: number;
  /** Minutes per canonical code worked in the session (`E1.2`, `E2`…), the session's minutes shared out. */
  readonly minutesByCode: Readonly<Record<string, number>>;
  /** Minutes per general competency, the sum of its codes. */
  readonly minutesByGeneral: Readonly<Partial<Record<GeneralCode, number>>>;
  /** Minutes of activities that name no valid competency. */
  readonly unattributedMinutes: number;
}

export interface GeneralCoverage {
  readonly code: GeneralCode;
  readonly category: CategoryCode;
  readonly phase: Phase;
  /** Named by at least one activity, scheduled or not (rituals and informal practices count). */
  readonly worked: boolean;
  readonly activityIds: readonly string[];
  readonly sessionIds: readonly string[];
  readonly occurrences: number;
  /** Minutes of sessions given to it. */
  readonly sessionMinutes: number;
  /** Minutes of rituals and informal practices outside sessions given to it. */
  readonly practiceMinutes: number;
  /** `sessionMinutes` + `practiceMinutes`. */
  readonly minutes: number;
  /** Session and practice minutes, by year. */
  readonly minutesByYear: Readonly<Record<number, number>>;
}

/**
 * A ritual or informal practice that no session lists, with a frequency: it runs on its
 * own, in every year of the programme. Its minutes a year are its duration times its
 * occurrences a year (0 when it gives no duration or is occasional).
 */
export interface PracticeCoverage {
  readonly id: string;
  /** `home-practice` is individual practice between sessions: homework, an online game, an activity with the family. */
  readonly kind: PracticeKind;
  readonly frequency: string;
  /** Minutes of one occurrence, when the practice gives its duration. */
  readonly minutes?: number;
  readonly occurrencesPerYear: number;
  readonly minutesPerYear: number;
  /** The years it runs: every year of the programme. */
  readonly years: readonly number[];
  readonly generals: readonly GeneralCode[];
}

/** The kinds of activity that run on their own, outside the sessions, and count as practice. */
export const PRACTICE_KINDS = ['ritual', 'informal', 'home-practice'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

function isPracticeKind(kind: string | undefined): kind is PracticeKind {
  return (PRACTICE_KINDS as readonly (string | undefined)[]).includes(kind);
}

export interface ActivityCoverage {
  readonly id: string;
  readonly kind?: string;
  readonly minutes?: number;
  readonly codes: readonly string[];
  readonly generals: readonly GeneralCode[];
  /** How many times sessions list it. */
  readonly scheduled: number;
}

/**
 * Which competencies the manual works, where and for how long. Minutes come from the
 * sessions: each session's minutes are shared among its activities in proportion to
 * their durations (evenly when none is given), then each activity's share evenly among
 * the codes it names, so that every column adds up to the session's minutes. Rituals and
 * informal practices that no session lists add their minutes a year to every year of the
 * programme, shared evenly among their codes the same way.
 */
export interface CoverageMatrix {
  readonly sessions: readonly SessionCoverage[];
  readonly activities: readonly ActivityCoverage[];
  readonly practices: readonly PracticeCoverage[];
  readonly generals: readonly GeneralCoverage[];
  readonly categories: Readonly<Record<CategoryCode, boolean>>;
  readonly phases: Readonly<Record<Phase, { readonly minutes: number; readonly minutesByYear: Readonly<Record<number, number>> }>>;
  readonly totals: {
    readonly sessions: number;
    /** `sessionMinutes` + `practiceMinutes`. */
    readonly minutes: number;
    readonly sessionMinutes: number;
    readonly practiceMinutes: number;
    /** `sessionMinutesByYear` + `practiceMinutesByYear`, year by year. */
    readonly minutesByYear: Readonly<Record<number, number>>;
    readonly sessionMinutesByYear: Readonly<Record<number, number>>;
    readonly practiceMinutesByYear: Readonly<Record<number, number>>;
    /** Of `practiceMinutes`, those of individual practice between sessions (`home-practice`), shown apart. */
    readonly homePracticeMinutes: number;
    readonly homePracticeMinutesByYear: Readonly<Record<number, number>>;
    readonly sessionsByYear: Readonly<Record<number, number>>;
    /** Minutes of sessions and practices that name no valid competency. */
    readonly unattributedMinutes: number;
  };
  readonly occurrences: readonly Occurrence[];
  /**
   * The coverage of each age group (see age-groups.ts): what the participants of those ages
   * receive. One group, the programme's ages, when no session declares `ages`.
   */
  readonly ageGroups: readonly AgeGroupCoverage[];
}

/** What the participants of one age group receive: their sessions, the practices for everyone. */
export interface AgeGroupCoverage {
  readonly min?: number;
  readonly max?: number;
  readonly sessionIds: readonly string[];
  /**
   * The years its participants are of its ages: from the year of its first session to that of its
   * last, or every year of the programme when its sessions give no year. The practices for
   * everyone count in these years only, so its figures are those of a participant while in it.
   */
  readonly years: readonly number[];
  readonly totals: {
    readonly sessions: number;
    readonly minutes: number;
    readonly sessionMinutes: number;
    readonly practiceMinutes: number;
    readonly minutesByYear: Readonly<Record<number, number>>;
  };
  readonly categories: Readonly<Record<CategoryCode, boolean>>;
  readonly generals: readonly {
    readonly code: GeneralCode;
    readonly worked: boolean;
    readonly minutes: number;
    readonly sessionMinutes: number;
    readonly practiceMinutes: number;
  }[];
}

/** The valid codes an activity names, canonical and once each. */
export function codesOf(activity: ActivityModel): string[] {
  return validCodes(activity.competencies);
}

/** The valid codes among those written, canonical and once each. */
export function validCodes(written: readonly LocatedText[]): string[] {
  const codes: string[] = [];
  for (const code of written) {
    const entry = lookupCompetency(code.value);
    if (entry && !codes.includes(entry.competency.code)) codes.push(entry.competency.code);
  }
  return codes;
}

function generalsOf(codes: readonly string[]): GeneralCode[] {
  const generals: GeneralCode[] = [];
  for (const code of codes) {
    const general = generalCodeOf(lookupCompetency(code)!);
    if (!generals.includes(general)) generals.push(general);
  }
  return generals;
}

function add<K extends string | number>(record: Partial<Record<K, number>>, key: K, amount: number): void {
  record[key] = (record[key] ?? 0) + amount;
}

/** The coverage of a manual, with that of each of its age groups. */
export function computeCoverage(model: ManualModel): CoverageMatrix {
  return withGroups(model, matrixOf(model));
}

function withGroups(model: ManualModel, whole: Omit<CoverageMatrix, 'ageGroups'>): CoverageMatrix {
  const ageGroups = readingsOf(model, whole).map((reading) => groupCoverage(reading.group, reading.coverage, practiceYears(reading.model)));
  return { ...whole, ageGroups };
}

function groupCoverage(group: AgeGroup, matrix: Omit<CoverageMatrix, 'ageGroups'>, years: readonly number[]): AgeGroupCoverage {
  return {
    ...(group.min !== undefined ? { min: group.min } : {}),
    ...(group.max !== undefined ? { max: group.max } : {}),
    sessionIds: matrix.sessions.map((session) => session.id),
    years,
    totals: {
      sessions: matrix.totals.sessions,
      minutes: matrix.totals.minutes,
      sessionMinutes: matrix.totals.sessionMinutes,
      practiceMinutes: matrix.totals.practiceMinutes,
      minutesByYear: matrix.totals.minutesByYear,
    },
    categories: matrix.categories,
    generals: matrix.generals.map(({ code, worked, minutes, sessionMinutes, practiceMinutes }) => ({ code, worked, minutes, sessionMinutes, practiceMinutes })),
  };
}

/** One age group with the manual and the coverage as its participants receive them. */
export interface GroupReading {
  readonly group: AgeGroup;
  readonly model: ManualModel;
  readonly coverage: Omit<CoverageMatrix, 'ageGroups'>;
}

const readings = new WeakMap<ManualModel, readonly GroupReading[]>();

/**
 * The manual read group by group, for the rules that judge what a participant receives. With
 * one group, the manual and its coverage as they are: nothing is computed again. The readings
 * are those the coverage's `ageGroups` were made from, computed once per manual.
 */
export function perAgeGroup(model: ManualModel, coverage: CoverageMatrix): readonly GroupReading[] {
  return readingsOf(model, coverage);
}

function readingsOf(model: ManualModel, whole: Omit<CoverageMatrix, 'ageGroups'>): readonly GroupReading[] {
  const known = readings.get(model);
  if (known) return known;
  const groups = ageGroupsOf(model);
  const result =
    groups.length === 1
      ? [{ group: groups[0]!, model, coverage: whole }]
      : groups.map((group) => {
          const view = groupView(model, group);
          return { group, model: view, coverage: matrixOf(view) };
        });
  readings.set(model, result);
  return result;
}

function matrixOf(model: ManualModel): Omit<CoverageMatrix, 'ageGroups'> {
  const codesByActivity = new Map<ActivityModel, string[]>();
  for (const activity of model.activities) codesByActivity.set(activity, codesOf(activity));

  const scheduled = new Map<ActivityModel, number>();
  /** The codes sessions give an activity in place of its own, for what it works over the programme. */
  const sessionCodes = new Map<ActivityModel, Set<string>>();
  const occurrences: Occurrence[] = [];
  const sessions: SessionCoverage[] = [];
  const sessionMinutesByYear: Record<number, number> = {};
  const sessionsByYear: Record<number, number> = {};
  const generalMinutes: Partial<Record<GeneralCode, number>> = {};
  const generalMinutesByYear = new Map<GeneralCode, Record<number, number>>();
  // A set per competency, in the order sessions are met: a list searched for each session was quadratic.
  const generalSessions = new Map<GeneralCode, Set<string>>();
  const generalOccurrences: Partial<Record<GeneralCode, number>> = {};
  let unattributedTotal = 0;
  let totalMinutes = 0;
  const generalPracticeMinutes: Partial<Record<GeneralCode, number>> = {};

  // The sequence is the order of the years, then the order of the file within a year.
  const ordered = model.sessions.map((session, index) => ({ session, index })).sort((a, b) => (a.session.year ?? 0) - (b.session.year ?? 0) || a.index - b.index);
  ordered.forEach(({ session, index: sessionIndex }) => {
    const refs = session.activityRefs.filter((ref) => model.activityById.has(ref.value));
    const activities = refs.map((ref) => model.activityById.get(ref.value)!);
    const minutes = model.sessionMinutes(session);
    const known = activities.reduce((sum, activity) => sum + (activity.minutes ?? 0), 0);
    const byCode: Record<string, number> = {};
    const byGeneral: Partial<Record<GeneralCode, number>> = {};
    // A session whose activities are all unknown still took its minutes: they are unattributed.
    let unattributed = activities.length === 0 ? minutes : 0;
    const id = session.id?.value ?? `#${sessionIndex + 1}`;
    activities.forEach((activity, i) => {
      scheduled.set(activity, (scheduled.get(activity) ?? 0) + 1);
      const share = known > 0 ? (minutes * (activity.minutes ?? 0)) / known : minutes / activities.length;
      // A session may say what a recurring activity works that time: its codes stand in for the activity's.
      const ref = refs[i]!;
      const codes = ref.competencies ? validCodes(ref.competencies) : (codesByActivity.get(activity) ?? []);
      if (ref.competencies) {
        const worked = sessionCodes.get(activity) ?? new Set<string>();
        for (const code of codes) worked.add(code);
        sessionCodes.set(activity, worked);
      }
      const generals = generalsOf(codes);
      occurrences.push({ session, sessionIndex, activity, ref, minutes: share, generals });
      if (codes.length === 0) {
        unattributed += share;
        return;
      }
      for (const code of codes) {
        const part = share / codes.length;
        add(byCode, code, part);
        const general = generalCodeOf(lookupCompetency(code)!);
        add(byGeneral, general, part);
        add(generalMinutes, general, part);
        if (session.year !== undefined) {
          const perYear = generalMinutesByYear.get(general) ?? {};
          add(perYear, session.year, part);
          generalMinutesByYear.set(general, perYear);
        }
      }
      for (const general of generals) {
        add(generalOccurrences, general, 1);
        const ids = generalSessions.get(general) ?? new Set<string>();
        ids.add(id);
        generalSessions.set(general, ids);
      }
    });
    unattributedTotal += unattributed;
    totalMinutes += minutes;
    if (session.year !== undefined) {
      add(sessionMinutesByYear, session.year, minutes);
      add(sessionsByYear, session.year, 1);
    }
    sessions.push({
      id,
      index: sessionIndex,
      ...(session.year !== undefined ? { year: session.year } : {}),
      minutes,
      minutesByCode: byCode,
      minutesByGeneral: byGeneral,
      unattributedMinutes: unattributed,
    });
  });

  // Practices that run on their own: every year of the programme (of the group, in a group's view), never through a session.
  const practices: PracticeCoverage[] = [];
  const practiceMinutesByYear: Record<number, number> = {};
  let practiceTotal = 0;
  const homePracticeMinutesByYear: Record<number, number> = {};
  let homePracticeTotal = 0;
  const weeks = weeksPerYear(model);
  const years = practiceYears(model);
  for (const activity of model.activities) {
    const kind = activity.kind?.value;
    if (!isPracticeKind(kind) || (scheduled.get(activity) ?? 0) > 0) continue;
    const frequency = activity.frequency?.value;
    const perYear = frequency === undefined ? undefined : occurrencesPerYear(frequency, weeks);
    if (frequency === undefined || perYear === undefined) continue;
    const minutesPerYear = (activity.minutes ?? 0) * perYear;
    const codes = codesByActivity.get(activity) ?? [];
    practices.push({
      id: activity.id?.value ?? `#${activity.index + 1}`,
      kind,
      frequency,
      ...(activity.minutes !== undefined ? { minutes: activity.minutes } : {}),
      occurrencesPerYear: perYear,
      minutesPerYear,
      years,
      generals: generalsOf(codes),
    });
    if (minutesPerYear === 0) continue;
    for (const year of years) {
      add(practiceMinutesByYear, year, minutesPerYear);
      practiceTotal += minutesPerYear;
      if (kind === 'home-practice') {
        add(homePracticeMinutesByYear, year, minutesPerYear);
        homePracticeTotal += minutesPerYear;
      }
      if (codes.length === 0) {
        unattributedTotal += minutesPerYear;
        continue;
      }
      for (const code of codes) {
        const part = minutesPerYear / codes.length;
        const general = generalCodeOf(lookupCompetency(code)!);
        add(generalPracticeMinutes, general, part);
        const perGeneralYear = generalMinutesByYear.get(general) ?? {};
        add(perGeneralYear, year, part);
        generalMinutesByYear.set(general, perGeneralYear);
      }
    }
  }
  const minutesByYear: Record<number, number> = { ...sessionMinutesByYear };
  for (const [year, value] of Object.entries(practiceMinutesByYear)) add(minutesByYear, Number(year), value);

  const activities: ActivityCoverage[] = model.activities.map((activity) => {
    const own = codesByActivity.get(activity) ?? [];
    const extra = sessionCodes.get(activity);
    const codes = extra ? [...new Set(own.concat([...extra]))] : own;
    return {
      id: activity.id?.value ?? `#${activity.index + 1}`,
      ...(activity.kind ? { kind: activity.kind.value } : {}),
      ...(activity.minutes !== undefined ? { minutes: activity.minutes } : {}),
      codes,
      generals: generalsOf(codes),
      scheduled: scheduled.get(activity) ?? 0,
    };
  });

  const generals: GeneralCoverage[] = GENERAL_COMPETENCIES.map((general) => {
    const activityIds = activities.filter((activity) => activity.generals.includes(general.code)).map((activity) => activity.id);
    return {
      code: general.code,
      category: general.category,
      phase: general.phase,
      worked: activityIds.length > 0,
      activityIds,
      sessionIds: Array.from(generalSessions.get(general.code) ?? []),
      occurrences: generalOccurrences[general.code] ?? 0,
      sessionMinutes: generalMinutes[general.code] ?? 0,
      practiceMinutes: generalPracticeMinutes[general.code] ?? 0,
      minutes: (generalMinutes[general.code] ?? 0) + (generalPracticeMinutes[general.code] ?? 0),
      minutesByYear: generalMinutesByYear.get(general.code) ?? {},
    };
  });

  const phaseTotals = (phase: Phase) => {
    const minutesByYearOfPhase: Record<number, number> = {};
    let minutes = 0;
    for (const general of generals.filter((entry) => entry.phase === phase)) {
      minutes += general.minutes;
      for (const [year, value] of Object.entries(general.minutesByYear)) add(minutesByYearOfPhase, Number(year), value);
    }
    return { minutes, minutesByYear: minutesByYearOfPhase };
  };

  const worked = (category: CategoryCode) => generals.some((general) => general.category === category && general.worked);
  return {
    sessions,
    activities,
    practices,
    generals,
    categories: { C: worked('C'), E: worked('E'), S: worked('S') },
    phases: { 1: phaseTotals(1), 2: phaseTotals(2) },
    totals: {
      sessions: sessions.length,
      minutes: totalMinutes + practiceTotal,
      sessionMinutes: totalMinutes,
      practiceMinutes: practiceTotal,
      minutesByYear,
      sessionMinutesByYear,
      practiceMinutesByYear,
      homePracticeMinutes: homePracticeTotal,
      homePracticeMinutesByYear,
      sessionsByYear,
      unattributedMinutes: unattributedTotal,
    },
    occurrences,
  };
}
