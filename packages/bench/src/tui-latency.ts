// `cps tui` following a manual edited on disk: the time from the write to the screen showing the
// new finding, read from a real terminal (tmux from Debian), over alternating edits. Baseline in
// the same run: a cold `cps check` of the same manual, which is what a trainer would otherwise run.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './corpus.js';

// The CLI built in the monorepo, run by its path: the bench does not depend on the `cpskit` package, whose
// bins do not exist until it is built (pnpm install warned « Failed to create bin »).
const CPS = fileURLToPath(new URL('../../../apps/cli/dist/cps.cjs', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../examples/unplugged.cps.yaml', import.meta.url));

export interface TuiLatency {
  readonly edits: number;
  readonly median: number;
  readonly max: number;
  readonly checkMedian: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function tuiLatency(edits = 12): Promise<TuiLatency | undefined> {
  if (spawnSync('tmux', ['-V']).status !== 0) return undefined;
  const work = mkdtempSync(path.join(tmpdir(), 'cps-bench-tui-'));
  const session = `cps-bench-tui-${process.pid}`;
  const file = path.join(work, 'unplugged.cps.yaml');
  copyFileSync(EXAMPLE, file);
  const clean = readFileSync(file, 'utf8');
  // One valid code made unknown: the manual gains an error, shown in the file list's counts.
  const broken = clean.replace(/\bE1\.2\b/, 'E9.9');
  const screen = () => execFileSync('tmux', ['capture-pane', '-t', session, '-p'], { encoding: 'utf8' });
  const errors = (text: string) => /unplugged\.cps\.yaml\s+(\d+)\s+\d+/.exec(text)?.[1];
  const until = async (test: (text: string) => boolean, what: string) => {
    const deadline = performance.now() + 20_000;
    for (;;) {
      const text = screen();
      if (test(text)) return;
      if (performance.now() > deadline) throw new Error(`tui benchmark: ${what} never showed. Screen:\n${text}`);
      await sleep(2);
    }
  };
  try {
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '100',
      '-y',
      '30',
      `cd ${JSON.stringify(work)} && env -u CI LANG=en_US.UTF-8 ${JSON.stringify(process.execPath)} ${JSON.stringify(CPS)} tui .`,
    ]);
    await until((text) => errors(text) !== undefined, 'the manual');
    const base = errors(screen());
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const toBroken = i % 2 === 0;
      await sleep(300); // let the previous change settle, as a person's saves are spaced
      const started = performance.now();
      writeFileSync(file, toBroken ? broken : clean);
      await until((text) => (toBroken ? errors(text) !== base && errors(text) !== undefined : errors(text) === base), `edit ${i + 1}`);
      times.push(performance.now() - started);
    }
    const checks: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      spawnSync(process.execPath, [CPS, 'check', file, '--no-color']);
      checks.push(performance.now() - started);
    }
    return { edits, median: median(times), max: times.reduce((max, time) => Math.max(max, time), 0), checkMedian: median(checks) };
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
    rmSync(work, { recursive: true, force: true });
  }
}
