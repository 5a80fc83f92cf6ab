import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@cpskit/core';
import { analyzeText } from '@cpskit/language-server';
import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { columns } from '../../src/tui/text.js';
import { initialState, reduce, type TuiAction } from '../../src/tui/state.js';
import type { ManualView, TuiState } from '../../src/tui/types.js';
import { CoverageView } from '../../src/tui/components/CoverageView.js';
import { draw, renderAt } from './harness.js';
import { fixtureManuals, manualView } from './fixtures.js';

const run = (state: TuiState, ...actions: TuiAction[]) => actions.reduce(reduce, state);

/** Both fixtures at 80×24, the one with findings selected. */
function start(locale: Locale, ...actions: TuiAction[]): TuiState {
  return run(initialState({ locale, width: 80, height: 24, manuals: fixtureManuals(locale) }), { type: 'move', by: 1 }, ...actions);
}

/** The screen, checked to fit the terminal: one row short of its height (so that Ink never clears it), no line wider than it. */
function screen(state: TuiState): string {
  const frame = draw(state);
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(state.height - 1);
  for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(state.width);
  return `${frame}\n`;
}

const pin = (name: string) => `./screens/${name}.txt`;

describe.each(['en', 'fr'] as const)('at 80×24, %s', (locale) => {
  test('the file list, with the selected manual’s findings under it', async () => {
    await expect(screen(start(locale))).toMatchFileSnapshot(pin(`${locale}-files`));
  });

  test('the findings, the selected one with its whole message and code frame', async () => {
    await expect(screen(start(locale, { type: 'pane', to: 'findings' }, { type: 'move', by: 2 }))).toMatchFileSnapshot(pin(`${locale}-findings`));
  });

  test('a clean manual', async () => {
    await expect(screen(start(locale, { type: 'move', by: -1 }, { type: 'confirm' }))).toMatchFileSnapshot(pin(`${locale}-clean`));
  });

  test('the criteria table', async () => {
    await expect(screen(start(locale, { type: 'pane', to: 'criteria' }))).toMatchFileSnapshot(pin(`${locale}-criteria`));
  });

  test('the coverage', async () => {
    await expect(screen(start(locale, { type: 'pane', to: 'coverage' }))).toMatchFileSnapshot(pin(`${locale}-coverage`));
  });

  test('the help', async () => {
    await expect(screen(start(locale, { type: 'help' }))).toMatchFileSnapshot(pin(`${locale}-help`));
  });

  test('the filter being typed, then kept', async () => {
    const typing = start(locale, { type: 'pane', to: 'findings' }, { type: 'filter-start' }, { type: 'filter-type', text: 'E1.3' });
    await expect(screen(typing)).toMatchFileSnapshot(pin(`${locale}-filter-typing`));
    await expect(screen(run(typing, { type: 'confirm' }))).toMatchFileSnapshot(pin(`${locale}-filter-kept`));
  });
});

