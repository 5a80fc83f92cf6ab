import { describe, expect, test } from 'vitest';
import { currentFinding, currentManual, initialState, reduce, visibleManuals, type TuiAction } from '../../src/tui/state.js';
import type { ManualView, TuiState } from '../../src/tui/types.js';
import { fixtureManuals, manualView } from './fixtures.js';

const run = (state: TuiState, ...actions: TuiAction[]) => actions.reduce(reduce, state);
const paths = (state: TuiState) => visibleManuals(state).map((entry) => entry.manual.displayPath);
const codes = (state: TuiState) => currentManual(state)?.findings.map((diagnostic) => diagnostic.code);

/** Both fixtures, the one with findings selected, in the Findings pane. */
function onFindings(locale: 'en' | 'fr' = 'en'): TuiState {
  return run(initialState({ locale, manuals: fixtureManuals(locale) }), { type: 'move', by: 1 }, { type: 'pane', to: 'findings' });
}

describe('initialState', () => {
  test('starts on the file list, nothing filtered, 80×24 unless told', () => {
    const state = initialState({ locale: 'fr' });
    expect(state).toEqual({
      locale: 'fr',
      manuals: [],
      selectedManual: 0,
      selectedFinding: 0,
      pane: 'files',
      coverageScroll: 0,
      typingFilter: false,
      showHelp: false,
      width: 80,
      height: 24,
    });
    expect(initialState({ locale: 'en', width: 120, height: 40, status: 'Starting…' })).toMatchObject({ width: 120, height: 40, status: 'Starting…' });
  });

  test('sorts the manuals by path and their diagnostics by place', () => {
    const [findings, clean] = fixtureManuals('en') as [ManualView, ManualView];
    const shuffled = { ...findings, diagnostics: [...findings.diagnostics].reverse() };
    const state = initialState({ locale: 'en', manuals: [shuffled, clean] });
    expect(paths(state)).toEqual(['manuels/clean.cps.yaml', 'manuels/findings.cps.yaml']);
    expect(state.manuals[1]!.diagnostics.map((diagnostic) => diagnostic.range.start.line + 1)).toEqual([1, 14, 43, 54]);
  });
});

describe('news from the server', () => {
  test('a manual added before the selected one keeps the selection on the same manual', () => {
    const findings = manualView('findings', 'en');
    let state = run(initialState({ locale: 'en' }), { type: 'manual', manual: findings });
    expect(currentManual(state)?.manual.uri).toBe(findings.uri);
    state = run(state, { type: 'manual', manual: manualView('clean', 'en') });
    expect(paths(state)).toEqual(['manuels/clean.cps.yaml', 'manuels/findings.cps.yaml']);
    expect(state.selectedManual).toBe(1);
    expect(currentManual(state)?.manual.uri).toBe(findings.uri);
  });

  test('an updated manual replaces the old one, and the selected finding stays in range', () => {
    let state = run(onFindings(), { type: 'edge', to: 'last' });
    expect(state.selectedFinding).toBe(3);
    const findings = manualView('findings', 'en');
    state = run(state, { type: 'manual', manual: { ...findings, diagnostics: findings.diagnostics.slice(0, 2) } });
    expect(state.manuals).toHaveLength(2);
    expect(codes(state)).toEqual(['missing-section', 'declaration-evidence']);
    expect(state.selectedFinding).toBe(1);
    state = run(state, { type: 'manual', manual: { ...findings, diagnostics: [] } });
    expect(state.selectedFinding).toBe(0);
    expect(currentFinding(state)).toBeUndefined();
  });

  test('a removed manual moves the selection to a neighbour', () => {
    let state = onFindings();
    state = run(state, { type: 'manual-removed', uri: 'file:///work/manuels/findings.cps.yaml' });
    expect(paths(state)).toEqual(['manuels/clean.cps.yaml']);
    expect(state.selectedManual).toBe(0);
    expect(run(state, { type: 'manual-removed', uri: 'file:///nowhere.cps.yaml' })).toBe(state);
    state = run(state, { type: 'manual-removed', uri: 'file:///work/manuels/clean.cps.yaml' });
    expect(state.manuals).toEqual([]);
    expect([state.selectedManual, state.selectedFinding]).toEqual([0, 0]);
  });

  test('a problem marks its manual, adds one not yet known, or goes to the status bar', () => {
    let state = onFindings();
    state = run(state, { type: 'problem', uri: 'file:///work/manuels/findings.cps.yaml', message: 'EACCES' });
    expect(currentManual(state)?.manual.problem).toBe('EACCES');
    expect(currentManual(state)?.manual.diagnostics).toHaveLength(4);
    state = run(state, { type: 'problem', uri: 'file:///work/manuels/a.cps.yaml', displayPath: 'manuels/a.cps.yaml', message: 'not UTF-8' });
    expect(paths(state)[0]).toBe('manuels/a.cps.yaml');
    expect(state.manuals[0]).toEqual({ displayPath: 'manuels/a.cps.yaml', uri: 'file:///work/manuels/a.cps.yaml', text: '', diagnostics: [], problem: 'not UTF-8' });
    expect(currentManual(state)?.manual.displayPath).toBe('manuels/findings.cps.yaml');
    state = run(state, { type: 'problem', message: 'The language server stopped.' });
    expect(state.status).toBe('The language server stopped.');
    // The next check of the manual is the truth: its problem is gone.
    state = run(state, { type: 'manual', manual: manualView('findings', 'en') });
    expect(state.manuals.find((manual) => manual.displayPath === 'manuels/findings.cps.yaml')?.problem).toBeUndefined();
  });
});

