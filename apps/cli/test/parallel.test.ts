import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CPS = fileURLToPath(new URL('../dist/cps.js', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cps-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** 1,000 small manuals, each with its own mistakes, in 20 folders. */
function corpus(): string {
  const root = path.join(work, 'manuels');
  for (let i = 0; i < 1000; i++) {
    const folder = path.join(root, `territoire-${i % 20}`);
    mkdirSync(folder, { recursive: true });
    const code = ['E1.2', 'E1.3', 'S2', 'C9'][i % 4];
    writeFileSync(
      path.join(folder, `programme-${i}.cps.yaml`),
      [
        'version: 1',
        `program: { id: p${i}, title: Programme ${i}, ages: { min: ${3 + (i % 10)}, max: 14 }, settings: [primary-school], duration: { years: ${1 + (i % 3)} }, evidence: { kind: evidence-informed } }`,
        'activities:',
        `  - { id: a${i}, title: Activité, kind: workshop, competencies: [${code}], duration: ${20 + (i % 50)} }`,
        'sessions:',
        `  - { id: s1, year: 1, activities: [a${i}${i % 7 === 0 ? 'x' : ''}] }`,
        '',
      ].join('\n'),
    );
  }
  return root;
}

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CPS, ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, maxBuffer: 1 << 28 });

describe('checking 1,000 manuals', () => {
  it('gives byte-identical output run after run, and the same in parallel as in one process', () => {
    const root = corpus();
    const args = ['check', root, '--format', 'json', '--format', 'stylish'];
    const first = run(args);
    const second = run(args);
    const single = run(args, { CPS_THREADS: '1' });
    expect(first.status).toBe(1);
    expect(first.stdout.length).toBeGreaterThan(100_000);
    expect(second.stdout).toBe(first.stdout);
    expect(single.stdout).toBe(first.stdout);
    // The files come in path order, whatever order the checkers finished in.
    const paths = (JSON.parse(first.stdout.slice(0, first.stdout.indexOf('\n}\n') + 2)) as { files: { path: string }[] }).files.map((file) => file.path);
    expect(paths).toHaveLength(1000);
    expect([...paths].sort()).toEqual(paths);
  }, 120_000);
});
