import { durationMinutes, isPlaceholder } from '@cpskit/core';
import { isMap, isScalar, isSeq, pairOf, stringOf, valueOf, type YMap, type YNode, type YPair, type YScalar } from '../parse/tree.js';

/** A text of the manual with the node it was read from. */
export interface LocatedText {
  readonly value: string;
  readonly node: YScalar;
}

export interface ActivityModel {
  readonly index: number;
  readonly node: YMap;
  readonly id?: LocatedText;
  readonly title?: string;
  readonly kind?: LocatedText;
  /** Every entry of `competencies` that is a text, as written. */
  readonly competencies: readonly LocatedText[];
  readonly competenciesPair?: YPair;
  readonly minutes?: number;
  readonly durationNode?: YNode;
  readonly pedagogy: readonly LocatedText[];
  /** How often a ritual or informal practice comes back, as written. */
  readonly frequency?: LocatedText;
  /** `ages`: the ages the activity is for, when it says so (else it is for every participant who meets it). */
  readonly ages?: DeclaredAges;
  /** Its id or title holds a place (« À COMPLÉTER », "EXAMPLE: …"): it counts for nothing until written. */
  readonly placeholder: boolean;
}

/**
 * An activity listed by a session: its id, and the competencies it works that time when the
 * session says so (`{ ref: jeu-en-ligne, competencies: [C1.2] }`), in place of the activity's own.
 */
export interface ActivityRef extends LocatedText {
  readonly competencies?: readonly LocatedText[];
}

/** An `ages: { min, max }` of a session or an activity, as written: either end may be unreadable. */
export interface DeclaredAges {
  readonly min?: number;
  readonly max?: number;
  readonly node: YMap;
}

export interface SessionModel {
  readonly index: number;
  readonly node: YMap;
  readonly id?: LocatedText;
  readonly year?: number;
  readonly activityRefs: readonly ActivityRef[];
  /** The session's own duration, when it states one. */
  readonly minutes?: number;
  /** `ages`: the ages the session is for, when it says so (else it is for every participant). */
  readonly ages?: DeclaredAges;
  /** Its id or title holds a place, or it lists only placeholder activities: it counts for nothing until written. */
  readonly placeholder: boolean;
}

/** A figure written as a number (`12`) or a range (`{ min: 2, max: 4 }`), with its node. */
export interface FigureRange {
  readonly min?: number;
  readonly max?: number;
  readonly node: YNode;
}

/** `program.evidence.validated_dose`: the dose an evidence-based programme was validated with. */
export interface ValidatedDose {
  readonly node: YMap;
  readonly sessions?: FigureRange;
  readonly sessionsPerYear?: FigureRange;
  /** In minutes. */
  readonly sessionDuration?: FigureRange;
  readonly years?: number;
  readonly yearsNode?: YNode;
  readonly adaptation?: LocatedText;
}

/** The figures of `program` that rules reason about, when they are written as numbers. */
export interface ProgramFacts {
  readonly node?: YMap;
  readonly minAge?: number;
  readonly maxAge?: number;
  readonly agesNode?: YNode;
  readonly years?: number;
  readonly yearsNode?: YNode;
  /** `duration.weeks_per_year`, when written as a number. */
  readonly weeksPerYear?: number;
  readonly evidenceKind?: string;
  readonly evidenceKindNode?: YScalar;
  readonly validatedDose?: ValidatedDose;
  /** `continuity`: how the programme chains with CPS work for other ages. */
  readonly continuity?: LocatedText;
}

/**
 * The manual read tolerantly: whatever part has the expected shape is here with its
 * place; whatever does not is left to the schema check to report. Rules read this.
 */
export interface ManualModel {
  readonly root: YMap | null;
  /** The activities that count: placeholder activities are left out (see `allActivities`). */
  readonly activities: readonly ActivityModel[];
  /** The sessions that count: placeholder sessions are left out (see `allSessions`). */
  readonly sessions: readonly SessionModel[];
  /** Every activity written, placeholders included: for ids, references and the editor. */
  readonly allActivities: readonly ActivityModel[];
  /** Every session written, placeholders included. */
  readonly allSessions: readonly SessionModel[];
  /** The activities that count, by id (the first of a duplicated id). */
  readonly activityById: ReadonlyMap<string, ActivityModel>;
  /** Every activity written, placeholders included, by id: what a session may refer to. */
  readonly definedActivityById: ReadonlyMap<string, ActivityModel>;
  readonly program: ProgramFacts;
  /**
   * The years the practices that no session lists are counted in. Unset: every planned year. An
   * age group's view sets it to the years of its own sessions (see `groupView`): its participants
   * are of its ages then, and in another group the other years.
   */
  readonly practiceYears?: readonly number[];
  /** A top-level section, when it is a map. */
  section(name: string): YMap | undefined;
  /** The pair of a top-level key, to point at it. */
  topLevelPair(name: string): YPair | undefined;
  /** Minutes of a session: its own duration, else the sum of its activities' durations (unknown ones count 0). */
  sessionMinutes(session: SessionModel): number;
}

