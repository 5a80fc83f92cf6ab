// `pnpm bench`: every benchmark of cpskit, with its figures and its targets.
import { cliSpeed } from './cli-speed.js';
import { coldStartCaches } from './cold-start-caches.js';
import { limitsBench } from './limits-bench.js';
import { lspLatency } from './lsp-latency.js';
import { reportSpeed } from './report-speed.js';
import { tuiLatency } from './tui-latency.js';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

console.log(`cpskit benchmarks — Node ${process.version}, ${new Date().toISOString()}`);

const typing = await lspLatency({ pauseMs: 150 });
const burst = await lspLatency({ pauseMs: 0 });
const lspLine = (lsp: typeof typing) => `median ${fmt(lsp.median)}   p95 ${fmt(lsp.p95)}   max ${fmt(lsp.max)}`;
console.log(`
Language server, ${typing.lines}-line manual, ${typing.edits} one-character edits over JSON-RPC (stdio), each sent once the last one's diagnostics came:
  edit → fresh diagnostics, typing (150 ms between a result and the next key: checked at once)
                             ${lspLine(typing)}   (target p95 ≤ 100 ms: ${verdict(typing.p95 <= 100)})
  edit → fresh diagnostics, back to back (each edit within 30 ms of the last check: debounced, the 30 ms included)
                             ${lspLine(burst)}
  server processor time      ${fmt(typing.cpuPerEdit)} per edit typing, ${fmt(burst.cpuPerEdit)} back to back (load-independent: what the edits cost the server)
  baseline, same text        full parse with the yaml package alone: median ${fmt(typing.fullParseMedian)}
  ratio                      p95 / full yaml parse = ${(typing.p95 / typing.fullParseMedian).toFixed(2)} typing, ${(burst.p95 / typing.fullParseMedian).toFixed(2)} back to back
  server memory              after open: resident ${typing.openRssMb.toFixed(0)} MB (peak ${typing.openPeakRssMb.toFixed(0)} MB); after the edits: resident ${typing.rssMb.toFixed(0)} MB, peak ${typing.peakRssMb.toFixed(0)} MB typing, ${burst.peakRssMb.toFixed(0)} MB back to back   (target ≤ 150 MB: ${verdict(Math.max(typing.peakRssMb, burst.peakRssMb) <= 150)})`);

const cli = cliSpeed();
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(`
cps check, whole processes (median of 5 runs each, alternated), in one run:
  1,000 manuals (${cli.corpus.lines} lines, ${cli.corpus.megabytes.toFixed(1)} MB)
    cps check          ${fmt(cli.corpus.cps)}
    floor              ${fmt(cli.corpus.floor)}   (read + parse with the yaml package)
    ajv schema-only    ${fmt(cli.corpus.ajv)}   (read + parse + validate against schemas/manual.schema.json)
    ratios             cps / floor = ${ratio(cli.corpus.cps, cli.corpus.floor)} (target ≤ 1.0: ${verdict(cli.corpus.cps <= cli.corpus.floor)})   cps / ajv = ${ratio(cli.corpus.cps, cli.corpus.ajv)}
    output of two runs byte-identical: ${cli.corpus.identical ? 'yes' : 'NO'}
  one ${cli.large.lines}-line manual
    cps check          ${fmt(cli.large.cps)}
    floor              ${fmt(cli.large.floor)}
    ajv schema-only    ${fmt(cli.large.ajv)}
    ratios             cps / floor = ${ratio(cli.large.cps, cli.large.floor)} (target ≤ 1.5: ${verdict(cli.large.cps <= 1.5 * cli.large.floor)})   cps / ajv = ${ratio(cli.large.cps, cli.large.ajv)}
  cold start on one manual (median of 20)
    cps check          ${fmt(cli.cold.cps)}   (target ≤ 250 ms: ${verdict(cli.cold.cps <= 250)})
    without the build's code cache   ${fmt(cli.cold.noCache)}
    cps --version      ${fmt(cli.cold.version)}
    node -e 0          ${fmt(cli.cold.node)}`);

const caches = coldStartCaches();
console.log(`
cps check on one manual from a cold start, Node ${caches.node} (median of 21, alternated): which cache skips the compile
    the build's V8 code cache (recorded by this Node)   ${fmt(caches.buildCache)}
    Node's compile cache (module.enableCompileCache)    ${fmt(caches.compileCache)}   (used when the build's cache is another V8's)
    no cache                                            ${fmt(caches.none)}
    node -e 0                                           ${fmt(caches.nodeAlone)}`);
const report = reportSpeed();
console.log(`
cps report --aggregate (issue 15), whole processes, median of ${report.runs} runs each, alternated:
  1,000 manuals (${report.megabytes.toFixed(1)} MB), ages and settings varied
    cps check --format json      ${fmt(report.check)}   (the analyses the territory is built from)
    report --aggregate (html)    ${fmt(report.html)}   (${(report.htmlBytes / 1e6).toFixed(2)} MB, charts inside)
    report --aggregate (csv)     ${fmt(report.csv)}
    ratios                       html / check = ${ratio(report.html, report.check)}   csv / check = ${ratio(report.csv, report.check)}`);

const tui = await tuiLatency();
console.log(
  tui
    ? `
cps tui following a manual edited on disk (tmux, ${tui.edits} alternating edits):
  write → screen updated     median ${fmt(tui.median)}   max ${fmt(tui.max)}   (target ≤ 1000 ms: ${verdict(tui.max <= 1000)})
  baseline, same manual      a cold \`cps check\`: median ${fmt(tui.checkMedian)}`
    : '\ncps tui: tmux is not installed, live-update latency not measured',
);

const limits = limitsBench();
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
console.log(`
Limits (issue 11): texts written to be costly, at the size limit, each checked in a fresh process (validateText):
${limits.hostile.map((entry) => `  ${entry.name.padEnd(48)} ${mb(entry.bytes)}   ${fmt(entry.ms).padStart(10)}   peak ${entry.peakMb.toFixed(0).padStart(4)} MB   ${entry.findings} findings`).join('\n')}
  slowest ${fmt(limits.hostile.reduce((most, entry) => Math.max(most, entry.ms), 0))} (target ≤ 5 s: ${verdict(limits.hostile.every((entry) => entry.ms <= 5000))})   highest peak ${limits.hostile.reduce((most, entry) => Math.max(most, entry.peakMb), 0).toFixed(0)} MB (target ≤ 600 MB: ${verdict(limits.hostile.every((entry) => entry.peakMb <= 600))})
  cps check on a ${limits.oversize.megabytes} MB manual   ${fmt(limits.oversize.ms)}   peak ${limits.oversize.peakMb.toFixed(0)} MB   (one finding: ${limits.oversize.output.includes('limits') ? 'yes' : 'NO'})
  a line of ${limits.cursor.lineLength.toLocaleString('en-GB')} characters of "- "   completion ${fmt(limits.cursor.completionMs)} (${limits.cursor.items} items)   hover ${fmt(limits.cursor.hoverMs)}   (target ≤ 100 ms: ${verdict(Math.max(limits.cursor.completionMs, limits.cursor.hoverMs) <= 100)})`);
