import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigFinder } from '../src/node/index.js';

/*
 * Configuration files are found on disk and may extend others: a repository (or whoever left a
 * file in /tmp) must not reach, through them, files elsewhere on the machine.
 */

const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-config-finder-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
function folder(files: Record<string, string>, git = false): string {
  const root = path.join(work, `f${++count}`);
  mkdirSync(root, { recursive: true });
  if (git) execFileSync('git', ['init', '-q', root]);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** A configuration file elsewhere on the machine, whose content must never be shown. */
const FOREIGN = 'aws_secret_access_key: hunter2\nrules:\n  intensity: error\n';
const position = (error: { range: { start: { line: number; character: number } } }) => `${error.range.start.line + 1}:${error.range.start.character + 1}`;

describe('where the configuration lookup stops', () => {
  it('at the repository root: a cps.config.yaml in a shared folder above it applies to nothing', () => {
    const shared = folder({ 'cps.config.yaml': 'rules:\n  intensity: off\n' });
    const repo = path.join(shared, 'depot');
    mkdirSync(path.join(repo, 'manuels'), { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    const finder = new ConfigFinder('en');
    expect(finder.fileFor(path.join(repo, 'manuels'))).toBeNull();
    writeFileSync(path.join(repo, 'cps.config.yaml'), 'locale: fr\n');
    expect(new ConfigFinder('en').fileFor(path.join(repo, 'manuels'))).toBe(path.join(repo, 'cps.config.yaml'));
  });

  it('outside a repository, at the widest folder being checked that holds the manual, else the manual’s own folder', () => {
    const shared = folder({ 'cps.config.yaml': 'rules:\n  intensity: off\n', 'projet/manuels/m.cps.yaml': '' });
    const project = path.join(shared, 'projet');
    const manuals = path.join(project, 'manuels');
    expect(new ConfigFinder('en', { tops: [project, manuals] }).fileFor(manuals)).toBeNull();
    expect(new ConfigFinder('en').fileFor(manuals)).toBeNull();
    writeFileSync(path.join(project, 'cps.config.yml'), 'locale: fr\n');
    expect(new ConfigFinder('en', { tops: [project, manuals] }).fileFor(manuals)).toBe(path.join(project, 'cps.config.yml'));
    expect(new ConfigFinder('en', { tops: [manuals] }).fileFor(manuals)).toBeNull();
  });
});

describe('what `extends` reaches', () => {
  it('files of the repository, not an absolute path, a ../ path or a link leading out of it; the error is placed and shows nothing of the foreign file', () => {
    const away = folder({ 'base.yaml': FOREIGN });
    const repo = folder(
      {
        'partage/base.yaml': 'rules:\n  thin-competency: warning\n',
        'cps.config.yaml': ['extends:', '  - partage/base.yaml', `  - ${path.join(away, 'base.yaml')}`, `  - ../f${count}/base.yaml`, '  - lien.yaml', ''].join('\n'),
      },
      true,
    );
    symlinkSync(path.join(away, 'base.yaml'), path.join(repo, 'lien.yaml'));
    const { config, errors } = new ConfigFinder('en').configFor(repo);
    expect(config.rules).toEqual({ 'thin-competency': { severity: 'warning' } });
    expect(config.files).toEqual([path.join(repo, 'cps.config.yaml'), path.join(repo, 'partage/base.yaml')]);
    expect(errors.map((error) => `${position(error)} ${error.message}`)).toEqual([
      `3:5 "extends" reaches only the configuration files of the repository (or cpskit:recommended, cpskit:strict); "${path.join(away, 'base.yaml')}" is outside it and is not read.`,
      `4:5 "extends" reaches only the configuration files of the repository (or cpskit:recommended, cpskit:strict); "../f${count - 1}/base.yaml" is outside it and is not read.`,
      '5:5 "extends" reaches only the configuration files of the repository (or cpskit:recommended, cpskit:strict); "lien.yaml" is outside it and is not read.',
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/hunter2|aws_secret/);
    const french = new ConfigFinder('fr').configFor(repo).errors[2]!.message;
    expect(french).toBe(
      '«\u00a0extends\u00a0» n’atteint que les fichiers de configuration du dépôt (ou cpskit:recommended, cpskit:strict)\u00a0; «\u00a0lien.yaml\u00a0» est en dehors et n’est pas lu.',
    );
  });

  it('does not read a cps.config.yaml of the repository that is a link leading out of it', () => {
    const away = folder({ 'cps.config.yaml': FOREIGN });
    const repo = folder({}, true);
    symlinkSync(path.join(away, 'cps.config.yaml'), path.join(repo, 'cps.config.yaml'));
    const { config, errors } = new ConfigFinder('en').configFor(repo);
    expect(config.rules).toEqual({});
    expect(errors.map((error) => error.message)).toEqual(['This configuration file is a symbolic link that leads outside the repository; it is not read.']);
    expect(JSON.stringify(errors)).not.toMatch(/hunter2|aws_secret/);
  });

  it('reads a configuration file the user names, wherever it is, and what it extends beside it; never a file of /proc', () => {
    const away = folder({ 'cps.config.yaml': 'extends: commun.yaml\nlocale: fr\n', 'commun.yaml': 'rules:\n  intensity: off\n' });
    const repo = folder({}, true);
    const named = new ConfigFinder('en', { forced: path.join(away, 'cps.config.yaml') }).configFor(repo);
    expect(named.errors).toEqual([]);
    expect(named.config).toMatchObject({ locale: 'fr', rules: { intensity: { severity: 'off' } } });
    const proc = new ConfigFinder('en', { forced: '/proc/self/environ' }).configFor(repo);
    expect(proc.errors.map((error) => error.message)).toEqual(['configuration file missing or unreadable']);
  });
});
