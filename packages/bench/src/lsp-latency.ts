// Edit-to-diagnostics latency of the language server on a 5,000-line manual, over real
// JSON-RPC on stdio, debounce included, and the server's memory with that file open.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LspClient } from '@cpskit/language-server/client';
import { parseDocument } from 'yaml';
import { manual, median, percentile, random } from './corpus.js';

const require = createRequire(import.meta.url);
const SERVER = require.resolve('@cpskit/language-server/package.json').replace(/package\.json$/, 'dist/cps-language-server.js');

function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const read = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: read('VmRSS'), peak: read('VmHWM') };
}

/** Processor time a process has used, in ms (user and system, from /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  // After the command name: state is field 3 of the full line, utime 14 and stime 15.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * `pauseMs` is the time between one edit's diagnostics and the next edit: 0 sends each edit as soon
 * as the last one is checked, so every edit falls within the debounce of the check before it (a
 * burst: a paste, a replace-all, a key held down); 150 is a brisk typist's rhythm (about seven
 * keys a second), where each keystroke comes after a quiet moment and is checked at once.
 */
export async function lspLatency({ edits = 60, lines = 5000, pauseMs = 0 } = {}) {
  const text = manual(lines, 42);
  const lineCount = text.split('\n').length - 1;

  // The floor, in this process: a full parse of the same text with the yaml package alone.
  const parseTimes = [];
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    parseDocument(text);
    parseTimes.push(performance.now() - started);
  }

  // Started as an editor starts it: node, the server file, --stdio.
  const client = new LspClient({ serverFile: SERVER });
  const child = client.process;
  await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } });
  const uri = 'file:///bench/grand.cps.yaml';
  await client.open(uri, text, 120_000);
  const afterOpen = rssMb(child.pid!);

  // One-character edits in activity titles, as typing does: insert a letter, then take it away.
  const titleLines: number[] = text
    .split('\n')
    .map((line, index) => (line.startsWith('    title: "Activité') ? index : -1))
    .filter((index) => index >= 0);
  const pick = random(7);
  const latencies: number[] = [];
  let place = { line: 0, character: 0 };
  let cpuAtStart = 0;
  for (let i = 0; i < edits + 5; i++) {
    // Even edits type a letter, odd ones take it away, so the text stays the same size.
    const typing = i % 2 === 0;
    if (typing) place = { line: titleLines[pick(titleLines.length)]!, character: 20 + pick(10) };
    const range = typing ? { start: place, end: place } : { start: place, end: { line: place.line, character: place.character + 1 } };
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    if (i === 5) cpuAtStart = cpuMs(child.pid!);
    const started = performance.now();
    await client.change(uri, range, typing ? 'x' : '', 60_000);
    const ended = performance.now();
    if (i >= 5) latencies.push(ended - started);
  }
  // The server's processor time per edit: what the edits cost, whatever else the machine runs.
  const cpuPerEdit = (cpuMs(child.pid!) - cpuAtStart) / edits;
  const memory = rssMb(child.pid!);
  await client.stop();
  return {
    lines: lineCount,
    edits: latencies.length,
    median: median(latencies),
    p95: percentile(latencies, 95),
    max: latencies.reduce((max, latency) => Math.max(max, latency), 0),
    fullParseMedian: median(parseTimes),
    cpuPerEdit,
    rssMb: memory.rss,
    peakRssMb: memory.peak,
    openRssMb: afterOpen.rss,
    openPeakRssMb: afterOpen.peak,
  };
}
