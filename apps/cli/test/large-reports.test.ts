import type { Finding } from '@cpskit/language-server';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { stylish } from '../src/format/stylish.js';
import { initialState, reduce } from '../src/tui/state.js';
import { context, reportOf, SMALL, withFindings } from './formats/helpers.js';
import { draw } from './tui/harness.js';
import { manualView } from './tui/fixtures.js';

/** More findings than a call can take as arguments (V8 throws past about 120,000). */
const MANY = 130_000;

describe('a report with 130,000 findings', { timeout: 300_000 }, () => {
  it('prints in stylish', () => {
    const report = reportOf('grand.cps.yaml', SMALL, { only: ['schema'] });
    const first = report.findings[0]!;
    const findings: Finding[] = Array.from({ length: MANY }, (_, i) => ({ ...first, message: `Finding ${i + 1}.` }));
    const out = stylish([withFindings(report, findings)], context());
    expect(out).toContain(`Finding ${MANY}.`);
    expect(out).toContain(`✖ ${MANY} problems`);
  });

  it('shows in the terminal view', () => {
    const base = manualView('findings', 'en');
    const diagnostics: Diagnostic[] = Array.from({ length: MANY }, (_, i) => ({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } },
      severity: 2,
      code: 'example-rule',
      message: `Finding ${i + 1}.`,
    }));
    const state = reduce(initialState({ locale: 'en', width: 80, height: 24, manuals: [{ ...base, diagnostics }] }), { type: 'pane', to: 'findings' });
    expect(draw(state)).toContain('Finding 1.');
  });
});