describe('moving', () => {
  test('up and down in the file list stay in range and start the findings from the top', () => {
    let state = run(onFindings(), { type: 'move', by: 2 }, { type: 'pane', to: 'files' });
    expect(state.selectedFinding).toBe(2);
    state = run(state, { type: 'move', by: -1 });
    expect([state.selectedManual, state.selectedFinding]).toEqual([0, 0]);
    expect(run(state, { type: 'move', by: -1 })).toBe(state);
    expect(run(state, { type: 'move', by: 5 }).selectedManual).toBe(1);
  });

  test('up and down in the findings move the finding, in range', () => {
    const state = onFindings();
    expect(run(state, { type: 'move', by: 1 }).selectedFinding).toBe(1);
    expect(run(state, { type: 'move', by: -1 })).toBe(state);
    expect(run(state, { type: 'move', by: 9 }).selectedFinding).toBe(3);
    expect(run(state, { type: 'move', by: 9 }).selectedManual).toBe(1);
  });

  test('up and down in Criteria change the manual', () => {
    const state = run(onFindings(), { type: 'pane', to: 'criteria' }, { type: 'move', by: -1 });
    expect(currentManual(state)?.manual.displayPath).toBe('manuels/clean.cps.yaml');
  });

  test('up and down in Coverage scroll it, within its lines, and a new manual starts at the top', () => {
    const coverage = run(onFindings(), { type: 'pane', to: 'coverage' });
    expect(currentManual(coverage)?.manual.displayPath).toBe('manuels/findings.cps.yaml');
    const down = run(coverage, { type: 'move', by: 1 }, { type: 'move', by: 1 });
    expect(down.coverageScroll).toBe(2);
    expect(currentManual(down)?.manual.displayPath).toBe('manuels/findings.cps.yaml');
    const bottom = run(down, { type: 'edge', to: 'last' });
    expect(bottom.coverageScroll).toBeGreaterThan(2);
    expect(run(bottom, { type: 'move', by: 1 })).toBe(bottom);
    expect(run(bottom, { type: 'edge', to: 'first' }).coverageScroll).toBe(0);
    const other = run(bottom, { type: 'pane', to: 'files' }, { type: 'move', by: -1 });
    expect(other.coverageScroll).toBe(0);
  });

  test('page down and up move by about the rows shown; Home and End go to the edges', () => {
    const weak = manualView('findings', 'en');
    const many: ManualView = {
      ...weak,
      diagnostics: Array.from({ length: 40 }, (_, line) => ({ ...weak.diagnostics[0]!, range: { start: { line, character: 0 }, end: { line, character: 1 } } })),
    };
    let state = run(initialState({ locale: 'en', manuals: [many] }), { type: 'pane', to: 'findings' }, { type: 'page', by: 1 });
    const page = state.selectedFinding;
    expect(page).toBeGreaterThan(5);
    expect(page).toBeLessThan(20);
    state = run(state, { type: 'page', by: 1 }, { type: 'page', by: -1 });
    expect(state.selectedFinding).toBe(page);
    expect(run(state, { type: 'edge', to: 'last' }).selectedFinding).toBe(39);
    expect(run(state, { type: 'edge', to: 'first' }).selectedFinding).toBe(0);
    expect(run(state, { type: 'resize', width: 80, height: 60 }, { type: 'edge', to: 'first' }, { type: 'page', by: 1 }).selectedFinding).toBeGreaterThan(page);
  });

  test('Tab and Shift-Tab go round the panes; a pane can be named', () => {
    const state = initialState({ locale: 'en' });
    const panes = [1, 2, 3, 4].map((count) => run(state, ...Array<TuiAction>(count).fill({ type: 'pane', to: 'next' })).pane);
    expect(panes).toEqual(['findings', 'criteria', 'coverage', 'files']);
    expect(run(state, { type: 'pane', to: 'previous' }).pane).toBe('coverage');
    expect(run(state, { type: 'pane', to: 'criteria' }).pane).toBe('criteria');
  });

  test('Enter goes from a manual to its findings', () => {
    const state = initialState({ locale: 'en', manuals: fixtureManuals('en') });
    expect(run(state, { type: 'confirm' }).pane).toBe('findings');
    expect(run(initialState({ locale: 'en' }), { type: 'confirm' }).pane).toBe('files');
    const onFindingsPane = run(state, { type: 'confirm' });
    expect(run(onFindingsPane, { type: 'confirm' })).toBe(onFindingsPane);
  });
});

