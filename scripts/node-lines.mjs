// The Node lines cpskit supports, and a Node of each for the tests. Node 22 and 24 come from the
// npm registry as the package `node-<platform>-<arch>` (the binary itself), installed once into
// the same cache folder as the VS Code end-to-end tests' Node 24 (apps/vscode/scripts/e2e-setup.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** `engines.node` of every published package. */
export const ENGINES_NODE = '>=20.19.0';

/** The maintained lines the tests run on, besides the Node running them; 24 is e2e-setup's. */
export const NODE_VERSIONS = { 22: '22.23.5', 24: '24.21.0' };

const cacheRoot = () => process.env.CPS_E2E_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'cpskit-e2e');

/** The path of a `node` of that exact version, installed from the npm registry if it is not there yet. */
export function ensureNode(version) {
  const platformPackage = `node-${process.platform}-${process.arch}`;
  const folder = path.join(cacheRoot(), `node-${version}`);
  const binary = path.join(folder, 'node_modules', platformPackage, 'bin', 'node');
  const works = () => existsSync(binary) && spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout?.trim() === `v${version}`;
  if (works()) return binary;
  const temporary = `${folder}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  writeFileSync(path.join(temporary, 'package.json'), JSON.stringify({ name: 'cpskit-node', private: true, dependencies: { [platformPackage]: version } }));
  const install = spawnSync('npm', ['install', '--no-package-lock', '--no-save', '--no-audit', '--no-fund'], { cwd: temporary, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing Node ${version} (${platformPackage}) failed:\n${install.stderr}`);
  rmSync(folder, { recursive: true, force: true });
  renameSync(temporary, folder);
  if (!works()) throw new Error(`${binary} does not report v${version}`);
  return binary;
}