export function buildModel(root: YNode | null): ManualModel {
  const map = isMap(root) ? root : null;
  const allActivities = (map ? itemsOf(valueOf(map, 'activities')).map(readActivity) : []).filter((entry): entry is ActivityModel => entry !== undefined);
  const definedActivityById = new Map<string, ActivityModel>();
  for (const activity of allActivities) {
    if (activity.id && !definedActivityById.has(activity.id.value)) definedActivityById.set(activity.id.value, activity);
  }
  const activityById = new Map([...definedActivityById].filter(([, activity]) => !activity.placeholder));
  const allSessions = (map ? itemsOf(valueOf(map, 'sessions')).map((node, index) => readSession(node, index, definedActivityById)) : []).filter(
    (entry): entry is SessionModel => entry !== undefined,
  );
  const sessionMinutes = (session: SessionModel): number => {
    if (session.minutes !== undefined) return session.minutes;
    let total = 0;
    for (const ref of session.activityRefs) total += activityById.get(ref.value)?.minutes ?? 0;
    return total;
  };
  return {
    root: map,
    activities: allActivities.filter((activity) => !activity.placeholder),
    sessions: allSessions.filter((session) => !session.placeholder),
    allActivities,
    allSessions,
    activityById,
    definedActivityById,
    program: readProgram(map ? valueOf(map, 'program') : undefined),
    section: (name) => {
      const value = map ? valueOf(map, name) : undefined;
      return isMap(value) ? value : undefined;
    },
    topLevelPair: (name) => (map ? pairOf(map, name) : undefined),
    sessionMinutes,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function numberOf(node: YNode | null | undefined): number | undefined {
  return isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) ? node.value : undefined;
}

function readProgram(node: YNode | null | undefined): ProgramFacts {
  if (!isMap(node)) return {};
  const ages = valueOf(node, 'ages');
  const duration = valueOf(node, 'duration');
  const evidence = valueOf(node, 'evidence');
  const yearsNode = isMap(duration) ? (valueOf(duration, 'years') ?? undefined) : undefined;
  const weeksPerYear = isMap(duration) ? numberOf(valueOf(duration, 'weeks_per_year')) : undefined;
  const kindNode = isMap(evidence) ? located(valueOf(evidence, 'kind')) : undefined;
  const dose = isMap(evidence) ? readDose(valueOf(evidence, 'validated_dose')) : undefined;
  const continuity = located(valueOf(node, 'continuity'));
  return {
    node,
    ...(isMap(ages) ? { agesNode: ages, minAge: numberOf(valueOf(ages, 'min')), maxAge: numberOf(valueOf(ages, 'max')) } : {}),
    ...(yearsNode ? { yearsNode, years: numberOf(yearsNode) } : {}),
    ...(weeksPerYear !== undefined ? { weeksPerYear } : {}),
    ...(kindNode ? { evidenceKind: kindNode.value, evidenceKindNode: kindNode.node } : {}),
    ...(dose ? { validatedDose: dose } : {}),
    ...(continuity ? { continuity } : {}),
  };
}

/** A figure or a `{ min, max }` range of figures, each read by `read`; nothing when no figure is readable. */
function readRange(node: YNode | null | undefined, read: (node: YNode | null | undefined) => number | undefined): FigureRange | undefined {
  if (!node) return undefined;
  if (isMap(node)) {
    const min = read(valueOf(node, 'min'));
    const max = read(valueOf(node, 'max'));
    if (min === undefined && max === undefined) return undefined;
    return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), node };
  }
  const value = read(node);
  return value === undefined ? undefined : { min: value, max: value, node };
}

function minutesOf(node: YNode | null | undefined): number | undefined {
  return isScalar(node) ? durationMinutes(node.value) : undefined;
}

