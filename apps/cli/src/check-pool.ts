import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkJob, type CheckJob, type CheckSettings } from './check-file.js';
import type { WorkerAnswer, WorkerRequest } from './check-worker.js';
import type { FileReport } from './format/types.js';

/** Below this many manuals, starting threads costs more than it saves. */
const PARALLEL_FROM = 24;
const BATCH = 16;

/**
 * The heap of each checking thread, in MB. A manual is at most MAX_MANUAL_BYTES (1 MB), and the
 * costliest one at that size needs less than 400 MB of heap (measured by `pnpm bench`): with this
 * bound, V8 collects within it rather than growing each thread's heap towards the whole machine's
 * limit, so that memory stays bounded by the number of threads (at most 8) times this.
 */
const THREAD_HEAP_MB = 1024;

/**
 * Checks the manuals on every core when there are enough of them, in worker threads, and returns
 * the reports in the order of the jobs whatever order the threads finish in, so that the output
 * is stable. (Child processes were tried: with the fast reader, threads check the 1,000 manuals of
 * `pnpm bench` about 10% faster here.)
 */
export async function checkAll(jobs: readonly CheckJob[], settings: CheckSettings, workerUrl?: URL, maxThreads = availableParallelism()): Promise<FileReport[]> {
  const count = Math.min(maxThreads, Math.ceil(jobs.length / BATCH), 8);
  if (!workerUrl || jobs.length < PARALLEL_FROM || count < 2) return jobs.map((job) => checkJob(job, settings));
  // Loaded only when needed: a check of a few manuals starts faster without it. (A require, not
  // import(): the copy of main compiled with V8's code cache has no dynamic-import callback.)
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const reports: FileReport[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(fileURLToPath(workerUrl), { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
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
              worker.postMessage(request);
            };
            worker.on('message', (answer: WorkerAnswer) => {
              answer.reports.forEach((report, i) => (reports[answer.batch + i] = report));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (!done) reject(new Error(`a checking thread stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return reports;
}
