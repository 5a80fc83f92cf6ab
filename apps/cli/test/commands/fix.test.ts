import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AFTER, BEFORE, crlf, manual } from '../../../../packages/language-server/test/fixtures/fixable-manual.js';
import { describeFixes, runFix } from '../../src/commands/fix.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('runFix', () => {
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(work, name);
    writeFileSync(file, content);
    return file;
  };
  const ago = new Date('2020-01-01T00:00:00Z');

  it('writes a file only when its text changed, and reports what it fixed', async () => {
    const fixable = write('fixable.cps.yaml', crlf(BEFORE));
    const clean = write('clean.cps.yaml', AFTER);
    utimesSync(clean, ago, ago);
    const results = await runFix([fixable, clean]);
    expect(results.map((result) => [path.basename(result.file), result.status, result.applied.length])).toEqual([
      ['fixable.cps.yaml', 'fixed', 6],
      ['clean.cps.yaml', 'unchanged', 0],
    ]);
    expect(readFileSync(fixable, 'utf8')).toBe(crlf(AFTER));
    expect(statSync(clean).mtime).toEqual(ago);
    expect(describeFixes(results, 'en', work)).toBe('cps: fixable.cps.yaml: fixed 6 problems (unused-suppression, competency-spelling).\n');
    expect(describeFixes(results, 'fr', work)).toBe('cps\u00a0: fixable.cps.yaml\u00a0: 6 problèmes corrigés (unused-suppression, competency-spelling).\n');
  });

  it('never touches a file with a YAML syntax error, one that is not UTF-8, or one it cannot read', async () => {
    const broken = write('broken.cps.yaml', manual('    competencies: [e1.2', '    pedagogy: [active]'));
    const latin1 = write('latin1.cps.yaml', Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${manual('    competencies: [e1.2]')}`)]));
    const before = [readFileSync(broken), readFileSync(latin1)];
    utimesSync(broken, ago, ago);
    utimesSync(latin1, ago, ago);
    const results = await runFix([broken, latin1, path.join(work, 'missing.cps.yaml')]);
    expect(results.map((result) => [path.basename(result.file), result.status, result.reason])).toEqual([
      ['broken.cps.yaml', 'syntax-error', undefined],
      ['latin1.cps.yaml', 'not-utf8', undefined],
      ['missing.cps.yaml', 'unreadable', 'ENOENT'],
    ]);
    expect([readFileSync(broken), readFileSync(latin1)]).toEqual(before);
    expect(statSync(broken).mtime).toEqual(ago);
    expect(statSync(latin1).mtime).toEqual(ago);
    expect(describeFixes(results, 'en', work).split('\n')).toEqual([
      'cps: broken.cps.yaml: not fixed, the YAML has a syntax error; fix it first.',
      'cps: latin1.cps.yaml: not fixed, the file is not valid UTF-8 and rewriting it would change it.',
      'cps: missing.cps.yaml: not fixed, the file cannot be read (ENOENT).',
      '',
    ]);
  });

  it('applies each file’s configuration', async () => {
    const file = write('configured.cps.yaml', manual('    competencies: [e1.2]'));
    const results = await runFix([file], { configFor: () => ({ rules: { 'competency-spelling': 'off' } }) });
    expect(results[0]!.status).toBe('unchanged');
    expect(readFileSync(file, 'utf8')).toBe(manual('    competencies: [e1.2]'));
  });
});
