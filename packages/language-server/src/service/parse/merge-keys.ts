import type { YMap, YNode, YPair, YSeq } from './tree.js';

/** The key of a YAML merge: `<<: *base` or `<<: [*a, *b]`. */
export const MERGE_KEY = '<<';

/**
 * The tree with YAML merge keys resolved, as YAML 1.1 defines them and authors expect:
 * `<<: *base` puts the keys of the anchored map into the map that holds it, and
 * `<<: [*a, *b]` those of each map in turn; the map's own keys win, then the earlier maps.
 * An author can so reuse an activity and vary it. The merged pairs keep their place at the
 * anchor, where their text is written. A `<<` whose value is not a map or a list of maps is
 * left as it is: the schema reports it. Nodes are resolved once each (aliases share theirs),
 * so the work stays linear in the tree as written.
 */
export function resolveMergeKeys(root: YNode | null): YNode | null {
  return root === null ? null : new MergeResolver().resolve(root);
}

/** Whether a text may hold a merge key: most manuals have none, and skip the walk. */
export function mayHoldMergeKeys(text: string): boolean {
  return text.includes(MERGE_KEY);
}

class MergeResolver {
  private readonly done = new Map<YNode, YNode>();

  resolve(node: YNode): YNode {
    const known = this.done.get(node);
    if (known) return known;
    let result: YNode = node;
    if (node.kind === 'seq') result = this.seq(node);
    else if (node.kind === 'map') result = this.map(node);
    if (result !== node && node.aliasOf) result = { ...result, aliasOf: this.resolve(node.aliasOf) };
    this.done.set(node, result);
    return result;
  }

  private seq(node: YSeq): YNode {
    let changed = false;
    let size = 1;
    const items = node.items.map((item) => {
      const resolved = this.resolve(item);
      if (resolved !== item) changed = true;
      size += resolved.size;
      return resolved;
    });
    return changed ? { ...node, items, size } : node;
  }

  private map(node: YMap): YNode {
    const own = new Set<string>();
    for (const pair of node.pairs) if (pair.key.value !== MERGE_KEY) own.add(String(pair.key.value));
    let changed = false;
    const pairs: YPair[] = [];
    for (const pair of node.pairs) {
      const value = pair.value === null ? null : this.resolve(pair.value);
      const sources = pair.key.value === MERGE_KEY ? mergedMaps(value) : undefined;
      if (sources) {
        changed = true;
        for (const source of sources) {
          for (const merged of source.pairs) {
            const key = String(merged.key.value);
            if (own.has(key)) continue;
            own.add(key);
            pairs.push(merged);
          }
        }
        continue;
      }
      if (value !== pair.value) {
        changed = true;
        pairs.push({ key: pair.key, value });
      } else pairs.push(pair);
    }
    if (!changed) return node;
    let size = 1;
    for (const pair of pairs) size += 1 + (pair.value?.size ?? 0);
    return { ...node, pairs, size };
  }
}

/** The maps a merge key's value brings in: a map, or a non-empty list of maps. */
function mergedMaps(value: YNode | null): readonly YMap[] | undefined {
  if (value?.kind === 'map') return [value];
  if (value?.kind === 'seq' && value.items.length > 0 && value.items.every((item) => item.kind === 'map')) return value.items;
  return undefined;
}
