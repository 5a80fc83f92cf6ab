import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_MANUAL_BYTES } from '@cpskit/language-server';
import { TOO_LARGE, readRegularFile } from '@cpskit/language-server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJob } from '../src/check-file.js';

const CPS = fileURLToPath(new URL('../dist/cps.js', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cps-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[], options: { env?: Record<string, string>; input?: string } = {}) =>
  spawnSync(process.execPath, [CPS, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', LANG: 'en_GB.UTF-8', ...options.env },
    maxBuffer: 1 << 28,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });

const MANUAL = [
  'version: 1',
  'program: { id: p, title: Programme, ages: { min: 8, max: 11 }, settings: [primary-school], duration: { years: 1 }, evidence: { kind: evidence-informed } }',
  'activities:',
  '  - { id: a, title: Activité, kind: workshop, competencies: [E1.3], duration: 45 }',
  '',
].join('\n');

/** A file of `bytes` bytes that costs nothing to make: a sparse file, all zeros, never written. */
function sparse(name: string, bytes: number): string {
  const file = path.join(work, name);
  writeFileSync(file, '');
  truncateSync(file, bytes);
  return file;
}

describe('a manual over the size limit', () => {
  it('is one finding, in the locale, and its file is not read', () => {
    const file = sparse('enorme.cps.yaml', 50_000_000);
    for (const analysis of [false, true]) {
      const report = checkJob({ file, displayPath: 'enorme.cps.yaml', config: { preset: 'recommended', rules: {} } }, { locale: 'fr', analysis });
      expect(report.findings.map((finding) => `${finding.ruleId}/${finding.messageId}`)).toEqual(['limits/too-large']);
      expect(report.findings[0]!.message).toContain('dépasse 1\u00a0Mo');
      expect(report.text).toBeUndefined();
      expect(report.analysis).toBeUndefined();
    }
  });

  it('is read no further than the limit, and a device is never read', () => {
    const read = (file: string) => {
      const result = readRegularFile(file, { maxBytes: MAX_MANUAL_BYTES });
      return result.ok ? { text: result.bytes.toString('utf8') } : { code: result.code };
    };
    // A device that never ends: it is not a regular file, so it is not read at all.
    expect(read('/dev/zero')).toEqual({ code: 'ENOTFILE' });
    const small = path.join(work, 'petit.cps.yaml');
    writeFileSync(small, 'é'.repeat(10));
    expect(read(small)).toEqual({ text: 'é'.repeat(10) });
    writeFileSync(small, 'x'.repeat(MAX_MANUAL_BYTES));
    expect(read(small)).toEqual({ text: 'x'.repeat(MAX_MANUAL_BYTES) });
    writeFileSync(small, 'x'.repeat(MAX_MANUAL_BYTES + 1));
    expect(read(small)).toEqual({ code: TOO_LARGE });
  });

  it('does not stop the run: the other manuals are checked, the exit code counts its error', () => {
    const folder = path.join(work, 'dossier');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.cps.yaml'), MANUAL);
    sparse('dossier/b.cps.yaml', 30_000_000);
    const result = run(['check', 'dossier', '--format', 'json']);
    expect(result.status).toBe(1);
    const files = (JSON.parse(result.stdout) as { files: { path: string; readable: boolean; findings: { ruleId: string }[] }[] }).files;
    expect(files.map((entry) => [entry.path, entry.readable])).toEqual([
      ['dossier/a.cps.yaml', true],
      ['dossier/b.cps.yaml', false],
    ]);
    expect(files[0]!.findings.some((finding) => finding.ruleId === 'unknown-competency')).toBe(true);
    expect(files[1]!.findings.map((finding) => finding.ruleId)).toEqual(['limits']);
  });

  it('on standard input, is one finding; with --fix, an error and nothing written, since only its start was read', () => {
    const big = `${MANUAL}${'# '.repeat(MAX_MANUAL_BYTES)}\n`;
    const checked = run(['check', '--stdin', '--format', 'json'], { input: big });
    expect(checked.status).toBe(1);
    expect((JSON.parse(checked.stdout) as { files: { findings: { ruleId: string; messageId: string }[] }[] }).files[0]!.findings).toMatchObject([
      { ruleId: 'limits', messageId: 'too-large' },
    ]);
    const fixed = run(['check', '--stdin', '--fix'], { input: big });
    expect(fixed.status).toBe(2);
    expect(fixed.stdout).toBe('');
    expect(fixed.stderr).toBe('cps: the standard input is larger than 1 MB, the most cpskit reads in one manual; nothing was fixed or written. Split the manual into several.\n');
  });
});

describe('the same manuals, checked in threads or not', () => {
  it('give the same output, even when the YAML library would nest them thousands of levels deep', () => {
    // One misplaced line, then a flat list the library reads ever deeper: where its stack gave out
    // depended on the thread, so threads and the main thread gave different findings.
    const folder = path.join(work, 'glissements');
    mkdirSync(folder);
    for (let i = 0; i < 30; i++) writeFileSync(path.join(folder, `m${i}.cps.yaml`), `version: 1\nactivities:\n x: y\n${'  - x: y\n'.repeat(5_000 + i)}`);
    const threads = run(['check', 'glissements', '--format', 'json']);
    const single = run(['check', 'glissements', '--format', 'json'], { env: { CPS_THREADS: '1' } });
    expect(threads.status).toBe(1);
    expect(single.stdout).toBe(threads.stdout);
    const files = (JSON.parse(threads.stdout) as { files: { findings: { ruleId: string; messageId: string }[] }[] }).files;
    expect(files).toHaveLength(30);
    for (const entry of files) expect(entry.findings.at(-1)).toMatchObject({ ruleId: 'limits', messageId: 'rest-unread' });
  }, 180_000);
});
