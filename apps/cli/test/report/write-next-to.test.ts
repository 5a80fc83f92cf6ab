import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { reportName, writeReportNextTo, writtenReportStatus } from '../../src/report/write-next-to.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-report-next-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const config = { preset: 'recommended', rules: {} } as const;
const isRoot = process.getuid?.() === 0;

describe('the report the TUI writes next to a manual (key r)', () => {
  it('is named after the manual in the person’s language, written beside it, and the status says where', async () => {
    expect(reportName('/x/atelier.cps.yaml', 'fr')).toBe('atelier.rapport.html');
    expect(reportName('/x/atelier.cps.yml', 'en')).toBe('atelier.report.html');
    const folder = path.join(work, 'manuels');
    mkdirSync(folder);
    const manual = path.join(folder, 'atelier.cps.yaml');
    copyFileSync(path.join(ROOT, 'examples/weak/atelier-emotions.cps.yaml'), manual);
    const options = { locale: 'fr' as const, config, displayPath: 'manuels/atelier.cps.yaml', cwd: work };
    const first = await writeReportNextTo(manual, options);
    expect(first).toEqual({ ok: true, file: path.join(folder, 'atelier.rapport.html'), replaced: false, inCwd: false });
    expect(readFileSync(path.join(folder, 'atelier.rapport.html'), 'utf8')).toContain('Score provisoire');
    expect(writtenReportStatus(first, (file) => path.relative(work, file), 'fr')).toBe('Rapport écrit\u00a0: manuels/atelier.rapport.html');
    // Again: the earlier report is replaced, and the status says so rather than replacing it silently.
    const second = await writeReportNextTo(manual, options);
    expect(second).toMatchObject({ ok: true, replaced: true });
    expect(writtenReportStatus(second, (file) => path.relative(work, file), 'en')).toBe('Report written, replacing the earlier one: manuels/atelier.rapport.html');
  });

  it('never writes through a link put at the report’s name', async () => {
    const folder = path.join(work, 'linked');
    mkdirSync(folder);
    const manual = path.join(folder, 'a.cps.yaml');
    copyFileSync(path.join(ROOT, 'examples/primavera.cps.yaml'), manual);
    const target = path.join(work, 'elsewhere.txt');
    writeFileSync(target, 'keep me');
    symlinkSync(target, path.join(folder, 'a.report.html'));
    const result = await writeReportNextTo(manual, { locale: 'en', config, displayPath: 'linked/a.cps.yaml', cwd: work });
    expect(result).toMatchObject({ ok: true, replaced: true });
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(folder, 'a.report.html')).isSymbolicLink()).toBe(false);
  });

  it('goes to the working folder when the manual’s folder cannot be written, and says so', async () => {
    const folder = path.join(work, 'lecture-seule');
    mkdirSync(folder);
    const manual = path.join(folder, 'b.cps.yaml');
    copyFileSync(path.join(ROOT, 'examples/primavera.cps.yaml'), manual);
    // Root may write anywhere: the folder's permissions are stood in for, as the system would answer a person.
    chmodSync(folder, 0o555);
    try {
      const canWrite = async (candidate: string) => candidate !== folder;
      const result = await writeReportNextTo(manual, { locale: 'en', config, displayPath: 'b.cps.yaml', cwd: work, ...(isRoot ? { canWrite } : {}) });
      expect(result).toEqual({ ok: true, file: path.join(work, 'b.report.html'), replaced: false, inCwd: true });
      expect(writtenReportStatus(result, (file) => path.basename(file), 'en')).toBe('The manual’s folder is read-only; report written here: b.report.html');
      expect(existsSync(path.join(folder, 'b.report.html'))).toBe(false);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('says why when the manual cannot be read', async () => {
    const result = await writeReportNextTo(path.join(work, 'absent.cps.yaml'), { locale: 'en', config, displayPath: 'absent.cps.yaml', cwd: work });
    expect(result.ok).toBe(false);
    expect(writtenReportStatus(result, String, 'en')).toMatch(/^The report could not be written: /);
  });
});
