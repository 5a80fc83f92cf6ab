import type { Position } from 'vscode-languageserver-types';
import { LineIndex } from '../../src/service/text/line-index.js';

/** The cursor marker of editing fixtures; `«` and `»` mark an expected range. */
export const CURSOR = '|';

export interface Fixture {
  readonly text: string;
  readonly offset: number;
  readonly position: Position;
  /** The range marked with «», as offsets, when the fixture marks one. */
  readonly marked?: { readonly start: number; readonly end: number };
  readonly lines: LineIndex;
}

/** Takes the markers out of a fixture: exactly one `|` for the cursor, at most one «» range. */
export function atCursor(source: string): Fixture {
  let text = '';
  let offset = -1;
  let open = -1;
  let marked: { start: number; end: number } | undefined;
  for (const char of source) {
    if (char === CURSOR) {
      if (offset >= 0) throw new Error(`a fixture needs exactly one cursor marker: ${source}`);
      offset = text.length;
    } else if (char === '«') open = text.length;
    else if (char === '»') marked = { start: open, end: text.length };
    else text += char;
  }
  if (offset < 0) throw new Error(`a fixture needs a cursor marker: ${source}`);
  const lines = new LineIndex(text);
  return { text, offset, position: lines.positionAt(offset), lines, ...(marked ? { marked } : {}) };
}

/** A small valid manual, the lines of a test fixture spliced in where it needs them. */
export function manual(parts: { program?: string[]; activities?: string[]; sessions?: string[]; rest?: string[] } = {}): string {
  return [
    'version: 1',
    'program:',
    ...(parts.program ?? [
      '  id: essai',
      '  title: Les émotions au quotidien',
      '  ages: { min: 8, max: 11 }',
      '  settings: [primary-school]',
      '  duration: { years: 2 }',
      '  evidence: { kind: evidence-informed }',
    ]),
    'activities:',
    ...(parts.activities ?? [
      '  - id: meteo-interieure',
      '    title: La météo intérieure',
      '    kind: ritual',
      '    competencies: [E1.2, E2.1]',
      '    duration: 10min',
      '  - id: roue',
      '    title: La roue des émotions',
      '    kind: workshop',
      '    competencies: [E1.1]',
    ]),
    ...(parts.sessions ? ['sessions:', ...parts.sessions] : []),
    ...(parts.rest ?? []),
    '',
  ].join('\n');
}
