import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import {
  AGE_RANGE,
  ID_PATTERN,
  SETTINGS,
  SETTING_IDS,
  localize,
  nearest,
  parseLocale,
  resolveLocale,
  type Locale,
  type Localized,
  type MessageArgs,
  type SettingId,
} from '@cpskit/core';
import { describeReason } from '../check-file.js';
import { EXIT, type CliIo, type ExitCode } from '../io.js';

/** What a starter manual is made from. */
export interface InitAnswers {
  readonly title: string;
  readonly id: string;
  readonly ages: { readonly min: number; readonly max: number };
  readonly setting: SettingId;
  readonly years: number;
  /** The language of the manual's comments and example texts. */
  readonly locale: Locale;
}

/** `cps init`'s flags, as written on the command line: each is checked like an answer. */
export interface InitOptions {
  readonly title?: string;
  readonly id?: string;
  /** `8-11`. */
  readonly ages?: string;
  readonly setting?: string;
  readonly years?: string;
  /** The --locale given, if any: the manual's language, and the questions'. */
  readonly locale?: Locale;
  /** Ask nothing: every answer not given by a flag takes its default. */
  readonly yes?: boolean;
  /** The file to write (relative to the working folder); `<id>.cps.yaml` by default. */
  readonly output?: string;
  /** Overwrite the file if it exists. */
  readonly force?: boolean;
}

/** Longest programme the schema accepts, in years. */
const MAX_YEARS = 22;

const TEXT = {
  title: { en: 'Title of the programme', fr: 'Titre du programme' },
  id: { en: 'Identifier (letters, digits, "-", "_" and ".")', fr: 'Identifiant (lettres, chiffres, « - », « _ » et « . »)' },
  ages: { en: `Ages of the children or young people, ${AGE_RANGE.min} to ${AGE_RANGE.max} (youngest-oldest)`, fr: `Âges des enfants ou des jeunes, de ${AGE_RANGE.min} à ${AGE_RANGE.max} ans (du plus jeune au plus âgé)` },
  settings: { en: 'Settings:', fr: 'Milieux de vie :' },
  setting: { en: 'Setting (number or id)', fr: 'Milieu de vie (numéro ou identifiant)' },
  years: { en: 'Number of years a cohort follows the programme', fr: 'Nombre d’années pendant lesquelles une même cohorte suit le programme' },
  locale: { en: 'Language of the manual (fr or en)', fr: 'Langue du manuel (fr ou en)' },
  defaultTitle: { en: 'My CPS programme', fr: 'Mon programme CPS' },
  defaultId: { en: 'my-cps-programme', fr: 'mon-programme-cps' },
  'bad-title': { en: 'cps: the title cannot be empty.', fr: 'cps : le titre ne peut pas être vide.' },
  'bad-id': {
    en: 'cps: "{value}" is not a valid identifier: use letters, digits, "-", "_" and ".", starting with a letter or a digit (for instance emotions-au-quotidien).',
    fr: 'cps : « {value} » n’est pas un identifiant valide : utilisez des lettres, des chiffres, « - », « _ » et « . », en commençant par une lettre ou un chiffre (par exemple emotions-au-quotidien).',
  },
  'bad-ages': {
    en: `cps: "{value}" is not an age range: write the youngest and the oldest age, from ${AGE_RANGE.min} to ${AGE_RANGE.max}, for instance 8-11.`,
    fr: `cps : « {value} » n’est pas une tranche d’âges : écrivez l’âge le plus jeune et le plus âgé, de ${AGE_RANGE.min} à ${AGE_RANGE.max} ans, par exemple 8-11.`,
  },
  'ages-outside': {
    en: `cps: the ages "{value}" go beyond those of the national strategy, ${AGE_RANGE.min} to ${AGE_RANGE.max}.`,
    fr: `cps : les âges « {value} » sortent de ceux de la stratégie nationale, de ${AGE_RANGE.min} à ${AGE_RANGE.max} ans.`,
  },
  'ages-order': {
    en: 'cps: in "{value}", the youngest age comes first, for instance 8-11.',
    fr: 'cps : dans « {value} », l’âge le plus jeune vient en premier, par exemple 8-11.',
  },
  'bad-setting': {
    en: 'cps: unknown setting "{value}"{suggestion}; the settings are: {settings}.',
    fr: 'cps : milieu de vie inconnu « {value} »{suggestion} ; les milieux sont : {settings}.',
  },
  'setting-suggestion': { en: ' (did you mean {suggestion}?)', fr: ' (vouliez-vous dire {suggestion} ?)' },
  'bad-years': {
    en: `cps: "{value}" is not a number of years: write a whole number from 1 to ${MAX_YEARS}.`,
    fr: `cps : « {value} » n’est pas un nombre d’années : écrivez un nombre entier de 1 à ${MAX_YEARS}.`,
  },
  'bad-locale': { en: 'cps: unknown language "{value}"; use fr or en.', fr: 'cps : langue inconnue « {value} » ; utilisez fr ou en.' },
  exists: {
    en: 'cps: "{file}" already exists; choose another identifier or --output, or overwrite it with --force.',
    fr: 'cps : « {file} » existe déjà ; choisissez un autre identifiant ou --output, ou écrasez-le avec --force.',
  },
  'no-answer': {
    en: 'cps: the answers ended before a valid one was given; nothing was written.',
    fr: 'cps : les réponses se sont arrêtées avant qu’une réponse valide soit donnée ; rien n’a été écrit.',
  },
  'write-failed': { en: 'cps: the manual cannot be written to "{file}" ({reason}).', fr: 'cps : le manuel ne peut pas être écrit dans « {file} » ({reason}).' },
  written: {
    en: '✔ Starter manual written to {file}.\nNext: replace what is marked EXAMPLE, fill in what is marked TO COMPLETE, then run: cps check {file}\n',
    fr: '✔ Manuel de départ écrit dans {file}.\nEnsuite : remplacez ce qui est marqué EXEMPLE, complétez ce qui est marqué À COMPLÉTER, puis lancez : cps check {file}\n',
  },
} satisfies Record<string, Localized>;

