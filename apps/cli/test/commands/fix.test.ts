import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFixes, runFix } from '../../src/commands/fix.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PROGRAM = [
  '# Mon manuel — en-tête',
  'version: 1',
  'program:',
  '  id: essai',
  '  title: Un essai   # le titre',
  '  ages: { min: 8, max: 11 }',
  '  settings: [primary-school]',
  '  duration: { years: 2 }',
  '  evidence: { kind: evidence-informed }',
  'activities:',
];

const BEFORE = [
  ...PROGRAM,
  '  - id: meteo',
  '    title: Météo',
  '    kind: ritual',
  '    # cps-disable-next-line unknown-competency, schema -- code maison',
  '    competencies: [e1.2, "E2.2 (a)", E9.9]   # E9.9 : code maison',
  '  - id: cercle',
  '    title: Cercle',
  '    kind: workshop',
  '    # cps-disable-next-line duplicate-id',
  '    competencies:',
  '      - s1.1   # écoute',
  '      - C2,3',
  '      - E1.3',
  '',
].join('\n');

const AFTER = [
  ...PROGRAM,
  '  - id: meteo',
  '    title: Météo',
  '    kind: ritual',
  '    # cps-disable-next-line unknown-competency -- code maison',
  '    competencies: [E1.2, "E2.2a", E9.9]   # E9.9 : code maison',
  '  - id: cercle',
  '    title: Cercle',
  '    kind: workshop',
  '    competencies:',
  '      - S1.1   # écoute',
  '      - C2.3',
  '      - E1.3',
  '',
].join('\n');

/** A small valid manual around some activity lines. */
const manual = (...lines: string[]) => [...PROGRAM, '  - id: meteo', '    title: Météo', '    kind: ritual', ...lines, ''].join('\n');

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

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
