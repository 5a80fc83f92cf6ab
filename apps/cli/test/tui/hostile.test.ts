import { analyzeText, findingToDiagnostic } from '@cpskit/language-server';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { initialState, reduce, type TuiAction } from '../../src/tui/state.js';
import type { ManualView, TuiState } from '../../src/tui/types.js';
import { drawRaw } from './harness.js';

/** A manual whose path, values and lines hold terminal escapes, CR, NUL and bidirectional overrides. */
const TEXT =
  String.raw`version: 1
program:
  id: "p\n::add-mask::x\e[31m"
  title: "\e]8;;http://evil.example/\aclick\e]8;;\a \r\0 \u202Eevil"
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
activities:
  - id: atelier
    title: Un atelier
    kind: workshop
    competencies: [E1.2, "E9\e[2J\u202E"]
    duration: 45min
` + 'sessions:\n  - { id: "s\u001b[31m\r\u2066x", year: 1, activities: [atelier] }\n';

const uri = 'file:///work/manuels/evil.cps.yaml';

// A diagnostic as another server could send it: raw escapes in its message and code.
const RAW: Diagnostic = {
  range: { start: { line: 2, character: 6 }, end: { line: 2, character: 12 } },
  severity: 1,
  code: 'rule\u001b[31m',
  message: 'raw \u001b]8;;http://evil.example/\u0007link\u001b]8;;\u0007 \r\n::error::x \u202e \u0000',
};

function hostileManual(diagnostics?: Diagnostic[]): ManualView {
  const analysis = analyzeText(TEXT, { locale: 'en' });
  return {
    displayPath: 'manuels/e\u001b[31mvil\u202e\r\n.cps.yaml',
    uri,
    text: TEXT,
    diagnostics: diagnostics ?? analysis.findings.map((finding) => findingToDiagnostic(finding, uri)),
    analysis,
  };
}

const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The frame as the terminal receives it, Ink's own colours set aside. */
function shown(state: TuiState): string {
  return drawRaw(state).replace(/\u001b\[[0-9;]*m/g, '');
}

describe('the terminal view shows a hostile manual as text', { timeout: 60_000 }, () => {
  const start = (...actions: TuiAction[]) => actions.reduce(reduce, initialState({ locale: 'en', width: 80, height: 24, manuals: [hostileManual()] }));
  const startRaw = (...actions: TuiAction[]) => actions.reduce(reduce, initialState({ locale: 'en', width: 80, height: 24, manuals: [hostileManual([RAW])] }));

  test.each([
    ['the file list', []],
    ['the findings', [{ type: 'pane', to: 'findings' }]],
    [
      'each finding selected, with its code frame',
      [
        { type: 'pane', to: 'findings' },
        { type: 'move', by: 3 },
      ],
    ],
    [
      'the last finding',
      [
        { type: 'pane', to: 'findings' },
        { type: 'move', by: 1000 },
      ],
    ],
    ['the criteria', [{ type: 'pane', to: 'criteria' }]],
    ['the coverage', [{ type: 'pane', to: 'coverage' }]],
    ['a status naming the file', [{ type: 'status', message: 'manuels/e\u001b[31mvil\u202e changed' }]],
  ] as [string, TuiAction[]][])('%s', (_name, actions) => {
    const frame = shown(start(...actions));
    for (const line of frame.split('\n')) expect(line, JSON.stringify(line)).not.toMatch(ACTING);
  });

  test('a diagnostic sent raw, with the escapes and overrides visible', () => {
    const frame = shown(startRaw({ type: 'pane', to: 'findings' }));
    for (const line of frame.split('\n')) expect(line, JSON.stringify(line)).not.toMatch(ACTING);
    expect(frame).toContain('e␛[31mvil�␍␊.cps.yaml');
    expect(frame).toContain('raw ␛]8;;http://evil.example/␇link␛]8;;␇');
  });
});
