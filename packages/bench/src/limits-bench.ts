// The limits of issue 11, measured: texts written to be costly at the size limit (time and peak
// memory of a whole check, each in a fresh process), a manual far over it through the CLI, and
// completion and hover on a line of 20,000 dashes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_MANUAL_BYTES } from '@cpskit/language-server';
import { hostileManuals } from '../../language-server/test/hostile-manuals.js';
import { median } from './corpus.js';

const require = createRequire(import.meta.url);
const SERVICE = pathToFileURL(require.resolve('@cpskit/language-server/package.json').replace(/package\.json$/, 'dist/index.js')).href;
// The CLI built in the monorepo, run by its path: the bench does not depend on the `cpskit` package, whose
// bins do not exist until it is built (pnpm install warned « Failed to create bin »).
const CPS = fileURLToPath(new URL('../../../apps/cli/dist/cps.cjs', import.meta.url));

export interface LimitsBench {
  readonly hostile: readonly { name: string; bytes: number; ms: number; peakMb: number; findings: number }[];
  readonly oversize: { megabytes: number; ms: number; peakMb: number; output: string };
  readonly cursor: { lineLength: number; completionMs: number; hoverMs: number; items: number };
}

/** Runs a script in a fresh Node process; it prints one line of JSON, to which the process's peak memory is added. */
function inFreshProcess<T>(script: string, args: readonly string[] = []): T & { peakMb: number } {
  const wrapped = `${script}\nprocess.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS + '\\n'));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', wrapped, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`the measurement failed: ${run.stderr}`);
  const peak = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0);
  return { ...(JSON.parse(run.stdout) as T), peakMb: peak / 1024 };
}

export function limitsBench(): LimitsBench {
  const work = mkdtempSync(path.join(tmpdir(), 'cps-bench-limits-'));
  try {
    const hostile = Object.entries(hostileManuals(MAX_MANUAL_BYTES - 2_000)).map(([name, text], i) => {
      const file = path.join(work, `hostile-${i}.cps.yaml`);
      writeFileSync(file, text);
      const measured = inFreshProcess<{ ms: number; findings: number }>(
        [
          `import { readFileSync } from 'node:fs';`,
          `const { validateText } = await import(${JSON.stringify(SERVICE)});`,
          `const text = readFileSync(process.argv[1], 'utf8');`,
          'const started = performance.now();',
          'const findings = validateText(text).findings.length;',
          'process.stdout.write(JSON.stringify({ ms: performance.now() - started, findings }));',
        ].join('\n'),
        [file],
      );
      return { name, bytes: Buffer.byteLength(text), ...measured };
    });

    // 50 MB, as a sparse file: the CLI must answer without reading it.
    const big = path.join(work, 'enorme.cps.yaml');
    writeFileSync(big, '');
    truncateSync(big, 50_000_000);
    const runs = Array.from({ length: 5 }, () => cliRun(big, work));
    const oversize = { megabytes: 50, ms: median(runs.map((run) => run.ms)), peakMb: runs.reduce((most, run) => Math.max(most, run.peakMb), 0), output: runs[0]!.output };

    const cursor = inFreshProcess<{ lineLength: number; completionMs: number; hoverMs: number; items: number }>(
      [
        `const { createSnapshot, complete, hover } = await import(${JSON.stringify(SERVICE)});`,
        `const line = '  ' + '- '.repeat(20000);`,
        'const text = `version: 1\\nactivities:\\n${line}`;',
        `const snapshot = createSnapshot('file:///dashes.cps.yaml', 1, text);`,
        'const position = { line: 2, character: line.length };',
        'const timed = (run) => { const started = performance.now(); const result = run(); return [performance.now() - started, result]; };',
        'const completions = [], hovers = [];',
        'let items = 0;',
        'for (let i = 0; i < 21; i++) {',
        '  const [c, list] = timed(() => complete(snapshot, position, { markdown: true, snippets: true }));',
        '  const [h] = timed(() => hover(snapshot, { line: 2, character: 3 + 2 * i }, { markdown: true, snippets: true }));',
        '  completions.push(c); hovers.push(h); items = list.items.length;',
        '}',
        'const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];',
        'process.stdout.write(JSON.stringify({ lineLength: line.length, completionMs: median(completions), hoverMs: median(hovers), items }));',
      ].join('\n'),
    );
    return { hostile, oversize, cursor };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One `cps check` of `file` as a whole process: its wall time, its peak memory (read by the process itself) and its output. */
function cliRun(file: string, work: string): { ms: number; peakMb: number; output: string } {
  const preload = path.join(work, 'peak.cjs');
  writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS + '\\n'));\n");
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--require', preload, CPS, 'check', file, '--fail-on', 'never'], { encoding: 'utf8' });
  const ms = performance.now() - started;
  return { ms, peakMb: Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024, output: run.stdout };
}
