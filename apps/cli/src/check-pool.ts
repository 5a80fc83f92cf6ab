import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkJob, type CheckJob, type CheckSettings } from './check-file.js';
import type { WorkerAnswer, WorkerRequest } from './check-worker.js';
import type { FileReport } from './format/types.js';

/** Below this many manuals, starting processes costs more than it saves. */
const PARALLEL_FROM = 24;
const BATCH = 16;

/**
 * Checks the manuals, on every core when there are enough of them, and returns the reports
 * in the order of the jobs whatever order the checkers finish in, so that the output is stable.
 * The checkers are child processes: on these machines, worker threads sharing one process ran
 * each file about twice as slowly as a process of its own (measured with `pnpm bench`).
 */
export async function checkAll(jobs: readonly CheckJob[], settings: CheckSettings, workerUrl?: URL, maxThreads = availableParallelism()): Promise<FileReport[]> {
  const count = Math.min(maxThreads, Math.ceil(jobs.length / BATCH), 8);
  if (!workerUrl || jobs.length < PARALLEL_FROM || count < 2) return jobs.map((job) => checkJob(job, settings));
  // Loaded only when needed: a check of a few manuals starts faster without it.
  const { fork } = await import('node:child_process');
  const reports: FileReport[] = new Array(jobs.length);
  let next = 0;
  const children: ChildProcess[] = Array.from({ length: count }, () =>
    fork(fileURLToPath(workerUrl), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
  );
  try {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve, reject) => {
            let done = false;
            const send = () => {
              if (next >= jobs.length) {
                done = true;
                resolve();
                return;
              }
              const start = next;
              next = Math.min(jobs.length, next + BATCH);
              const request: WorkerRequest = { batch: start, jobs: jobs.slice(start, next), settings };
              child.send(request);
            };
            child.on('message', (answer: WorkerAnswer) => {
              answer.reports.forEach((report, i) => (reports[answer.batch + i] = report));
              send();
            });
            child.on('error', reject);
            child.on('exit', (code) => {
              if (!done) reject(new Error(`a checking process stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    for (const child of children) if (child.connected) child.disconnect();
  }
  return reports;
}
