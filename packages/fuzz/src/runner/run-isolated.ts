import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { casesOf, type PropertySuite } from '../suite.js';
import { CaseTimer } from '../timing.js';
import { Violations } from '../violations.js';
import type { WorkerMessage } from './worker.js';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
// tsx is resolved from the fuzz package, which depends on it.
const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

export interface IsolatedOptions<T> {
  /** The file that exports the suite as `suite`, for the worker processes to load. */
  readonly module: string;
  /** The same suite, loaded here: to show a case that crashed its worker. */
  readonly suite: PropertySuite<T>;
  readonly seed: number;
  readonly runs: number;
  readonly chunkSize?: number;
  /** A case with no result after this long is a hang: its worker is killed and the run goes on (default 60 s). */
  readonly caseTimeoutMs?: number;
  /** Heap of each worker: a case that needs more is a crash, reported (default 1024 MB). */
  readonly heapMb?: number;
  readonly budgetBytes?: number;
  readonly progress?: (line: string) => void;
}

export interface IsolatedRun {
  readonly violations: Violations;
  readonly timer: CaseTimer;
  readonly cases: number;
  /** Workers started again after a crash or a hang. */
  readonly restarts: number;
}

/**
 * Runs a property suite's cases in child processes, so that a case that exhausts the heap,
 * overflows the stack or never ends is reported as a violation (with its input) and the run goes
 * on from the next case, instead of ending the run. For `pnpm fuzz`.
 */
export async function runIsolated<T>(options: IsolatedOptions<T>): Promise<IsolatedRun> {
  const chunkSize = options.chunkSize ?? 500;
  const violations = new Violations();
  const timer = new CaseTimer(options.budgetBytes);
  let done = 0;
  let restarts = 0;
  let next = 0;
  while (next < options.runs) {
    const stop = await runWorker(options, chunkSize, next, (message) => {
      done++;
      if (message.ms !== undefined) timer.record(message.classes ?? [], message.bytes ?? 0, message.ms);
      for (const problem of message.problems ?? [])
        violations.add(problem.category, message.text ?? '', message.classes ?? [], [message.context, problem.detail].filter(Boolean).join(': '));
      if (done % 10_000 === 0) options.progress?.(`${done} of ${options.runs} cases, ${violations.size} kinds of violation so far`);
    });
    if (stop.ended) break;
    const index = stop.current;
    if (index === undefined) throw new Error(`a fuzz worker ended outside a case (generating one?): ${stop.stderr}`);
    const value = casesOf(options.suite, options.seed, options.runs, chunkSize, Math.floor(index / chunkSize))[index % chunkSize]!;
    const { text, classes, context } = options.suite.describe(value);
    violations.add(stop.reason, text, classes, [context, stop.stderr.trim().split('\n').slice(-3).join(' / ')].filter(Boolean).join(': '));
    done++;
    restarts++;
    options.progress?.(`case ${index}: ${stop.reason}; going on from the next case`);
    next = index + 1;
  }
  return { violations, timer, cases: done, restarts };
}

interface WorkerStop {
  readonly ended: boolean;
  /** The case being checked when the worker stopped. */
  readonly current?: number;
  readonly reason: string;
  readonly stderr: string;
}

function runWorker<T>(options: IsolatedOptions<T>, chunkSize: number, start: number, onDone: (message: WorkerMessage) => void): Promise<WorkerStop> {
  return new Promise((resolve) => {
    const args = [
      `--max-old-space-size=${options.heapMb ?? 1024}`,
      '--import',
      'tsx',
      WORKER,
      options.module,
      String(options.seed),
      String(options.runs),
      String(chunkSize),
      String(start),
    ];
    const child = spawn(process.execPath, args, { cwd: PACKAGE_DIR, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    let current: number | undefined;
    let ended = false;
    let hung = false;
    let watchdog: NodeJS.Timeout | undefined;
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') {
        current = message.index;
        watchdog = setTimeout(() => {
          hung = true;
          child.kill('SIGKILL');
        }, options.caseTimeoutMs ?? 60_000);
      } else if (message.type === 'done') {
        clearTimeout(watchdog);
        current = undefined;
        onDone(message);
      } else ended = true;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      const reason = hung
        ? `hang: no result in ${((options.caseTimeoutMs ?? 60_000) / 1000).toFixed(0)} s`
        : /heap out of memory/.test(stderr)
          ? 'crash: JavaScript heap out of memory'
          : /Maximum call stack/.test(stderr)
            ? 'crash: stack overflow'
            : `crash: the process ended (${code ?? signal})`;
      resolve({ ended: ended && current === undefined, ...(current !== undefined ? { current } : {}), reason, stderr });
    });
  });
}
