import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINES_NODE } from '../../../scripts/node-lines.mjs';
import { EXTENSION, NPM_PACKAGES, ROOT } from '../../../scripts/release-files.mjs';
import { versionPlaces } from '../../../scripts/set-version.mjs';

type Manifest = {
  name: string;
  version: string;
  private?: boolean;
  engines?: { node?: string };
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  files?: string[];
};
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as Manifest;
const workspace = ['apps', 'packages'].flatMap((group) => readdirSync(path.join(ROOT, group)).map((name) => `${group}/${name}`));

describe('what is published', () => {
  it('is the three npm packages; the other workspace packages and the extension’s manifest are private', () => {
    const published = workspace
      .filter((dir) => !manifest(dir).private)
      .map((dir) => manifest(dir).name)
      .sort();
    expect(published).toEqual(NPM_PACKAGES.map((pkg) => pkg.name).sort());
    for (const dir of workspace.filter((dir) => manifest(dir).private)) expect(['@cpskit/bench', '@cpskit/fuzz', '@cpskit/report', EXTENSION.name]).toContain(manifest(dir).name);
    expect(manifest('.').private).toBe(true);
  });

  it('says which Node it needs, the same everywhere', () => {
    for (const pkg of NPM_PACKAGES) expect(manifest(pkg.dir).engines?.node, pkg.name).toBe(ENGINES_NODE);
    expect(manifest('.').engines?.node).toBe(ENGINES_NODE);
  });

  it('has one version, in every package, the action, the reusable workflow and the README (scripts/set-version.mjs)', () => {
    const places = versionPlaces();
    expect(places.length).toBeGreaterThanOrEqual(10);
    expect(new Set(places.map((place) => place.version))).toEqual(new Set([manifest('apps/cli').version]));
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/set-version.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts/set-version.mjs'), '--check', '9.9.9'], { encoding: 'utf8' }).status).toBe(1);
  });

  it('pins yaml to one exact version in every package, the one installed: the fast reader copies its ranges', () => {
    type Deps = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const asked = workspace.flatMap((dir) => {
      const { dependencies, devDependencies } = manifest(dir) as Manifest & Deps;
      const range = dependencies?.['yaml'] ?? devDependencies?.['yaml'];
      return range === undefined ? [] : [{ dir, range }];
    });
    expect(asked.length).toBeGreaterThanOrEqual(5);
    const installed = (JSON.parse(readFileSync(path.join(ROOT, 'packages/language-server/node_modules/yaml/package.json'), 'utf8')) as { version: string }).version;
    for (const { dir, range } of asked) expect(range, dir).toBe(installed);
  });

  it('has release notes for its version in CHANGELOG.md', () => {
    const notes = spawnSync(process.execPath, [path.join(ROOT, 'scripts/release-notes.mjs'), manifest('apps/cli').version], { encoding: 'utf8' });
    expect(notes.status).toBe(0);
    expect(notes.stdout).toContain('`cpskit`');
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts/release-notes.mjs'), '9.9.9'], { encoding: 'utf8' }).status).toBe(1);
  });

  it('gives each command to one package only (npm refuses two global packages with the same bin)', () => {
    const bins = workspace.flatMap((dir) => Object.keys(manifest(dir).bin ?? {}));
    expect(bins.sort()).toEqual(['cps', 'cps-language-server', 'cpskit']);
  });

  it('ships the JSON Schema in @cpskit/core, at the address its $id names', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/manual.schema.json'), 'utf8')) as { $id: string };
    expect(schema.$id).toBe('https://unpkg.com/@cpskit/core/dist/manual.schema.json');
    expect(manifest('packages/core').exports?.['./manual.schema.json']).toBe('./dist/manual.schema.json');
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`# yaml-language-server: $schema=${schema.$id}`);
  });
});
