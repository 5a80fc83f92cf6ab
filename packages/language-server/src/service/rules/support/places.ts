import type { ManualModel } from '../../model/manual-model.js';
import { isMap, pairOf, type YMap, type YNode, type YPair } from '../../parse/tree.js';

/** Offsets to report at. */
export interface Place {
  readonly start: number;
  readonly end: number;
}

export function placeOf(node: YNode | YPair['key']): Place {
  return { start: node.start, end: node.end };
}

/**
 * Where to report something missing from the manual as a whole: its first key, which
 * stands for the document (line 1) without covering it all.
 */
export function documentPlace(model: ManualModel): Place {
  const first = model.root?.pairs[0]?.key;
  return first ? placeOf(first) : { start: 0, end: 0 };
}

/** The result of walking a path of keys: the node found, or the deepest key that exists on the way. */
export interface PathLookup {
  readonly found?: YPair;
  /** The key of the deepest section that exists, to report at when the rest is missing. */
  readonly closest?: YPair;
  /** Whether the top-level section exists at all. */
  readonly sectionExists: boolean;
}

export function lookupPath(model: ManualModel, path: readonly string[]): PathLookup {
  let map: YMap | null = model.root;
  let closest: YPair | undefined;
  for (let i = 0; i < path.length; i++) {
    const pair: YPair | undefined = map ? pairOf(map, path[i]!) : undefined;
    if (!pair) return { ...(closest ? { closest } : {}), sectionExists: i > 0 };
    if (i === path.length - 1) return { found: pair, ...(closest ? { closest } : {}), sectionExists: true };
    closest = pair;
    map = isMap(pair.value) ? pair.value : null;
    if (!map) return { closest, sectionExists: true };
  }
  return { sectionExists: false };
}

/** A text shortened for evidence lines and messages. */
export function clip(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
