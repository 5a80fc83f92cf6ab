import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Key } from 'ink';
import { currentManual, initialState } from '../../src/tui/state.js';
import { keyIntent } from '../../src/tui/useKeys.js';
import { KEYS, interactive, press, settle } from './harness.js';
import { fixtureManuals } from './fixtures.js';

afterEach(() => cleanup());

/** The App over both fixtures at 80×24, with spies for its callbacks. */
function app() {
  const onQuit = vi.fn();
  const onOpen = vi.fn();
  const onReport = vi.fn();
  const session = interactive(initialState({ locale: 'en', width: 80, height: 24, manuals: fixtureManuals('en') }), onQuit, onOpen, onReport);
  const selected = () =>
    session
      .frame()
      .split('\n')
      .filter((line) => line.startsWith('›'))
      .map((line) => line.replace(/\s+/g, ' ').trim());
  return { ...session, onQuit, onOpen, onReport, selected };
}

describe('keys', () => {
  test('r asks for the selected manual’s report, from any pane, and the keys and the help say so', async () => {
    const { stdin, frame, onReport, store } = app();
    await settle();
    expect(frame()).toContain('r report');
    const selectedUri = () => currentManual(store.getState())?.manual.uri;
    const first = selectedUri();
    await press(stdin, 'r');
    expect(onReport).toHaveBeenLastCalledWith(first);
    await press(stdin, KEYS.down, '4', 'r');
    expect(selectedUri()).not.toBe(first);
    expect(onReport).toHaveBeenLastCalledWith(selectedUri());
    await press(stdin, '?');
    expect(frame()).toMatch(/ r +write the manual’s report \(HTML, to print\) next to it, and say/);
    // While the filter is typed, r is a letter of it.
    await press(stdin, '?', '/', 'r');
    expect(onReport).toHaveBeenCalledTimes(2);
  });

  test('arrows and j/k move the selection; Tab and Shift-Tab change pane; o opens the finding', async () => {
    const { stdin, store, frame, selected, onOpen } = app();
    await settle();
    expect(selected()[0]).toBe('› manuels/clean.cps.yaml 0 0 100');
    await press(stdin, KEYS.down);
    // Two errors: its score is provisional, marked "?".
    expect(selected()[0]).toBe('› manuels/findings.cps.yaml 2 1 89?');
    expect(store.getState().selectedManual).toBe(1);

    await press(stdin, KEYS.tab);
    expect(store.getState().pane).toBe('findings');
    expect(frame().split('\n')[0]).toContain('[2 Findings]');
    await press(stdin, 'j', KEYS.down);
    expect(store.getState().selectedFinding).toBe(2);
    expect(selected()[1]).toMatch(/^› 43:26 error "E1\.3" is not a competency/);
    expect(frame()).toContain('    43 |     competencies: [E2.1, E1.3]\n       |                          ^^^^');
    await press(stdin, 'k');
    expect(store.getState().selectedFinding).toBe(1);
    await press(stdin, KEYS.down, 'o');
    expect(onOpen).toHaveBeenCalledWith('file:///work/manuels/findings.cps.yaml', 43, 26);

    await press(stdin, KEYS.shiftTab);
    expect(store.getState().pane).toBe('files');
    await press(stdin, 'o');
    expect(onOpen).toHaveBeenLastCalledWith('file:///work/manuels/findings.cps.yaml', 43, 26);
    await press(stdin, '3');
    expect(frame()).toContain('Quality criteria (SpF) — provisional score 89/100');
    await press(stdin, 'o');
    expect(onOpen).toHaveBeenLastCalledWith('file:///work/manuels/findings.cps.yaml', 1, 1);
    await press(stdin, KEYS.up);
    expect(frame()).toContain('Quality criteria (SpF) — score 100/100');
    await press(stdin, KEYS.tab);
    expect(frame()).toContain('Competencies (minutes of sessions and practices)');
  });

  test('keys that arrive together in one chunk are each read, as when typed fast or pasted', async () => {
    const { stdin, store } = app();
    await settle();
    await press(stdin, '/E1.3\r');
    expect(store.getState().filter).toBe('E1.3');
    expect(store.getState().typingFilter).toBe(false);
    await press(stdin, 'jq');
    expect(store.getState().filter).toBe('E1.3');
  });

  test('`/` filters as one types; Escape clears; Enter keeps', async () => {
    const { stdin, store, frame } = app();
    await settle();
    await press(stdin, '/', 'q', 'j', KEYS.backspace, KEYS.backspace);
    expect(store.getState()).toMatchObject({ typingFilter: true, filter: '' });
    await press(stdin, 's', 'c', 'h', 'É');
    expect(frame()).toContain('/ Filter: schÉ█');
    expect(frame()).toContain('Manuals (1)');
    await press(stdin, KEYS.escape);
    expect(store.getState().typingFilter).toBe(false);
    expect(store.getState().filter).toBeUndefined();
    expect(frame()).toContain('Manuals (2)');
    await press(stdin, '/', 'c', 'l', 'e', 'a', 'n', KEYS.enter);
    expect(store.getState()).toMatchObject({ typingFilter: false, filter: 'clean' });
    expect(frame()).toContain('Filter "clean": 1 manual, 0 findings');
  });

  test('keys typed faster than the screen is drawn go to the filter, not to quitting', async () => {
    const { stdin, store, onQuit } = app();
    await settle();
    stdin.write('/');
    stdin.write('q');
    await settle();
    expect(onQuit).not.toHaveBeenCalled();
    expect(store.getState().filter).toBe('q');
  });

  test('`?` shows the help, Escape closes it; q and Ctrl-C quit', async () => {
    const { stdin, frame, onQuit } = app();
    await settle();
    await press(stdin, '?');
    expect(frame()).toContain('cpskit — keys');
    await press(stdin, 'j');
    expect(frame()).toContain('cpskit — keys');
    await press(stdin, KEYS.escape);
    expect(frame()).not.toContain('cpskit — keys');
    await press(stdin, 'q');
    expect(onQuit).toHaveBeenCalledTimes(1);
    await press(stdin, KEYS.ctrlC);
    expect(onQuit).toHaveBeenCalledTimes(2);
  });

  test('a resized terminal is laid out again', async () => {
    const { stdout, store, frame } = app();
    await settle();
    Object.defineProperty(stdout, 'columns', { configurable: true, get: () => 100 });
    Object.defineProperty(stdout, 'rows', { configurable: true, get: () => 30 });
    stdout.emit('resize');
    await settle();
    expect(store.getState()).toMatchObject({ width: 100, height: 30 });
    expect(frame().split('\n')[0]).toHaveLength(100);
  });

  test('news from the server redraws the screen and keeps the selection', async () => {
    const { store, selected } = app();
    await settle();
    store.dispatch({ type: 'move', by: 1 });
    await settle();
    const [, clean] = fixtureManuals('en');
    store.dispatch({ type: 'manual', manual: { ...clean!, uri: 'file:///work/a.cps.yaml', displayPath: 'a.cps.yaml' } });
    await settle();
    // Two errors: its score is provisional, marked "?".
    expect(selected()[0]).toBe('› manuels/findings.cps.yaml 2 1 89?');
    expect(store.getState().selectedManual).toBe(2);
  });
});

