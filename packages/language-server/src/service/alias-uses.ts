import { localize, type Locale, type Localized } from '@cpskit/core';
import type { Finding, RelatedPlace } from './finding.js';
import type { YNode } from './parse/tree.js';
import type { LineIndex } from './text/line-index.js';

/**
 * One finding per mistake: findings identical in rule, message, place and text (a rule that
 * meets the same anchored value once per alias) become one.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const finding of findings) {
    const key = [finding.ruleId, finding.messageId, finding.offsets.start, finding.offsets.end, finding.message].join('\u0000');
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, finding);
      continue;
    }
    const extra = (finding.related ?? []).filter((place) => !(first.related ?? []).some((known) => samePlace(known, place)));
    if (extra.length > 0) byKey.set(key, { ...first, related: [...(first.related ?? []), ...extra] });
  }
  return [...byKey.values()];
}

function samePlace(a: RelatedPlace, b: RelatedPlace): boolean {
  return (
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

/** Where an anchored node is reused: the alias nodes (`*name`) that stand for it. */
interface Reuse {
  readonly target: YNode;
  readonly uses: YNode[];
}

/** Every anchored node that aliases reuse, with its uses in document order. Reads each written node once, never what an alias expands to. */
function reusesIn(root: YNode | null): Reuse[] {
  const byTarget = new Map<YNode, Reuse>();
  const stack: YNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.aliasOf) {
      const known = byTarget.get(node.aliasOf);
      if (known) known.uses.push(node);
      else byTarget.set(node.aliasOf, { target: node.aliasOf, uses: [node] });
      continue;
    }
    if (node.kind === 'map') {
      for (let i = node.pairs.length - 1; i >= 0; i--) {
        const value = node.pairs[i]!.value;
        if (value) stack.push(value);
      }
    } else if (node.kind === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!);
    }
  }
  for (const reuse of byTarget.values()) reuse.uses.sort((a, b) => a.start - b.start);
  return [...byTarget.values()];
}

const USED_THROUGH_ALIAS: Localized = { en: 'used here through alias *{name}', fr: 'utilisé ici par l’alias *{name}' };

/** Alias uses shown under one finding, at most. */
const MAX_ALIAS_PLACES = 20;

/**
 * A finding inside an anchored node stands for every place that node is reused: each alias
 * use (`*name`) is added as a related place, so that the one finding shows where the mistake
 * takes effect.
 */
export function withAliasUses(findings: readonly Finding[], root: YNode | null, text: string, lines: LineIndex, locale: Locale): Finding[] {
  const reuses = reusesIn(root).filter((reuse) => reuse.target.start < reuse.target.end);
  if (reuses.length === 0) return [...findings];
  return findings.map((finding) => {
    const places: RelatedPlace[] = [];
    for (const reuse of reuses) {
      if (reuse.target.start > finding.offsets.start || finding.offsets.end > reuse.target.end) continue;
      for (const use of reuse.uses) {
        if (places.length >= MAX_ALIAS_PLACES) break;
        const name = aliasName(text.slice(use.start, use.end));
        const place = { range: lines.rangeOf(use.start, use.end), message: localize(USED_THROUGH_ALIAS, locale, { name }) };
        if (![...(finding.related ?? []), ...places].some((known) => samePlace(known, place))) places.push(place);
      }
    }
    return places.length === 0 ? finding : { ...finding, related: [...(finding.related ?? []), ...places] };
  });
}

/** The anchor's name as written after `*`, kept short and on one line. */
function aliasName(written: string): string {
  const name = written.replace(/^\*/, '').split(/\s/, 1)[0] ?? '';
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}
