import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@cpskit/language-server';
import { reportHelpText } from '../../src/commands/report.js';
import { helpText } from '../../src/help.js';
import { main } from '../../src/main.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const WEAK = 'examples/weak/atelier-emotions.cps.yaml';
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-report-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cps(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '' },
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('cps report', () => {
  it('writes one manual’s report to --out, with the score the analysis gives, and says where', async () => {
    const out = path.join(work, 'rapport.html');
    const run = await cps(['report', WEAK, '--out', out, '--locale', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Rapport écrit dans');
    const html = readFileSync(out, 'utf8');
    const analysis = analyzeText(readFileSync(path.join(ROOT, WEAK), 'utf8'), { locale: 'fr' });
    expect(html).toContain(`data-score="${Math.round(analysis.criteria.score!)}"`);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Score provisoire');
  }, 30_000);

  it('writes the territory of a folder with --aggregate, in HTML, JSON and CSV', async () => {
    const html = await cps(['report', 'examples', '--aggregate', '--locale', 'en']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('Territorial picture of CPS programmes');
    const json = await cps(['report', 'examples', '--aggregate', '--format', 'json']);
    const parsed = JSON.parse(json.stdout) as { manuals: { path: string; score?: number }[]; gaps: { text: string }[] };
    expect(parsed.manuals.map((manual) => manual.path)).toContain(WEAK);
    expect(parsed.gaps.length).toBeGreaterThan(0);
    const csv = await cps(['report', 'examples', '--aggregate', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^path,title,age_min,age_max,settings,score,/);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(parsed.manuals.length + 1);
  }, 60_000);

  it('refuses what it cannot do, in the person’s language, with exit 2', async () => {
    const folder = await cps(['report', 'examples', '--locale', 'fr']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('ajoutez --aggregate');
    const csv = await cps(['report', WEAK, '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--aggregate');
    const format = await cps(['report', WEAK, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');
    const missing = await cps(['report', 'nowhere.cps.yaml', '--out', path.join(work, 'never.html')]);
    expect(missing.code).toBe(2);
    expect(existsSync(path.join(work, 'never.html'))).toBe(false);
    const option = await cps(['report', WEAK, '--bogus']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option --bogus');
  });

  it('has its help in both languages, and the main help names it', async () => {
    expect((await cps(['report', '--help', '--locale', 'fr'])).stdout).toBe(reportHelpText('fr'));
    expect(reportHelpText('en')).toContain('--aggregate');
    expect(helpText('en')).toContain('cps report <manual>');
    expect(helpText('fr')).toContain('cps report <manuel>');
  });
});
