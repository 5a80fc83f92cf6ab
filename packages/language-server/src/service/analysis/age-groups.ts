import type { Localized } from '@cpskit/core';
import type { ActivityModel, DeclaredAges, ManualModel, SessionModel } from '../model/manual-model.js';
import { sessionYearSpan } from './practice-time.js';

/**
 * Participants who receive the same sessions and activities: the ages of the programme split
 * wherever a session's or an activity's `ages` begins or ends. A manual that declares no ages
 * has one group, the programme's ages, and reads exactly as before age bands.
 */
export interface AgeGroup {
  /** Unset when `program.ages` is not readable (the schema reports it). */
  readonly min?: number;
  readonly max?: number;
}

/** An age range a session or an activity declares, when both ends are numbers in order. */
export function declaredAges(holder: { readonly ages?: DeclaredAges }): { readonly min: number; readonly max: number } | undefined {
  const ages = holder.ages;
  if (ages?.min === undefined || ages.max === undefined || ages.min > ages.max) return undefined;
  return { min: ages.min, max: ages.max };
}

// A range wider than the strategy's 3–25 is a schema error; the walk over ages stays bounded anyway.
const MAX_AGES_WALKED = 100;

/**
 * The age groups of a manual: consecutive ages of `program.ages` that the same declared ranges
 * include, sessions' and activities' alike. Ranges 7–11 and 12–15 in a 7–15 programme give two
 * groups; 7–11 alone gives 7–11 and 12–15 (who receive only the sessions and activities for
 * everyone); overlapping ranges split further.
 */
export function ageGroupsOf(model: ManualModel): AgeGroup[] {
  const { minAge, maxAge } = model.program;
  const whole: AgeGroup[] = [{ ...(minAge !== undefined ? { min: minAge } : {}), ...(maxAge !== undefined ? { max: maxAge } : {}) }];
  if (minAge === undefined || maxAge === undefined || minAge > maxAge) return whole;
  const ranges: { min: number; max: number }[] = [];
  const seen = new Set<string>();
  // Only what counts splits: a placeholder has no participants yet.
  const holders: readonly { readonly ages?: DeclaredAges }[] = [...model.sessions, ...model.activities];
  for (const holder of holders) {
    const ages = declaredAges(holder);
    if (!ages || seen.has(`${ages.min}–${ages.max}`)) continue;
    seen.add(`${ages.min}–${ages.max}`);
    ranges.push(ages);
  }
  if (ranges.length === 0) return whole;
  const groups: { min: number; max: number; key: string }[] = [];
  const first = Math.ceil(minAge);
  const last = Math.min(Math.floor(maxAge), first + MAX_AGES_WALKED);
  for (let age = first; age <= last; age++) {
    const key = ranges
      .map((range, index) => (range.min <= age && age <= range.max ? index : -1))
      .filter((index) => index >= 0)
      .join(',');
    const previous = groups[groups.length - 1];
    if (previous && previous.key === key) previous.max = age;
    else groups.push({ min: age, max: age, key });
  }
  if (groups.length <= 1) return whole;
  // Past the walk (a schema error anyway), the last group runs to the programme's oldest age.
  groups[groups.length - 1]!.max = Math.max(groups[groups.length - 1]!.max, Math.floor(maxAge));
  return groups.map(({ min, max }) => ({ min, max }));
}

/** Whether what declares these ages is for the participants of a group: no readable ages, or ages that include theirs. */
function agesInclude(holder: { readonly ages?: DeclaredAges }, group: AgeGroup): boolean {
  const ages = declaredAges(holder);
  if (!ages || group.min === undefined) return true;
  return ages.min <= group.min && group.min <= ages.max;
}

/** Whether a session is for the participants of a group: it declares no readable ages, or ages that include theirs. */
export function sessionIsFor(session: SessionModel, group: AgeGroup): boolean {
  return agesInclude(session, group);
}

/** Whether an activity is for the participants of a group: it declares no readable ages, or ages that include theirs. */
export function activityIsFor(activity: ActivityModel, group: AgeGroup): boolean {
  return agesInclude(activity, group);
}

/** How a group is named in messages: "ages 7–11" / « 7–11 ans ». */
export function ageGroupLabel(group: AgeGroup): Localized {
  if (group.min === undefined || group.max === undefined) return { en: 'all ages', fr: 'tous âges' };
  if (group.min === group.max) return { en: `age ${group.min}`, fr: `${group.min} ans` };
  return { en: `ages ${group.min}–${group.max}`, fr: `${group.min}–${group.max} ans` };
}

/**
 * The manual as a participant of one group receives it: the sessions for them, and the
 * activities for their ages that those sessions list or that no session lists (rituals and
 * practices that run on their own are for everyone of their ages). An activity listed only by
 * another group's sessions is not theirs; nor is an activity for other ages, even in a session
 * of theirs, and a session all of whose activities are for other ages is not theirs either. A
 * session without its own duration lasts, for them, the durations of their activities in it.
 */
export function groupView(model: ManualModel, group: AgeGroup): ManualModel {
  const forAges = model.sessions.filter((session) => sessionIsFor(session, group));
  const theirs = new Set(forAges);
  const listedByAny = new Set<ActivityModel>();
  const listedHere = new Set<ActivityModel>();
  for (const session of model.sessions) {
    const mine = theirs.has(session);
    for (const ref of session.activityRefs) {
      const activity = model.activityById.get(ref.value);
      if (!activity) continue;
      listedByAny.add(activity);
      if (mine) listedHere.add(activity);
    }
  }
  const activities = model.activities.filter((activity) => activityIsFor(activity, group) && (listedHere.has(activity) || !listedByAny.has(activity)));
  const kept = new Set(activities);
  const activityById = new Map([...model.activityById].filter(([, activity]) => kept.has(activity)));
  // A session that lists known activities, none of them for these ages, has nothing for them.
  const sessions = forAges.filter((session) => {
    const known = session.activityRefs.filter((ref) => model.activityById.has(ref.value));
    return known.length === 0 || known.some((ref) => activityById.has(ref.value));
  });
  const sessionMinutes = (session: SessionModel): number => {
    if (session.minutes !== undefined) return session.minutes;
    let total = 0;
    for (const ref of session.activityRefs) total += activityById.get(ref.value)?.minutes ?? 0;
    return total;
  };
  // Its participants are of its ages in the years of its sessions: the practices for everyone are
  // theirs in those years (units per band that follow one another: the 8–10 of years 1–2 are in
  // the 11–14 group in year 3). Without a year on its sessions, every year of the programme.
  const span = sessionYearSpan(sessions);
  return { ...model, sessions, activities, activityById, sessionMinutes, ...(span.length > 0 ? { practiceYears: span } : {}) };
}
