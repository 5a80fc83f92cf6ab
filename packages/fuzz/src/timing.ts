/** Per-case times of a property run, by input class, for the run's report. */
export class CaseTimer {
  private slowest = { ms: 0, classes: [] as readonly string[], bytes: 0 };
  /** The slowest case of a size within the budget (under `budgetBytes`). */
  private slowestInBudget = { ms: 0, classes: [] as readonly string[], bytes: 0 };
  private readonly maxByClass = new Map<string, number>();
  private cases = 0;
  private totalMs = 0;

  constructor(private readonly budgetBytes = 100 * 1024) {}

  record(classes: readonly string[], bytes: number, ms: number): void {
    this.cases++;
    this.totalMs += ms;
    if (ms > this.slowest.ms) this.slowest = { ms, classes, bytes };
    if (bytes < this.budgetBytes && ms > this.slowestInBudget.ms) this.slowestInBudget = { ms, classes, bytes };
    for (const name of new Set(classes)) this.maxByClass.set(name, Math.max(ms, this.maxByClass.get(name) ?? 0));
  }

  get maxMs(): number {
    return this.slowest.ms;
  }

  /** The slowest case under the size budget when it took more than `ms`, described; else undefined. */
  slowOver(ms: number): string | undefined {
    const { ms: took, classes, bytes } = this.slowestInBudget;
    return took > ms ? `${took.toFixed(0)} ms for ${bytes} bytes (${classes.join(' + ')})` : undefined;
  }

  /** A few lines: cases, mean and maximum time, the slowest case's classes, the maximum per class. */
  report(title: string): string {
    const byClass = [...this.maxByClass]
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
    return [
      `${title}: ${this.cases} timed cases, mean ${(this.totalMs / Math.max(1, this.cases)).toFixed(2)} ms, max ${this.slowest.ms.toFixed(1)} ms`,
      `  slowest case: ${this.slowest.classes.join(' + ') || 'none'} (${this.slowest.bytes} bytes)`,
      `  slowest under ${this.budgetBytes} bytes: ${this.slowestInBudget.ms.toFixed(1)} ms, ${this.slowestInBudget.classes.join(' + ') || 'none'} (${this.slowestInBudget.bytes} bytes)`,
      `  max ms by input class: ${byClass}`,
    ].join('\n');
  }
}

/**
 * How many cases a property suite runs: `CPS_FUZZ_RUNS` when set (`pnpm fuzz` sets 100000),
 * else the everyday number.
 */
export function fuzzRuns(everyday: number, env: Readonly<Record<string, string | undefined>> = process.env): number {
  const asked = Number(env['CPS_FUZZ_RUNS']);
  return Number.isSafeInteger(asked) && asked > 0 ? asked : everyday;
}

/** Whether this run is `pnpm fuzz`, which fails on a case slower than its budget (everyday runs only report). */
export function strictTiming(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env['CPS_FUZZ_STRICT_TIME'] === '1';
}

/**
 * Runs `work` and measures the processor time it takes (user and system, `process.cpuUsage`),
 * not the wall-clock time: on a loaded machine (CI runners, two cores shared by several
 * runs) the wall clock measures the other processes as much as the input, while a case that
 * is really slow, or that never ends, burns processor time. A run over `retimeAboveMs` is
 * timed twice more and the fastest counts, as the collector may have run in the first.
 * `work` must be pure.
 */
export function timed<T>(work: () => T, retimeAboveMs = 100): { result: T; ms: number } {
  let start = process.cpuUsage();
  const result = work();
  let ms = cpuMs(process.cpuUsage(start));
  for (let again = 0; again < 2 && ms > retimeAboveMs; again++) {
    start = process.cpuUsage();
    work();
    ms = Math.min(ms, cpuMs(process.cpuUsage(start)));
  }
  return { result, ms };
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
