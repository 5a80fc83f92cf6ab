#!/usr/bin/env node
// Installs what the end-to-end tests of the VS Code extension need, into a cache
// folder outside the workspace:
//   - Node 24 (npm package `node-<platform>-<arch>`, which ships the binary and the
//     headers that node-gyp needs), because code-server 4.139 refuses other majors;
//   - code-server 4.139.1 (VS Code 1.139) from npm, with its native addons built
//     against that Node.
// Idempotent: a marker file records the exact versions once they install and load;
// a later run with the marker present only re-checks them quickly.
//
// Usage: node apps/vscode/scripts/e2e-setup.mjs [--apt] [--force] [--json]
//   --apt    when build packages are missing and we are root, apt-get install them
//            (also CPS_E2E_APT=1); without it a missing package is a clear error
//   --force  reinstall even when the marker says it is done
//   --json   print the paths as one JSON object on stdout (logs go to stderr)
// Environment:
//   CPS_E2E_CACHE   cache folder (default ${XDG_CACHE_HOME:-~/.cache}/cpskit-e2e)
//   CPS_E2E_CHROMIUM  browser binary to check (default /usr/bin/chromium)
//
// Only Node built-ins; nothing from the workspace.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const MARKER_FORMAT = 1;

const started = Date.now();
const args = new Set(process.argv.slice(2));
const jsonOut = args.has('--json');
const force = args.has('--force');
const aptAllowed = args.has('--apt') || process.env.CPS_E2E_APT === '1';

const log = (...m) => (jsonOut ? console.error : console.log)('[e2e-setup]', ...m);

class SetupError extends Error {}

function fail(message) {
  throw new SetupError(message);
}

const cacheRoot = process.env.CPS_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cpskit-e2e');
const platformPkg = `node-${process.platform}-${process.arch}`;
const nodeDir = join(cacheRoot, `node-${NODE_VERSION}`);
const nodeHome = join(nodeDir, 'node_modules', platformPkg); // has bin/ and include/
const nodeBin = join(nodeHome, 'bin', 'node');
const csDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const csHome = join(csDir, 'node_modules', 'code-server');
const marker = join(csDir, '.cpskit-e2e-installed.json');
const pathsFile = join(cacheRoot, 'e2e-paths.json');
const chromium = process.env.CPS_E2E_CHROMIUM || '/usr/bin/chromium';

const paths = {
  cacheRoot,
  nodeVersion: NODE_VERSION,
  node: nodeBin,
  nodeDir: nodeHome,
  codeServerVersion: CODE_SERVER_VERSION,
  codeServerDir: csHome,
  codeServerEntry: join(csHome, 'out', 'node', 'entry.js'),
  vscodeDir: join(csHome, 'lib', 'vscode'),
  vscodeServerMain: join(csHome, 'lib', 'vscode', 'out', 'server-main.js'),
  chromium,
  marker,
};

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', ...opts });
  return r;
}

