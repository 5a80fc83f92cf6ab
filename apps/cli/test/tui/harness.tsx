import { stripVTControlCharacters } from 'node:util';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { App } from '../../src/tui/components/App.js';
import { TuiRoot } from '../../src/tui/components/TuiRoot.js';
import { reduce, type TuiAction } from '../../src/tui/state.js';
import { createTuiStore, type TuiStore } from '../../src/tui/store.js';
import type { TuiState } from '../../src/tui/types.js';

/**
 * Renders at a fixed terminal width. ink-testing-library's stdout reports 100 columns from
 * a getter on its class, with no option to change it; the class is reached through the
 * stdout of a first render, and its getter replaced for the renders that follow.
 */
export function renderAt(tree: ReactElement, columns = 80) {
  const probe = render(<Text />);
  Object.defineProperty(Object.getPrototypeOf(probe.stdout), 'columns', { configurable: true, get: () => columns });
  probe.unmount();
  const result = render(tree);
  return {
    ...result,
    /** The last frame without colours: what a terminal with NO_COLOR shows. */
    frame: () => stripVTControlCharacters(result.lastFrame() ?? ''),
  };
}

/** Draws `state` once, keys off: no store, dispatch does nothing. */
export function draw(state: TuiState): string {
  return stripVTControlCharacters(drawRaw(state));
}

/** The same, as written to the terminal: with Ink's colours, and anything else the text holds. */
export function drawRaw(state: TuiState): string {
  const { lastFrame, unmount } = renderAt(<App state={state} dispatch={() => {}} onQuit={() => {}} onOpen={() => {}} keys={false} />, state.width);
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

/** Draws the state that `actions` lead to from `state`. */
export function drawAfter(state: TuiState, ...actions: TuiAction[]): string {
  return draw(actions.reduce(reduce, state));
}

/** The App over a store, reading keys from the test's stdin, with spies for its callbacks. */
export function interactive(state: TuiState, onQuit: () => void, onOpen: (uri: string, line: number, column: number) => void, onReport?: (uri: string) => void) {
  const store: TuiStore = createTuiStore(state);
  const result = renderAt(<TuiRoot store={store} onQuit={onQuit} onOpen={onOpen} {...(onReport ? { onReport } : {})} />, state.width);
  return { ...result, store };
}

export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  pageDown: '\u001B[6~',
  tab: '\t',
  shiftTab: '\u001B[Z',
  escape: '\u001B',
  enter: '\r',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const;

/** Lets Ink read the input and draw: it flushes a lone Escape on the next turn of the event loop. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Types `keys` one press at a time, letting Ink read each. */
export async function press(stdin: { write: (data: string) => void }, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await settle();
  }
}
