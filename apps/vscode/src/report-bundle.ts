// The report's code (Vega among it) as a file of its own beside extension.cjs: the extension
// loads it only when a report is exported, so that activation does not parse it.
export { manualHtml, manualReport } from '@cpskit/report';
