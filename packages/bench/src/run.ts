// `pnpm bench`: every benchmark of cpskit, with its figures and its targets.
import { lspLatency } from './lsp-latency.js';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

console.log(`cpskit benchmarks — Node ${process.version}, ${new Date().toISOString()}`);

const lsp = await lspLatency();
console.log(`
Language server, ${lsp.lines}-line manual, ${lsp.edits} one-character edits over JSON-RPC (stdio), debounce included:
  edit → fresh diagnostics   median ${fmt(lsp.median)}   p95 ${fmt(lsp.p95)}   max ${fmt(lsp.max)}   (target p95 ≤ 100 ms: ${verdict(lsp.p95 <= 100)})
  baseline, same text        full parse with the yaml package alone: median ${fmt(lsp.fullParseMedian)}
  ratio                      p95 / full yaml parse = ${(lsp.p95 / lsp.fullParseMedian).toFixed(2)}
  server memory              after open: resident ${lsp.openRssMb.toFixed(0)} MB (peak ${lsp.openPeakRssMb.toFixed(0)} MB); after the edits: resident ${lsp.rssMb.toFixed(0)} MB, peak ${lsp.peakRssMb.toFixed(0)} MB   (target ≤ 150 MB: ${verdict(lsp.peakRssMb <= 150)})`);
