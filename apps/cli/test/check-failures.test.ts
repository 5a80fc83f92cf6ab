import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJob, type CheckJob, type Checker } from '../src/check-file.js';
import { checkAll } from '../src/check-pool.js';
import { FORMATS } from '../src/format/formats.js';
import { context } from './formats/helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-failures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const config = { preset: 'recommended' as const, rules: {} };

/** A manual on disk, with one unknown competency code so that it has a finding of its own. */
function manual(name: string): CheckJob {
  const file = path.join(work, name);
  writeFileSync(file, 'version: 1\nactivities:\n  - { id: a, competencies: [E9] }\n');
  return { file, displayPath: name, config };
}

/** A language service that fails on every manual, as a bug in a rule would. */
const failing: Checker = {
  validate: () => {
    throw new RangeError('Maximum call stack size exceeded \u001b[31m\n::error::x');
  },
  analyze: () => {
    throw new TypeError('cannot read properties of undefined');
  },
};

describe('one manual’s failure is that manual’s finding, never the run’s', { timeout: 120_000 }, () => {
  it('checkJob turns an exception into an internal-error finding, in both languages, its words made visible', () => {
    const job = manual('a.cps.yaml');
    const en = checkJob(job, { locale: 'en', analysis: false }, failing);
    expect(en.findings).toHaveLength(1);
    expect(en.findings[0]).toMatchObject({ ruleId: 'internal-error', severity: 'error', range: { start: { line: 0, character: 0 } } });
    expect(en.findings[0]!.message).toBe(
      'cpskit failed on this manual (RangeError: Maximum call stack size exceeded ␛[31m␊::error::x), so it is not checked; the other manuals are. Please report it.',
    );
    const fr = checkJob(job, { locale: 'fr', analysis: true }, failing);
    expect(fr.findings[0]!.message).toBe(
      'cpskit a échoué sur ce manuel (TypeError: cannot read properties of undefined), qui n’est donc pas vérifié\u00a0; les autres le sont. Merci de le signaler.',
    );
    expect(fr.analysis).toBeUndefined();
    // The real service on the same manual.
    expect(checkJob(job, { locale: 'en', analysis: false }).findings.map((finding) => finding.ruleId)).toContain('unknown-competency');
  });

  it('every format prints it beside the other manuals’ findings', () => {
    const reports = [checkJob(manual('b.cps.yaml'), { locale: 'en', analysis: true }, failing), checkJob(manual('c.cps.yaml'), { locale: 'en', analysis: true })];
    for (const [name, format] of Object.entries(FORMATS)) {
      const out = format(reports, context());
      expect(out, name).toContain('internal-error');
      expect(out, name).toContain('c.cps.yaml');
      expect(out, name).toContain('unknown-competency');
    }
    // No rule is counted as passed on the manual that was not checked.
    const junit = FORMATS.junit(reports, context());
    expect(junit).toContain('<testsuite name="b.cps.yaml" tests="1" failures="1"');
  });

  it('a checking thread that dies takes only the manual it died on', async () => {
    const names = Array.from({ length: 40 }, (_, i) => (i === 5 ? 'm05-exit.cps.yaml' : i === 21 ? 'm21-throw.cps.yaml' : `m${String(i).padStart(2, '0')}.cps.yaml`));
    const jobs = names.map((name) => ({ file: path.join(work, name), displayPath: name, config }));
    const worker = new URL('./fixtures/workers/failing-worker.mjs', import.meta.url);
    const reports = await checkAll(jobs, { locale: 'en', analysis: false }, worker, 3);
    expect(reports.map((report) => report.displayPath)).toEqual(names);
    const failed = reports.filter((report) => report.findings.some((finding) => finding.ruleId === 'internal-error'));
    expect(failed.map((report) => report.displayPath)).toEqual(['m05-exit.cps.yaml', 'm21-throw.cps.yaml']);
    expect(failed[0]!.findings[0]!.message).toContain('a checking thread stopped (exit code 3)');
    expect(failed[1]!.findings[0]!.message).toContain('boom on');
    expect(failed[1]!.findings[0]!.message).toContain('␛[31m');
    expect(reports.filter((report) => report.findings.length === 0)).toHaveLength(38);
  });
});
