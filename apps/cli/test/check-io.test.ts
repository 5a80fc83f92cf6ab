import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJob } from '../src/check-file.js';
import { main } from '../src/main.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-io-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { cwd: work, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } };
  return main(args, io).then((code) => ({ code, stdout, stderr }));
}

describe('cps check on files that are not files', () => {
  it('refuses a named pipe instead of blocking on it', async () => {
    const fifo = path.join(work, 'pipe.cps.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = await run(['check', 'pipe.cps.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not a regular file or folder');
    // Found while walking a folder, the pipe is skipped: it is not a manual file.
    writeFileSync(path.join(work, 'ok.cps.yaml'), 'version: 1\n');
    const walked = await run(['check', '.']);
    expect(walked.stdout).toContain('ok.cps.yaml');
    expect(walked.stdout).not.toContain('pipe');
  });

  it('reports a dangling link and a pipe found while walking, and checks the other manuals', async () => {
    const folder = path.join(work, 'walk');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'bon.cps.yaml'), 'version: 1\n');
    execFileSync('ln', ['-s', path.join(folder, 'nulle-part'), path.join(folder, 'perdu.cps.yaml')]);
    execFileSync('mkfifo', [path.join(folder, 'tube.cps.yaml')]);
    const result = await run(['check', 'walk', '--locale', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('walk/bon.cps.yaml');
    expect(result.stderr).toContain('cps: "walk/perdu.cps.yaml" is not a regular file');
    expect(result.stderr).toContain('cps: "walk/tube.cps.yaml" is not a regular file');
  });

  it('turns a manual that cannot be read into a finding of its own', async () => {
    const report = checkJob(
      { file: path.join(work, 'disparu.cps.yaml'), displayPath: 'disparu.cps.yaml', config: { preset: 'recommended', rules: {} } },
      { locale: 'fr', analysis: false },
    );
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'file-unreadable', severity: 'error', message: 'Le fichier ne peut pas être lu (ENOENT).' });
  });

  it('follows a symlink loop without looping', async () => {
    const loop = path.join(work, 'loop');
    execFileSync('mkdir', ['-p', path.join(work, 'loop')]);
    execFileSync('ln', ['-s', '..', path.join(loop, 'up')]);
    const result = await run(['check', '.']);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/ok\.cps\.yaml/g)).toHaveLength(1);
  });
});
