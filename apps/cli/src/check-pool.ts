import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkJob, internalErrorFinding, type CheckJob, type CheckSettings } from './check-file.js';
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
 * `pnpm bench` about 10% faster here.) A thread that dies (an error outside `checkJob`, memory
 * exhausted) takes only its manual down: the batch it held is checked again one manual per fresh
 * thread, and the manual a thread dies on alone gets an `internal-error` finding.
 */
export async function checkAll(jobs: readonly CheckJob[], settings: CheckSettings, workerUrl?: URL, maxThreads = availableParallelism()): Promise<FileReport[]> {
  const count = Math.min(maxThreads, Math.ceil(jobs.length / BATCH), 8);
  if (!workerUrl || jobs.length < PARALLEL_FROM || count < 2) return jobs.map((job) => checkJob(job, settings));
  // Loaded only when needed: a check of a few manuals starts faster without it. (A require, not
  // import(): the copy of main compiled with V8's code cache has no dynamic-import callback.)
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const workerFile = fileURLToPath(workerUrl);
  const reports = new Array<FileReport>(jobs.length);
  // Batches of job indices; a batch whose thread died comes back as batches of one.
  const queue: number[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH) {
    const batch: number[] = [];
    for (let index = start; index < Math.min(jobs.length, start + BATCH); index++) batch.push(index);
    queue.push(batch);
  }

  /** One thread taking batches until none is left; when it dies, another takes over. */
  const thread = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
      let held: number[] | undefined;
      let over = false;
      const stop = () => {
        over = true;
        void worker.terminate();
      };
      const send = () => {
        held = queue.shift();
        if (!held) {
          stop();
          resolve();
          return;
        }
        const request: WorkerRequest = { batch: held[0]!, jobs: held.map((index) => jobs[index]!), settings };
        worker.postMessage(request);
      };
      const died = (error: unknown) => {
        if (over) return;
        stop();
        if (held && held.length > 1) {
          for (let i = held.length - 1; i >= 0; i--) queue.unshift([held[i]!]);
        } else if (held) {
          const job = jobs[held[0]!]!;
          reports[held[0]!] = { displayPath: job.displayPath, findings: [internalErrorFinding(error, settings.locale)] };
        }
        resolve(queue.length > 0 ? thread() : undefined);
      };
      worker.on('message', (answer: WorkerAnswer) => {
        answer.reports.forEach((report, i) => (reports[held![i]!] = report));
        send();
      });
      worker.on('error', died);
      worker.on('exit', (code) => died(new Error(`a checking thread stopped (exit code ${code})`)));
      send();
    });

  await Promise.all(Array.from({ length: count }, thread));
  return reports;
}
