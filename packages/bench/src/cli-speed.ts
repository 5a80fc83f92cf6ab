// `cps check` against the floor (read + parse with yaml) and against schema-only validation
// with ajv, on 1,000 generated manuals and on one 5,000-line manual; and the cold start.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manual, median, random } from './corpus.js';

// The CLI built in the monorepo, run by its path: the bench does not depend on the `cpskit` package, whose
// bins do not exist until it is built (pnpm install warned « Failed to create bin »).
const CPS = fileURLToPath(new URL('../../../apps/cli/dist/cps.cjs', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../../schemas/manual.schema.json', import.meta.url));
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Wall time of a whole process, in milliseconds, and its output. */
function timed(command: string, args: readonly string[], env?: Record<string, string>): { ms: number; stdout: string; status: number | null } {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...(env ? { env: { ...process.env, ...env } } : {}) });
  return { ms: performance.now() - started, stdout: run.stdout, status: run.status };
}

/** The median of `runs` timings, the runs alternating between the commands so that load affects all alike. */
function race(commands: Record<string, [string, string[]] | [string, string[], Record<string, string>]>, runs: number): Record<string, { median: number; stdout: string }> {
  const times: Record<string, number[]> = {};
  const outputs: Record<string, string> = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, [command, args, env]] of Object.entries(commands)) {
      const result = timed(command, args, env);
      (times[name] ??= []).push(result.ms);
      outputs[name] = result.stdout;
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, { median: median(values), stdout: outputs[name]! }]));
}

export interface CliSpeed {
  readonly corpus: { files: number; lines: number; megabytes: number; cps: number; floor: number; ajv: number; identical: boolean };
  readonly large: { lines: number; cps: number; floor: number; ajv: number };
  readonly cold: { cps: number; noCache: number; version: number; node: number };
}

export function cliSpeed(runs = 5): CliSpeed {
  const work = mkdtempSync(path.join(tmpdir(), 'cps-bench-'));
  try {
    // 1,000 manuals of 80 to 400 lines, in folders of 50, like a repository of programmes.
    const corpus = path.join(work, 'corpus');
    const pick = random(11);
    let lines = 0;
    let bytes = 0;
    for (let i = 0; i < 1000; i++) {
      const folder = path.join(corpus, `territoire-${Math.floor(i / 50)}`);
      mkdirSync(folder, { recursive: true });
      const text = manual(80 + pick(320), i + 1);
      lines += text.split('\n').length - 1;
      bytes += Buffer.byteLength(text);
      writeFileSync(path.join(folder, `programme-${i}.cps.yaml`), text);
    }
    const large = path.join(work, 'grand.cps.yaml');
    const largeText = manual(5000, 42);
    writeFileSync(large, largeText);

    const script = (name: string, ...args: string[]): [string, string[]] => [process.execPath, [path.join(HERE, name), ...args]];
    const cps = (target: string): [string, string[]] => [process.execPath, [CPS, 'check', target, '--fail-on', 'never', '--no-color']];

    const corpusRace = race({ cps: cps(corpus), floor: script('floor.mjs', corpus), ajv: script('ajv-only.mjs', corpus, SCHEMA) }, runs);
    const [command, commandArgs] = cps(corpus);
    const second = timed(command, commandArgs);
    const identical = createHash('sha256').update(second.stdout).digest('hex') === createHash('sha256').update(corpusRace.cps!.stdout).digest('hex');
    const largeRace = race({ cps: cps(large), floor: script('floor.mjs', large), ajv: script('ajv-only.mjs', large, SCHEMA) }, runs);

    const example = fileURLToPath(new URL('../../../examples/psfp.cps.yaml', import.meta.url));
    const cold = race(
      {
        cps: [process.execPath, [CPS, 'check', example, '--no-color']],
        noCache: [process.execPath, [CPS, 'check', example, '--no-color'], { CPS_NO_CODE_CACHE: '1' }],
        version: [process.execPath, [CPS, '--version']],
        node: [process.execPath, ['-e', '0']],
      },
      Math.max(runs * 4, 20),
    );
    return {
      corpus: {
        files: 1000,
        lines,
        megabytes: bytes / 1e6,
        cps: corpusRace.cps!.median,
        floor: corpusRace.floor!.median,
        ajv: corpusRace.ajv!.median,
        identical,
      },
      large: { lines: largeText.split('\n').length - 1, cps: largeRace.cps!.median, floor: largeRace.floor!.median, ajv: largeRace.ajv!.median },
      cold: { cps: cold.cps!.median, noCache: cold.noCache!.median, version: cold.version!.median, node: cold.node!.median },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
