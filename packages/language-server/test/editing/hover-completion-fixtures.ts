import type { Position } from 'vscode-languageserver-types';
import { LineIndex } from '../../src/service/text/line-index.js';

/** The cursor marker of editing fixtures. */
export const CURSOR = '|';

/** Takes the cursor marker out of a fixture: the text, the cursor's offset and its LSP position. */
export function atCursor(marked: string): { text: string; offset: number; position: Position } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`a fixture needs exactly one cursor marker: ${marked}`);
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, position: new LineIndex(text).positionAt(offset) };
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
