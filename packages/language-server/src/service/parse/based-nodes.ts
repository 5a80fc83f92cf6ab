import type { YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

/** Where a piece of text starts in the document: moving the piece moves every node in it. */
export interface Base {
  offset: number;
}

/*
 * Nodes whose offsets are kept relative to their piece of text. When an edit moves a piece,
 * only its base changes: the nodes stay the same objects, so that what was computed from them
 * (the schema's verdict on an unchanged activity) can be kept, and nothing is copied.
 * toJSON gives the same shape as the plain nodes of a full parse.
 */
class BasedScalar implements YScalar {
  readonly kind = 'scalar' as const;
  constructor(
    readonly value: string | number | boolean | null,
    private readonly relativeStart: number,
    private readonly relativeEnd: number,
    private readonly base: Base,
  ) {}
  get start(): number {
    return this.relativeStart + this.base.offset;
  }
  get end(): number {
    return this.relativeEnd + this.base.offset;
  }
  get size(): number {
    return 1;
  }
  toJSON(): object {
    return { kind: this.kind, value: this.value, start: this.start, end: this.end, size: 1 };
  }
}

class BasedSeq implements YSeq {
  readonly kind = 'seq' as const;
  constructor(
    readonly items: readonly YNode[],
    private readonly relativeStart: number,
    private readonly relativeEnd: number,
    readonly size: number,
    private readonly base: Base,
  ) {}
  get start(): number {
    return this.relativeStart + this.base.offset;
  }
  get end(): number {
    return this.relativeEnd + this.base.offset;
  }
  toJSON(): object {
    return { kind: this.kind, items: this.items, start: this.start, end: this.end, size: this.size };
  }
}

class BasedMap implements YMap {
  readonly kind = 'map' as const;
  constructor(
    readonly pairs: readonly YPair[],
    private readonly relativeStart: number,
    private readonly relativeEnd: number,
    readonly size: number,
    private readonly base: Base,
  ) {}
  get start(): number {
    return this.relativeStart + this.base.offset;
  }
  get end(): number {
    return this.relativeEnd + this.base.offset;
  }
  toJSON(): object {
    return { kind: this.kind, pairs: this.pairs, start: this.start, end: this.end, size: this.size };
  }
}

/**
 * A copy of a tree whose offsets read `node offset + delta + base.offset`. Chunks hold no
 * aliases (the incremental parser leaves documents with anchors to the full parse).
 */
export function rebase(node: YNode, base: Base, delta = 0): YNode {
  switch (node.kind) {
    case 'scalar':
      return new BasedScalar(node.value, node.start + delta, node.end + delta, base);
    case 'seq':
      return new BasedSeq(
        node.items.map((item) => rebase(item, base, delta)),
        node.start + delta,
        node.end + delta,
        node.size,
        base,
      );
    case 'map':
      return new BasedMap(
        node.pairs.map((pair) => ({ key: rebase(pair.key, base, delta) as YScalar, value: pair.value ? rebase(pair.value, base, delta) : null })),
        node.start + delta,
        node.end + delta,
        node.size,
        base,
      );
  }
}
