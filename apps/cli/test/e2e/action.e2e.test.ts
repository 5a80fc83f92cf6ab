import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NODE_VERSIONS, ensureNode } from '../../../../scripts/node-lines.mjs';

// The composite action's check step, read from action.yml and run as the runner runs it (bash,
// Node 24 as actions/setup-node gives it), from nothing: an empty npm cache, and npm fetching
// `cpskit@<the action's version>` from a registry. The registry is a local one serving the
// packed tarball, since the package is not on npmjs.org yet; it answers as the registry does
// (the package document, then the tarball, checked against its integrity).
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-action-e2e-')));
const action = parse(readFileSync(path.join(ROOT, '.github/actions/cps-check/action.yml'), 'utf8')) as Record<string, any>;
const check = action['runs'].steps.find((step: { id?: string }) => step.id === 'check') as { run: string };
const VERSION = action['inputs']['version'].default as string;
let registry: Server;
let registryUrl = '';
let requests: string[] = [];
let node24 = '';

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack.mjs'), path.join(work, 'release'), '--npm-only']);
  const tarball = readFileSync(path.join(work, 'release', 'npm', `cpskit-${VERSION}.tgz`));
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', path.join(work, 'release', 'npm', `cpskit-${VERSION}.tgz`), 'package/package.json'], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;
  registry = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (request.url === '/cpskit') {
      const dist = {
        tarball: `${registryUrl}cpskit/-/cpskit-${VERSION}.tgz`,
        integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
        shasum: createHash('sha1').update(tarball).digest('hex'),
      };
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ name: 'cpskit', 'dist-tags': { latest: VERSION }, versions: { [VERSION]: { ...manifest, _id: `cpskit@${VERSION}`, dist } } }));
    } else if (request.url === `/cpskit/-/cpskit-${VERSION}.tgz`) {
      response.setHeader('content-type', 'application/octet-stream');
      response.end(tarball);
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
  node24 = ensureNode(NODE_VERSIONS[24]);
  // A repository of manuals, as actions/checkout leaves it.
  cpSync(path.join(ROOT, 'examples'), path.join(work, 'manuels'), { recursive: true });
  execFileSync('git', ['init', '-q', path.join(work, 'manuels')]);
  // What a pull request could commit so that `npx cpskit@<version>` run there would run its code:
  // a node_modules/cpskit of the same version, and a .npmrc.
  const planted = path.join(work, 'manuels', 'node_modules', 'cpskit');
  mkdirSync(path.join(planted, 'bin'), { recursive: true });
  writeFileSync(path.join(planted, 'package.json'), JSON.stringify({ name: 'cpskit', version: VERSION, bin: { cps: 'bin/cps.js', cpskit: 'bin/cps.js' } }));
  writeFileSync(path.join(planted, 'bin', 'cps.js'), `#!/usr/bin/env node\nrequire('node:fs').writeFileSync(${JSON.stringify(path.join(work, 'pwned'))}, 'x');\n`, { mode: 0o755 });
  mkdirSync(path.join(work, 'manuels', 'node_modules', '.bin'));
  symlinkSync('../cpskit/bin/cps.js', path.join(work, 'manuels', 'node_modules', '.bin', 'cps'));
  writeFileSync(path.join(work, 'manuels', '.npmrc'), 'script-shell=/bin/false\nfoo=bar\n');
}, 300_000);

afterAll(() => {
  registry?.close();
  rmSync(work, { recursive: true, force: true });
});

const manualCount = () => readdirSync(path.join(work, 'manuels'), { recursive: true }).filter((name) => String(name).endsWith('.cps.yaml')).length;

/** Runs the check step; resolves with its exit code, output and time (async: the registry answers meanwhile). */
function runCheckStep(run: string): Promise<{ status: number | null; stdout: string; stderr: string; seconds: number; runnerTemp: string }> {
  const runnerTemp = mkdtempSync(path.join(work, 'runner-temp-'));
  const env = {
    PATH: [path.dirname(node24), '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter),
    HOME: path.join(runnerTemp, 'home'),
    npm_config_cache: path.join(runnerTemp, 'npm-cache'),
    npm_config_registry: registryUrl,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: path.join(runnerTemp, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary.md'),
    CPS_VERSION: VERSION,
    CPS_PATHS: '.',
    CPS_LOCALE: 'en',
    CPS_FAIL_ON: 'error',
    CPS_SARIF: '',
  };
  mkdirSync(env.HOME);
  const started = performance.now();
  const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', run], { cwd: path.join(work, 'manuels'), env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000, runnerTemp })));
}

describe('the action’s check step, from an empty npm cache', () => {
  it('fetches cpskit at the action’s version, checks the manuals, annotates and summarises', async () => {
    requests = [];
    const first = await runCheckStep(check.run);
    expect(first.status, `${first.stdout}\n${first.stderr}`).toBe(1);
    const second = await runCheckStep(check.run);
    console.log(
      `the action's check step (npm install cpskit@${VERSION}, then cps check of the ${manualCount()} manuals of examples/), Node ${NODE_VERSIONS[24]}: ` +
        `${first.seconds.toFixed(1)} s from an empty npm cache; ${second.seconds.toFixed(1)} s again from another empty cache`,
    );
    for (const result of [first, second]) {
      // The weak example has errors: the step fails the job, as `fail-on: error` asks.
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toMatch(/^::error file=weak\/atelier-emotions\.cps\.yaml,line=\d+/m);
      const outputs = readFileSync(path.join(result.runnerTemp, 'output.txt'), 'utf8');
      const sarif = /^sarif-file=(.*)$/m.exec(outputs)?.[1] ?? '';
      expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].tool.driver.version).toBe(VERSION);
      expect(outputs).toMatch(/^summary-file=.*cps-summary\.md$/m);
      expect(readFileSync(path.join(result.runnerTemp, 'summary.md'), 'utf8')).toContain('psfp.cps.yaml');
    }
    expect(existsSync(path.join(work, 'pwned'))).toBe(false);
    // Both runs fetched the package document and the tarball: nothing came from a cache.
    expect(requests.filter((request) => request === `GET /cpskit/-/cpskit-${VERSION}.tgz`)).toHaveLength(2);
  }, 180_000);
});
