import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Runs the release workflow's own steps, read from .github/workflows/release.yml, as the runner
// would: in the repository, with a RUNNER_TEMP, the tag in GITHUB_REF_NAME and the secrets given
// below. `gh` is a stand-in that records what it was asked; the npm publish runs for real, as a
// dry run (npm_config_dry_run). The steps the machine has already done are not run again:
// `uses:` steps (checkout, setup-node) and the tests (this test is part of them).
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'apps/cli/package.json'), 'utf8')) as { version: string }).version;
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-release-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  on: any;
  permissions: Record<string, string>;
  jobs: { release: { steps: Step[] } };
};
const steps = workflow.jobs.release.steps;

/** The few expressions the workflow uses; any other is an error, so that the test never runs a step it misreads. */
function expand(value: string, context: { secrets: Record<string, string> }): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const secret = /^secrets\.([A-Z_]+)$/.exec(expression);
    if (secret) return context.secrets[secret[1]!] ?? '';
    if (expression === 'github.token') return 'github-token-of-the-run';
    throw new Error(`release.yml: the test does not know the expression ${expression}`);
  });
}

function condition(expression: string, outputs: Record<string, Record<string, string>>): boolean {
  const match = /^steps\.([a-z-]+)\.outputs\.([a-z-]+) == '([a-z]+)'$/.exec(expression.trim());
  if (!match) throw new Error(`release.yml: the test does not know the condition ${expression}`);
  return outputs[match[1]!]?.[match[2]!] === match[3];
}

interface Ran {
  step: Step;
  skipped?: string;
  status?: number | null;
  stdout?: string;
  stderr?: string;
}

function runWorkflow(options: { tag: string; secrets: Record<string, string>; stopAfter?: string }): Ran[] {
  const runnerTemp = mkdtempSync(path.join(work, 'runner-temp-'));
  const bin = path.join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  mkdirSync(path.join(work, 'npm-prefix'), { recursive: true });
  // `gh` records its arguments; nothing reaches GitHub.
  writeFileSync(path.join(bin, 'gh'), `#!/usr/bin/env bash\necho "$*" >> ${JSON.stringify(path.join(runnerTemp, 'gh-calls.txt'))}\n`, { mode: 0o755 });
  const outputs: Record<string, Record<string, string>> = {};
  const ran: Ran[] = [];
  for (const step of steps) {
    if (step.uses) {
      ran.push({ step, skipped: 'the runner’s environment' });
      continue;
    }
    if (step.id === 'test') {
      ran.push({ step, skipped: 'the tests, which this test is part of' });
      continue;
    }
    if (step.if && !condition(step.if, outputs)) {
      ran.push({ step, skipped: `if: ${step.if}` });
      continue;
    }
    const outputFile = path.join(runnerTemp, `output-${ran.length}.txt`);
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
      CI: 'true',
      RUNNER_TEMP: runnerTemp,
      GITHUB_REF_NAME: options.tag,
      GITHUB_REPOSITORY: 'cpskit/cpskit',
      GITHUB_OUTPUT: outputFile,
      // The publish is a dry run: npm reads this as --dry-run (and makes no provenance).
      ...(step.run?.includes('npm publish') ? { npm_config_dry_run: 'true' } : {}),
      npm_config_cache: path.join(work, 'npm-cache'),
      npm_config_update_notifier: 'false',
      // `npm install -g pnpm@10` goes to a prefix of its own, not this machine's.
      npm_config_prefix: path.join(work, 'npm-prefix'),
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(String(value), options)])),
    };
    env['PATH'] = `${bin}${path.delimiter}${path.join(work, 'npm-prefix', 'bin')}${path.delimiter}${process.env['PATH'] ?? ''}`;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run ?? '', options)], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    ran.push({ step, status: result.status, stdout: result.stdout, stderr: result.stderr });
    outputs[step.id ?? ''] = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    if (result.status !== 0 || step.name === options.stopAfter) break;
  }
  return ran;
}

