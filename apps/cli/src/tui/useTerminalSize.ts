import { useStdout } from 'ink';
import { useEffect } from 'react';
import type { TuiAction } from './state.js';

/** Dispatches `resize` when the terminal's size differs from the state's, now and whenever it changes. */
export function useTerminalSize(width: number, height: number, dispatch: (action: TuiAction) => void): void {
  const { stdout } = useStdout();
  useEffect(() => {
    const measure = () => {
      // Streams that are not terminals have no size: keep the one the state has.
      const columns = stdout.columns || width;
      const rows = stdout.rows || height;
      if (columns !== width || rows !== height) dispatch({ type: 'resize', width: columns, height: rows });
    };
    measure();
    stdout.on('resize', measure);
    return () => {
      stdout.off('resize', measure);
    };
  }, [stdout, width, height, dispatch]);
}
