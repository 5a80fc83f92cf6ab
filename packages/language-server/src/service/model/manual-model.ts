import { durationMinutes } from '@cpskit/core';
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
}

export interface SessionModel {
  readonly index: number;
  readonly node: YMap;
  readonly id?: LocatedText;
  readonly year?: number;
  readonly activityRefs: readonly LocatedText[];
  /** The session's own duration, when it states one. */
  readonly minutes?: number;
}

/**
 * The manual read tolerantly: whatever part has the expected shape is here with its
 * place; whatever does not is left to the schema check to report. Rules read this.
 */
export interface ManualModel {
  readonly root: YMap | null;
  readonly activities: readonly ActivityModel[];
  readonly sessions: readonly SessionModel[];
  readonly activityById: ReadonlyMap<string, ActivityModel>;
  /** A top-level section, when it is a map. */
  section(name: string): YMap | undefined;
}

export function buildModel(root: YNode | null): ManualModel {
  const map = isMap(root) ? root : null;
  const activities = map ? itemsOf(valueOf(map, 'activities')).map(readActivity) : [];
  const sessions = map ? itemsOf(valueOf(map, 'sessions')).map(readSession) : [];
  const activityById = new Map<string, ActivityModel>();
  for (const activity of activities) {
    if (activity && activity.id && !activityById.has(activity.id.value)) activityById.set(activity.id.value, activity);
  }
  return {
    root: map,
    activities: activities.filter((entry): entry is ActivityModel => entry !== undefined),
    sessions: sessions.filter((entry): entry is SessionModel => entry !== undefined),
    activityById,
    section: (name) => {
      const value = map ? valueOf(map, name) : undefined;
      return isMap(value) ? value : undefined;
    },
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

function readActivity(node: YNode, index: number): ActivityModel | undefined {
  if (!isMap(node)) return undefined;
  const durationNode = valueOf(node, 'duration') ?? undefined;
  const competenciesPair = pairOf(node, 'competencies');
  const minutes = isScalar(durationNode) ? durationMinutes(durationNode.value) : undefined;
  return {
    index,
    node,
    id: located(valueOf(node, 'id')),
    title: stringOf(valueOf(node, 'title')),
    kind: located(valueOf(node, 'kind')),
    competencies: locatedList(competenciesPair?.value),
    ...(competenciesPair ? { competenciesPair } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(durationNode ? { durationNode } : {}),
    pedagogy: locatedList(valueOf(node, 'pedagogy')),
  };
}

function readSession(node: YNode, index: number): SessionModel | undefined {
  if (!isMap(node)) return undefined;
  const year = valueOf(node, 'year');
  const duration = valueOf(node, 'duration');
  const minutes = isScalar(duration) ? durationMinutes(duration.value) : undefined;
  return {
    index,
    node,
    id: located(valueOf(node, 'id')),
    ...(isScalar(year) && typeof year.value === 'number' ? { year: year.value } : {}),
    activityRefs: locatedList(valueOf(node, 'activities')),
    ...(minutes !== undefined ? { minutes } : {}),
  };
}
