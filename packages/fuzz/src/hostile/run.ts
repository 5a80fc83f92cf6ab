import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file: packages/fuzz/src/hostile/. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const CPS = path.join(ROOT, 'apps/cli/dist/cps.cjs');
export const SERVER = path.join(ROOT, 'packages/language-server/dist/cps-language-server.js');

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  /** A shell line run before the command (`ulimit -f 2`): the command then runs under bash. */
  readonly shellPrefix?: string;
}

/** The environment every run gets: no variable of this process leaks into the repositories' checks. */
export const BASE_ENV: Readonly<Record<string, string>> = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: tmpdir(), LANG: 'C.UTF-8' };

/** The process groups of the runs under way: killed if this script is interrupted. */
const running = new Set<number>();
const killGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pid of running) killGroup(pid);
    process.exit(130);
  });
}

/**
 * Runs a command with a deadline; a run past it is killed (SIGKILL) and marked. Each run has a
 * process group of its own, so that what it started (under `bash` or `time`) goes with it.
 */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve) => {
    const start = performance.now();
    const env = { ...BASE_ENV, ...options.env };
    const quoted = [command, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = options.shellPrefix
      ? spawn('bash', ['-c', `${options.shellPrefix}; exec ${quoted}`], { cwd: options.cwd, env, detached: true })
      : spawn(command, args, { cwd: options.cwd, env, detached: true });
    const pid = child.pid!;
    running.add(pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(pid);
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(pid);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - start, timedOut });
    });
  });
}

/** `node apps/cli/dist/cps.cjs ...args`. */
export function cps(args: readonly string[], options: RunOptions): Promise<Run> {
  return run(process.execPath, [CPS, ...args], options);
}

/** How a run ended, for a table cell. */
export function ending(result: Run): string {
  if (result.timedOut) return `killed after ${(result.ms / 1000).toFixed(0)} s`;
  return `exit ${result.code ?? result.signal} in ${(result.ms / 1000).toFixed(1)} s`;
}

/** A scratch folder for the run, removed at the end unless asked to keep it. */
export function scratch(): { readonly dir: string; dispose(keep: boolean): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cps-hostile-'));
  return { dir, dispose: (keep) => (keep ? undefined : rmSync(dir, { recursive: true, force: true })) };
}