function readDose(node: YNode | null | undefined): ValidatedDose | undefined {
  if (!isMap(node)) return undefined;
  const sessions = readRange(valueOf(node, 'sessions'), numberOf);
  const sessionsPerYear = readRange(valueOf(node, 'sessions_per_year'), numberOf);
  const sessionDuration = readRange(valueOf(node, 'session_duration'), minutesOf);
  const yearsNode = valueOf(node, 'years') ?? undefined;
  const years = numberOf(yearsNode);
  const adaptation = located(valueOf(node, 'adaptation'));
  return {
    node,
    ...(sessions ? { sessions } : {}),
    ...(sessionsPerYear ? { sessionsPerYear } : {}),
    ...(sessionDuration ? { sessionDuration } : {}),
    ...(years !== undefined && yearsNode ? { years, yearsNode } : {}),
    ...(adaptation ? { adaptation } : {}),
  };
}

function itemsOf(node: YNode | null | undefined): readonly YNode[] {
  return isSeq(node) ? node.items : [];
}

function located(node: YNode | null | undefined): LocatedText | undefined {
  const value = stringOf(node);
  return value === undefined ? undefined : { value, node: node as YScalar };
}

/** Texts of a list; a lone text stands for a list of one, as people write it. */
function locatedList(node: YNode | null | undefined): LocatedText[] {
  if (isScalar(node)) {
    const single = located(node);
    return single ? [single] : [];
  }
  return itemsOf(node)
    .map(located)
    .filter((entry): entry is LocatedText => entry !== undefined);
}

/** A text that holds a place for one to be written. */
function holdsPlace(text: string | undefined): boolean {
  return text !== undefined && isPlaceholder(text);
}

function readActivity(node: YNode, index: number): ActivityModel | undefined {
  if (!isMap(node)) return undefined;
  const durationNode = valueOf(node, 'duration') ?? undefined;
  const competenciesPair = pairOf(node, 'competencies');
  const minutes = isScalar(durationNode) ? durationMinutes(durationNode.value) : undefined;
  const id = located(valueOf(node, 'id'));
  const title = stringOf(valueOf(node, 'title'));
  return {
    index,
    node,
    id,
    title,
    placeholder: holdsPlace(id?.value) || holdsPlace(title),
    kind: located(valueOf(node, 'kind')),
    competencies: locatedList(competenciesPair?.value),
    ...(competenciesPair ? { competenciesPair } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(durationNode ? { durationNode } : {}),
    pedagogy: locatedList(valueOf(node, 'pedagogy')),
    ...optional('frequency', located(valueOf(node, 'frequency'))),
    ...optional('ages', readAges(valueOf(node, 'ages'))),
  };
}

/** A session's activities: ids, or `{ ref, competencies }` items; a lone id stands for a list of one. */
function readRefs(node: YNode | null | undefined): ActivityRef[] {
  if (!isSeq(node)) return locatedList(node);
  const refs: ActivityRef[] = [];
  for (const item of node.items) {
    if (!isMap(item)) {
      const ref = located(item);
      if (ref) refs.push(ref);
      continue;
    }
    const ref = located(valueOf(item, 'ref'));
    if (!ref) continue;
    const competencies = pairOf(item, 'competencies');
    refs.push(competencies ? { ...ref, competencies: locatedList(competencies.value) } : ref);
  }
  return refs;
}

function readAges(node: YNode | null | undefined): DeclaredAges | undefined {
  if (!isMap(node)) return undefined;
  return { ...optional('min', numberOf(valueOf(node, 'min'))), ...optional('max', numberOf(valueOf(node, 'max'))), node };
}

function readSession(node: YNode, index: number, defined: ReadonlyMap<string, ActivityModel>): SessionModel | undefined {
  if (!isMap(node)) return undefined;
  const year = valueOf(node, 'year');
  const duration = valueOf(node, 'duration');
  const minutes = isScalar(duration) ? durationMinutes(duration.value) : undefined;
  const id = located(valueOf(node, 'id'));
  const activityRefs = readRefs(valueOf(node, 'activities'));
  // A session whose activities are all still to be written has nothing in it yet.
  const onlyPlaceholders = activityRefs.length > 0 && activityRefs.every((ref) => defined.get(ref.value)?.placeholder === true);
  return {
    index,
    node,
    id,
    placeholder: holdsPlace(id?.value) || holdsPlace(stringOf(valueOf(node, 'title'))) || onlyPlaceholders,
    ...(isScalar(year) && typeof year.value === 'number' ? { year: year.value } : {}),
    activityRefs,
    ...(minutes !== undefined ? { minutes } : {}),
    ...optional('ages', readAges(valueOf(node, 'ages'))),
  };
}
