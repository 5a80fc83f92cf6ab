import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SETTING_IDS, type Locale } from '@cpskit/core';
import { analyzeText, validateText } from '@cpskit/language-server';
import { checkAges, idFromTitle, runInit, starterManual, type InitAnswers, type InitOptions } from '../../src/commands/init.js';

const root = mkdtempSync(path.join(tmpdir(), 'cps-init-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
/** A fresh, empty working folder. */
const folder = () => {
  const dir = path.join(root, String(count++));
  mkdirSync(dir);
  return dir;
};

/** Runs `cps init` in `cwd` with the options, the environment's locale, and `answers` piped in (none: no input at all). */
async function init(cwd: string, options: InitOptions, answers?: string, env: Record<string, string> = { LANG: 'en_GB.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const io = {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...(answers === undefined ? {} : { stdin: Readable.from([answers]) }),
  };
  const code = await runInit(options, io);
  return { code, stdout, stderr };
}

const read = (file: string) => readFileSync(file, 'utf8');

/** The findings that would say the starter is not a manual cpskit can read: its placeholders are the `placeholder` rule's, not errors. */
const shapeFindings = (text: string, locale: Locale = 'en') =>
  validateText(text, { locale }).findings.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'yaml-syntax' || finding.severity === 'error');

describe('cps init, interactive', () => {
  it('asks each question with its default, reads piped answers, and writes the manual named after the id', async () => {
    const cwd = folder();
    const run = await init(cwd, {}, 'Les émotions au quotidien\n\n8-11\n3\n3\nfr\n', { LANG: 'fr_FR.UTF-8' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Titre du programme [Mon programme CPS]\u00a0: Les émotions au quotidien\n');
    expect(run.stdout).toContain('Identifiant (lettres, chiffres, «\u00a0-\u00a0», «\u00a0_\u00a0» et «\u00a0.\u00a0») [les-emotions-au-quotidien]\u00a0: \n');
    expect(run.stdout).toContain(' 3. primary-school       École élémentaire\n');
    expect(run.stdout).toContain('Langue du manuel (fr ou en) [fr]\u00a0: fr\n');
    expect(run.stdout).toContain('✔ Manuel de départ écrit dans les-emotions-au-quotidien.cps.yaml.');
    const text = read(path.join(cwd, 'les-emotions-au-quotidien.cps.yaml'));
    const manual = parse(text);
    expect(manual.program).toMatchObject({
      id: 'les-emotions-au-quotidien',
      title: 'Les émotions au quotidien',
      ages: { min: 8, max: 11 },
      settings: ['primary-school'],
      sectors: ['national-education'],
      duration: { years: 3 },
    });
    expect(text).toContain('# 1.1 Les professionnels-intervenants CPS maîtrisent les CPS');
    expect(shapeFindings(text, 'fr')).toEqual([]);
  });

  it('takes the defaults for empty answers and for the answers the input never gave', async () => {
    const cwd = folder();
    const run = await init(cwd, {}, 'Respirer ensemble\n');
    expect(run.code).toBe(0);
    const manual = parse(read(path.join(cwd, 'respirer-ensemble.cps.yaml')));
    expect(manual.program).toMatchObject({ id: 'respirer-ensemble', title: 'Respirer ensemble', ages: { min: 8, max: 11 }, settings: ['primary-school'], duration: { years: 3 } });
    expect(run.stdout).toContain('Language of the manual (fr or en) [en]: \n');
  });

  it('reads answers written with Windows line breaks', async () => {
    const cwd = folder();
    expect((await init(cwd, {}, 'Atelier\r\natelier\r\n12-15\r\nsecondary-school\r\n2\r\nen\r\n')).code).toBe(0);
    expect(parse(read(path.join(cwd, 'atelier.cps.yaml'))).program).toMatchObject({ ages: { min: 12, max: 15 }, settings: ['secondary-school'], duration: { years: 2 } });
  });

  it('says what is wrong with an answer and asks again', async () => {
    const cwd = folder();
    const answers = ['   ', 'mon programme', 'mon-programme', '2-30', '11-8', 'huit', '8 à 11', 'primary', '99', 'youth-club', '0', '2.5', '2', 'de', 'en'].join('\n');
    const run = await init(cwd, {}, answers, { LANG: 'fr_FR.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'cps\u00a0: «\u00a0mon programme\u00a0» n’est pas un identifiant valide\u00a0: utilisez des lettres, des chiffres, «\u00a0-\u00a0», «\u00a0_\u00a0» et «\u00a0.\u00a0», en commençant par une lettre ou un chiffre (par exemple emotions-au-quotidien).',
      'cps\u00a0: les âges «\u00a02-30\u00a0» sortent de ceux de la stratégie nationale, de 3 à 25 ans.',
      'cps\u00a0: dans «\u00a011-8\u00a0», l’âge le plus jeune vient en premier, par exemple 8-11.',
      'cps\u00a0: «\u00a0huit\u00a0» n’est pas une tranche d’âges\u00a0: écrivez l’âge le plus jeune et le plus âgé, de 3 à 25 ans, par exemple 8-11.',
      `cps\u00a0: milieu de vie inconnu «\u00a0primary\u00a0»\u00a0; les milieux sont\u00a0: ${SETTING_IDS.join(', ')}.`,
      `cps\u00a0: milieu de vie inconnu «\u00a099\u00a0»\u00a0; les milieux sont\u00a0: ${SETTING_IDS.join(', ')}.`,
      'cps\u00a0: «\u00a00\u00a0» n’est pas un nombre d’années\u00a0: écrivez un nombre entier de 1 à 22.',
      'cps\u00a0: «\u00a02.5\u00a0» n’est pas un nombre d’années\u00a0: écrivez un nombre entier de 1 à 22.',
      'cps\u00a0: langue inconnue «\u00a0de\u00a0»\u00a0; utilisez fr ou en.',
    ]);
    // A blank title is the default title, not an error.
    const manual = parse(read(path.join(cwd, 'mon-programme.cps.yaml')));
    expect(manual.program).toMatchObject({
      title: 'Mon programme CPS',
      ages: { min: 8, max: 11 },
      settings: ['youth-club'],
      sectors: ['youth-and-community'],
      duration: { years: 2 },
    });
  });

  it('suggests the nearest setting', async () => {
    const run = await init(folder(), { title: 'A', id: 'a', ages: '8-11', years: '1', locale: 'en' }, 'primary-scool\nprimary-school\n');
    expect(run.stderr).toContain('cps: unknown setting "primary-scool" (did you mean primary-school?); the settings are: early-childhood, ');
    expect(run.code).toBe(0);
  });

  it('asks for another id when the file named after it exists, and never overwrites it', async () => {
    const cwd = folder();
    writeFileSync(path.join(cwd, 'existant.cps.yaml'), 'mine\n');
    const run = await init(cwd, {}, 'Existant\n\nautre\n\n\n\n\n');
    expect(run.stderr).toBe('cps: "existant.cps.yaml" already exists; choose another identifier or --output, or overwrite it with --force.\n');
    expect(run.code).toBe(0);
    expect(read(path.join(cwd, 'existant.cps.yaml'))).toBe('mine\n');
    expect(parse(read(path.join(cwd, 'autre.cps.yaml'))).program.id).toBe('autre');
  });

  it('stops with exit 2, writing nothing, when the input ends after a wrong answer', async () => {
    const cwd = folder();
    const run = await init(cwd, {}, 'Titre\ntitre\n2-30\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the answers ended before a valid one was given; nothing was written.');
    expect(existsSync(path.join(cwd, 'titre.cps.yaml'))).toBe(false);
  });

  it('asks only what the flags did not give', async () => {
    const cwd = folder();
    const run = await init(cwd, { title: 'Bouger', ages: '6-8', locale: 'fr' }, '\nsport\n2\n');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Titre du programme');
    expect(run.stdout).not.toContain('Langue du manuel');
    expect(run.stdout).toContain('Identifiant (lettres, chiffres, «\u00a0-\u00a0», «\u00a0_\u00a0» et «\u00a0.\u00a0») [bouger]\u00a0: \n');
    expect(parse(read(path.join(cwd, 'bouger.cps.yaml'))).program).toMatchObject({ ages: { min: 6, max: 8 }, settings: ['sport'], sectors: ['sport'], duration: { years: 2 } });
  });
});

describe('cps init, from flags', () => {
  it('accepts several settings, separated by commas, and puts the sectors of each', async () => {
    const cwd = folder();
    const run = await init(
      cwd,
      { title: 'Bouger ensemble', id: 'bouger', ages: '8-11', setting: 'primary-school, out-of-school,primary-school', years: '2', locale: 'fr' as const },
      '',
    );
    expect(run.code).toBe(0);
    const text = read(path.join(cwd, 'bouger.cps.yaml'));
    expect(parse(text).program).toMatchObject({ settings: ['primary-school', 'out-of-school'], sectors: ['national-education', 'youth-and-community'] });
    expect(shapeFindings(text, 'fr')).toEqual([]);
  });

  it('rejects a list with one unknown setting, naming it', async () => {
    const run = await init(folder(), { title: 'T', id: 't', ages: '8-11', setting: 'primary-school,periscolaire', years: '2', locale: 'en' as const }, '');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('unknown setting "periscolaire"');
  });

  it('writes the manual from the flags alone, asking nothing, in the language of --locale', async () => {
    const cwd = folder();
    const options = { title: 'Unplugged au collège', id: 'unplugged-college', ages: '12-14', setting: 'secondary-school', years: '2', locale: 'en' as const };
    const run = await init(cwd, options, '');
    expect(run).toEqual({
      code: 0,
      stdout:
        '✔ Starter manual written to unplugged-college.cps.yaml.\nNext: replace each "TO COMPLETE: …" and write your activities and sessions (commented EXAMPLES show the shape), then run: cps check unplugged-college.cps.yaml\n',
      stderr: '',
    });
    const text = read(path.join(cwd, 'unplugged-college.cps.yaml'));
    expect(text).toContain('# 1.1 CPS practitioners master the CPS and put them into practice.');
    expect(text).not.toMatch(/À COMPLÉTER|EXEMPLE/);
    expect(parse(text).program).toMatchObject({
      id: 'unplugged-college',
      title: 'Unplugged au collège',
      ages: { min: 12, max: 14 },
      settings: ['secondary-school'],
      duration: { years: 2 },
    });
  });

  it('with --yes, takes the default of every answer not given, without reading the input', async () => {
    const cwd = folder();
    const run = await init(cwd, { yes: true }, 'never read\n', { LANG: 'fr_FR.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('[');
    const text = read(path.join(cwd, 'mon-programme-cps.cps.yaml'));
    expect(parse(text).program).toMatchObject({
      id: 'mon-programme-cps',
      title: 'Mon programme CPS',
      ages: { min: 8, max: 11 },
      settings: ['primary-school'],
      duration: { years: 3 },
    });
    expect(text).toContain('À COMPLÉTER');
  });

  it('with no input at all, takes the defaults too', async () => {
    const cwd = folder();
    expect((await init(cwd, { title: 'Sans entrée' })).code).toBe(0);
    expect(existsSync(path.join(cwd, 'sans-entree.cps.yaml'))).toBe(true);
  });

  it('writes to --output, creating its folder', async () => {
    const cwd = folder();
    const run = await init(cwd, { yes: true, id: 'x', output: 'manuels/x.cps.yaml', locale: 'en' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('written to manuels/x.cps.yaml.');
    expect(read(path.join(cwd, 'manuels/x.cps.yaml'))).toContain('cps check x.cps.yaml');
  });

  it('refuses to overwrite an existing file without --force, and overwrites it with', async () => {
    const cwd = folder();
    writeFileSync(path.join(cwd, 'mine.cps.yaml'), 'mine\n');
    const refused = await init(cwd, { yes: true, output: 'mine.cps.yaml' });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'cps: "mine.cps.yaml" already exists; choose another identifier or --output, or overwrite it with --force.\n' });
    const byId = await init(cwd, { yes: true, id: 'mine' });
    expect(byId.code).toBe(2);
    expect(read(path.join(cwd, 'mine.cps.yaml'))).toBe('mine\n');
    const forced = await init(cwd, { yes: true, id: 'mine', force: true });
    expect(forced.code).toBe(0);
    expect(parse(read(path.join(cwd, 'mine.cps.yaml'))).program.id).toBe('mine');
  });

  it.each([
    [{ ages: '2-11' }, 'cps: the ages "2-11" go beyond those of the national strategy, 3 to 25.'],
    [{ ages: '8-30' }, 'cps: the ages "8-30" go beyond those of the national strategy, 3 to 25.'],
    [{ ages: 'huit' }, 'cps: "huit" is not an age range: write the youngest and the oldest age, from 3 to 25, for instance 8-11.'],
    [{ setting: 'school' }, 'cps: unknown setting "school"'],
    [{ years: '0' }, 'cps: "0" is not a number of years: write a whole number from 1 to 22.'],
    [{ id: 'é-t-é' }, 'cps: "é-t-é" is not a valid identifier'],
    [{ title: '  ' }, 'cps: the title cannot be empty.'],
  ] as const)('exits 2 without asking or writing anything for a bad flag: %o', async (flag, says) => {
    const cwd = folder();
    const run = await init(cwd, { yes: false, ...flag }, 'Titre\n');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(says);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('the starter manual', () => {
  const answers: InitAnswers[] = [];
  for (const locale of ['fr', 'en'] as const) {
    for (const setting of ['early-childhood', 'primary-school', 'youth-justice', 'higher-education'] as const) {
      answers.push({ title: 'Les émotions au quotidien', id: 'emotions', ages: { min: 3, max: 6 }, setting, years: 1, locale });
    }
    answers.push({ title: 'Programme\u00a0: «\u00a0test\u00a0» # 2 — ok?', id: '123', ages: { min: 25, max: 25 }, setting: 'community', years: 22, locale });
    answers.push({ title: 'true', id: 'null', ages: { min: 11, max: 18 }, setting: 'sport', years: 4, locale });
    answers.push({ title: "L'été, c'est fini", id: 'a.b_c-d', ages: { min: 15, max: 25 }, setting: 'vocational-training', years: 2, locale });
  }

  it.each(answers.map((entry) => [`${entry.locale} ${entry.setting} ${entry.title}`, entry] as const))(
    'has no error, its placeholders left to the placeholder rule: %s',
    (_, entry) => {
      const text = starterManual(entry);
      expect(shapeFindings(text, entry.locale)).toEqual([]);
      const manual = parse(text);
      expect(manual.program.title).toBe(entry.title);
      expect(manual.program.id).toBe(entry.id);
      expect(manual.program.ages).toEqual(entry.ages);
      expect(manual.program.duration).toEqual({ years: entry.years });
    },
  );

  it('explains every section with the criterion it serves, in the manual’s language, and marks its examples', () => {
    const fr = starterManual({ title: 'T', id: 't', ages: { min: 8, max: 11 }, setting: 'primary-school', years: 3, locale: 'fr' });
    const en = starterManual({ title: 'T', id: 't', ages: { min: 8, max: 11 }, setting: 'primary-school', years: 3, locale: 'en' });
    for (const section of ['version', 'program', 'facilitators', 'training', 'support', 'governance', 'materials', 'activities', 'sessions', 'environment', 'evaluation']) {
      expect(fr).toMatch(new RegExp(`^${section}:`, 'm'));
      expect(en).toMatch(new RegExp(`^${section}:`, 'm'));
    }
    // The evaluation as axis 4 reads it: process, outcomes, plan and tools, not the older `indicators`.
    for (const key of ['  process:', '    fidelity:', '    dose:', '    reach:', '  outcomes:', '  plan:', '    when:', '    by:', '  tools:']) {
      expect(fr).toMatch(new RegExp(`^${key}`, 'm'));
      expect(en).toMatch(new RegExp(`^${key}`, 'm'));
    }
    expect(en).not.toMatch(/^ {2}indicators:/m);
    for (const criterion of [
      '1.1.1',
      '1.1.2',
      '1.2.1',
      '1.2.2',
      '1.2.3',
      '1.2.4',
      '1.2.5',
      '1.3.1',
      '1.3.2',
      '1.4',
      '2.1.6',
      '2.2.1',
      '2.2.2',
      '2.3.1',
      '2.3.5',
      '3.1.4',
      '3.2.4',
    ]) {
      expect(fr).toContain(criterion);
      expect(en).toContain(criterion);
    }
    expect(fr).toContain('# Des EXEMPLES, pour la forme\u00a0: décommentez-les et adaptez-les, ou écrivez les vôtres.');
    expect(en).toContain('# EXAMPLES, for the shape: uncomment and adapt them, or write your own.');
    // The examples are comments; the one activity and the one session written hold a place.
    for (const [text, marker] of [
      [fr, 'À COMPLÉTER\u00a0: '],
      [en, 'TO COMPLETE: '],
    ] as const) {
      const manual = parse(text);
      expect(manual.activities).toHaveLength(1);
      expect(manual.sessions).toHaveLength(1);
      expect(manual.activities[0].title.startsWith(marker)).toBe(true);
      expect(manual.sessions[0].title.startsWith(marker)).toBe(true);
    }
    expect(en).not.toMatch(/À COMPLÉTER|EXEMPLE|# Les /);
    expect(fr).not.toMatch(/TO COMPLETE|EXAMPLE/);
    // French typography in the French starter: no plain space before a colon or inside « ».
    expect(fr).not.toMatch(/ [:;?!](?=\s|$)|« | »/m);
  });

  it.each(answers.map((entry) => [`${entry.locale} ${entry.setting} ${entry.title}`, entry] as const))(
    'scores at most 20/100 untouched, every gap with a finding that says what to write: %s',
    (_, entry) => {
      const analysis = analyzeText(starterManual(entry), { locale: entry.locale });
      expect(analysis.criteria.score ?? 0).toBeLessThanOrEqual(20);
      // Nothing cpskit wrote earns a modality: only the answers (ages, years) could.
      expect(analysis.criteria.modalities.filter((modality) => modality.status === 'met' || modality.status === 'declared').map((modality) => modality.id)).toEqual([]);
      const cited = new Set(analysis.findings.flatMap((finding) => (finding.cites ? [finding.cites.id] : [])));
      for (const modality of analysis.criteria.modalities) {
        if (modality.status === 'not-applicable' || modality.status === 'met') continue;
        const criterion = modality.id.split('.').slice(0, 2).join('.');
        expect(cited.has(modality.id) || cited.has(criterion) || cited.has(criterion.split('.')[0]!), `modality ${modality.id} is cited by a finding`).toBe(true);
      }
      // Axis 4 likewise: every item missing, each of its places held by a placeholder that names the axis, and no
      // evaluation rule adding a second finding for them.
      expect(analysis.criteria.axis4.items.map((item) => item.status)).toEqual(['missing', 'missing', 'missing']);
      expect(analysis.findings.filter((finding) => finding.ruleId.startsWith('evaluation-'))).toEqual([]);
      expect(analysis.findings.filter((finding) => finding.messageId === 'placeholder-axis').length).toBeGreaterThanOrEqual(7);
    },
  );

  it('makes ids from titles', () => {
    expect(idFromTitle('Les émotions au quotidien')).toBe('les-emotions-au-quotidien');
    expect(idFromTitle('Cœur & Âme : 2024 !')).toBe('coeur-ame-2024');
    expect(idFromTitle('«\u00a0»')).toBeUndefined();
  });

  it('reads ages the ways people write them', () => {
    for (const written of ['8-11', '8 - 11', '8–11', '8 11', '8 à 11', '8 to 11']) expect(checkAges(written)).toEqual({ ok: true, value: { min: 8, max: 11 } });
    expect(checkAges('10')).toEqual({ ok: true, value: { min: 10, max: 10 } });
  });
});
