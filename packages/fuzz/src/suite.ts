import fc from 'fast-check';

/** What a property suite found wrong with one case. */
export interface Problem {
  readonly category: string;
  readonly detail?: string;
}

export interface CaseResult {
  readonly problems: readonly Problem[];
  /** Milliseconds of the part of the check that has a time budget, when it has one. */
  readonly ms?: number;
}

/**
 * A property suite as `runIsolated` and the everyday in-process run both drive it: its cases,
 * how to show one, and the check of one case (pure: it may be run again).
 */
export interface PropertySuite<T> {
  readonly arbitrary: fc.Arbitrary<T>;
  /** The case's text, input classes and anything else a reproduction needs (a file name, a locale). */
  describe(value: T): { readonly text: string; readonly classes: readonly string[]; readonly context?: string };
  check(value: T): CaseResult;
}

/** The cases of a run: chunk by chunk, each chunk from a seed of its own, so that a run can resume at any case. */
export function casesOf<T>(suite: PropertySuite<T>, seed: number, runs: number, chunkSize: number, chunk: number): T[] {
  return fc.sample(suite.arbitrary, { seed: (seed + chunk) | 0, numRuns: Math.min(chunkSize, runs - chunk * chunkSize) });
}
