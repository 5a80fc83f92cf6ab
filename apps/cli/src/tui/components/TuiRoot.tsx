import { useSyncExternalStore } from 'react';
import type { TuiStore } from '../store.js';
import type { TuiCallbacks } from '../useKeys.js';
import { App } from './App.js';

export interface TuiRootProps extends TuiCallbacks {
  readonly store: TuiStore;
}

/** The App drawn from a store, redrawn on each change: what `cps tui` renders. */
export function TuiRoot({ store, onQuit, onOpen, onReport }: TuiRootProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return <App state={state} dispatch={store.dispatch} onQuit={onQuit} onOpen={onOpen} {...(onReport ? { onReport } : {})} />;
}
