import { parentPort } from 'node:worker_threads';
import { checkJob, type CheckJob, type CheckSettings } from './check-file.js';

/** A batch of manuals to check, and its answer: the reports in the same order. */
export interface WorkerRequest {
  readonly batch: number;
  readonly jobs: readonly CheckJob[];
  readonly settings: CheckSettings;
}

parentPort?.on('message', (request: WorkerRequest) => {
  const reports = [];
  for (const job of request.jobs) reports.push(checkJob(job, request.settings));
  parentPort!.postMessage({ batch: request.batch, reports });
});
