import { isNothing, isPlaceholder } from '@cpskit/core';
import { isMap, isScalar, isSeq, valueOf, type YNode } from '../../parse/tree.js';

/**
 * How a value of the manual reads as a text: something said (`text`), a place held for a
 * text still to write (`placeholder`: the `placeholder` rule reports it where it stands), a
 * word that says there is none (`nothing`: « néant », "n/a"), blank, or not a text at all.
 */
export type TextReading =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'placeholder' } | { readonly kind: 'nothing' } | { readonly kind: 'blank' } | { readonly kind: 'not-text' };

/** How one value reads as a text. */
export function readText(node: YNode | null | undefined): TextReading {
  if (!isScalar(node) || typeof node.value !== 'string') return { kind: 'not-text' };
  const text = node.value;
  if (text.trim() === '') return { kind: 'blank' };
  if (isPlaceholder(text)) return { kind: 'placeholder' };
  if (isNothing(text)) return { kind: 'nothing' };
  return { kind: 'text', text };
}

/**
 * The text a value holds when it says something: not blank, not a placeholder, not a word
 * for none. Every rule reads the manual's texts through this, so that nothing cpskit or an
 * author left to fill in ever counts as written.
 */
export function meaningfulText(node: YNode | null | undefined): string | undefined {
  const reading = readText(node);
  return reading.kind === 'text' ? reading.text : undefined;
}

/** The items of a list (a lone value stands for a list of one, as people write it). */
function itemsOf(node: YNode | null | undefined): readonly (YNode | null)[] {
  if (isSeq(node)) return node.items;
  return node === null || node === undefined ? [] : [node];
}

/** The meaningful texts of a list: its placeholders, blanks and words for none dropped. A list of only those says nothing. */
export function meaningfulTexts(node: YNode | null | undefined): string[] {
  return itemsOf(node)
    .map(meaningfulText)
    .filter((text): text is string => text !== undefined);
}

/** Whether a value, or an item of the list it is, holds a place: the `placeholder` rule has reported it there. */
export function holdsPlaceholder(node: YNode | null | undefined): boolean {
  return itemsOf(node).some((item) => readText(item).kind === 'placeholder');
}

/** The values of a closed list (`covers`, `stakeholders`…) as written, placeholders and words for none left out. */
export function listedValues(node: YNode | null | undefined): string[] {
  return itemsOf(node)
    .filter((item) => readText(item).kind !== 'placeholder' && readText(item).kind !== 'nothing')
    .map((item) => (isScalar(item) && item.value !== null ? String(item.value) : undefined))
    .filter((value): value is string => value !== undefined);
}

/**
 * The reason a value gives for leaving something out on purpose (`{ none: "les enfants de 4 ans
 * ne lisent pas" }`), or `undefined` when it is no such value. A reason still to write is no reason.
 */
export function absenceReason(node: YNode | null | undefined): string | undefined {
  if (!isMap(node) || node.pairs.length !== 1) return undefined;
  const reason = meaningfulText(valueOf(node, 'none'));
  // The messages quote the reason inside a sentence of their own: its final full stop would double theirs.
  return reason === undefined ? undefined : reason.replace(/[\s.]+$/, '') || reason;
}
