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
const CLI_VERSION = (JSON.parse(readFileSync(ROOT + 'apps/cli/package.json', 'utf8')) as { version: string }).version;
/** owner/name on GitHub, from the root package.json's repository. */
const REPOSITORY = (JSON.parse(readFileSync(ROOT + 'package.json', 'utf8')) as { repository: { url: string } }).repository.url.replace(/^git\+https:\/\/github\.com\/|\.git$/g, '');
const read = (file: string) => parse(readFileSync(ROOT + file, 'utf8')) as Record<string, any>;
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-action-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the GitHub Actions shipped in the repository', () => {
  it('the composite action runs the released cpskit of its own version with options cps has, and builds nothing', () => {
    const action = read('.github/actions/cps-check/action.yml');
    expect(action['runs'].using).toBe('composite');
    // The steps that run `cps check` (the diff step's options are cps diff's, checked below).
    const steps = (action['runs'].steps as { id?: string; run?: string; env?: object; uses?: string; with?: Record<string, unknown> }[]).filter((step) => step.id !== 'diff');
    const script = steps.map((step) => `${step.run ?? ''}\n${JSON.stringify(step.env ?? {})}`).join('\n');
    // The package from npm, at the version this action is released with: pinning the action pins the checker.
    expect(script).toContain('(cd "$out" && npm install --global --prefix "$out/npm" --no-audit --no-fund --loglevel=error "cpskit@$CPS_VERSION" >&2) || exit 2');
    expect(script).toContain('"$out/npm/bin/cps" check');
    // Not npx in the checked-out repository: its committed node_modules or .npmrc would choose what runs.
    expect(script.replace(/^\s*#.*$/gm, '')).not.toMatch(/\bnpx\b/);
    expect(action['inputs']['version'].default).toBe(CLI_VERSION);
    expect(script).not.toMatch(/pnpm|turbo|npm ci|git clone|apps\/cli/);
    expect(steps.filter((step) => step.uses).map((step) => step.uses!.split('@')[0])).toEqual(['actions/setup-node', 'github/codeql-action/upload-sarif']);
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
    for (const option of script.match(/--[a-z-]+/g) ?? []) {
      if (['--global', '--prefix', '--no-audit', '--no-fund', '--loglevel', '--paginate', '--jq', '--method', '--silent'].includes(option)) continue;
      expect(helpText('en'), option).toContain(option);
    }
    expect(script).toContain('--format sarif --output-file "$sarif"');
    const check = steps.find((step) => (step as { id?: string }).id === 'check') as { run: string };
    expect(action['outputs']['sarif-file'].value).toBe('${{ steps.check.outputs.sarif-file }}');
    expect(check.run).toContain('echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"');
  });

  it('uploads SARIF only when asked, and comments on the pull request only when asked', () => {
    const action = read('.github/actions/cps-check/action.yml');
    expect(action['inputs']['upload-sarif'].default).toBe('false');
    expect(action['inputs']['comment'].default).toBe('false');
    const steps = action['runs'].steps as { uses?: string; if?: string; name?: string; with?: Record<string, string> }[];
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect(upload?.with?.['sarif_file']).toBe('${{ steps.check.outputs.sarif-file }}');
    expect(steps.find((step) => step.name === 'Comment on the pull request')?.if).toContain("inputs.comment == 'true'");
  });

  it('passes inputs to scripts only through the environment, quoted, and writes its reports out of the repository', () => {
    const action = read('.github/actions/cps-check/action.yml');
    const workflow = read('.github/workflows/cps-check.yml');
    const steps = [...action['runs'].steps, ...workflow['jobs'].check.steps] as { run?: string; env?: Record<string, string>; id?: string }[];
    // An expression inside a script is pasted into it before bash reads it: script injection.
    for (const step of steps) if (step.run) expect(step.run, step.run).not.toContain('${{');
    const check = action['runs'].steps.find((step: { id?: string }) => step.id === 'check') as { run: string; env: Record<string, string> };
    expect(check.env).toMatchObject({
      CPS_VERSION: '${{ inputs.version }}',
      CPS_PATHS: '${{ inputs.paths }}',
      CPS_LOCALE: '${{ inputs.locale }}',
      CPS_FAIL_ON: '${{ inputs.fail-on }}',
      CPS_SARIF: '${{ inputs.sarif-file }}',
    });
    // Every variable is used within double quotes (bash splits and globs what is not); the paths
    // are split into an array, one argument each, after `--`.
    for (const step of action['runs'].steps as { run?: string }[]) {
      const unquoted = (step.run ?? '')
        .replace(/#.*$/gm, '')
        .replace(/"(?:[^"\\]|\\.)*"/g, '')
        .match(/\$[A-Za-z_{]/g);
      expect(unquoted, step.run).toBeNull();
    }
    expect(check.run).toContain('read -ra paths <<< "$CPS_PATHS"');
    expect(check.run).toContain('-- "${paths[@]}"');
    // Reports go to a new folder of $RUNNER_TEMP; only the summary cps has just written there is read back.
    expect(check.run).toContain('out=$(mktemp -d "$RUNNER_TEMP/cpskit.XXXXXX")');
    expect(check.run).toContain('summary="$out/cps-summary.md"');
    expect(check.run).toContain('sarif="${CPS_SARIF:-$out/cps.sarif}"');
    expect(check.run).not.toMatch(/cat [^\n]*cps-summary\.md/);
    expect(action['inputs']['sarif-file'].default).toBe('');
  });

  it('the reusable workflow runs the action of its own release, with its inputs', () => {
    const workflow = read('.github/workflows/cps-check.yml');
    expect(Object.keys(workflow['on'])).toEqual(['workflow_call']);
    const steps = workflow['jobs'].check.steps as { uses?: string; with?: Record<string, string>; id?: string }[];
    const check = steps.find((step) => step.uses?.includes('.github/actions/cps-check'));
    expect(check?.uses).toBe(`${REPOSITORY}/.github/actions/cps-check@v${CLI_VERSION}`);
    expect(check?.with).toEqual({
      paths: '${{ inputs.paths }}',
      'fail-on': '${{ inputs.fail-on }}',
      locale: '${{ inputs.locale }}',
      comment: '${{ inputs.comment }}',
      'upload-sarif': '${{ inputs.upload-sarif }}',
      'diff-comment': '${{ inputs.diff-comment }}',
    });
    expect(workflow['on']['workflow_call'].inputs['upload-sarif'].default).toBe(false);
    // The caller grants what its options need: a workflow asking more than it is granted fails.
    expect(workflow['permissions']).toBeUndefined();
  });

  it('the README’s examples name the real repository and this release, with no placeholder', () => {
    const readme = readFileSync(ROOT + 'README.md', 'utf8');
    const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((text) => text.includes('cps-check'));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      expect(example).not.toMatch(/<[a-z-]+>|OWNER|your-/i);
      const uses = [...example.matchAll(/uses: (\S+)/g)].map((match) => match[1]!).filter((ref) => ref.includes('cps-check'));
      for (const ref of uses) expect(ref).toMatch(new RegExp(`^${REPOSITORY}/\\.github/(workflows/cps-check\\.yml|actions/cps-check)@v${CLI_VERSION.replaceAll('.', '\\.')}$`));
      expect(() => parse(example)).not.toThrow();
    }
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
      // npm, here, installs a cps that runs the monorepo's build (action.e2e.test.ts installs the packed one).
      PATH: `${fakeBin()}${path.delimiter}${process.env['PATH'] ?? ''}`,
      CPS_VERSION: CLI_VERSION,
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
    expect(readFileSync(path.join(work, 'npm-calls.txt'), 'utf8')).toContain(`install --global --prefix ${runnerTemp}/cpskit.`);
    expect(readFileSync(path.join(work, 'npm-calls.txt'), 'utf8')).toContain(` cpskit@${CLI_VERSION}\n`);

    // A version that is not one (a URL, a path, an option) is refused before npx sees it.
    for (const version of ['latest', 'https://example.org/cps.tgz', '--yes', '0.1.0 || x']) {
      const refused = spawnSync('bash', ['-e', '-c', check.run], { cwd: repo, env: { ...env, CPS_PATHS: '.', CPS_VERSION: version }, encoding: 'utf8' });
      expect(refused.status, version).toBe(2);
      expect(refused.stdout).toContain('::error::version must be a version of cpskit');
    }
    expect(readFileSync(path.join(work, 'npm-calls.txt'), 'utf8')).not.toMatch(/latest|example\.org|\|\|/);
  }, 30_000);

  it('posts one pull-request comment with the summary, then updates that one', () => {
    const action = read('.github/actions/cps-check/action.yml');
    const comment = action['runs'].steps.find((step: { name?: string }) => step.name === 'Comment on the pull request') as { run: string; env: Record<string, string> };
    expect(comment.env).toEqual({
      GH_TOKEN: '${{ inputs.github-token }}',
      CPS_PR: '${{ github.event.pull_request.number }}',
      CPS_SUMMARY: '${{ steps.check.outputs.summary-file }}',
    });
    const reports = mkdtempSync(path.join(work, 'cpskit.'));
    writeFileSync(path.join(reports, 'cps-summary.md'), '| manual | errors |\n| --- | --- |\n| a.cps.yaml | 1 |\n');
    const calls = path.join(work, 'gh-calls.txt');
    const run = (existing: string) =>
      spawnSync('bash', ['-e', '-c', comment.run], {
        env: {
          PATH: `${fakeBin()}${path.delimiter}${process.env['PATH'] ?? ''}`,
          GH_CALLS: calls,
          GH_EXISTING: existing,
          GITHUB_REPOSITORY: 'cpskit/manuels',
          CPS_PR: '7',
          CPS_SUMMARY: path.join(reports, 'cps-summary.md'),
        },
        encoding: 'utf8',
      });
    expect(run('').status).toBe(0);
    expect(run('4242').status).toBe(0);
    const [list, post, list2, patch] = readFileSync(calls, 'utf8').trim().split('\n');
    expect(list).toContain('api --paginate repos/cpskit/manuels/issues/7/comments --jq');
    expect(post).toBe(`api --method POST repos/cpskit/manuels/issues/7/comments -F body=@${path.join(reports, 'cps-comment.md')} --silent`);
    expect(list2).toBe(list);
    expect(patch).toBe(`api --method PATCH repos/cpskit/manuels/issues/comments/4242 -F body=@${path.join(reports, 'cps-comment.md')} --silent`);
    expect(readFileSync(path.join(reports, 'cps-comment.md'), 'utf8')).toBe('<!-- cpskit-check -->\n| manual | errors |\n| --- | --- |\n| a.cps.yaml | 1 |\n');
  });

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
      const cpsLine = diffStep.run.split('\n').find((line) => line.includes('"$CPS" diff'))!;
      for (const option of cpsLine.match(/--[a-z-]+/g) ?? []) if (option !== '--') expect(diffHelpText('en'), option).toContain(option);
      expect(cpsLine).toContain('--format markdown --since "$CPS_BASE" -- "$f"');
    });

    it('the reusable workflow checks out the history, may comment, and never fails on the comment', () => {
      expect(workflow['on']['workflow_call'].inputs['diff-comment']).toMatchObject({ type: 'boolean', default: false });
      // No permissions of its own: a called workflow may not ask for more than its caller grants.
      expect(workflow['permissions']).toBeUndefined();
      const steps = workflow['jobs'].check.steps as { uses?: string; with?: Record<string, string>; run?: string; env?: Record<string, string>; 'continue-on-error'?: boolean }[];
      expect(steps[0]!.with?.['fetch-depth']).toBe("${{ inputs.diff-comment && '0' || '1' }}");
      expect(steps.find((step) => step.uses?.includes('.github/actions/cps-check'))?.with?.['diff-comment']).toBe('${{ inputs.diff-comment }}');
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
      // The cps the check step installed: here, the monorepo's build behind the same kind of executable.
      const installed = path.join(work, 'diff-cps');
      writeFileSync(installed, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'apps/cli/dist/cps.cjs'))} "$@"\n`, { mode: 0o755 });
      const env = {
        PATH: process.env['PATH'] ?? '',
        CPS: installed,
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

/** Stand-ins for `npm` (records its arguments; installs a cps that runs the monorepo's build) and `gh` (records, and answers the comment list). */
function fakeBin(): string {
  const bin = path.join(work, 'bin');
  if (existsSync(bin)) return bin;
  mkdirSync(bin);
  const cps = path.join(ROOT, 'apps/cli/dist/cps.cjs');
  writeFileSync(
    path.join(bin, 'npm'),
    [
      '#!/usr/bin/env bash',
      `echo "$*" >> ${JSON.stringify(path.join(work, 'npm-calls.txt'))}`,
      '[ "$1 $2 $3" = "install --global --prefix" ] || exit 99',
      'mkdir -p "$4/bin"',
      `printf '#!/usr/bin/env bash\\nexec %s %s "$@"\\n' ${JSON.stringify(process.execPath)} ${JSON.stringify(cps)} > "$4/bin/cps"`,
      'chmod +x "$4/bin/cps"',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  writeFileSync(path.join(bin, 'gh'), '#!/usr/bin/env bash\necho "$*" >> "$GH_CALLS"\ncase "$*" in *--paginate*) [ -n "$GH_EXISTING" ] && echo "$GH_EXISTING" ;; esac\nexit 0\n', {
    mode: 0o755,
  });
  return bin;
}
