import { useInput, type Key } from 'ink';
import { useCallback, useRef } from 'react';
import { currentFinding, currentManual, reduce, type TuiAction } from './state.js';
import type { Pane, TuiState } from './types.js';

/** What the TUI asks of the program around it; the TUI itself starts no process and touches no file. */
export interface TuiCallbacks {
  /** `q` or Ctrl-C: the program should stop the server and leave. */
  readonly onQuit: () => void;
  /** `o`: open the manual in the person's editor, at a 1-based line and column. */
  readonly onOpen: (uri: string, line: number, column: number) => void;
  /** `r`: write the selected manual's report next to it, and say where in the status line. */
  readonly onReport?: (uri: string) => void;
}

/** What one key press means. */
export type KeyIntent =
  | { readonly kind: 'action'; readonly action: TuiAction }
  | { readonly kind: 'quit' }
  | { readonly kind: 'open'; readonly uri: string; readonly line: number; readonly column: number }
  | { readonly kind: 'report'; readonly uri: string };

const PANE_KEYS: Readonly<Record<string, Pane>> = { '1': 'files', '2': 'findings', '3': 'criteria', '4': 'coverage' };

const act = (action: TuiAction): KeyIntent => ({ kind: 'action', action });

/** Reads a key press as Ink reports it, in the state it was pressed in; pure. */
export function keyIntent(input: string, key: Key, state: TuiState): KeyIntent | undefined {
  if (key.ctrl && input === 'c') return { kind: 'quit' };
  if ((key.leftArrow || key.rightArrow) && state.pane === 'criteria' && !state.showHelp && !state.typingFilter) return act({ type: 'modality', by: key.leftArrow ? -1 : 1 });
  if (key.upArrow) return act({ type: 'move', by: -1 });
  if (key.downArrow) return act({ type: 'move', by: 1 });
  if (key.pageUp) return act({ type: 'page', by: -1 });
  if (key.pageDown) return act({ type: 'page', by: 1 });
  if (key.tab) return act({ type: 'pane', to: key.shift ? 'previous' : 'next' });
  if (key.escape) return act({ type: 'cancel' });
  if (key.return) return act({ type: 'confirm' });

  if (state.typingFilter) {
    if (key.backspace || key.delete) return act({ type: 'filter-erase' });
    if (key.ctrl || key.meta || !input) return undefined;
    return act({ type: 'filter-type', text: input });
  }
  if (key.ctrl || key.meta) return undefined;
  if (state.showHelp) {
    if (input === '?') return act({ type: 'help' });
    if (input === 'q') return { kind: 'quit' };
    return undefined;
  }
  if (key.home) return act({ type: 'edge', to: 'first' });
  if (key.end) return act({ type: 'edge', to: 'last' });
  switch (input) {
    case 'k':
      return act({ type: 'move', by: -1 });
    case 'j':
      return act({ type: 'move', by: 1 });
    case 'g':
      return act({ type: 'edge', to: 'first' });
    case 'G':
      return act({ type: 'edge', to: 'last' });
    case '/':
      return act({ type: 'filter-start' });
    case '?':
      return act({ type: 'help' });
    case 'q':
      return { kind: 'quit' };
    case 'o':
      return openIntent(state);
    case 'r': {
      const manual = currentManual(state)?.manual;
      return manual ? { kind: 'report', uri: manual.uri } : undefined;
    }
    default: {
      const pane = PANE_KEYS[input];
      return pane ? act({ type: 'pane', to: pane }) : undefined;
    }
  }
}

/** The selected manual, at the selected finding where the findings are shown (Manuals, Findings), else at its first line. */
function openIntent(state: TuiState): KeyIntent | undefined {
  const manual = currentManual(state)?.manual;
  if (!manual) return undefined;
  const finding = state.pane === 'files' || state.pane === 'findings' ? currentFinding(state) : undefined;
  const start = finding?.range.start ?? { line: 0, character: 0 };
  return { kind: 'open', uri: manual.uri, line: start.line + 1, column: start.character + 1 };
}

/**
 * Listens to the keyboard and turns presses into actions and callbacks. Keys that arrive
 * before React has drawn the last one (a paste, a fast typist) are read in the state the
 * previous keys lead to, so that `/q` filters on "q" instead of quitting.
 */
export function useKeys(state: TuiState, dispatch: (action: TuiAction) => void, callbacks: TuiCallbacks, isActive = true): void {
  const latest = useRef(state);
  // eslint-disable-next-line react-hooks/refs -- on purpose: the handler reads the state of the last render, then the state its own earlier keys lead to.
  latest.current = state;
  const { onQuit, onOpen, onReport } = callbacks;
  const handle = useCallback(
    (input: string, key: Key) => {
      // Keys typed or pasted faster than the terminal reports them arrive as one text ("/E9.9\r"):
      // each character is one key press, read in the state the ones before it lead to.
      const presses: [string, Key][] =
        input.length > 1 && !key.ctrl && !key.meta && !input.includes('\u001b')
          ? [...input].map((char) => (char === '\r' ? ['', { ...key, return: true }] : [char, key]))
          : [[input, key]];
      for (const [text, press] of presses) {
        const intent = keyIntent(text, press, latest.current);
        if (!intent) continue;
        if (intent.kind === 'quit') onQuit();
        else if (intent.kind === 'open') onOpen(intent.uri, intent.line, intent.column);
        else if (intent.kind === 'report') onReport?.(intent.uri);
        else {
          latest.current = reduce(latest.current, intent.action);
          dispatch(intent.action);
        }
      }
    },
    [dispatch, onQuit, onOpen, onReport],
  );
  useInput(handle, { isActive });
}
