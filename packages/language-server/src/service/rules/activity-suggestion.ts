import { nearest } from '@cpskit/core';
import { MAX_SUGGESTED_IDS } from '../limits.js';
import type { ManualModel } from '../model/manual-model.js';

interface Suggestions {
  readonly known: readonly string[];
  readonly byRef: Map<string, string | undefined>;
}

const perModel = new WeakMap<ManualModel, Suggestions>();

/**
 * The activity id most likely meant by a session's reference that no activity has: the same
 * answer for every rule that asks, computed once per id. Only the first MAX_SUGGESTED_IDS
 * different ids get one: each costs a look at every activity, and past them no suggestion helps.
 */
export function suggestedActivityId(model: ManualModel, ref: string): string | undefined {
  let suggestions = perModel.get(model);
  if (!suggestions) perModel.set(model, (suggestions = { known: [...model.definedActivityById.keys()], byRef: new Map() }));
  if (suggestions.byRef.has(ref)) return suggestions.byRef.get(ref);
  if (suggestions.byRef.size >= MAX_SUGGESTED_IDS) return undefined;
  const suggestion = nearest(ref, suggestions.known);
  suggestions.byRef.set(ref, suggestion);
  return suggestion;
}
