import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CPS = fileURLToPath(new URL('../dist/cps.js', import.meta.url));
const golden = (name: string) => readFileSync(new URL(`golden/${name}`, import.meta.url), 'utf8');

/** What the README's first command prints: `cps check examples/`, run from the repository root. */
describe('cps check examples/', () => {
  it.each(['en', 'fr'])('prints the weak manual’s findings and only those (%s), exit 1', (locale) => {
    const run = spawnSync(process.execPath, [CPS, 'check', 'examples/', '--locale', locale], { cwd: ROOT, encoding: 'utf8' });
    expect({ stdout: run.stdout, stderr: run.stderr, status: run.status }).toEqual({ stdout: golden(`examples.${locale}.txt`), stderr: '', status: 1 });
  });

  it('exits 0 with --fail-on never, printing the same findings', () => {
    const run = spawnSync(process.execPath, [CPS, 'check', 'examples/', '--fail-on', 'never'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(golden('examples.en.txt'));
  });
});
