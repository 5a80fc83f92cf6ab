import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupModality, displayed } from '@cpskit/core';
import { analyzeText, type Finding } from '@cpskit/language-server';
import { findGitRoot } from '@cpskit/language-server/node';
import { compareFindings, findingIdentity } from '../../src/diff/compare.js';
import { diffHelpText } from '../../src/commands/diff.js';
import { DIFF_ERRORS, DIFF_WORDS } from '../../src/diff/words.js';
import { helpText } from '../../src/help.js';
import { main } from '../../src/main.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const WEAK = path.join(ROOT, 'examples/weak/atelier-emotions.cps.yaml');
const FIXED = path.join(ROOT, 'apps/cli/test/fixtures/diff/atelier-emotions-corrige.cps.yaml');
const weakText = readFileSync(WEAK, 'utf8');
const fixedText = readFileSync(FIXED, 'utf8');

const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-diff-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cps(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? { PATH: process.env['PATH'] ?? '' },
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

interface JsonFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}
interface JsonDiff {
  readonly version: number;
  readonly old: {
    path: string;
    revision: string | null;
    score: number;
    provisional: boolean;
    coverage: { generalsWorked: string[]; years: { year: number; sessionMinutes: number; practiceMinutes: number }[] };
  };
  readonly new: {
    path: string;
    revision: string | null;
    score: number;
    provisional: boolean;
    coverage: { generalsWorked: string[]; years: { year: number; sessionMinutes: number; practiceMinutes: number }[] };
  };
  readonly modalities: { id: string; label: string; old: { status: string }; new: { status: string } }[];
  readonly findings: { fixed: JsonFinding[]; new: JsonFinding[]; unchanged: number };
}

/** Where a text first says `needle`, 1-based as cps prints it. */
function placeOf(text: string, needle: string, offset = 0): { line: number; column: number } {
  const at = text.indexOf(needle) + offset;
  expect(at).toBeGreaterThanOrEqual(offset);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=cpskit', '-c', 'user.email=cpskit@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
}