describe('other states, in English', () => {
  test('before the server has sent anything, with a status', async () => {
    const state = initialState({ locale: 'en', status: 'Starting the language server…' });
    await expect(screen(state)).toMatchFileSnapshot(pin('en-empty'));
  });

  test('a filter that keeps nothing', async () => {
    const state = start('en', { type: 'filter-start' }, { type: 'filter-type', text: 'zzz' }, { type: 'confirm' });
    await expect(screen(state)).toMatchFileSnapshot(pin('en-filter-none'));
  });

  test('a manual with a problem, and one whose analysis has not arrived', async () => {
    const pending: ManualView = { ...manualView('clean', 'en'), analysis: undefined, displayPath: 'manuels/pending.cps.yaml', uri: 'file:///work/manuels/pending.cps.yaml' };
    const state = start(
      'en',
      { type: 'manual', manual: pending },
      { type: 'problem', uri: 'file:///work/manuels/findings.cps.yaml', message: 'the file cannot be read (permission denied)' },
    );
    await expect(screen(state)).toMatchFileSnapshot(pin('en-problem'));
    await expect(screen(run(state, { type: 'move', by: 1 }, { type: 'pane', to: 'criteria' }))).toMatchFileSnapshot(pin('en-pending-criteria'));
  });

  test('a long list of findings scrolls to keep the selected one in view', async () => {
    const base = manualView('findings', 'en');
    const lines = base.text.split('\n');
    const diagnostics: Diagnostic[] = lines.slice(0, 40).map((line, index) => ({
      range: { start: { line: index, character: 0 }, end: { line: index, character: line.length } },
      severity: ((index % 3) + 1) as 1 | 2 | 3,
      code: 'example-rule',
      message: `Finding number ${index + 1} on this line.`,
      data: { messageId: 'example', cites: { kind: 'modality', id: '1.2.4' } },
    }));
    let state = run(initialState({ locale: 'en', manuals: [{ ...base, diagnostics }] }), { type: 'pane', to: 'findings' });
    for (let i = 0; i < 25; i++) state = run(state, { type: 'move', by: 1 });
    await expect(screen(state)).toMatchFileSnapshot(pin('en-scrolled'));
  });

  test('with many manuals, the criteria pane keeps axis 4 and lets the legend go (the help shows the marks)', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...manualView('clean', 'en'), displayPath: `manuels/m${i}.cps.yaml`, uri: `file:///work/manuels/m${i}.cps.yaml` }));
    const lines = screen(run(initialState({ locale: 'en', width: 80, height: 24, manuals: many }), { type: 'pane', to: 'criteria' })).split('\n');
    expect(lines.some((line) => /^Axis 4 \(strategy\): monitoring and evaluation, unscored\s+✔1 ✔2 ✔3$/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('not applicable'))).toBe(false);
  });

  test('a terminal narrower than 80 columns is told so, in words, instead of a garbled table', async () => {
    const state = start('en', { type: 'status', message: 'manuels/findings.cps.yaml changed' }, { type: 'resize', width: 60, height: 30 }, { type: 'pane', to: 'findings' });
    await expect(screen(state)).toMatchFileSnapshot(pin('en-60x30'));
    const french = screen(start('fr', { type: 'resize', width: 79, height: 24 }));
    expect(french).toContain('La fenêtre fait 79\u00a0colonnes de large\u00a0; cps tui en demande au moins 80.');
  });

  test('a taller terminal gives the panes its rows', async () => {
    const state = start('en', { type: 'status', message: 'manuels/findings.cps.yaml changed' }, { type: 'resize', width: 80, height: 34 }, { type: 'pane', to: 'findings' });
    await expect(screen(state)).toMatchFileSnapshot(pin('en-80x34'));
  });

  test('the coverage pane at 80×24 shows every line, scrolling: the header, both phases and the session grid', { timeout: 30_000 }, () => {
    let state = start('en', { type: 'pane', to: 'coverage' });
    const seen = new Set<string>();
    for (let step = 0; step < 12; step++) {
      for (const line of screen(state).split('\n')) seen.add(line.trim());
      state = run(state, { type: 'move', by: 1 });
    }
    const text = [...seen].join('\n');
    for (const expected of [
      'Competencies (minutes of sessions and practices)',
      'Phase 1 — Understanding and acceptance',
      'Phase 2 — Regulation and achievement',
      'Sessions (20)',
      'Session by session',
    ]) {
      expect(text).toContain(expected);
    }
    for (const code of ['C1', 'E1', 'S1', 'C2', 'E2', 'S2']) {
      expect(text).toMatch(new RegExp(`✔ ${code} `));
      expect(text).toMatch(new RegExp(`^${code}  [■·]+$`, 'm'));
    }
    for (const line of screen(state).split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(screen(state).split('\n').length).toBeLessThanOrEqual(24);
  });
});

describe('the coverage pane with units per age band', () => {
  test('shows each age group’s minutes by competency, within the width', () => {
    const text = readFileSync(fileURLToPath(new URL('../../../../packages/language-server/test/fixtures/age-bands.cps.yaml', import.meta.url)), 'utf8');
    const { frame, unmount } = renderAt(createElement(CoverageView, { analysis: analyzeText(text, { locale: 'fr' }), locale: 'fr', width: 80 }));
    const lines = frame().split('\n');
    unmount();
    const at = lines.indexOf('Par groupe d’âge (minutes de séances et de pratiques)');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 2]).toMatch(/^7–11 ans +45 min +25 h 30 +45 min +30 min +30 min +30 min +28 h 30$/);
    expect(lines[at + 3]).toMatch(/^12–15 ans +40 min +24 h +40 min +40 min +aucune +40 min +26 h 40$/);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(80);
  });

  test('reflects the ages of activities: each group receives only those for its ages', () => {
    const text = readFileSync(fileURLToPath(new URL('../../../../packages/language-server/test/fixtures/activity-ages.cps.yaml', import.meta.url)), 'utf8');
    const { frame, unmount } = renderAt(createElement(CoverageView, { analysis: analyzeText(text, { locale: 'en' }), locale: 'en', width: 80 }));
    const lines = frame().split('\n');
    unmount();
    const at = lines.indexOf('By age group (minutes of sessions and practices)');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 2]).toMatch(/^ages 7–11 +none +25 h 30 +1 h +30 min +30 min +30 min +28 h$/);
    expect(lines[at + 3]).toMatch(/^ages 12–15 +18 h 30 +1 h 30 +30 min +30 min +30 min +30 min +22 h$/);
  });
});
