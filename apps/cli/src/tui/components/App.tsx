import { Box, Text } from 'ink';
import { layoutOf } from '../layout.js';
import { tuiMessage } from '../messages.js';
import { visibleManuals, type TuiAction } from '../state.js';
import type { TuiState } from '../types.js';
import { useKeys, type TuiCallbacks } from '../useKeys.js';
import { useTerminalSize } from '../useTerminalSize.js';
import { CoverageView } from './CoverageView.js';
import { CriteriaView } from './CriteriaView.js';
import { ModalityDetail } from './ModalityDetail.js';
import { FileList } from './FileList.js';
import { FilterBar } from './FilterBar.js';
import { FindingsView } from './FindingsView.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ManualHeading } from './ManualHeading.js';
import { PaneTabs } from './PaneTabs.js';
import { StatusBar } from './StatusBar.js';

/** The narrowest terminal the TUI lays its panes out for. */
export const MIN_COLUMNS = 80;

export interface AppProps extends TuiCallbacks {
  readonly state: TuiState;
  readonly dispatch: (action: TuiAction) => void;
  /** Whether the keyboard is read (false in tests that only draw). */
  readonly keys?: boolean;
}

/**
 * The TUI: the pane tabs, the manuals, the selected manual's findings, criteria or coverage,
 * the filter and the status bar, laid out for the terminal's size (one row short of it);
 * the help in the place of the list and the view. Draws `state`; reads keys into `dispatch`.
 */
export function App({ state, dispatch, onQuit, onOpen, onReport, keys = true }: AppProps) {
  useKeys(state, dispatch, { onQuit, onOpen, ...(onReport ? { onReport } : {}) }, keys);
  useTerminalSize(state.width, state.height, dispatch);
  if (state.width < MIN_COLUMNS) {
    // The tables are laid out for 80 columns; narrower, they would be cut in the middle of words.
    return <Text wrap="wrap">{tuiMessage('window.too-narrow', state.locale, { width: state.width, min: MIN_COLUMNS })}</Text>;
  }
  const layout = layoutOf(state);
  const { width, locale } = { width: layout.width, locale: state.locale };
  const shown = visibleManuals(state);
  const entry = shown[state.selectedManual];
  const findingsShown = shown.reduce((sum, manual) => sum + manual.findings.length, 0);
  const mode = state.showHelp ? 'help' : state.typingFilter ? 'filter' : state.filter !== undefined ? 'filtered' : 'main';

  let view;
  let detail: string | undefined;
  if (state.pane === 'criteria') {
    const analysis = entry?.manual.analysis;
    view =
      state.modalityDetail && analysis ? (
        <ModalityDetail analysis={analysis} diagnostics={entry.manual.diagnostics} index={state.selectedModality ?? 0} locale={locale} width={width} rows={layout.mainRows} />
      ) : (
        <CriteriaView analysis={analysis} locale={locale} width={width} rows={layout.mainRows} selectedModality={state.selectedModality ?? 0} />
      );
  } else if (state.pane === 'coverage') {
    view = <CoverageView analysis={entry?.manual.analysis} locale={locale} width={width} rows={layout.mainRows} scroll={state.coverageScroll} />;
  } else {
    view = (
      <FindingsView entry={entry} selected={state.selectedFinding} focused={state.pane === 'findings'} filter={state.filter} locale={locale} width={width} rows={layout.mainRows} />
    );
    if (entry) detail = tuiMessage('findings.count', locale, { count: entry.findings.length });
  }

  return (
    <Box flexDirection="column" width={width}>
      <PaneTabs pane={state.pane} locale={locale} manuals={state.manuals.length} width={width} />
      {state.showHelp ? (
        <HelpOverlay locale={locale} width={width} rows={layout.helpRows} />
      ) : (
        <>
          <FileList manuals={shown} selected={state.selectedManual} focused={state.pane === 'files'} filter={state.filter} locale={locale} width={width} rows={layout.filesRows} />
          <ManualHeading path={entry?.manual.displayPath} detail={detail} width={width} />
          <Box flexDirection="column" height={layout.mainRows} overflowY="hidden">
            {view}
          </Box>
        </>
      )}
      {layout.filterBar ? (
        <FilterBar locale={locale} filter={state.filter ?? ''} typing={state.typingFilter} manuals={shown.length} findings={findingsShown} width={width} />
      ) : null}
      <StatusBar locale={locale} status={state.status} mode={mode} width={width} />
    </Box>
  );
}