/** A wrong answer: the message that says why, and its arguments. */
export type Problem = { readonly id: keyof typeof TEXT; readonly args?: MessageArgs };
/** An answer checked: its value, or the problem with it. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(id: keyof typeof TEXT, args?: MessageArgs): Checked<T> => ({ ok: false, problem: { id, ...(args ? { args } : {}) } });

/** Collapses the title to one line: it also goes into a comment. */
function cleanTitle(raw: string): string {
  return raw.replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** A title: any text, on one line. */
export function checkTitle(raw: string): Checked<string> {
  const title = cleanTitle(raw);
  return title === '' ? fail('bad-title') : ok(title);
}

/** An identifier, as the schema's ID_PATTERN allows it. */
export function checkId(raw: string): Checked<string> {
  const id = raw.trim();
  return new RegExp(ID_PATTERN).test(id) ? ok(id) : fail('bad-id', { value: id });
}

/** `8-11`, `8 - 11`, `8–11`, `8 11`, `8 à 11`, `8 to 11`; a single age means a range of one. */
export function checkAges(raw: string): Checked<{ min: number; max: number }> {
  const value = raw.trim();
  const match = /^(\d{1,3})(?:\s*(?:-|–|—|à|a|to|,|\/)\s*|\s+)(\d{1,3})$/i.exec(value) ?? /^(\d{1,3})()$/.exec(value);
  if (!match) return fail('bad-ages', { value });
  const min = Number(match[1]);
  const max = match[2] === '' ? min : Number(match[2]);
  if (min < AGE_RANGE.min || max > AGE_RANGE.max || max < AGE_RANGE.min || min > AGE_RANGE.max) return fail('ages-outside', { value });
  if (min > max) return fail('ages-order', { value });
  return ok({ min, max });
}

/** A setting id, or its number in the list shown. */
export function checkSetting(raw: string, locale: Locale): Checked<SettingId> {
  const value = raw.trim();
  if (/^\d+$/.test(value)) {
    const byNumber = SETTING_IDS[Number(value) - 1];
    if (byNumber) return ok(byNumber);
  }
  const id = value.toLowerCase();
  if ((SETTING_IDS as readonly string[]).includes(id)) return ok(id as SettingId);
  const suggestion = nearest(id, SETTING_IDS);
  return fail('bad-setting', {
    value,
    suggestion: suggestion ? localize(TEXT['setting-suggestion'], locale, { suggestion }) : '',
    settings: SETTING_IDS.join(', '),
  });
}

/** A number of years, 1 to 22 as the schema allows. */
export function checkYears(raw: string): Checked<number> {
  const value = raw.trim();
  const years = Number(value);
  return /^\d+$/.test(value) && years >= 1 && years <= MAX_YEARS ? ok(years) : fail('bad-years', { value });
}

/** The manual's language: fr or en (fr_FR and the like are read too). */
export function checkLocale(raw: string): Checked<Locale> {
  const value = raw.trim();
  const locale = parseLocale(value);
  return locale ? ok(locale) : fail('bad-locale', { value });
}

/** An identifier made from a title: `Les émotions au quotidien` gives `les-emotions-au-quotidien`. */
export function idFromTitle(title: string): string | undefined {
  const id = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}

/** Reads the answers one line at a time; lines that arrive before they are asked for wait their turn. */
class Prompter {
  private readonly reader: Interface;
  private readonly lines: AsyncIterator<string>;
  /** Piped answers are not echoed by a terminal: they are shown, so that the transcript reads well. */
  private readonly echo: boolean;
  private ended = false;

  constructor(
    input: NonNullable<CliIo['stdin']>,
    private readonly io: CliIo,
    private readonly locale: Locale,
  ) {
    this.reader = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.lines = this.reader[Symbol.asyncIterator]();
    this.echo = !input.isTTY;
  }

  /** The line answered, or `undefined` once the input has ended. */
  async ask(question: string, fallback: string): Promise<string | undefined> {
    this.io.stdout.write(`${question} [${fallback}]${this.locale === 'fr' ? ' :' : ':'} `);
    const next = this.ended ? undefined : await this.lines.next();
    if (next === undefined || next.done) {
      this.ended = true;
      if (this.echo) this.io.stdout.write('\n');
      return undefined;
    }
    if (this.echo) this.io.stdout.write(`${next.value}\n`);
    return next.value;
  }

  close(): void {
    this.reader.close();
  }
}

/** `cps init`: asks for what the flags did not give (unless --yes), then writes a commented starter manual. */
export async function runInit(options: InitOptions, io: CliIo): Promise<ExitCode> {
  const ui = options.locale ?? resolveLocale(undefined, io.env);
  const say = (problem: Problem) => io.stderr.write(`${localize(TEXT[problem.id], ui, problem.args)}\n`);

  // Flags are checked before anything is asked: a wrong flag is a usage error, never a question.
  const flagChecks: readonly [string | undefined, (raw: string) => Checked<unknown>][] = [
    [options.title, checkTitle],
    [options.id, checkId],
    [options.ages, checkAges],
    [options.setting, (raw) => checkSetting(raw, ui)],
    [options.years, checkYears],
  ];
  for (const [raw, check] of flagChecks) {
    const checked = raw === undefined ? undefined : check(raw);
    if (checked && !checked.ok) {
      say(checked.problem);
      return EXIT.usage;
    }
  }
  const explicitOutput = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
  if (explicitOutput && !options.force && (await exists(explicitOutput))) {
    say({ id: 'exists', args: { file: options.output! } });
    return EXIT.usage;
  }

  const missing = flagChecks.some(([raw]) => raw === undefined) || options.locale === undefined;
  const prompter = !options.yes && missing && io.stdin ? new Prompter(io.stdin, io, ui) : undefined;
  try {
    /**
     * The flag's value; else the answer to the question, asked again until it is valid; else
     * (--yes, no input, or the input has ended) the default. Undefined when there is no valid one.
     */
    const answer = async <T>(flag: string | undefined, question: Localized, fallback: string, check: (raw: string) => Checked<T> | Promise<Checked<T>>): Promise<T | undefined> => {
      if (flag !== undefined || !prompter) {
        const checked = await check(flag ?? fallback);
        if (!checked.ok) say(checked.problem);
        return checked.ok ? checked.value : undefined;
      }
      let rejected = false;
      for (;;) {
        const line = await prompter.ask(localize(question, ui), fallback);
        if (line === undefined && rejected) {
          say({ id: 'no-answer' });
          return undefined;
        }
        const checked = await check(line === undefined || line.trim() === '' ? fallback : line);
        if (checked.ok) return checked.value;
        say(checked.problem);
        if (line === undefined) return undefined;
        rejected = true;
      }
    };

    const title = await answer(options.title, TEXT.title, localize(TEXT.defaultTitle, ui), checkTitle);
    if (title === undefined) return EXIT.usage;
    // The file is named after the id unless --output says otherwise: an id whose file exists is asked again.
    const checkFreeId = async (raw: string): Promise<Checked<string>> => {
      const checked = checkId(raw);
      if (!checked.ok || explicitOutput || options.force) return checked;
      const file = `${checked.value}.cps.yaml`;
      return (await exists(path.resolve(io.cwd, file))) ? fail('exists', { file }) : checked;
    };
    const id = await answer(options.id, TEXT.id, idFromTitle(title) ?? localize(TEXT.defaultId, ui), checkFreeId);
    if (id === undefined) return EXIT.usage;
    const ages = await answer(options.ages, TEXT.ages, '8-11', checkAges);
    if (ages === undefined) return EXIT.usage;
    if (options.setting === undefined && prompter) io.stdout.write(settingsList(ui));
    const setting = await answer(options.setting, TEXT.setting, 'primary-school', (raw) => checkSetting(raw, ui));
    if (setting === undefined) return EXIT.usage;
    const years = await answer(options.years, TEXT.years, '3', checkYears);
    if (years === undefined) return EXIT.usage;
    const locale = await answer(options.locale, TEXT.locale, ui, checkLocale);
    if (locale === undefined) return EXIT.usage;

    const shown = options.output ?? `${id}.cps.yaml`;
    const target = explicitOutput ?? path.resolve(io.cwd, shown);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, starterManual({ title, id, ages, setting, years, locale }, path.basename(shown)), { flag: options.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      say(code === 'EEXIST' ? { id: 'exists', args: { file: shown } } : { id: 'write-failed', args: { file: shown, reason: describeReason(code, ui) } });
      return EXIT.usage;
    }
    io.stdout.write(localize(TEXT.written, ui, { file: shown }));
    return EXIT.ok;
  } finally {
    prompter?.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** The settings, numbered, with their label, for the question. */
function settingsList(locale: Locale): string {
  const width = String(SETTING_IDS.length).length;
  const idWidth = Math.max(...SETTING_IDS.map((id) => id.length));
  const rows = SETTING_IDS.map((id, i) => `  ${String(i + 1).padStart(width)}. ${id.padEnd(idWidth)}  ${SETTINGS[id].label[locale]}`);
  return `${localize(TEXT.settings, locale)}\n${rows.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The starter manual.

/** A text as YAML: plain when it cannot be read as anything but that text, else double-quoted. */
function yamlText(text: string): string {
  const plain = /^\p{L}[\p{L}\p{N} '’.,()!?-]*$/u.test(text) && !/^(true|false|null)$/i.test(text) && !text.endsWith(' ');
  return plain ? text : JSON.stringify(text);
}

/** An identifier as YAML: plain when YAML reads it as text (`123` or `true` would not be). */
function yamlId(id: string): string {
  return /^[A-Za-z][A-Za-z0-9._-]*$/.test(id) && !/^(true|false|null)$/i.test(id) ? id : JSON.stringify(id);
}

/** Words of a list wrapped into comment lines of at most `width` characters. */
function commentList(items: readonly string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = `${indent}#  `;
  for (const [i, item] of items.entries()) {
    const word = `${item}${i < items.length - 1 ? ',' : '.'}`;
    if (line.length + word.length + 1 > width && line.trim() !== '#') {
      lines.push(line.trimEnd());
      line = `${indent}#  `;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

/**
 * The starter manual: every section, each key explained in the manual's language with the SpF
 * criterion it serves, the answers in place, example activities and sessions to replace, and
 * placeholders to complete. It passes the schema. `file` is the name shown in its header.
 */
export function starterManual(answers: InitAnswers, file = `${answers.id}.cps.yaml`): string {
  const fr = answers.locale === 'fr';
  const sector = SETTINGS[answers.setting].sector;
  const settingIds = commentList(SETTING_IDS, '  ');
  const { title, id, ages, setting, years } = answers;
  const t = yamlText(title);
  const lines = fr
    ? [
        `# Manuel d'implantation CPS : ${title}`,
        '#',
        "# Écrit par « cps init » : un squelette à compléter, section par section. Chaque section sert un",
        '# critère de qualité des interventions CPS de Santé publique France (SpF), cité en commentaire',
        '# (1.1, 2.2.1…). Les clés sont en anglais et ne changent pas ; ce que vous écrivez dedans est',
        '# dans votre langue.',
        '#',
        '# À faire :',
        '#   - remplacez tout ce qui est marqué EXEMPLE (activités, séances, valeurs proposées) ;',
        '#   - complétez tout ce qui est marqué À COMPLÉTER ;',
        '#   - remplacez chaque « true » par une phrase qui dit comment c’est fait : « true » déclare',
        '#     un critère sans le montrer ;',
        `#   - vérifiez le manuel : cps check ${file}   (cps explain <règle> explique chaque constat).`,
        '',
        'version: 1 # version du format de manuel de cpskit',
        '',
        "# Le programme : qui il sert, où, combien de temps, et sur quelles preuves il s'appuie.",
        'program:',
        '  # Identifiant stable : lettres, chiffres, « - », « _ » et « . ».',
        `  id: ${yamlId(id)}`,
        `  title: ${t}`,
        '  summary: "À COMPLÉTER : en deux ou trois phrases, ce que fait le programme et pour qui."',
        `  # Âges des enfants ou des jeunes, de ${AGE_RANGE.min} à ${AGE_RANGE.max} ans comme la stratégie nationale ; commencer`,
        '  # tôt, dès la petite enfance, fait partie de l’intensité (1.2.4).',
        `  ages: { min: ${ages.min}, max: ${ages.max} }`,
        '  # Secteurs de la stratégie nationale :',
        ...commentList(['health', 'national-education', 'agricultural-education', 'higher-education', 'youth-and-community', 'vocational-training', 'youth-justice', 'child-protection', 'sport', 'culture'], '  '),
        `  sectors: [${sector}]`,
        '  # Milieux de vie où se déroulent les activités :',
        ...settingIds,
        `  settings: [${setting}]`,
        "  # Pendant combien d'années une même cohorte suit le programme : plusieurs années (1.2.4).",
        `  duration: { years: ${years} }`,
        '  evidence:',
        "    # evidence-based-program : mise en œuvre d'un programme CPS probant ;",
        '    # evidence-informed : intervention construite sur les données probantes et les critères de qualité.',
        '    kind: evidence-informed',
        "    # Les publications et évaluations sur lesquelles le programme s'appuie.",
        '    references:',
        '      - "À COMPLÉTER : auteurs, titre, année"',
        '  # Facultatif : qui a conçu le programme, et où le trouver.',
        '  # authors: ["…"]',
        '  # website: https://…',
        '',
        '# 1.1 Les professionnels-intervenants CPS maîtrisent les CPS et les mettent en œuvre.',
        'facilitators:',
        '  # Qui anime les activités : enseignants, animateurs, éducateurs, infirmiers…',
        '  profiles:',
        '    - "EXEMPLE : les enseignants de la classe"',
        '  # 1.1.1 Comment les intervenants acquièrent de bonnes connaissances scientifiques et',
        '  # expérientielles sur les CPS. Remplacez true par une phrase qui dit comment.',
        '  cps_knowledge: true',
        '  # 1.1.2 Comment les intervenants travaillent et renforcent leurs propres CPS.',
        '  own_cps_work: true',
        '',
        '# 2.1 Une formation de qualité est proposée aux professionnels-intervenants CPS.',
        'training:',
        '  # Niveau du parcours de formation CPS : 1 acquérir les bases ; 2 savoir animer des séances',
        '  # ou coordonner des projets CPS ; 3 devenir formateur régional.',
        '  level: 2 # EXEMPLE',
        '  hours: 12 # EXEMPLE : durée de la formation, en heures',
        '  # Ce que la formation couvre : cps-knowledge (2.1.1 connaissances sur les CPS), own-cps',
        '  # (2.1.2 ses propres CPS), structured-activities (2.1.3 activités structurées), materials',
        '  # (2.1.4 supports), informal-practices (2.1.5 pratiques informelles), pedagogy (2.1.6',
        '  # pédagogie active, positive, expérientielle). Ne gardez que ce que la formation couvre.',
        '  covers: [cps-knowledge, own-cps, structured-activities] # EXEMPLE',
        '  provider: "À COMPLÉTER : qui assure la formation"',
        '',
        '# 2.2 Un accompagnement est proposé aux professionnels-intervenants CPS.',
        'support:',
        '  # 2.2.1 Suivi collectif : supervision, practice-analysis (analyse de pratiques), peer-exchange',
        '  # (échanges entre pairs) ou team-meeting (réunion d’équipe). Fréquence : weekly, fortnightly,',
        '  # monthly, termly (chaque trimestre), yearly ou on-request (à la demande).',
        '  collective:',
        '    format: practice-analysis # EXEMPLE',
        '    frequency: termly # EXEMPLE',
        '    description: "À COMPLÉTER : qui l’anime, pour qui, comment"',
        '  # 2.2.2 Suivi individuel : interview (entretien), remote-interview (entretien à distance),',
        '  # observation ou coaching.',
        '  individual:',
        '    format: interview # EXEMPLE',
        '    frequency: on-request # EXEMPLE',
        '    description: "À COMPLÉTER : qui le propose, comment le demander"',
        '',
        '# 2.3 Le projet CPS est porté collectivement. Ce manuel est le manuel d’implantation (2.3.2).',
        'governance:',
        '  # 2.3.1 L’« équipe projet CPS » : qui coordonne et porte le projet.',
        '  project_team:',
        '    - "À COMPLÉTER : fonction et structure de chaque membre"',
        '  advocacy:',
        '    # 2.3.3 L’équipe de plaidoyer : qui fait connaître et défend le projet auprès des décideurs.',
        '    team:',
        '      - "À COMPLÉTER : fonction et structure de chaque membre"',
        "    # 2.3.4 Les supports de plaidoyer et d'information.",
        '    materials:',
        '      - "À COMPLÉTER : plaquette, présentation, lettre aux familles…"',
        '  # 2.3.5 Les parties prenantes associées : cps-professionals, professionals, decision-makers,',
        '  # parents, children, young-people, partners.',
        '  stakeholders: [professionals, parents, children] # EXEMPLE',
        '',
        '# 1.2.5 Les activités s’appuient sur des supports CPS : un guide pour les intervenants, un',
        '# livret pour les participants.',
        'materials:',
        '  facilitator_guide: "À COMPLÉTER : titre ou lien du guide d’intervention"',
        '  participant_booklet: "À COMPLÉTER : titre ou lien du livret des participants"',
        '  # Facultatif : les autres supports (jeux, affiches, vidéos…).',
        '  # other: ["…"]',
        '',
        '# 1.2 et 1.3 Les activités : des ateliers structurés (1.2.1), des rituels (1.3.1) et des pratiques',
        '# informelles dans les activités ordinaires (1.3.2). Chacune dit les compétences qu’elle travaille',
        '# (1.2.3), avec les codes de la classification de SpF : cognitives C1 (C1.1 à C1.6) et C2 (C2.1 à',
        '# C2.4), émotionnelles E1 (E1.1, E1.2) et E2 (E2.1, E2.2a, E2.2b, E2.3), sociales S1 (S1.1 à S1.3)',
        '# et S2 (S2.1, S2.2). Le programme couvre l’ensemble des principales CPS (1.2.2), celles de la',
        '# phase 1 (C1, E1, S1) avant celles de la phase 2 (C2, E2, S2).',
        '# Les activités ci-dessous sont des EXEMPLES : remplacez-les par les vôtres.',
        'activities:',
        '  - id: exemple-atelier-emotions',
        '    title: "EXEMPLE : la roue des émotions"',
        '    # workshop (atelier), ritual (rituel) ou informal (pratique informelle).',
        '    kind: workshop',
        '    competencies: [E1.1, E1.2]',
        '    # En minutes (45) ou 45min, 1h, 1h30 : des ateliers d’environ une heure (1.2.4).',
        '    duration: 45min',
        '    # 1.4 La pédagogie : active, positive, experiential (expérientielle).',
        '    pedagogy: [active, experiential]',
        '    objectives:',
        '      - "EXEMPLE : nommer cinq émotions et les reconnaître sur un visage"',
        '    description: "EXEMPLE : en petits groupes, les participants associent des images de visages aux émotions de la roue."',
        '  - id: exemple-atelier-colere',
        '    title: "EXEMPLE : que faire de sa colère ?"',
        '    kind: workshop',
        '    competencies: [E2.1, E2.2b]',
        '    duration: 45min',
        '    pedagogy: [active, positive, experiential]',
        '  - id: exemple-rituel-meteo',
        '    title: "EXEMPLE : la météo intérieure"',
        '    kind: ritual',
        '    # Pour les rituels et les pratiques informelles : daily (chaque jour), several-a-week,',
        '    # weekly, fortnightly, monthly ou occasional.',
        '    frequency: daily',
        '    competencies: [E1.2]',
        '    duration: 10min',
        '    pedagogy: [active, positive]',
        '  - id: exemple-pratique-informelle',
        '    title: "EXEMPLE : mettre des mots sur une émotion au moment où elle survient"',
        '    kind: informal',
        '    frequency: daily',
        '    competencies: [E1.2, E2.1]',
        '    pedagogy: [positive]',
        '',
        '# 1.2.1 et 1.2.4 Les séances, dans l’ordre, année par année : leurs activités et leur durée.',
        `# Séances d'EXEMPLE : remplacez-les, et prévoyez les séances de ${years > 1 ? `chacune des ${years} années` : 'l’année'}.`,
        'sessions:',
        '  - id: exemple-seance-1',
        '    year: 1',
        '    title: "EXEMPLE : reconnaître ses émotions"',
        '    activities: [exemple-rituel-meteo, exemple-atelier-emotions]',
        '    duration: 60 # en minutes',
        '  - id: exemple-seance-2',
        '    year: 1',
        '    title: "EXEMPLE : exprimer sa colère sans blesser"',
        '    activities: [exemple-rituel-meteo, exemple-atelier-colere]',
        '    duration: 60',
        '',
        '# 3 Un environnement éducatif favorable au développement des CPS. Pour chaque clé, remplacez',
        '# true par une phrase qui dit ce que fait la structure.',
        'environment:',
        '  # 3.1 L’environnement social.',
        '  social:',
        '    relationships: true # 3.1.1 les modalités relationnelles',
        '    conflict_management: true # 3.1.2 la gestion des conflits interpersonnels',
        "    assessment: true # 3.1.3 les modalités d'évaluation des enfants ou des jeunes",
        '    psychological_safety: true # 3.1.4 la sécurité psychologique',
        '  # 3.2 L’environnement physique.',
        '  physical:',
        '    safety: true # 3.2.1 la sécurité physique',
        '    physical_activity: true # 3.2.2 les activités physiques',
        '    spaces: true # 3.2.3 les aménagements des espaces',
        '    time: true # 3.2.4 les aménagements du temps',
        '',
        '# Le suivi et l’évaluation du programme : ce qui est mesuré, et avec quoi.',
        'evaluation:',
        '  indicators:',
        '    - "À COMPLÉTER : par exemple, le nombre de séances menées chaque année"',
        '  tools:',
        '    - "À COMPLÉTER : questionnaires, grilles d’observation…"',
      ]
    : [
        `# CPS implementation manual: ${title}`,
        '#',
        '# Written by "cps init": a skeleton to complete, section by section. Each section serves a',
        '# quality criterion of Santé publique France (SpF) for CPS interventions, cited in a comment',
        '# (1.1, 2.2.1…). Keys are English and fixed; what you write in them is in your own language.',
        '#',
        '# To do:',
        '#   - replace everything marked EXAMPLE (activities, sessions, suggested values);',
        '#   - fill in everything marked TO COMPLETE;',
        '#   - replace each "true" with a sentence saying how it is done: "true" declares a criterion',
        '#     without showing it;',
        `#   - check the manual: cps check ${file}   (cps explain <rule> explains each finding).`,
        '',
        'version: 1 # version of the cpskit manual format',
        '',
        '# The programme: whom it serves, where, for how long, and what evidence it rests on.',
        'program:',
        '  # A stable identifier: letters, digits, "-", "_" and ".".',
        `  id: ${yamlId(id)}`,
        `  title: ${t}`,
        '  summary: "TO COMPLETE: in two or three sentences, what the programme does and for whom."',
        `  # Ages of the children or young people, ${AGE_RANGE.min} to ${AGE_RANGE.max} as in the national strategy; starting`,
        '  # early, in early childhood, is part of intensity (1.2.4).',
        `  ages: { min: ${ages.min}, max: ${ages.max} }`,
        '  # Sectors of the national strategy:',
        ...commentList(['health', 'national-education', 'agricultural-education', 'higher-education', 'youth-and-community', 'vocational-training', 'youth-justice', 'child-protection', 'sport', 'culture'], '  '),
        `  sectors: [${sector}]`,
        '  # Settings where the activities take place:',
        ...settingIds,
        `  settings: [${setting}]`,
        '  # How many years a cohort follows the programme: several years (1.2.4).',
        `  duration: { years: ${years} }`,
        '  evidence:',
        '    # evidence-based-program: implementing an evidence-based CPS programme;',
        '    # evidence-informed: an intervention built on evidence and the quality criteria.',
        '    kind: evidence-informed',
        '    # The publications and evaluations the programme rests on.',
        '    references:',
        '      - "TO COMPLETE: authors, title, year"',
        '  # Optional: who designed the programme, and where to find it.',
        '  # authors: ["…"]',
        '  # website: https://…',
        '',
        '# 1.1 CPS practitioners master the CPS and put them into practice.',
        'facilitators:',
        '  # Who runs the activities: teachers, youth workers, educators, nurses…',
        '  profiles:',
        '    - "EXAMPLE: the class teachers"',
        '  # 1.1.1 How facilitators gain good scientific and experiential knowledge of the CPS.',
        '  # Replace true with a sentence saying how.',
        '  cps_knowledge: true',
        '  # 1.1.2 How facilitators work on and strengthen their own CPS.',
        '  own_cps_work: true',
        '',
        '# 2.1 Quality training is offered to CPS practitioners.',
        'training:',
        '  # Level of the CPS training path: 1 acquire the basics; 2 run CPS sessions or coordinate',
        '  # CPS projects; 3 become a regional trainer.',
        '  level: 2 # EXAMPLE',
        '  hours: 12 # EXAMPLE: length of the training, in hours',
        '  # What the training covers: cps-knowledge (2.1.1 knowledge of the CPS), own-cps (2.1.2 one’s',
        '  # own CPS), structured-activities (2.1.3 structured activities), materials (2.1.4 materials),',
        '  # informal-practices (2.1.5 informal practices), pedagogy (2.1.6 active, positive,',
        '  # experiential pedagogy). Keep only what the training really covers.',
        '  covers: [cps-knowledge, own-cps, structured-activities] # EXAMPLE',
        '  provider: "TO COMPLETE: who runs the training"',
        '',
        '# 2.2 Ongoing support is offered to CPS practitioners.',
        'support:',
        '  # 2.2.1 Collective follow-up: supervision, practice-analysis, peer-exchange or team-meeting.',
        '  # Frequency: weekly, fortnightly, monthly, termly, yearly or on-request.',
        '  collective:',
        '    format: practice-analysis # EXAMPLE',
        '    frequency: termly # EXAMPLE',
        '    description: "TO COMPLETE: who leads it, for whom, how"',
        '  # 2.2.2 Individual follow-up: interview, remote-interview, observation or coaching.',
        '  individual:',
        '    format: interview # EXAMPLE',
        '    frequency: on-request # EXAMPLE',
        '    description: "TO COMPLETE: who offers it, how to ask for it"',
        '',
        '# 2.3 The CPS project is carried collectively. This file is its implementation manual (2.3.2).',
        'governance:',
        '  # 2.3.1 The "CPS project team": who coordinates and carries the project.',
        '  project_team:',
        '    - "TO COMPLETE: role and organisation of each member"',
        '  advocacy:',
        '    # 2.3.3 The advocacy team: who makes the project known and argues for it with decision-makers.',
        '    team:',
        '      - "TO COMPLETE: role and organisation of each member"',
        '    # 2.3.4 Advocacy and information materials.',
        '    materials:',
        '      - "TO COMPLETE: leaflet, presentation, letter to families…"',
        '  # 2.3.5 The stakeholders involved: cps-professionals, professionals, decision-makers, parents,',
        '  # children, young-people, partners.',
        '  stakeholders: [professionals, parents, children] # EXAMPLE',
        '',
        '# 1.2.5 The activities rest on CPS materials: a guide for the facilitators, a booklet for the',
        '# participants.',
        'materials:',
        '  facilitator_guide: "TO COMPLETE: title or link of the facilitator guide"',
        '  participant_booklet: "TO COMPLETE: title or link of the participant booklet"',
        '  # Optional: other materials (games, posters, videos…).',
        '  # other: ["…"]',
        '',
        '# 1.2 and 1.3 The activities: structured workshops (1.2.1), rituals (1.3.1) and informal practices',
        '# within everyday activities (1.3.2). Each one names the competencies it works (1.2.3) with the',
        '# codes of SpF’s classification: cognitive C1 (C1.1 to C1.6) and C2 (C2.1 to C2.4), emotional E1',
        '# (E1.1, E1.2) and E2 (E2.1, E2.2a, E2.2b, E2.3), social S1 (S1.1 to S1.3) and S2 (S2.1, S2.2).',
        '# The programme covers all the main CPS (1.2.2), phase 1 (C1, E1, S1) before phase 2 (C2, E2, S2).',
        '# The activities below are EXAMPLES: replace them with your own.',
        'activities:',
        '  - id: example-emotions-workshop',
        '    title: "EXAMPLE: the wheel of emotions"',
        '    # workshop, ritual or informal (an informal practice).',
        '    kind: workshop',
        '    competencies: [E1.1, E1.2]',
        '    # Minutes (45) or 45min, 1h, 1h30: workshops of about one hour (1.2.4).',
        '    duration: 45min',
        '    # 1.4 The pedagogy: active, positive, experiential.',
        '    pedagogy: [active, experiential]',
        '    objectives:',
        '      - "EXAMPLE: name five emotions and recognise them on a face"',
        '    description: "EXAMPLE: in small groups, participants match pictures of faces with the emotions of the wheel."',
        '  - id: example-anger-workshop',
        '    title: "EXAMPLE: what to do with one’s anger?"',
        '    kind: workshop',
        '    competencies: [E2.1, E2.2b]',
        '    duration: 45min',
        '    pedagogy: [active, positive, experiential]',
        '  - id: example-weather-ritual',
        '    title: "EXAMPLE: the inner weather report"',
        '    kind: ritual',
        '    # For rituals and informal practices: daily, several-a-week, weekly, fortnightly, monthly',
        '    # or occasional.',
        '    frequency: daily',
        '    competencies: [E1.2]',
        '    duration: 10min',
        '    pedagogy: [active, positive]',
        '  - id: example-informal-practice',
        '    title: "EXAMPLE: putting words on an emotion when it arises"',
        '    kind: informal',
        '    frequency: daily',
        '    competencies: [E1.2, E2.1]',
        '    pedagogy: [positive]',
        '',
        '# 1.2.1 and 1.2.4 The sessions, in order, year by year: their activities and their length.',
        `# EXAMPLE sessions: replace them, and plan the sessions of ${years > 1 ? `each of the ${years} years` : 'the year'}.`,
        'sessions:',
        '  - id: example-session-1',
        '    year: 1',
        '    title: "EXAMPLE: recognising one’s emotions"',
        '    activities: [example-weather-ritual, example-emotions-workshop]',
        '    duration: 60 # minutes',
        '  - id: example-session-2',
        '    year: 1',
        '    title: "EXAMPLE: expressing anger without hurting"',
        '    activities: [example-weather-ritual, example-anger-workshop]',
        '    duration: 60',
        '',
        '# 3 An educational environment that fosters the development of CPS. For each key, replace',
        '# true with a sentence saying what the setting does.',
        'environment:',
        '  # 3.1 The social environment.',
        '  social:',
        '    relationships: true # 3.1.1 the way people relate',
        '    conflict_management: true # 3.1.2 the handling of interpersonal conflicts',
        '    assessment: true # 3.1.3 the ways the children or young people are assessed',
        '    psychological_safety: true # 3.1.4 psychological safety',
        '  # 3.2 The physical environment.',
        '  physical:',
        '    safety: true # 3.2.1 physical safety',
        '    physical_activity: true # 3.2.2 physical activity',
        '    spaces: true # 3.2.3 the layout of spaces',
        '    time: true # 3.2.4 the organisation of time',
        '',
        '# Monitoring and evaluating the programme: what is measured, and with what.',
        'evaluation:',
        '  indicators:',
        '    - "TO COMPLETE: for instance, the number of sessions run each year"',
        '  tools:',
        '    - "TO COMPLETE: questionnaires, observation grids…"',
      ];
  return `${lines.join('\n')}\n`;
}
