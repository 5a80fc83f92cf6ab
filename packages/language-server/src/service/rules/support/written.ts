import { isScalar, isSeq, stringOf, type YNode } from '../../parse/tree.js';
import { isPlaceholderText } from './declarations.js';

/**
 * A text the author has written: not empty and not a placeholder left to fill. (To become the
 * one "meaningful text" helper of issue 12's B2 once it lands; the placeholder test is the one
 * of declarations.ts until then.)
 */
export function writtenText(node: YNode | null | undefined): string | undefined {
  const text = stringOf(node);
  return text !== undefined && text.trim() !== '' && !isPlaceholderText(text) ? text : undefined;
}

/** The written texts of a list, placeholders dropped; a lone text stands for a list of one. */
export function writtenTexts(node: YNode | null | undefined): string[] {
  if (isScalar(node)) {
    const single = writtenText(node);
    return single === undefined ? [] : [single];
  }
  if (!isSeq(node)) return [];
  return node.items.map(writtenText).filter((text): text is string => text !== undefined);
}
