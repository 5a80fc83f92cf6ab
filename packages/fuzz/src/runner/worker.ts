import { pathToFileURL } from 'node:url';
import { casesOf, type PropertySuite } from '../suite.js';

/**
 * One process of `runIsolated`: loads a suite module (its export `suite`), runs its cases from
 * `start` on and reports each to the parent over IPC, so that a case that crashes the process
 * or never ends costs only that case.
 * Arguments: module path, seed, runs, chunk size, start index.
 */
export interface WorkerMessage {
  readonly type: 'start' | 'done' | 'end';
  readonly index?: number;
  readonly problems?: readonly { category: string; detail?: string }[];
  readonly ms?: number;
  readonly classes?: readonly string[];
  readonly bytes?: number;
  readonly text?: string;
  readonly context?: string;
}

const [modulePath, seed, runs, chunkSize, start] = process.argv.slice(2);
const { suite } = (await import(pathToFileURL(modulePath!).href)) as { suite: PropertySuite<unknown> };
const send = (message: WorkerMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const total = Number(runs);
const size = Number(chunkSize);
for (let chunk = Math.floor(Number(start) / size); chunk * size < total; chunk++) {
  const cases = casesOf(suite, Number(seed), total, size, chunk);
  for (const [offset, value] of cases.entries()) {
    const index = chunk * size + offset;
    if (index < Number(start)) continue;
    await send({ type: 'start', index });
    const result = suite.check(value);
    const { text, classes, context } = suite.describe(value);
    // The text travels only with a problem: the parent has the classes and the size for its timings.
    await send({
      type: 'done',
      index,
      problems: result.problems,
      ...(result.ms !== undefined ? { ms: result.ms } : {}),
      classes,
      bytes: text.length,
      ...(result.problems.length > 0 ? { text, ...(context ? { context } : {}) } : {}),
    });
  }
}
await send({ type: 'end' });
process.disconnect();
