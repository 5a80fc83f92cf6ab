export type { ManualView, Pane, TuiState } from './types.js';
export { initialState, reduce, currentManual, currentFinding, visibleManuals, type TuiAction, type InitialStateOptions, type VisibleManual } from './state.js';
export { createTuiStore, type TuiStore } from './store.js';
export { keyIntent, useKeys, type KeyIntent, type TuiCallbacks } from './useKeys.js';
export { App, type AppProps } from './components/App.js';
export { TuiRoot, type TuiRootProps } from './components/TuiRoot.js';
