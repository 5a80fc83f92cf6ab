import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpText } from '../src/help.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => parse(readFileSync(ROOT + file, 'utf8')) as Record<string, any>;
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-action-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the GitHub Actions shipped in the repository', () => {
  it('the composite action runs cps check with options cps has, and writes the SARIF file it announces', () => {
    const action = read('.github/actions/cps-check/action.yml');
    expect(action['runs'].using).toBe('composite');
    const script = action['runs'].steps.map((step: { run?: string; env?: object }) => `${step.run ?? ''}\n${JSON.stringify(step.env ?? {})}`).join('\n');
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
});
