#!/usr/bin/env node
// Packs what a release ships into one folder (after `pnpm build`):
//   <out>/npm/*.tgz             the npm packages (`pnpm pack`: `workspace:` ranges become versions)
//   <out>/cpskit-vscode-<v>.vsix the VS Code extension
// and checks that no packed manifest still says `workspace:` and that `cpskit` needs none of our
// packages. Usage: node scripts/pack.mjs <out> [--npm-only]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION, NPM_PACKAGES, ROOT } from './release-files.mjs';

const [outArgument, ...options] = process.argv.slice(2);
const out = path.resolve(outArgument ?? '');
if (!outArgument) {
  console.error('usage: node scripts/pack.mjs <out-folder> [--npm-only]');
  process.exit(2);
}
mkdirSync(path.join(out, 'npm'), { recursive: true });
const kb = (file) => `${Math.round(statSync(file).size / 1024)} KB`;

for (const pkg of NPM_PACKAGES) {
  const dir = path.join(ROOT, pkg.dir);
  // --json prints the manifest as packed, with `workspace:` already replaced.
  const printed = execFileSync('pnpm', ['pack', '--json', '--pack-destination', path.join(out, 'npm')], { cwd: dir, encoding: 'utf8' });
  const tarball = JSON.parse(printed).filename;
  const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  if (JSON.stringify(packed).includes('workspace:')) throw new Error(`${pkg.name}: the packed package.json still says workspace:`);
  const ours = Object.keys(packed.dependencies ?? {}).filter((name) => name === 'cpskit' || name.startsWith('@cpskit/'));
  if (pkg.name === 'cpskit' && ours.length > 0) throw new Error(`cpskit depends on ${ours.join(', ')}: it must bundle them`);
  console.log(`${path.relative(out, tarball)}  ${kb(tarball)}  dependencies: ${Object.keys(packed.dependencies ?? {}).join(', ') || 'none'}`);
}

if (options.includes('--npm-only')) process.exit(0);
const { version } = JSON.parse(readFileSync(path.join(ROOT, EXTENSION.dir, 'package.json'), 'utf8'));
const vsix = path.join(out, `${EXTENSION.name}-${version}.vsix`);
copyFileSync(path.join(ROOT, EXTENSION.vsix), vsix);
console.log(`${path.relative(out, vsix)}  ${kb(vsix)}`);
