import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';

/**
 * Golden scenarios, after Spectral's: each file gives a command, the files it runs on,
 * and the exact stdout, stderr and exit code. The built `cps` binary is run for real.
 */
interface Scenario {
  readonly description: string;
  readonly args: readonly string[];
  readonly files?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly exit: number;
  /** What the command reads on its standard input. */
  readonly stdin?: string;
  readonly stdout?: string;
  readonly stderr?: string;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CPS = path.resolve(HERE, '../dist/cps.js');
const SCENARIOS = path.join(HERE, 'scenarios');
const work = mkdtempSync(path.join(tmpdir(), 'cps-scenarios-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cps scenarios', () => {
  const files = readdirSync(SCENARIOS)
    .filter((name) => name.endsWith('.scenario.yaml'))
    .sort();

  it('exist', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s', (file) => {
    const scenario = parse(readFileSync(path.join(SCENARIOS, file), 'utf8')) as Scenario;
    const cwd = path.join(work, file.replace(/\.scenario\.yaml$/, ''));
    mkdirSync(cwd, { recursive: true });
    for (const [name, content] of Object.entries(scenario.files ?? {})) {
      mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true });
      writeFileSync(path.join(cwd, name), content);
    }
    const result = spawnSync(process.execPath, [CPS, ...scenario.args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', ...scenario.env },
      timeout: 30_000,
      ...(scenario.stdin !== undefined ? { input: scenario.stdin } : {}),
    });
    if (process.env['UPDATE_GOLDEN']) {
      // Rewrites the expectations from what the binary printed; review the diff before committing.
      const doc = parseDocument(readFileSync(path.join(SCENARIOS, file), 'utf8'));
      doc.set('exit', result.status);
      for (const stream of ['stdout', 'stderr'] as const) {
        if (result[stream]) doc.set(stream, result[stream]);
        else doc.delete(stream);
      }
      writeFileSync(path.join(SCENARIOS, file), doc.toString({ lineWidth: 100, blockQuote: 'literal', flowCollectionPadding: false }));
      return;
    }
    expect({ stdout: result.stdout, stderr: result.stderr, exit: result.status }).toEqual({
      stdout: scenario.stdout ?? '',
      stderr: scenario.stderr ?? '',
      exit: scenario.exit,
    });
  });
});
