// `cps report --aggregate` over 1,000 generated manuals against `cps check` of the same files
// (issue 15): the territory costs the check, plus its model and its charts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manual, median, random } from './corpus.js';

const CPS = fileURLToPath(new URL('../../../apps/cli/dist/cps.cjs', import.meta.url));

/** Age ranges and settings a territory's programmes have, so that the picture has cells, bands and gaps to compute. */
const AGES = ['{ min: 3, max: 5 }', '{ min: 6, max: 11 }', '{ min: 8, max: 12 }', '{ min: 11, max: 15 }', '{ min: 15, max: 18 }', '{ min: 16, max: 25 }'];
const SETTINGS = [
  '[preschool]',
  '[primary-school]',
  '[primary-school, out-of-school]',
  '[secondary-school]',
  '[high-school, youth-club]',
  '[vocational-training]',
  '[family, community]',
];

export interface ReportSpeed {
  readonly files: number;
  readonly megabytes: number;
  readonly runs: number;
  readonly check: number;
  readonly html: number;
  readonly csv: number;
  readonly htmlBytes: number;
}

function timed(args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [CPS, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && !(args[0] === 'check' && run.status === 1)) throw new Error(`cps ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return performance.now() - started;
}

export function reportSpeed(runs = 3): ReportSpeed {
  const work = mkdtempSync(path.join(tmpdir(), 'cps-bench-report-'));
  try {
    const corpus = path.join(work, 'corpus');
    const pick = random(15);
    let bytes = 0;
    for (let i = 0; i < 1000; i++) {
      const folder = path.join(corpus, `territoire-${Math.floor(i / 50)}`);
      mkdirSync(folder, { recursive: true });
      const text = manual(80 + pick(320), i + 1)
        .replace('  ages: { min: 6, max: 11 }', `  ages: ${AGES[pick(AGES.length)]}`)
        .replace('  settings: [primary-school]', `  settings: ${SETTINGS[pick(SETTINGS.length)]}`);
      bytes += Buffer.byteLength(text);
      writeFileSync(path.join(folder, `programme-${i}.cps.yaml`), text);
    }
    const html = path.join(work, 'territoire.html');
    const csv = path.join(work, 'territoire.csv');
    const times = { check: [] as number[], html: [] as number[], csv: [] as number[] };
    // Alternated, so that the machine's load falls on all three alike.
    for (let run = 0; run < runs; run++) {
      times.check.push(timed(['check', corpus, '--fail-on', 'never', '--no-color', '--format', 'json']));
      times.html.push(timed(['report', corpus, '--aggregate', '--out', html]));
      times.csv.push(timed(['report', corpus, '--aggregate', '--format', 'csv', '--out', csv]));
    }
    return { files: 1000, megabytes: bytes / 1e6, runs, check: median(times.check), html: median(times.html), csv: median(times.csv), htmlBytes: readFileSync(html).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
