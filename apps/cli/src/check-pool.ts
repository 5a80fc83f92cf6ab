import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkJob, type CheckJob, type CheckSettings } from './check-file.js';
import type { WorkerRequest } from './check-worker.js';
import type { FileReport } from './format/types.js';

/** Below this many manuals, starting threads costs more than it saves. */
const PARALLEL_FROM = 24;
const BATCH = 12;

/**
 * Checks the manuals, on every core when there are enough of them, and returns the reports
 * in the order of the jobs whatever order the threads finish in, so that the output is stable.
 */
export async function checkAll(jobs: readonly CheckJob[], settings: CheckSettings, workerUrl?: URL, maxThreads = availableParallelism()): Promise<FileReport[]> {
  const threads = Math.min(maxThreads, Math.ceil(jobs.length / BATCH), 8);
  if (!workerUrl || jobs.length < PARALLEL_FROM || threads < 2) {
    const reports: FileReport[] = [];
    for (const job of jobs) reports.push(checkJob(job, settings));
    return reports;
  }
  const reports: FileReport[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) {
                resolve();
                return;
              }
              const start = next;
              next = Math.min(jobs.length, next + BATCH);
              const request: WorkerRequest = { batch: start, jobs: jobs.slice(start, next), settings };
              worker.postMessage(request);
            };
            worker.on('message', (answer: { batch: number; reports: FileReport[] }) => {
              answer.reports.forEach((report, i) => (reports[answer.batch + i] = report));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < jobs.length || code !== 0) reject(new Error(`a checking thread stopped (exit code ${code})`));
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