describe('keyIntent', () => {
  const none: Key = {
    upArrow: false,
    downArrow: false,
    leftArrow: false,
    rightArrow: false,
    pageDown: false,
    pageUp: false,
    home: false,
    end: false,
    return: false,
    escape: false,
    ctrl: false,
    shift: false,
    tab: false,
    backspace: false,
    delete: false,
    meta: false,
    super: false,
    hyper: false,
    capsLock: false,
    numLock: false,
  };
  const state = initialState({ locale: 'en', manuals: fixtureManuals('en') });

  test('reads each key as the action it stands for', () => {
    expect(keyIntent('', { ...none, pageDown: true }, state)).toEqual({ kind: 'action', action: { type: 'page', by: 1 } });
    expect(keyIntent('', { ...none, pageUp: true }, state)).toEqual({ kind: 'action', action: { type: 'page', by: -1 } });
    expect(keyIntent('', { ...none, home: true }, state)).toEqual({ kind: 'action', action: { type: 'edge', to: 'first' } });
    expect(keyIntent('G', { ...none, shift: true }, state)).toEqual({ kind: 'action', action: { type: 'edge', to: 'last' } });
    expect(keyIntent('', { ...none, tab: true, shift: true }, state)).toEqual({ kind: 'action', action: { type: 'pane', to: 'previous' } });
    expect(keyIntent('4', none, state)).toEqual({ kind: 'action', action: { type: 'pane', to: 'coverage' } });
    expect(keyIntent('x', none, state)).toBeUndefined();
    expect(keyIntent('q', { ...none, meta: true }, state)).toBeUndefined();
  });
});