describe('cps diff between the weak example and a fixed copy', { timeout: 60_000 }, () => {
  let report: JsonDiff;
  beforeAll(async () => {
    const run = await cps([
      'diff',
      'examples/weak/atelier-emotions.cps.yaml',
      'apps/cli/test/fixtures/diff/atelier-emotions-corrige.cps.yaml',
      '--format',
      'json',
      '--locale',
      'en',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout) as JsonDiff;
  });

  it('lists exactly the modalities whose status changed, with SpF’s wording', () => {
    const before = analyzeText(weakText, { locale: 'en' }).criteria.modalities;
    const after = analyzeText(fixedText, { locale: 'en' }).criteria.modalities;
    const changed = before.filter((modality, i) => after[i]!.status !== modality.status);
    expect(changed.length).toBeGreaterThan(5);
    expect(report.modalities.map((entry) => [entry.id, entry.old.status, entry.new.status])).toEqual(
      changed.map((modality) => [modality.id, modality.status, after.find((entry) => entry.id === modality.id)!.status]),
    );
    for (const entry of report.modalities) expect(entry.label).toBe(lookupModality(entry.id)!.label.en);
    // The fixed copy adds training and follow-up: 2.1.1 and 2.2.1 go from missing to met.
    expect(report.modalities).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: '2.1.1', old: expect.objectContaining({ status: 'missing' }), new: expect.objectContaining({ status: 'met' }) })]),
    );
  });

  it('lists the four errors of the weak example as fixed, each at its place in the old version', () => {
    const fixed = report.findings.fixed;
    const expectFixed = (ruleId: string, needle: string, offset = 0) =>
      expect(fixed, `${ruleId} at ${needle}`).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId, ...placeOf(weakText, needle, offset) })]));
    expectFixed('schema', 'years: un', 'years: '.length);
    expectFixed('schema', 'titel: La respiration');
    expectFixed('unknown-competency', 'E1.3]');
    expectFixed('undefined-activity', 'meteo-emotion]');
    expect(fixed.filter((finding) => finding.ruleId !== 'internal-error').length).toBe(fixed.length);
    expect(report.old.provisional).toBe(true);
    expect(report.new.provisional).toBe(false);
  });

  it('counts every finding once: fixed or kept on the old side, new or kept on the new side', () => {
    const before = analyzeText(weakText, { locale: 'en' }).findings.length;
    const after = analyzeText(fixedText, { locale: 'en' }).findings.length;
    expect(report.findings.fixed.length + report.findings.unchanged).toBe(before);
    expect(report.findings.new.length + report.findings.unchanged).toBe(after);
    // The fixed copy brings one new finding of its own: an informal practice with no frequency.
    expect(report.findings.new).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'informal-practices', ...placeOf(fixedText, 'kind: informal', 'kind: '.length) })]),
    );
  });

  it('gives the coverage and scores of both sides as the analysis does', () => {
    const before = analyzeText(weakText, { locale: 'en' });
    const after = analyzeText(fixedText, { locale: 'en' });
    expect(report.old.score).toBe(before.criteria.score);
    expect(report.new.score).toBe(after.criteria.score);
    expect(report.old.coverage.generalsWorked).toEqual(before.coverage.generals.filter((general) => general.worked).map((general) => general.code));
    expect(report.new.coverage.generalsWorked).toEqual(after.coverage.generals.filter((general) => general.worked).map((general) => general.code));
    for (const year of report.new.coverage.years) {
      expect(year.sessionMinutes).toBe(after.coverage.totals.sessionMinutesByYear[year.year] ?? 0);
      expect(year.practiceMinutes).toBe(after.coverage.totals.practiceMinutesByYear[year.year] ?? 0);
    }
    expect(report.new.coverage.years.map((year) => year.year)).toEqual([1, 2]);
  });

  it('says the same in the terminal, in French, with « provisoire » for the side with errors', async () => {
    const run = await cps(['diff', WEAK, FIXED, '--locale', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('15/100 (provisoire) →');
    expect(run.stdout).toMatch(/Modalités dont le statut a changé \(\d+\)/);
    expect(run.stdout).toContain('2.1.1  ✖ manquant');
    expect(run.stdout).toContain(displayed(lookupModality('2.1.1')!.label, 'fr'));
    expect(run.stdout).toMatch(/Constats corrigés \(\d+\), à leur place dans l’ancienne version/);
    expect(run.stdout).toContain(`${placeOf(weakText, 'E1.3]').line}:${placeOf(weakText, 'E1.3]').column}`);
    // No colour outside a terminal.
    expect(run.stdout).not.toContain('\u001b');
  });

  it('colours only on a terminal, unless NO_COLOR or --no-color', async () => {
    expect((await cps(['diff', WEAK, FIXED], { tty: true })).stdout).toContain('\u001b[');
    expect((await cps(['diff', WEAK, FIXED], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b');
    expect((await cps(['diff', WEAK, FIXED, '--no-color'], { tty: true })).stdout).not.toContain('\u001b');
  });

  it('writes Markdown for a pull-request comment, findings in collapsed sections', async () => {
    const run = await cps(['diff', WEAK, FIXED, '-f', 'markdown', '--locale', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^### cpskit\u00a0: ce qui a changé dans le jugement\n/);
    expect(run.stdout).toContain('| 2.1.1 | ✖ manquant | ✔ rempli |');
    expect(run.stdout).toMatch(/<summary>Constats corrigés \(\d+\), à leur place dans l’ancienne version<\/summary>/);
    expect(run.stdout).toContain('**Score\u00a0:** 15/100 (provisoire) →');
  });

  it('writes --output-file instead of the standard output', async () => {
    const run = await cps(['diff', WEAK, FIXED, '-f', 'json', '-o', 'out/diff.json'], { cwd: work });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((JSON.parse(readFileSync(path.join(work, 'out/diff.json'), 'utf8')) as JsonDiff).version).toBe(1);
  });
});

describe('matching findings across versions', () => {
  const finding = (ruleId: string, args: Record<string, string | number>, line: number): Finding => ({
    ruleId,
    severity: 'warning',
    messageId: 'm',
    args,
    message: `${ruleId} ${JSON.stringify(args)}`,
    range: { start: { line, character: 0 }, end: { line, character: 1 } },
    offsets: { start: line * 10, end: line * 10 + 1 },
    locale: 'en',
  });

  it('ignores positions and the order of arguments, and tells findings apart by their arguments', () => {
    expect(findingIdentity(finding('r', { a: 1, b: 'x' }, 3))).toBe(findingIdentity(finding('r', { b: 'x', a: 1 }, 40)));
    expect(findingIdentity(finding('r', { a: 1 }, 3))).not.toBe(findingIdentity(finding('r', { a: 2 }, 3)));
    expect(findingIdentity(finding('r', { a: 1 }, 3))).not.toBe(findingIdentity(finding('s', { a: 1 }, 3)));
  });

  it('is a difference of multisets: a finding twice before and once after is fixed once', () => {
    const before = [finding('r', { a: 1 }, 1), finding('r', { a: 1 }, 2), finding('s', {}, 3)];
    const after = [finding('s', {}, 9), finding('r', { a: 1 }, 10), finding('t', {}, 11), finding('t', {}, 12)];
    const result = compareFindings(before, after);
    expect(result.unchanged).toBe(2);
    expect(result.fixed.map((entry) => [entry.ruleId, entry.range.start.line])).toEqual([['r', 2]]);
    expect(result.added.map((entry) => [entry.ruleId, entry.range.start.line])).toEqual([
      ['t', 11],
      ['t', 12],
    ]);
  });

  it('a manual moved down by an edit above shows no change at all', async () => {
    const moved = path.join(work, 'moved.cps.yaml');
    writeFileSync(moved, `# Un commentaire ajouté en tête.\n\n\n${weakText}`);
    const run = await cps(['diff', WEAK, moved, '-f', 'json']);
    const report = JSON.parse(run.stdout) as JsonDiff;
    expect(report.modalities).toEqual([]);
    expect(report.findings.fixed).toEqual([]);
    expect(report.findings.new).toEqual([]);
    expect(report.findings.unchanged).toBe(analyzeText(weakText).findings.length);
  });
});

describe('the configuration', () => {
  it('is the new file’s folder’s for both versions: a rule it turns off is fixed on neither side', async () => {
    const project = path.join(work, 'configured');
    mkdirSync(path.join(project, 'old'), { recursive: true });
    mkdirSync(path.join(project, 'new'), { recursive: true });
    copyFileSync(WEAK, path.join(project, 'old/m.cps.yaml'));
    copyFileSync(FIXED, path.join(project, 'new/m.cps.yaml'));
    writeFileSync(path.join(project, 'new/cps.config.yaml'), 'rules:\n  env-time: off\n  rituals: off\n');
    const run = await cps(['diff', 'old/m.cps.yaml', 'new/m.cps.yaml', '-f', 'json'], { cwd: project });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonDiff;
    const rules = [...report.findings.fixed, ...report.findings.new].map((finding) => finding.ruleId);
    expect(rules).not.toContain('env-time');
    expect(rules).not.toContain('rituals');
    expect(rules).toContain('undefined-activity');
  });

  it('an error in it stops the diff (exit 2), naming its place', async () => {
    const project = path.join(work, 'bad-config');
    mkdirSync(project, { recursive: true });
    copyFileSync(FIXED, path.join(project, 'm.cps.yaml'));
    writeFileSync(path.join(project, 'cps.config.yaml'), 'rules:\n  no-such-rule: warning\n');
    const run = await cps(['diff', WEAK, 'm.cps.yaml'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cps\.config\.yaml:2:3: /);
  });
});

describe('cps diff --since REV', { timeout: 60_000 }, () => {
  let repo: string;
  beforeAll(() => {
    repo = path.join(work, 'repo');
    mkdirSync(path.join(repo, 'manuels'), { recursive: true });
    git(repo, 'init', '-q');
    copyFileSync(WEAK, path.join(repo, 'manuels/atelier.cps.yaml'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'first');
    git(repo, 'tag', 'v1');
    copyFileSync(FIXED, path.join(repo, 'manuels/atelier.cps.yaml'));
    writeFileSync(path.join(repo, 'manuels/nouveau.cps.yaml'), fixedText);
  });

  it('reads the old version from git, from the repository that holds the manual', async () => {
    const fromFiles = JSON.parse((await cps(['diff', WEAK, FIXED, '-f', 'json'])).stdout) as JsonDiff;
    const run = await cps(['diff', 'atelier.cps.yaml', '--since', 'HEAD', '-f', 'json'], { cwd: path.join(repo, 'manuels') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonDiff;
    expect(report.old).toMatchObject({ path: 'atelier.cps.yaml', revision: 'HEAD' });
    expect(report.new).toMatchObject({ path: 'atelier.cps.yaml', revision: null });
    expect(report.modalities).toEqual(fromFiles.modalities);
    expect(report.findings).toEqual(fromFiles.findings);
  });

  it('names the revision beside the path in the terminal', async () => {
    const run = await cps(['diff', 'manuels/atelier.cps.yaml', '--since', 'v1'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('manuels/atelier.cps.yaml (v1) → manuels/atelier.cps.yaml');
  });

  it('refuses a revision that starts with "-" before running git (exit 2)', async () => {
    // Without git on the PATH, a refusal that came from git would say that git is missing.
    const run = await cps(['diff', 'manuels/atelier.cps.yaml', '--since=--output=/tmp/pwned', '--locale', 'fr'], { cwd: repo, env: { PATH: '/nonexistent' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'cps diff\u00a0: la révision «\u00a0--output=/tmp/pwned\u00a0» commence par «\u00a0-\u00a0», ce qu’une révision ne peut pas faire, pour que git ne la lise jamais comme une option.\n',
    );
  });

  it('says so when git knows no such revision (exit 2)', async () => {
    const run = await cps(['diff', 'manuels/atelier.cps.yaml', '--since', 'HEAD~3'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'cps diff: git knows no revision "HEAD~3" in this repository. In a shallow clone (as in CI), fetch more history first (actions/checkout with fetch-depth: 0).\n',
    );
  });

  it('runs no shell: a revision with shell syntax is only an unknown revision', async () => {
    const run = await cps(['diff', 'manuels/atelier.cps.yaml', '--since', 'HEAD;touch pwned$(touch pwned2)'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('git knows no revision "HEAD;touch pwned$(touch pwned2)"');
    expect(existsSync(path.join(repo, 'pwned'))).toBe(false);
    expect(existsSync(path.join(repo, 'pwned2'))).toBe(false);
  });

  it('says so when the file did not exist at that revision (exit 2)', async () => {
    const run = await cps(['diff', 'manuels/nouveau.cps.yaml', '--since', 'HEAD', '--locale', 'fr'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'cps diff\u00a0: la révision «\u00a0HEAD\u00a0» n’a pas de fichier «\u00a0manuels/nouveau.cps.yaml\u00a0» (le manuel n’existait pas encore, ou avait un autre nom).\n',
    );
  });

  it('says so when git cannot be started (exit 2)', async () => {
    const run = await cps(['diff', 'manuels/atelier.cps.yaml', '--since', 'HEAD'], { cwd: repo, env: { PATH: '/nonexistent' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('cps diff: --since needs git, which cannot be started (ENOENT). Install git, or compare two files: cps diff old.cps.yaml new.cps.yaml.\n');
  });

  it('says so when the manual is in no git repository (exit 2)', async () => {
    const alone = path.join(work, 'alone');
    mkdirSync(alone, { recursive: true });
    copyFileSync(FIXED, path.join(alone, 'm.cps.yaml'));
    expect(findGitRoot(alone)).toBeUndefined();
    const run = await cps(['diff', 'm.cps.yaml', '--since', 'HEAD'], { cwd: alone });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('cps diff: "m.cps.yaml" is not in a git repository, so --since has no history to read. Compare two files instead.\n');
  });

  it('does not look up the history of a link that leads out of the repository (exit 2)', async () => {
    const outside = path.join(work, 'outside.cps.yaml');
    writeFileSync(outside, fixedText);
    symlinkSync(outside, path.join(repo, 'manuels/lien.cps.yaml'));
    const run = await cps(['diff', 'manuels/lien.cps.yaml', '--since', 'HEAD'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('cps diff: "manuels/lien.cps.yaml" leads outside the git repository that holds it (through a symbolic link), so --since does not read its history.\n');
  });
});

describe('arguments', () => {
  it.each([
    [['diff', 'a.cps.yaml'], 'en', 'cps diff: give two manuals, or one manual and --since REVISION'],
    [['diff', 'a', 'b', 'c'], 'en', 'cps diff: give two manuals, or one manual and --since REVISION'],
    [['diff', 'a', 'b', '--since', 'HEAD'], 'en', 'cps diff: give two manuals, or one manual and --since REVISION'],
    [['diff', 'a', 'b', '--fail-on', 'never'], 'en', 'cps diff: unknown option "--fail-on". Run "cps diff --help" to see its options.\n'],
    [
      ['diff', 'a', 'b', '--colour', '--locale', 'fr'],
      'fr',
      'cps diff\u00a0: option inconnue «\u00a0--colour\u00a0». Lancez «\u00a0cps diff --help\u00a0» pour voir ses options.\n',
    ],
    [['diff', 'a', 'b', '-f', 'sarif'], 'en', 'cps diff: unknown format "sarif"; the formats are stylish, markdown and json.\n'],
    [['diff', 'a', 'b', '--since'], 'en', 'cps diff: the option --since needs a value.\n'],
    [['diff', 'a', 'b', '--color=yes'], 'en', 'cps diff: the option --color takes no value.\n'],
    [['diff', 'a', 'b', '--locale', 'de'], 'en', 'cps diff: unknown locale "de"; use fr or en.\n'],
  ])('%j is a usage error (exit 2)', async (args, _locale, said) => {
    const run = await cps(args, { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(said)).toBe(true);
  });

  it('a manual that does not exist is an error of the run (exit 2), in the person’s language', async () => {
    const run = await cps(['diff', 'absent.cps.yaml', FIXED, '--locale', 'fr'], { cwd: work });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'cps diff\u00a0: le manuel «\u00a0absent.cps.yaml\u00a0» n’existe pas.\n' });
  });

  it('global options may come before the command, and --help shows the diff’s own help', async () => {
    const run = await cps(['--locale', 'fr', 'diff', '--help'], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^cps diff — ce qui a changé dans le jugement entre deux versions d’un manuel\n/);
    expect(run.stdout).toContain('Codes de sortie\u00a0: 0 la comparaison a été faite');
  });
});

describe('a hostile manual cannot speak through cps diff', () => {
  const hostile = String.raw`version: 1
program:
  id: "p\e[31m\n::error::x"
  title: Hostile
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 1 }
  evidence: { kind: evidence-informed }
  "@octocat #123 https://evil.example <img src=x onerror=alert(1)> [x](javascript:alert(1)) \u202E": 1
activities:
  - { id: a, title: A, kind: workshop, competencies: [E1.2], duration: 45min }
sessions:
  - { id: s1, year: 1, activities: [a, "##[add-mask]ghost"] }
`;
  const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  let folder: string;
  beforeAll(() => {
    folder = path.join(work, 'hostile');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '@octocat [x](https:evil) <b>.cps.yaml'), 'version: 1\n');
    writeFileSync(path.join(folder, 'new\n::error::x.cps.yaml'), hostile);
  });

  it.each(['stylish', 'markdown', 'json'])('--format %s shows it as text', async (format) => {
    const run = await cps(['diff', '@octocat [x](https:evil) <b>.cps.yaml', 'new\n::error::x.cps.yaml', '-f', format, '--color'], { cwd: folder });
    expect(run.code).toBe(0);
    for (const line of run.stdout.split('\n')) {
      expect(line.replace(/\u001b\[[0-9;]*m/g, ''), JSON.stringify(line)).not.toMatch(ACTING);
      expect(line.trimStart().startsWith('::'), line).toBe(false);
      expect(line).not.toContain('##[');
    }
    if (format === 'markdown') {
      // Inside a code span nothing is markup and GitHub links nothing; outside, nothing may link or mention.
      const outsideCode = run.stdout.replace(/`[^`\n]*`/g, '');
      expect(outsideCode).not.toMatch(/@octocat|#123|https:\/\/evil|(?<!\\)<img|(?<!\\)\]\(javascript|<b>/);
      expect(outsideCode).toContain('@\u200boctocat \\#\u200b123 https:\u200b//evil.example \\<img src=x onerror=alert(1)\\>');
      expect(run.stdout).toContain('`@octocat [x](https:evil) <b>.cps.yaml` → `new␊::error::x.cps.yaml`');
    }
    if (format === 'json') expect(JSON.parse(run.stdout)).toMatchObject({ old: { path: '@octocat [x](https:evil) <b>.cps.yaml' }, new: { path: 'new\n::error::x.cps.yaml' } });
  });
});

describe('the French of cps diff', () => {
  const texts = [
    ...Object.values(DIFF_WORDS).map((text) => text.fr),
    ...Object.values(DIFF_ERRORS).map((text) => text.fr),
    diffHelpText('fr'),
    helpText('fr')
      .split('\n')
      .filter((line) => line.includes('cps diff') || line.includes('--since'))
      .join('\n'),
  ];

  it('follows French typography: a NO-BREAK SPACE before « : ; ! ? » and inside « », the apostrophe ’', () => {
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) {
      expect(text, text).not.toMatch(/ [:;!?](?=\s|$)/);
      expect(text, text).not.toMatch(/« | »/);
      expect(text, text).not.toMatch(/\p{L}'\p{L}/u);
    }
  });
});
