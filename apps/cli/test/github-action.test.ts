import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffHelpText } from '../src/commands/diff.js';
import { helpText } from '../src/help.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => parse(readFileSync(ROOT + file, 'utf8')) as Record<string, any>;
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-action-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the GitHub Actions shipped in the repository', () => {
  it('the composite action runs cps check with options cps has, and writes the SARIF file it announces', () => {
    const action = read('.github/actions/cps-check/action.yml');
    expect(action['runs'].using).toBe('composite');
    // The steps that run `cps check` (the diff step's options are cps diff's, checked below).
    const script = action['runs'].steps
      .filter((step: { id?: string }) => step.id !== 'diff')
      .map((step: { run?: string; env?: object }) => `${step.run ?? ''}\n${JSON.stringify(step.env ?? {})}`)
      .join('\n');
    expect(script).toContain('apps/cli/dist/cps.cjs');
    for (const option of script.match(/--[a-z-]+/g) ?? []) {
      if (['--frozen-lockfile', '--filter'].includes(option) || option.startsWith('--filter')) continue;
      expect(helpText('en'), option).toContain(option);
    }
    expect(script).toContain('--format sarif --output-file "$sarif"');
    const check = action['runs'].steps.find((step: { id?: string }) => step.id === 'check');
    expect(action['outputs']['sarif-file'].value).toBe('${{ steps.check.outputs.sarif-file }}');
    expect(check.run).toContain('echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"');
  });

  it('passes inputs to scripts only through the environment, quoted, and writes its reports out of the repository', () => {
    const action = read('.github/actions/cps-check/action.yml');
    const workflow = read('.github/workflows/cps-check.yml');
    const steps = [...action['runs'].steps, ...workflow['jobs'].check.steps] as { run?: string; env?: Record<string, string>; id?: string }[];
    // An expression inside a script is pasted into it before bash reads it: script injection.
    for (const step of steps) if (step.run) expect(step.run, step.run).not.toContain('${{');
    const check = action['runs'].steps.find((step: { id?: string }) => step.id === 'check') as { run: string; env: Record<string, string> };
    expect(check.env).toMatchObject({
      CPS_PATHS: '${{ inputs.paths }}',
      CPS_LOCALE: '${{ inputs.locale }}',
      CPS_FAIL_ON: '${{ inputs.fail-on }}',
      CPS_SARIF: '${{ inputs.sarif-file }}',
    });
    // Every variable is used within double quotes (bash splits and globs what is not); the paths
    // are split into an array, one argument each, after `--`.
    const unquoted = check.run
      .replace(/#.*$/gm, '')
      .replace(/"(?:[^"\\]|\\.)*"/g, '')
      .match(/\$[A-Za-z_{]/g);
    expect(unquoted).toBeNull();
    expect(check.run).toContain('read -ra paths <<< "$CPS_PATHS"');
    expect(check.run).toContain('-- "${paths[@]}"');
    // Reports go to a new folder of $RUNNER_TEMP; only the summary cps has just written there is read back.
    expect(check.run).toContain('out=$(mktemp -d "$RUNNER_TEMP/cpskit.XXXXXX")');
    expect(check.run).toContain('summary="$out/cps-summary.md"');
    expect(check.run).toContain('sarif="${CPS_SARIF:-$out/cps.sarif}"');
    expect(check.run).not.toMatch(/cat [^\n]*cps-summary\.md/);
    expect(action['inputs']['sarif-file'].default).toBe('');
  });

  it('the reusable workflow uploads that SARIF file for code scanning', () => {
    const workflow = read('.github/workflows/cps-check.yml');
    expect(Object.keys(workflow['on'])).toEqual(['workflow_call']);
    const steps = workflow['jobs'].check.steps as { uses?: string; with?: Record<string, string>; id?: string }[];
    const check = steps.find((step) => step.uses?.endsWith('.github/actions/cps-check'));
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(check?.id).toBe('cps');
    expect(upload?.with?.['sarif_file']).toBe('${{ steps.cps.outputs.sarif-file }}');
    expect(workflow['permissions']['security-events']).toBe('write');
  });

  it('runs its check script for real: hostile inputs stay data, a committed cps-summary.md link is never read', () => {
    const check = read('.github/actions/cps-check/action.yml')['runs'].steps.find((step: { id?: string }) => step.id === 'check') as { run: string };
    const repo = path.join(work, 'depot');
    const runnerTemp = path.join(work, 'runner-temp');
    mkdirSync(runnerTemp, { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(path.join(repo, 'a b.cps.yaml'), 'version: 1\n');
    writeFileSync(path.join(work, 'secret.txt'), 'hunter2\n');
    // What a pull request could commit: the old summary name, linked to a file of the runner.
    symlinkSync(path.join(work, 'secret.txt'), path.join(repo, 'cps-summary.md'));
    const pwned = path.join(work, 'pwned');
    const env = {
      PATH: process.env['PATH'] ?? '',
      CPS: path.join(ROOT, 'apps/cli/dist/cps.cjs'),
      CPS_PATHS: `*.cps.yaml $(touch\${IFS}${pwned}) ;touch\${IFS}${pwned}`,
      CPS_LOCALE: 'en',
      CPS_FAIL_ON: 'error',
      CPS_SARIF: '',
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: path.join(work, 'output.txt'),
      GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
    };
    const step = (paths: string) => spawnSync('bash', ['-e', '-c', check.run], { cwd: repo, env: { ...env, CPS_PATHS: paths }, encoding: 'utf8', timeout: 30_000 });
    const hostile = step(env.CPS_PATHS);
    expect(existsSync(pwned)).toBe(false);
    // The last word is a path like any other, which does not exist: cps stops before writing any report.
    expect(hostile.status).toBe(2);
    expect(hostile.stderr).toContain(`cps: the path ";touch\${IFS}${pwned}" does not exist.`);
    expect(existsSync(env.GITHUB_STEP_SUMMARY) ? readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8') : '').toBe('');

    const result = step('*.cps.yaml');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error file=a b.cps.yaml');
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('a b.cps.yaml');
    expect(summary).not.toContain('hunter2');
    const sarif = [...readFileSync(env.GITHUB_OUTPUT, 'utf8').matchAll(/^sarif-file=(.*)$/gm)].at(-1)?.[1] ?? '';
    expect(path.dirname(path.dirname(sarif))).toBe(runnerTemp);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(repo).sort()).toEqual(['.git', 'a b.cps.yaml', 'cps-summary.md']);
  }, 30_000);

  describe('cps diff in the pull-request comment (issue 15)', () => {
    const action = read('.github/actions/cps-check/action.yml');
    const workflow = read('.github/workflows/cps-check.yml');
    const diffStep = action['runs'].steps.find((step: { id?: string }) => step.id === 'diff') as { run: string; env: Record<string, string>; if: string };

    it('is a step of its own, off by default, fed only through the environment, with cps diff’s own options', () => {
      expect(action['inputs']['diff-comment'].default).toBe('false');
      expect(action['inputs']['base-ref'].default).toBe('');
      expect(action['outputs']['diff-file'].value).toBe('${{ steps.diff.outputs.diff-file }}');
      expect(diffStep.if).toContain("inputs.diff-comment == 'true'");
      expect(diffStep.env).toMatchObject({ CPS_LOCALE: '${{ inputs.locale }}', CPS_BASE: '${{ inputs.base-ref || github.event.pull_request.base.sha }}' });
      expect(diffStep.run).not.toContain('${{');
      const unquoted = diffStep.run
        .replace(/^\s*#.*$/gm, '')
        .replace(/'[^']*'/g, '')
        .replace(/"(?:[^"\\]|\\.)*"/g, '')
        .match(/\$[A-Za-z_{]/g);
      expect(unquoted).toBeNull();
      const cpsLine = diffStep.run.split('\n').find((line) => line.includes('node "$CPS" diff'))!;
      for (const option of cpsLine.match(/--[a-z-]+/g) ?? []) if (option !== '--') expect(diffHelpText('en'), option).toContain(option);
      expect(cpsLine).toContain('--format markdown --since "$CPS_BASE" -- "$f"');
    });

    it('the reusable workflow checks out the history, may comment, and never fails on the comment', () => {
      expect(workflow['on']['workflow_call'].inputs['diff-comment']).toMatchObject({ type: 'boolean', default: false });
      expect(workflow['permissions']['pull-requests']).toBe('write');
      const steps = workflow['jobs'].check.steps as { uses?: string; with?: Record<string, string>; run?: string; env?: Record<string, string>; 'continue-on-error'?: boolean }[];
      expect(steps[0]!.with?.['fetch-depth']).toBe("${{ inputs.diff-comment && '0' || '1' }}");
      expect(steps.find((step) => step.uses?.endsWith('.github/actions/cps-check'))?.with?.['diff-comment']).toBe('${{ inputs.diff-comment }}');
      const comment = steps.find((step) => step.run?.includes('gh pr comment'))!;
      expect(comment['continue-on-error']).toBe(true);
      expect(comment.env).toMatchObject({ DIFF: '${{ steps.cps.outputs.diff-file }}', PR: '${{ github.event.pull_request.number }}' });
      expect(comment.run).toContain('startswith("<!-- cpskit-diff -->")');
      expect(comment.run).toContain('gh pr comment "$PR" --body-file "$DIFF"');
    });

    it('runs for real on a repository: one comment under 65,000 characters, the manuals added listed as text, a hostile base refused', () => {
      const repo = path.join(work, 'diff-depot');
      const runnerTemp = path.join(work, 'diff-runner-temp');
      mkdirSync(runnerTemp, { recursive: true });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
      mkdirSync(repo);
      git('init', '-q');
      const weak = readFileSync(path.join(ROOT, 'examples/weak/atelier-emotions.cps.yaml'), 'utf8');
      const fixed = readFileSync(path.join(ROOT, 'apps/cli/test/fixtures/diff/atelier-emotions-corrige.cps.yaml'), 'utf8');
      const names = ['a b.cps.yaml', 'm2.cps.yaml', 'm3.cps.yaml', 'm4.cps.yaml', 'm5.cps.yaml', 'm6.cps.yml'];
      for (const name of names) writeFileSync(path.join(repo, name), weak);
      writeFileSync(path.join(repo, 'gone.cps.yaml'), weak);
      git('add', '-A');
      git('commit', '-qm', 'base');
      const base = git('rev-parse', 'HEAD').trim();
      for (const name of names) writeFileSync(path.join(repo, name), fixed);
      rmSync(path.join(repo, 'gone.cps.yaml'));
      const hostileName = '`x`<img src=x onerror=alert(1)>.cps.yaml';
      writeFileSync(path.join(repo, hostileName), fixed);
      git('add', '-A');
      git('commit', '-qm', 'fix');
      const env = {
        PATH: process.env['PATH'] ?? '',
        CPS: path.join(ROOT, 'apps/cli/dist/cps.cjs'),
        CPS_LOCALE: 'en',
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: path.join(work, 'diff-output.txt'),
        GITHUB_STEP_SUMMARY: path.join(work, 'diff-summary.md'),
      };
      const step = (base: string) => spawnSync('bash', ['-c', diffStep.run], { cwd: repo, env: { ...env, CPS_BASE: base }, encoding: 'utf8', timeout: 60_000 });

      const pwned = path.join(work, 'diff-pwned');
      for (const hostile of ['--output=' + pwned, `$(touch ${pwned})`, `HEAD\n${pwned}`]) {
        const refused = step(hostile);
        expect(refused.status, hostile).toBe(2);
        expect(refused.stdout).toContain('::error::cps diff');
      }
      expect(existsSync(pwned)).toBe(false);
      // A push, not a pull request, and no base-ref: nothing to compare, and no failure.
      const nothing = step('');
      expect(nothing.status).toBe(0);
      expect(nothing.stdout).toContain('::notice::cps diff');
      expect(existsSync(env.GITHUB_OUTPUT) ? readFileSync(env.GITHUB_OUTPUT, 'utf8') : '').not.toContain('diff-file=');

      const run = step(base);
      expect(run.status, run.stderr).toBe(0);
      const file = [...readFileSync(env.GITHUB_OUTPUT, 'utf8').matchAll(/^diff-file=(.*)$/gm)].at(-1)?.[1] ?? '';
      expect(path.dirname(path.dirname(file))).toBe(runnerTemp);
      const comment = readFileSync(file, 'utf8');
      expect(comment.startsWith('<!-- cpskit-diff -->\n### cpskit: what changes in the judgement of the manuals')).toBe(true);
      // Six diffs of about 13,000 characters: the comment is cut, the job summary has them all.
      expect(comment.length).toBeLessThanOrEqual(65_000);
      expect(comment.trimEnd().endsWith('*… cut: the rest is in the job summary.*')).toBe(true);
      const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
      expect(summary.length).toBeGreaterThan(65_000);
      for (const name of names) expect(summary).toContain(name);
      expect(summary).toContain('Modalities whose status changed');
      expect(summary).toContain('#### Manuals added');
      expect(summary).toContain('- `?x?<img src=x onerror=alert(1)>.cps.yaml`');
      expect(summary).not.toContain('gone.cps.yaml');
    }, 120_000);
  });
});
