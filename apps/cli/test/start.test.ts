import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The `cps` command (package.json bin): the CommonJS launcher.
const CPS = fileURLToPath(new URL('../dist/cps.cjs', import.meta.url));
const ESM_ENTRY = fileURLToPath(new URL('../dist/cps.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cps-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the cps binary', () => {
  it('runs `cps check` from the copy of main compiled with the code cache recorded at build time, with the same output', () => {
    const cached = spawnSync(process.execPath, [CPS, 'check', EXAMPLES, '--fail-on', 'never', '--no-color'], {
      env: { ...process.env, CPS_REPORT_CODE_CACHE: '1' },
      encoding: 'utf8',
    });
    expect(cached.stderr).toBe('cps: code cache used\n');
    const plain = spawnSync(process.execPath, [CPS, 'check', EXAMPLES, '--fail-on', 'never', '--no-color'], {
      env: { ...process.env, CPS_NO_CODE_CACHE: '1', CPS_REPORT_CODE_CACHE: '1' },
      encoding: 'utf8',
    });
    expect(plain.stderr).toBe('cps: code cache absent\n');
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stdout).toContain('weak/atelier-emotions.cps.yaml');
    // The ESM entry gives the same, and so do the other commands handed to it.
    expect(spawnSync(process.execPath, [ESM_ENTRY, 'check', EXAMPLES, '--fail-on', 'never', '--no-color'], { encoding: 'utf8' }).stdout).toBe(plain.stdout);
    expect(spawnSync(process.execPath, [CPS, 'rules'], { encoding: 'utf8' }).stdout).toBe(spawnSync(process.execPath, [ESM_ENTRY, 'rules'], { encoding: 'utf8' }).stdout);
    // The first line is the bare version, which scripts read; the second names the SpF reference.
    const version = spawnSync(process.execPath, [CPS, '--version'], { env: { ...process.env, LC_ALL: 'en_GB.UTF-8' }, encoding: 'utf8' }).stdout;
    expect(version).toMatch(/^\d+\.\d+\.\d+\nreference spf-2025-phase1: SpF 2025, operational classification \(phase 1 published first\)\n$/);
  }, 120_000);

  it('stops quietly when the reader of its output goes away (`cps check | head`)', () => {
    const errors = path.join(work, 'stderr.txt');
    // bash, for the exit status of cps itself inside the pipeline.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CPS)} check ${JSON.stringify(EXAMPLES)} --format sarif --fail-on never 2>${JSON.stringify(errors)} | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(readFileSync(errors, 'utf8')).toBe('');
    expect(run.stdout).toBe('0\n');
  }, 120_000);
});
