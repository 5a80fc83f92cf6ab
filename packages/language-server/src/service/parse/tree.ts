/**
 * The manual as a tree of located nodes, independent of the YAML library: what the
 * schema check and the rules read. Offsets are UTF-16 offsets into the source text.
 */
export type YNode = YMap | YSeq | YScalar;

interface NodeBase {
  readonly start: number;
  readonly end: number;
  /**
   * Number of nodes in this subtree once aliases are expanded. An alias bomb shows
   * here as a huge number without ever being expanded.
   */
  readonly size: number;
  /** Set on a node reached through an alias: the anchored node it stands for. */
  readonly aliasOf?: YNode;
}

export interface YScalar extends NodeBase {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
}

export interface YPair {
  readonly key: YScalar;
  readonly value: YNode | null;
}

export interface YMap extends NodeBase {
  readonly kind: 'map';
  readonly pairs: readonly YPair[];
}

export interface YSeq extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
}

/** The first pair of a map with this key: later duplicates are reported, not read. */
export function pairOf(map: YMap, key: string): YPair | undefined {
  for (const pair of map.pairs) if (pair.key.value === key || String(pair.key.value) === key) return pair;
  return undefined;
}

export function valueOf(map: YMap, key: string): YNode | null | undefined {
  return pairOf(map, key)?.value;
}

export function isMap(node: YNode | null | undefined): node is YMap {
  return node?.kind === 'map';
}

export function isSeq(node: YNode | null | undefined): node is YSeq {
  return node?.kind === 'seq';
}

export function isScalar(node: YNode | null | undefined): node is YScalar {
  return node?.kind === 'scalar';
}

/** A scalar's text, when it is a non-empty string. */
export function stringOf(node: YNode | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
}

/**
 * The plain value of a tree, as zod sees it. Callers check `size` first: this expands
 * aliases. For duplicate keys the first value is kept, as `pairOf` reads it.
 */
export function toPlain(node: YNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const pair of node.pairs) {
        const key = String(pair.key.value);
        if (!Object.hasOwn(out, key)) {
          Object.defineProperty(out, key, { value: toPlain(pair.value), enumerable: true, writable: true, configurable: true });
        }
      }
      return out;
    }
  }
}

/** The node at a path of keys and indexes, following what `toPlain` produced. */
export function nodeAtPath(root: YNode | null, path: readonly PropertyKey[]): { node: YNode | null; pair?: YPair } | undefined {
  let node: YNode | null = root;
  let pair: YPair | undefined;
  for (const step of path) {
    if (node === null) return undefined;
    if (node.kind === 'map' && typeof step === 'string') {
      pair = pairOf(node, step);
      if (!pair) return undefined;
      node = pair.value;
    } else if (node.kind === 'seq' && typeof step === 'number') {
      const item: YNode | undefined = node.items[step];
      if (item === undefined) return undefined;
      node = item;
      pair = undefined;
    } else return undefined;
  }
  return pair ? { node, pair } : { node };
}
