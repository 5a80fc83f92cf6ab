import { reduce, type TuiAction } from './state.js';
import type { TuiState } from './types.js';

/** The TUI's state held outside React, so that the LSP session can dispatch the server's news. */
export interface TuiStore {
  readonly getState: () => TuiState;
  readonly dispatch: (action: TuiAction) => void;
  /** Calls `listener` after every change; returns the function that stops it. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** A store over `reduce`, starting from `initial`. */
export function createTuiStore(initial: TuiState): TuiStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch: (action) => {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