describe('the release workflow, run here', () => {
  it('runs on a version tag, and may write releases and make provenance', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
    expect(workflow.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    expect(steps.find((step) => step.id === 'test')?.run).toBe('bash .ci/run');
    // Secrets reach scripts only through env, never pasted into a script.
    for (const step of steps) expect(step.run ?? '', step.name).not.toContain('${{');
  });

  it('refuses a tag that is not the packages’ version', () => {
    const ran = runWorkflow({ tag: 'v9.9.9', secrets: {}, stopAfter: 'The tag is the version of every package' });
    const last = ran.at(-1)!;
    expect(last.step.name).toBe('The tag is the version of every package');
    expect(last.status).toBe(1);
    expect(last.stderr).toContain(`names ${VERSION}, not 9.9.9`);
  }, 120_000);

  it('tests, packs, releases with the changelog, and publishes to npm (dry run) only the stores whose token is set', () => {
    const started = performance.now();
    const ran = runWorkflow({ tag: `v${VERSION}`, secrets: { NPM_TOKEN: 'npm-token-for-the-dry-run' } });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `release workflow, run here: ${seconds} s\n${ran.map((r) => `  ${r.step.name ?? r.step.uses}: ${r.skipped ? `skipped (${r.skipped})` : `exit ${r.status}`}`).join('\n')}`,
    );
    for (const r of ran) expect(r.status ?? 0, `${r.step.name}\n${r.stdout}\n${r.stderr}`).toBe(0);
    const byName = (name: string) => ran.find((r) => r.step.name === name)!;
    expect(ran.map((r) => r.step.name ?? r.step.uses)).toEqual(steps.map((step) => step.name ?? step.uses));
    expect(byName('Test').skipped).toBeDefined();

    const runnerTemp = readdirSync(work)
      .filter((name) => name.startsWith('runner-temp-'))
      .map((name) => path.join(work, name))
      .find((folder) => existsSync(path.join(folder, 'release', 'notes.md')))!;
    const files = readdirSync(path.join(runnerTemp, 'release', 'npm')).sort();
    expect(files).toEqual([`cpskit-${VERSION}.tgz`, `cpskit-core-${VERSION}.tgz`, `cpskit-language-server-${VERSION}.tgz`]);
    expect(existsSync(path.join(runnerTemp, 'release', `cpskit-vscode-${VERSION}.vsix`))).toBe(true);

    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const notes = readFileSync(path.join(runnerTemp, 'release', 'notes.md'), 'utf8');
    expect(notes.length).toBeGreaterThan(100);
    expect(changelog).toContain(notes.trim());
    expect(notes).not.toContain(`## ${VERSION}`);

    const gh = readFileSync(path.join(runnerTemp, 'gh-calls.txt'), 'utf8').trim();
    expect(gh).toContain(`release create v${VERSION} --repo cpskit/cpskit --verify-tag --title cpskit v${VERSION} --notes-file ${path.join(runnerTemp, 'release', 'notes.md')}`);
    for (const file of [...files.map((name) => path.join(runnerTemp, 'release', 'npm', name)), path.join(runnerTemp, 'release', `cpskit-vscode-${VERSION}.vsix`)])
      expect(gh).toContain(file);

    const publish = byName('Publish to npm');
    const printed = `${publish.stdout}${publish.stderr}`;
    // In dependency order, each a dry run.
    const order = ['@cpskit/core', '@cpskit/language-server', 'cpskit'].map((name) => printed.indexOf(`+ ${name}@${VERSION}`));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(printed).toContain('(dry-run)');
    expect(byName('Publish to the VS Code Marketplace').skipped).toBe("if: steps.secrets.outputs.vsce == 'yes'");
    expect(byName('Publish to Open VSX').skipped).toBe("if: steps.secrets.outputs.ovsx == 'yes'");
  }, 300_000);
});
