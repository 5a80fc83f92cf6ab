import { foldText } from '@cpskit/core';

/** Markers that hold a place for text to come, as people write them (upper case). */
const MARKERS = /\b(?:TODO|TBD|TBC|FIXME|XXX)\b|À COMPLÉTER|A COMPLETER|À DÉFINIR|À PRÉCISER|TO COMPLETE|TO BE COMPLETED/;
/** Folded beginnings of a text that is not written yet. */
const STARTS = ['a completer', 'a remplir', 'a definir', 'a preciser', 'a venir', 'to complete', 'to be completed', 'to be defined', 'tbd', 'todo', 'placeholder'];

/**
 * Whether a text says something: not empty, not only punctuation (`...`, `?`), not a
 * placeholder (`TODO`, `À COMPLÉTER : …`). The one place the rules of issue 12's section A
 * decide it; core's placeholder reading replaces its body when it lands.
 */
export function isWritten(text: string | undefined): boolean {
  if (text === undefined) return false;
  const trimmed = text.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed) || /^[xX]+$/.test(trimmed)) return false;
  if (MARKERS.test(trimmed)) return false;
  const folded = foldText(trimmed).replace(/^[\s«"'([<{*_]+/, '');
  return !STARTS.some((start) => folded.startsWith(start));
}
