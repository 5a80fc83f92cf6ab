import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJob } from '../src/check-file.js';
import { runFix } from '../src/commands/fix.js';
import { main } from '../src/main.js';

/*
 * A repository is hostile: in CI, whoever writes the pull request writes its files, links
 * included. These tests build real repositories (git init, real links, pipes) and check that
 * cps neither reads nor writes outside them.
 */

const CPS = fileURLToPath(new URL('../dist/cps.js', import.meta.url));
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cps-boundary-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** A new git repository with these files. */
function repository(files: Record<string, string> = {}): string {
  const root = path.join(work, `depot-${++count}`);
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '-q', root]);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** A folder outside every repository, for what must stay out of reach. */
function outside(files: Record<string, string> = {}): string {
  const root = path.join(work, `dehors-${++count}`);
  mkdirSync(root, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io = { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const MANUAL = 'version: 1\nprogram: {}\nactivities: []\n';
/** A manual with safe fixes (competency codes in lower case), otherwise valid. */
const FIXABLE = [
  'version: 1',
  'program:',
  '  id: essai',
  '  title: Un essai',
  '  ages: { min: 8, max: 11 }',
  '  settings: [primary-school]',
  '  duration: { years: 2 }',
  '  evidence: { kind: evidence-informed }',
  'activities:',
  '  - id: meteo',
  '    title: Météo',
  '    kind: ritual',
  '    competencies: [e1.2, e2.1]',
  'sessions:',
  '  - { id: s1, year: 1, activities: [meteo] }',
  '',
].join('\n');
const FIXED = FIXABLE.replace('[e1.2, e2.1]', '[E1.2, E2.1]');

describe('reading: links found in a repository are followed only inside it', () => {
  it('does not print the environment through a link to /proc/self/environ (the CI secrets)', () => {
    const root = repository({ 'manuels/bon.cps.yaml': MANUAL });
    symlinkSync('/proc/self/environ', path.join(root, 'env.cps.yaml'));
    const result = spawnSync(process.execPath, [CPS, 'check', '.', '--locale', 'en'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', CPS_TEST_SECRET: 'hunter2-do-not-print' },
      timeout: 30_000,
    });
    expect(result.stdout + result.stderr).not.toContain('hunter2');
    expect(result.stderr).toContain('cps: "env.cps.yaml" is a symbolic link that leads outside the folder being checked; it is not followed.');
    expect(result.stdout).toContain('manuels/bon.cps.yaml');
    expect(result.status).toBe(1);
  }, 30_000);

  it('does not walk the disk through a link to /, nor a folder outside, and says so in French too', async () => {
    const away = outside({ 'secret.cps.yaml': MANUAL });
    const root = repository({ 'manuels/bon.cps.yaml': MANUAL, 'partage/commun.cps.yaml': MANUAL });
    symlinkSync('/', path.join(root, 'manuels', 'racine'));
    symlinkSync(away, path.join(root, 'manuels', 'ailleurs'));
    symlinkSync(path.join(away, 'secret.cps.yaml'), path.join(root, 'manuels', 'lien-secret.cps.yaml'));
    // A link that stays in the repository is followed.
    symlinkSync('../partage', path.join(root, 'manuels', 'commun'));
    const result = await run(['check', 'manuels', '--locale', 'fr'], root);
    expect(result.stdout).toContain('manuels/bon.cps.yaml');
    expect(result.stdout).toContain('manuels/commun/commun.cps.yaml');
    expect(result.stdout).not.toContain('secret');
    expect(result.stderr.split('\n').sort().filter(Boolean)).toEqual([
      'cps\u00a0: «\u00a0manuels/ailleurs\u00a0» est un lien symbolique qui mène hors du dossier vérifié\u00a0; il n’est pas suivi.',
      'cps\u00a0: «\u00a0manuels/lien-secret.cps.yaml\u00a0» est un lien symbolique qui mène hors du dossier vérifié\u00a0; il n’est pas suivi.',
      'cps\u00a0: «\u00a0manuels/racine\u00a0» est un lien symbolique qui mène hors du dossier vérifié\u00a0; il n’est pas suivi.',
    ]);
  }, 30_000);

  it('outside a repository, the folder being checked is the folder named (or the working folder)', async () => {
    const root = outside({ 'sous/bon.cps.yaml': MANUAL, 'voisin/autre.cps.yaml': MANUAL });
    symlinkSync('../voisin', path.join(root, 'sous', 'voisin'));
    const named = await run(['check', 'sous', '--locale', 'en'], root);
    expect(named.stdout).not.toContain('autre.cps.yaml');
    expect(named.stderr).toContain('"sous/voisin" is a symbolic link that leads outside the folder being checked');
    const fromHere = await run(['check', '--locale', 'en'], root);
    expect(fromHere.stdout).toContain('sous/voisin/autre.cps.yaml');
    expect(fromHere.stderr).not.toContain('leads outside');
  });

  it('checks a file named on the command line even when it is a link, and a folder named outside the repository', async () => {
    const away = outside({ 'ailleurs.cps.yaml': MANUAL, 'dossier/loin.cps.yaml': MANUAL });
    const root = repository();
    symlinkSync(path.join(away, 'ailleurs.cps.yaml'), path.join(root, 'lien.cps.yaml'));
    const result = await run(['check', 'lien.cps.yaml', path.join(away, 'dossier')], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('lien.cps.yaml');
    expect(result.stdout).toContain('loin.cps.yaml');
    expect(result.stderr).toBe('');
  });

  it('never reads a special file as a manual, even named on the command line or through a named link', async () => {
    const root = repository();
    symlinkSync('/proc/self/environ', path.join(root, 'env.cps.yaml'));
    for (const named of ['env.cps.yaml', '/proc/self/environ', '/proc/self/status']) {
      const result = await run(['check', named, '--locale', 'en'], root);
      expect(result.code, named).toBe(2);
      expect(result.stderr, named).toContain('cannot be read (not a regular file or folder, ENOTFILE)');
      expect(result.stdout, named).toBe('');
    }
  });

  it('reads the file that was found, not a link or a pipe put in its place since', () => {
    const root = repository({ 'manuel.cps.yaml': MANUAL, 'autre.cps.yaml': 'version: 2\n' });
    const found = path.join(root, 'manuel.cps.yaml');
    rmSync(found);
    symlinkSync(path.join(root, 'autre.cps.yaml'), found);
    const job = { file: found, readFrom: found, displayPath: 'manuel.cps.yaml', config: { preset: 'recommended' as const, rules: {} } };
    const swapped = checkJob(job, { locale: 'en', analysis: false });
    expect(swapped.findings.map((finding) => [finding.ruleId, finding.args?.['reason']])).toEqual([['file-unreadable', 'too many symbolic links, ELOOP']]);
    rmSync(found);
    execFileSync('mkfifo', [found]);
    // A pipe would block the read for ever: it is refused without waiting.
    const piped = checkJob(job, { locale: 'en', analysis: false });
    expect(piped.findings.map((finding) => [finding.ruleId, finding.args?.['reason']])).toEqual([['file-unreadable', 'not a regular file or folder, ENOTFILE']]);
  });
});

describe('writing: --output-file and --fix never write through a link', () => {
  it('replaces a committed link at the --output-file name with the report, leaving its target alone', async () => {
    const away = outside({ 'victime.txt': 'précieux\n' });
    const root = repository({ 'bon.cps.yaml': MANUAL });
    symlinkSync(path.join(away, 'victime.txt'), path.join(root, 'cps.sarif'));
    const result = await run(['check', '.', '--format', 'sarif', '--output-file', 'cps.sarif', '--fail-on', 'never'], root);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(away, 'victime.txt'), 'utf8')).toBe('précieux\n');
    expect(lstatSync(path.join(root, 'cps.sarif')).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(path.join(root, 'cps.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('refuses an --output-file in the repository whose folder is a link leading outside it, and writes one named outside', async () => {
    const away = outside();
    const root = repository({ 'bon.cps.yaml': MANUAL });
    symlinkSync(away, path.join(root, 'rapports'));
    const refused = await run(['check', '.', '--format', 'json', '--output-file', 'rapports/cps.json', '--locale', 'en'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cps: the json report cannot be written to "rapports/cps.json" (a symbolic link on the way leads outside the repository, ELINKOUT).\n');
    expect(readdirSync(away)).toEqual([]);
    const elsewhere = await run(['check', '.', '--format', 'json', '--output-file', path.join(away, 'cps.json'), '--fail-on', 'never'], root);
    expect(elsewhere.code).toBe(0);
    expect(readdirSync(away)).toEqual(['cps.json']);
  });

  it('cps schema --output and cps init --force replace a link at their name rather than write through it', async () => {
    const away = outside({ 'schema.json': 'garder\n', 'manuel.cps.yaml': 'garder\n' });
    const root = repository();
    symlinkSync(path.join(away, 'schema.json'), path.join(root, 'schema.json'));
    symlinkSync(path.join(away, 'manuel.cps.yaml'), path.join(root, 'manuel.cps.yaml'));
    expect((await run(['schema', '--output', 'schema.json'], root)).code).toBe(0);
    const init = await run(['init', '--yes', '--title', 'Essai', '--ages', '8-11', '--setting', 'primary-school', '--output', 'manuel.cps.yaml', '--force'], root);
    expect(init.code).toBe(0);
    expect(readFileSync(path.join(away, 'schema.json'), 'utf8')).toBe('garder\n');
    expect(readFileSync(path.join(away, 'manuel.cps.yaml'), 'utf8')).toBe('garder\n');
    expect(JSON.parse(readFileSync(path.join(root, 'schema.json'), 'utf8')).$schema).toContain('2020-12');
    expect(readFileSync(path.join(root, 'manuel.cps.yaml'), 'utf8')).toContain('title: Essai');
  });

  it('--fix leaves a manual reached through a link while walking, fixes the target of a link named on the command line, and never one outside', async () => {
    const away = outside({ 'dehors.cps.yaml': FIXABLE });
    const root = repository({ 'partage/commun.cps.yaml': FIXABLE, 'cible.cps.yaml': FIXABLE });
    mkdirSync(path.join(root, 'manuels'));
    symlinkSync('../partage', path.join(root, 'manuels', 'partage'));
    symlinkSync('../cible.cps.yaml', path.join(root, 'manuels', 'nomme.cps.yaml'));
    symlinkSync(path.join(away, 'dehors.cps.yaml'), path.join(root, 'dehors.cps.yaml'));

    const walked = await run(['check', 'manuels', '--fix', '--locale', 'en', '--fail-on', 'never'], root);
    expect(walked.stderr).toContain(
      'cps: manuels/partage/commun.cps.yaml: not fixed, it is reached through a symbolic link; name it on the command line to fix the file the link leads to.',
    );
    expect(readFileSync(path.join(root, 'partage/commun.cps.yaml'), 'utf8')).toBe(FIXABLE);
    expect(walked.code).toBe(0);

    const named = await run(['check', 'manuels/nomme.cps.yaml', 'dehors.cps.yaml', '--fix', '--locale', 'en'], root);
    expect(named.stderr.split('\n')).toEqual([
      'cps: dehors.cps.yaml: not fixed, it is a symbolic link to a file outside the repository.',
      'cps: manuels/nomme.cps.yaml: fixed 2 problems (competency-spelling).',
      '',
    ]);
    expect(readFileSync(path.join(root, 'cible.cps.yaml'), 'utf8')).toBe(FIXED);
    expect(lstatSync(path.join(root, 'manuels', 'nomme.cps.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(away, 'dehors.cps.yaml'), 'utf8')).toBe(FIXABLE);
  });
});

describe('--fix writes atomically', () => {
  const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

  it('keeps the permissions of the manual it rewrites', async () => {
    const root = repository({ 'manuel.cps.yaml': FIXABLE });
    const file = path.join(root, 'manuel.cps.yaml');
    chmodSync(file, 0o640);
    const [result] = await runFix([file]);
    expect(result!.status).toBe('fixed');
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(leftovers(root)).toEqual([]);
  });

  it('keeps an edit saved while the fix was being written, and says so (exit code 2 from cps)', async () => {
    const root = repository({ 'manuel.cps.yaml': FIXABLE });
    const file = path.join(root, 'manuel.cps.yaml');
    const edited = `${FIXABLE}# une note ajoutée pendant la correction\n`;
    const results = await runFix([file], { beforeReplace: () => writeFileSync(file, edited) });
    expect(results.map((result) => result.status)).toEqual(['changed']);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(leftovers(root)).toEqual([]);
  });

  it('leaves the manual whole when the write fails under a file-size limit, and exits with 2 naming it', () => {
    // Longer than the limit (4 blocks of 1,024 bytes): the fixed text cannot be written.
    const long = FIXABLE + Array.from({ length: 200 }, (_, i) => `# ligne de commentaire numéro ${i}, pour dépasser la limite\n`).join('');
    const root = repository({ 'gros.cps.yaml': long });
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', 'ulimit -f 4; exec "$0" "$@"', process.execPath, CPS, 'check', 'gros.cps.yaml', '--fix', '--locale', 'fr'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '' },
      timeout: 30_000,
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'cps\u00a0: gros.cps.yaml\u00a0: non corrigé, le fichier ne peut pas être écrit (le fichier dépasserait la taille permise, EFBIG)\u00a0; il est laissé tel quel.',
    );
    expect(readFileSync(path.join(root, 'gros.cps.yaml'), 'utf8')).toBe(long);
    expect(leftovers(root)).toEqual([]);
  }, 30_000);
});

describe('ignore patterns that would backtrack for ever', () => {
  it('finds the manuals of a deep repository whose .gitignore and configuration hold exponential patterns', async () => {
    const deep = Array.from({ length: 30 }, (_, i) => `d${i}`).join('/');
    const root = repository({
      '.gitignore': `a/${Array(14).fill('**').join('/')}/b\na/${Array(12).fill('**/d*').join('/')}/b\n`,
      'cps.config.yaml': `ignore:\n  - "${Array(12).fill('**/d*').join('/')}/zz"\n`,
      [`a/${deep}/profond.cps.yaml`]: MANUAL,
      'a/b/ignore.cps.yaml': MANUAL,
    });
    const result = await run(['check', '.', '--locale', 'en'], root);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`a/${deep}/profond.cps.yaml`);
    expect(result.stdout).not.toContain('ignore.cps.yaml');
  }, 60_000);
});