function has(cmd) {
  return run('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

// ---------------------------------------------------------------- system packages
// Each entry: how we detect it, and the Debian package that provides it.
function missingSystemPackages() {
  const pc = (mod) => has('pkg-config') && run('pkg-config', ['--exists', mod]).status === 0;
  const checks = [
    ['make', () => has('make')],
    ['g++', () => has('g++')],
    ['python3', () => has('python3')],
    ['pkg-config', () => has('pkg-config')],
    ['libkrb5-dev', () => has('krb5-config') || existsSync('/usr/include/gssapi/gssapi.h')],
    ['libsecret-1-dev', () => pc('libsecret-1')],
    ['libx11-dev', () => pc('x11')],
    ['libxkbfile-dev', () => pc('xkbfile')],
  ];
  const missing = checks.filter(([, ok]) => !ok()).map(([p]) => p);
  // Debian names: make/g++ come with build-essential.
  return missing.map((p) => (p === 'make' || p === 'g++' ? 'build-essential' : p));
}

function ensureSystemPackages() {
  let missing = [...new Set(missingSystemPackages())];
  const needChromium = !existsSync(chromium);
  if (needChromium && chromium === '/usr/bin/chromium') missing.push('chromium');
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (aptAllowed && isRoot && has('apt-get')) {
    log(`installing missing system packages: ${missing.join(' ')}`);
    const r = spawnSync('sh', ['-c', cmd], {
      stdio: ['ignore', jsonOut ? 2 : 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) fail(`"${cmd}" failed (exit ${r.status}).`);
    missing = [...new Set(missingSystemPackages())];
    if (missing.length === 0 && existsSync(chromium)) return;
    fail(`still missing after apt-get: ${missing.join(' ') || chromium}`);
  }
  fail(
    [
      `missing system packages needed to build code-server's native addons / run the browser:`,
      `    ${missing.join(' ')}`,
      `Install them (as root) with:`,
      `    ${cmd}`,
      `or rerun this script as root with --apt (or CPS_E2E_APT=1) to do it for you.`,
      needChromium ? `(or point CPS_E2E_CHROMIUM at another Chromium binary)` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

// ---------------------------------------------------------------- checks
function nodeWorks() {
  if (!existsSync(nodeBin)) return false;
  const r = run(nodeBin, ['--version']);
  return r.status === 0 && r.stdout.trim() === `v${NODE_VERSION}`;
}

// Loads every native addon with Node 24 and asks code-server for its version.
function verifyCodeServer(home) {
  const script = `
    const { createRequire } = require('node:module');
    const home = ${JSON.stringify(home)};
    const failures = [];
    const vs = createRequire(home + '/lib/vscode/package.json');
    for (const m of ['@vscode/spdlog', 'node-pty', '@parcel/watcher', 'kerberos',
                     '@vscode/sqlite3', '@vscode/native-watchdog']) {
      try { vs(m); } catch (e) { failures.push(m + ': ' + e.message.split('\\n')[0]); }
    }
    try { createRequire(home + '/package.json')('argon2'); }
    catch (e) { failures.push('argon2: ' + e.message.split('\\n')[0]); }
    if (failures.length) { console.error(failures.join('\\n')); process.exit(1); }
  `;
  const r = run(nodeBin, ['-e', script]);
  if (r.status !== 0) return `native addons do not load:\n${r.stderr.trim()}`;
  const v = run(nodeBin, [join(home, 'out', 'node', 'entry.js'), '--version'], {
    env: { ...process.env, XDG_CONFIG_HOME: join(cacheRoot, 'xdg-config') },
  });
  if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) {
    return `code-server --version failed: ${(v.stdout + v.stderr).trim().slice(-2000)}`;
  }
  if (!existsSync(join(home, 'lib', 'vscode', 'out', 'server-main.js'))) {
    return 'lib/vscode/out/server-main.js is missing';
  }
  return null;
}

function readMarker() {
  try {
    return JSON.parse(readFileSync(marker, 'utf8'));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- install
function npmEnv() {
  const env = { ...process.env };
  // Node 24 first on PATH: code-server's postinstall reads the Node major from
  // npm_config_user_agent, and its nested `npm install`s must build against 24 too.
  env.PATH = `${dirname(nodeBin)}:${process.env.PATH}`;
  env.npm_config_nodedir = nodeHome; // node-gyp: headers of that exact Node
  env.npm_config_ignore_scripts = 'false'; // override a user/global ignore-scripts=true
  env.npm_config_foreground_scripts = 'true';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  env.npm_config_update_notifier = 'false';
  env.npm_config_loglevel = 'warn';
  env.JOBS = env.JOBS || 'max'; // node-gyp parallel make
  delete env.npm_config_user_agent;
  delete env.npm_execpath;
  delete env.npm_node_execpath;
  delete env.NODE_OPTIONS;
  return env;
}

function npmInstall(dir, pkgJson, logFile, useNode24) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkgJson, null, 2) + '\n');
  const fd = openSync(logFile, 'a');
  const env = useNode24 ? npmEnv() : { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' };
  const r = spawnSync('npm', ['install', '--no-package-lock', '--no-save'], {
    cwd: dir,
    env,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  if (r.error) fail(`could not run npm: ${r.error.message}`);
  if (r.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    fail(`npm install in ${dir} failed (exit ${r.status}). Last lines of ${logFile}:\n${tail}`);
  }
}

function installNode() {
  if (nodeWorks()) {
    log(`Node ${NODE_VERSION} already in ${nodeHome}`);
    return;
  }
  log(`installing Node ${NODE_VERSION} (npm package ${platformPkg}) ...`);
  const tmp = `${nodeDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  npmInstall(tmp, { name: 'cpskit-e2e-node', private: true, dependencies: { [platformPkg]: NODE_VERSION } }, join(cacheRoot, 'node-install.log'), false);
  rmSync(nodeDir, { recursive: true, force: true });
  renameSync(tmp, nodeDir);
  if (!nodeWorks()) fail(`installed Node at ${nodeBin} does not report v${NODE_VERSION}`);
  if (!existsSync(join(nodeHome, 'include', 'node', 'node.h'))) {
    fail(`Node headers missing in ${nodeHome}/include/node`);
  }
}

function installCodeServer() {
  log(`installing code-server ${CODE_SERVER_VERSION} and building its native addons (a few minutes) ...`);
  const tmp = `${csDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const logFile = join(cacheRoot, 'code-server-install.log');
  rmSync(logFile, { force: true });
  log(`npm output goes to ${logFile}`);
  npmInstall(
    tmp,
    {
      name: 'cpskit-e2e-code-server',
      private: true,
      dependencies: { 'code-server': CODE_SERVER_VERSION },
      // npm >= 11.x policy: dependency install scripts run only when allowed here
      // (older 11.x only warn). code-server's postinstall is what installs VS Code's
      // own dependencies (lib/vscode has its own allowScripts for its addons).
      allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true },
    },
    logFile,
    true,
  );
  const tmpHome = join(tmp, 'node_modules', 'code-server');
  // The postinstall is what creates lib/vscode/node_modules: if the scripts were
  // skipped, say so plainly rather than fail later.
  if (!existsSync(join(tmpHome, 'lib', 'vscode', 'node_modules'))) {
    fail(`code-server's postinstall did not run (no lib/vscode/node_modules). ` + `npm may be blocking install scripts; see ${logFile} and \`npm help install-scripts\`.`);
  }
  const problem = verifyCodeServer(tmpHome);
  if (problem) fail(`${problem}\n(see ${logFile})`);
  rmSync(csDir, { recursive: true, force: true });
  renameSync(tmp, csDir);
}

function main() {
  mkdirSync(cacheRoot, { recursive: true });
  const m = readMarker();
  if (
    !force &&
    m &&
    m.format === MARKER_FORMAT &&
    m.codeServerVersion === CODE_SERVER_VERSION &&
    m.nodeVersion === NODE_VERSION &&
    nodeWorks() &&
    existsSync(paths.codeServerEntry) &&
    existsSync(paths.vscodeServerMain) &&
    existsSync(chromium)
  ) {
    log(`already installed (marker ${marker}); nothing to do`);
  } else {
    ensureSystemPackages();
    installNode();
    rmSync(marker, { force: true });
    installCodeServer();
    writeFileSync(
      marker,
      JSON.stringify(
        {
          format: MARKER_FORMAT,
          nodeVersion: NODE_VERSION,
          codeServerVersion: CODE_SERVER_VERSION,
          installedAt: new Date().toISOString(),
        },
        null,
        2,
      ) + '\n',
    );
  }
  writeFileSync(pathsFile, JSON.stringify(paths, null, 2) + '\n');
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (jsonOut) {
    process.stdout.write(JSON.stringify({ ...paths, pathsFile, seconds: Number(secs) }) + '\n');
  } else {
    log(`cache:        ${cacheRoot}`);
    log(`node:         ${nodeBin}`);
    log(`code-server:  ${paths.codeServerEntry}`);
    log(`server-main:  ${paths.vscodeServerMain}`);
    log(`chromium:     ${chromium}`);
    log(`paths file:   ${pathsFile}`);
  }
  log(`done in ${secs}s`);
}

try {
  main();
} catch (e) {
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (e instanceof SetupError) {
    console.error(`[e2e-setup] ERROR: ${e.message}`);
  } else {
    console.error(`[e2e-setup] unexpected error: ${e && e.stack ? e.stack : e}`);
  }
  console.error(`[e2e-setup] failed after ${secs}s`);
  process.exit(1);
}
