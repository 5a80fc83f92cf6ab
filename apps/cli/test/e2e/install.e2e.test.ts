import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES_NODE, NODE_VERSIONS, ensureNode } from '../../../../scripts/node-lines.mjs';
import { NPM_PACKAGES } from '../../../../scripts/release-files.mjs';

// Installs what would be published, as a user would: the packed tarballs, from an empty folder,
// into an empty npm prefix and cache, with the registry for their public dependencies only. Then
// runs them on Node 20 (this one), 22 and 24.
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BUILT_CPS = path.join(ROOT, 'apps/cli/dist/cps.cjs');
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-install-')));
const prefix = path.join(work, 'prefix');
const project = path.join(work, 'project');
const manuals = path.join(work, 'manuels');
const tarballs = path.join(work, 'release');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** How this machine reaches the registry (a proxy, its certificates): kept, as a user's machine would have them. */
const NETWORK = Object.fromEntries(Object.entries(process.env).filter(([key]) => /proxy|^NODE_EXTRA_CA_CERTS$|^SSL_CERT_|^npm_config_(cafile|strict_ssl)$/i.test(key)));

/** An environment with nothing of the monorepo: its own HOME, npm prefix and cache, the given Node first on PATH. */
function userEnv(node: string): NodeJS.ProcessEnv {
  return {
    ...NETWORK,
    PATH: [path.join(prefix, 'bin'), path.dirname(node), '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter),
    HOME: path.join(work, 'home'),
    LANG: 'C.UTF-8',
    npm_config_prefix: prefix,
    npm_config_cache: path.join(work, 'npm-cache'),
    npm_config_registry: process.env['npm_config_registry'] ?? 'https://registry.npmjs.org/',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

const tarball = (name: string) => path.join(tarballs, 'npm', `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
const version = (JSON.parse(readFileSync(path.join(ROOT, 'apps/cli/package.json'), 'utf8')) as { version: string }).version;
const CURRENT = process.versions.node.split('.')[0]!;
/** Each line's Node: this one, and Node 22 and 24 from the registry (filled in before the tests). */
const nodes = new Map<string, string>([[CURRENT, process.execPath]]);
const LINES = [...new Set([CURRENT, ...Object.keys(NODE_VERSIONS)])];
const figures: string[] = [];

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  figures.push(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, env: userEnv(process.execPath), encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const du = (folder: string) => Number(execFileSync('du', ['-sk', folder], { encoding: 'utf8' }).split('\t')[0]);

beforeAll(() => {
  for (const folder of [prefix, project, manuals, path.join(work, 'home'), path.join(work, 'empty')]) mkdirSync(folder, { recursive: true });
  timed('pnpm pack of the three packages', () => execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack.mjs'), tarballs, '--npm-only'], { encoding: 'utf8' }));
  // The manuals are copied out: nothing below runs in the monorepo.
  cpSync(path.join(ROOT, 'examples'), manuals, { recursive: true });
  const cli = timed('npm install -g cpskit (empty cache)', () => npm(['install', '-g', tarball('cpskit')], path.join(work, 'empty')));
  figures.push(`cpskit: ${cli.trim().split('\n').at(-1)}; tarball ${Math.round(du(tarball('cpskit')))} KB; installed ${(du(prefix) / 1024).toFixed(1)} MB`);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-cpskit-core', private: true }));
  const libraries = timed('npm install @cpskit/core @cpskit/language-server', () => npm(['install', tarball('@cpskit/core'), tarball('@cpskit/language-server')], project));
  figures.push(`libraries: ${libraries.trim().split('\n').at(-1)}; installed ${(du(path.join(project, 'node_modules')) / 1024).toFixed(1)} MB`);
  for (const [major, exact] of Object.entries(NODE_VERSIONS)) {
    if (!nodes.has(major))
      nodes.set(
        major,
        timed(`Node ${exact} from the npm registry (cached after the first run)`, () => ensureNode(exact)),
      );
  }
}, 600_000);

afterAll(() => console.log(`install test:\n  ${figures.join('\n  ')}`));

describe('the packed packages', () => {
  it('declare what a registry page and npm need, and leave nothing of the workspace in', () => {
    for (const pkg of NPM_PACKAGES) {
      const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball(pkg.name), 'package/package.json'], { encoding: 'utf8' })) as Record<string, any>;
      expect(manifest['name']).toBe(pkg.name);
      expect(manifest['version']).toBe(version);
      for (const field of ['description', 'license', 'repository', 'files', 'engines']) expect(manifest[field], `${pkg.name} ${field}`).toBeTruthy();
      expect(manifest['engines'].node).toBe(ENGINES_NODE);
      expect(manifest['repository'].url).toBe('git+https://github.com/cpskit/cpskit.git');
      expect(JSON.stringify(manifest)).not.toContain('workspace:');
      expect(manifest['private']).toBeUndefined();
    }
    const cli = JSON.parse(execFileSync('tar', ['-xzOf', tarball('cpskit'), 'package/package.json'], { encoding: 'utf8' })) as Record<string, any>;
    // `cpskit` too, the package's name: the command `npx cpskit check` runs.
    expect(cli['bin']).toEqual({ cps: './dist/cps.cjs', cpskit: './dist/cps.cjs', 'cps-language-server': './dist/cps-language-server.js' });
    // Bundled: nothing to install but the package itself.
    expect(cli['dependencies']).toBeUndefined();
    const core = JSON.parse(execFileSync('tar', ['-xzOf', tarball('@cpskit/core'), 'package/package.json'], { encoding: 'utf8' })) as Record<string, any>;
    expect(core['exports']['.']).toMatchObject({ import: { default: './dist/index.js' }, require: { default: './dist/index.cjs' } });
    expect(execFileSync('tar', ['-tzf', tarball('@cpskit/core')], { encoding: 'utf8' })).toContain('package/dist/manual.schema.json');
  });

  it('npm install -g cpskit installs one package, with the cps (or cpskit) and cps-language-server commands', () => {
    expect(readdirSync(path.join(prefix, 'lib/node_modules'))).toEqual(['cpskit']);
    expect(readdirSync(path.join(prefix, 'lib/node_modules/cpskit'))).not.toContain('node_modules');
    expect(readdirSync(path.join(prefix, 'bin')).sort()).toEqual(['cps', 'cps-language-server', 'cpskit']);
  });
});

describe.each(LINES)('on Node %s', (major) => {
  const node = () => nodes.get(major)!;
  const run = (command: string, args: string[], cwd = manuals) => spawnSync(command, args, { cwd, env: userEnv(node()), encoding: 'utf8', timeout: 60_000 });

  it('runs on that Node', () => {
    expect(run('node', ['--version']).stdout).toMatch(new RegExp(`^v${major}\\.`));
  });

  it('cps --version and cps check print what the monorepo’s cps prints', () => {
    const versionText = run('cps', ['--version']);
    expect(versionText.status).toBe(0);
    expect(versionText.stdout).toMatch(new RegExp(`^${version.replaceAll('.', '\\.')}\\nreference spf-`));
    for (const args of [
      ['check', 'weak/atelier-emotions.cps.yaml', '--locale', 'en'],
      ['check', '.', '--locale', 'fr', '--summary'],
      ['check', 'psfp.cps.yaml', '--format', 'json'],
    ]) {
      const installed = run('cps', args);
      const monorepo = spawnSync(process.execPath, [BUILT_CPS, ...args], { cwd: manuals, env: userEnv(process.execPath), encoding: 'utf8' });
      expect(installed.stderr).toBe(monorepo.stderr);
      expect(installed.stdout).toBe(monorepo.stdout);
      expect(installed.status).toBe(monorepo.status);
    }
    expect(run('cps', ['check', 'weak/atelier-emotions.cps.yaml']).status).toBe(1);
  });

  it('starts `cps check` from the build’s code cache on the V8 that recorded it, from Node’s compile cache on another', () => {
    const recorded = JSON.parse(readFileSync(path.join(prefix, 'lib/node_modules/cpskit/dist/cps-main.cjs.cache.json'), 'utf8')) as { v8: string };
    const v8 = run('node', ['-p', 'process.versions.v8']).stdout.trim();
    const checked = spawnSync('cps', ['check', 'psfp.cps.yaml'], {
      cwd: manuals,
      env: { ...userEnv(node()), CPS_REPORT_CODE_CACHE: '1', TMPDIR: path.join(work, 'home') },
      encoding: 'utf8',
    });
    expect(checked.status).toBe(0);
    expect(checked.stderr).toBe(v8 === recorded.v8 ? 'cps: code cache used\n' : Number(major) >= 22 ? "cps: Node's compile cache enabled\n" : 'cps: code cache absent\n');
  });

  it('cps-language-server --stdio answers initialize', async () => {
    const server = spawn('cps-language-server', ['--stdio'], { cwd: manuals, env: userEnv(node()) });
    const message = (body: object) => {
      const json = JSON.stringify({ jsonrpc: '2.0', ...body });
      return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
    };
    const answer = new Promise<Record<string, any>>((resolve, reject) => {
      let received = Buffer.alloc(0);
      server.stdout.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const text = received.toString('utf8');
        const header = /Content-Length: (\d+)\r\n\r\n/.exec(text);
        if (!header) return;
        const start = received.indexOf('\r\n\r\n') + 4;
        const length = Number(header[1]);
        if (received.length >= start + length) resolve(JSON.parse(received.subarray(start, start + length).toString('utf8')) as Record<string, any>);
      });
      server.on('error', reject);
      server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering`)));
    });
    server.stdin.write(message({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    const response = await answer;
    expect(response['id']).toBe(1);
    expect(response['result'].capabilities.textDocumentSync).toBeDefined();
    expect(response['result'].capabilities.hoverProvider).toBeTruthy();
    server.stdin.end(message({ id: 2, method: 'shutdown' }) + message({ method: 'exit' }));
    await new Promise((resolve) => server.once('exit', resolve));
  });

  it('@cpskit/core and @cpskit/language-server load with require and with import', () => {
    writeFileSync(
      path.join(project, 'uses.cjs'),
      "const core = require('@cpskit/core');\nconst service = require('@cpskit/language-server');\nconst schema = require('@cpskit/core/manual.schema.json');\nconsole.log(JSON.stringify({ reference: core.REFERENCE_VERSION.id, id: schema.$id, analyze: typeof service.analyzeText }));\n",
    );
    writeFileSync(
      path.join(project, 'uses.mjs'),
      "import { REFERENCE_VERSION } from '@cpskit/core';\nimport { analyzeText } from '@cpskit/language-server';\nimport { readFileSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\nconst schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@cpskit/core/manual.schema.json')), 'utf8'));\nconsole.log(JSON.stringify({ reference: REFERENCE_VERSION.id, id: schema.$id, analyze: typeof analyzeText }));\n",
    );
    const expected = { reference: 'spf-2025-phase1', id: 'https://unpkg.com/@cpskit/core/dist/manual.schema.json', analyze: 'function' };
    for (const script of ['uses.cjs', 'uses.mjs']) {
      const result = run('node', [script], project);
      expect(result.stderr, script).toBe('');
      expect(JSON.parse(result.stdout), script).toEqual(expected);
    }
  });
});
