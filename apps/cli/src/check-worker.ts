import { parentPort } from 'node:worker_threads';
import { checkJob, type CheckJob, type CheckSettings } from './check-file.js';
import type { FileReport } from './format/types.js';

/** A batch of manuals to check, and its answer: the reports in the same order. */
export interface WorkerRequest {
  readonly batch: number;
  readonly jobs: readonly CheckJob[];
  readonly settings: CheckSettings;
}

export interface WorkerAnswer {
  readonly batch: number;
  readonly reports: readonly FileReport[];
}

function answer(request: WorkerRequest): WorkerAnswer {
  return { batch: request.batch, reports: request.jobs.map((job) => checkJob(job, request.settings)) };
}

// A thread of the checking pool (check-pool.ts): batches in, reports out, in the same order.
parentPort?.on('message', (request: WorkerRequest) => parentPort!.postMessage(answer(request)));