describe('the filter', () => {
  test('`/` starts it; typing edits it; Backspace erases a character; Enter keeps it', () => {
    let state = run(onFindings(), { type: 'filter-start' });
    expect([state.typingFilter, state.filter]).toEqual([true, '']);
    state = run(state, { type: 'filter-type', text: 'schemé' }, { type: 'filter-type', text: 'x' }, { type: 'filter-erase' }, { type: 'filter-erase' });
    expect(state.filter).toBe('schem');
    state = run(state, { type: 'confirm' });
    expect([state.typingFilter, state.filter]).toEqual([false, 'schem']);
    expect(run(state, { type: 'filter-type', text: 'a' })).toBe(state);
    // `/` again edits the filter kept.
    expect(run(state, { type: 'filter-start' }, { type: 'filter-type', text: 'a' }).filter).toBe('schema');
  });

  test('Escape clears it, typed or kept; an empty filter kept is no filter', () => {
    const typing = run(onFindings(), { type: 'filter-start' }, { type: 'filter-type', text: 'x' });
    for (const cleared of [run(typing, { type: 'cancel' }), run(typing, { type: 'confirm' }, { type: 'cancel' })]) {
      expect(cleared.typingFilter).toBe(false);
      expect('filter' in cleared).toBe(false);
    }
    expect('filter' in run(onFindings(), { type: 'filter-start' }, { type: 'confirm' })).toBe(false);
    const plain = onFindings();
    expect(run(plain, { type: 'cancel' })).toBe(plain);
  });

  test('control characters are not typed', () => {
    const state = run(onFindings(), { type: 'filter-start' }, { type: 'filter-type', text: 'a\u0007\u001B[Ab' });
    expect(state.filter).toBe('a[Ab');
  });

  test('keeps the manuals whose path contains it, with all their findings', () => {
    const state = run(onFindings(), { type: 'filter-start' }, { type: 'filter-type', text: 'CLEAN' });
    expect(paths(state)).toEqual(['manuels/clean.cps.yaml']);
    expect(state.selectedManual).toBe(0);
    const findings = run(onFindings(), { type: 'filter-start' }, { type: 'filter-type', text: 'findings.cps' });
    expect(codes(findings)).toEqual(['missing-section', 'declaration-evidence', 'unknown-competency', 'schema']);
  });

  test('keeps the findings whose message, rule or criterion contains it, accents and case ignored', () => {
    const filter = (text: string, locale: 'en' | 'fr' = 'en') => codes(run(onFindings(locale), { type: 'filter-start' }, { type: 'filter-type', text }));
    expect(filter('SCHEMA')).toEqual(['schema']);
    expect(filter('1.2.3')).toEqual(['unknown-competency']);
    expect(filter('2.2')).toEqual(['missing-section']);
    expect(filter('titel')).toEqual(['schema']);
    expect(filter('competence', 'fr')).toEqual(['unknown-competency']);
    expect(filter('CLÉ INCONNUE', 'fr')).toEqual(['schema']);
    expect(filter('cle inconnue', 'fr')).toEqual(['schema']);
    const none = run(onFindings(), { type: 'filter-start' }, { type: 'filter-type', text: 'zzz' });
    expect(paths(none)).toEqual([]);
    expect([none.selectedManual, none.selectedFinding]).toEqual([0, 0]);
    expect(currentManual(none)).toBeUndefined();
  });

  test('the selection stays on the same finding when the filter still shows it', () => {
    let state = run(onFindings(), { type: 'move', by: 2 });
    expect(currentFinding(state)?.code).toBe('unknown-competency');
    state = run(state, { type: 'filter-start' }, { type: 'filter-type', text: 'e1.3' });
    expect(state.selectedFinding).toBe(0);
    state = run(state, { type: 'cancel' });
    expect(state.selectedFinding).toBe(2);
    expect(currentFinding(state)?.code).toBe('unknown-competency');
  });
});

describe('help, size and status', () => {
  test('`?` toggles the help; Escape and Enter close it; moving does nothing under it', () => {
    const state = run(onFindings(), { type: 'help' });
    expect(state.showHelp).toBe(true);
    expect(run(state, { type: 'help' }).showHelp).toBe(false);
    expect(run(state, { type: 'cancel' }).showHelp).toBe(false);
    expect(run(state, { type: 'confirm' })).toMatchObject({ showHelp: false, pane: 'findings' });
    expect(run(state, { type: 'move', by: 1 })).toBe(state);
    expect(run(state, { type: 'pane', to: 'next' })).toMatchObject({ showHelp: false, pane: 'criteria' });
  });

  test('resize keeps the selections', () => {
    const state = run(onFindings(), { type: 'move', by: 1 }, { type: 'resize', width: 132.4, height: 0 });
    expect(state).toMatchObject({ width: 132, height: 1, selectedManual: 1, selectedFinding: 1 });
    expect(run(state, { type: 'resize', width: 132, height: 1 })).toBe(state);
  });

  test('a status line is set and cleared', () => {
    const state = run(onFindings(), { type: 'status', message: 'manuels/findings.cps.yaml changed' });
    expect(state.status).toBe('manuels/findings.cps.yaml changed');
    expect('status' in run(state, { type: 'status' })).toBe(false);
  });
});
