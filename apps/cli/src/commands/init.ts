import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Interface } from 'node:readline/promises';
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
  idFromTitle,
  MAX_PROGRAM_YEARS,
  readAges,
  readYears,
  starterManual,
  type StarterAnswers,
  displayed,
} from '@cpskit/core';
/** What a starter manual is made from (the answers to `cps init`). */
export type InitAnswers = StarterAnswers;
export { idFromTitle, starterManual };

import { describeReason } from '../check-file.js';
import { writeNamedFile } from '../replace-file.js';
import { EXIT, type CliIo, type ExitCode } from '../io.js';

/** `cps init`'s flags, as written on the command line: each is checked like an answer. */
export interface InitOptions {
  readonly title?: string;
  readonly id?: string;
  /** `8-11`. */
  readonly ages?: string;
  /** One setting, or several separated by commas (`school,out-of-school`); --setting may be repeated. */
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

const TEXT = {
  title: { en: 'Title of the programme', fr: 'Titre du programme' },
  id: { en: 'Identifier (letters, digits, "-", "_" and ".")', fr: 'Identifiant (lettres, chiffres, « - », « _ » et « . »)' },
  ages: {
    en: `Ages of the children or young people, ${AGE_RANGE.min} to ${AGE_RANGE.max} (youngest-oldest)`,
    fr: `Âges des enfants ou des jeunes, de ${AGE_RANGE.min} à ${AGE_RANGE.max} ans (du plus jeune au plus âgé)`,
  },
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
    en: `cps: "{value}" is not a number of years: write a whole number from 1 to ${MAX_PROGRAM_YEARS}.`,
    fr: `cps : « {value} » n’est pas un nombre d’années : écrivez un nombre entier de 1 à ${MAX_PROGRAM_YEARS}.`,
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
    en: '✔ Starter manual written to {file}.\nNext: replace each "TO COMPLETE: …" and write your activities and sessions (commented EXAMPLES show the shape), then run: cps check {file}\n',
    fr: '✔ Manuel de départ écrit dans {file}.\nEnsuite : remplacez chaque « À COMPLÉTER : … » et écrivez vos activités et vos séances (des EXEMPLES commentés montrent la forme), puis lancez : cps check {file}\n',
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
  return raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
  const ages = readAges(value);
  if (ages === 'not-ages') return fail('bad-ages', { value });
  if (ages === 'outside') return fail('ages-outside', { value });
  if (ages === 'order') return fail('ages-order', { value });
  return ok(ages);
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

/** One setting or several, separated by commas or spaces (`primary-school, out-of-school`), each once. */
export function checkSettings(raw: string, locale: Locale): Checked<SettingId[]> {
  const settings: SettingId[] = [];
  for (const part of raw.split(/[,;\s]+/).filter((word) => word !== '')) {
    const checked = checkSetting(part, locale);
    if (!checked.ok) return checked;
    if (!settings.includes(checked.value)) settings.push(checked.value);
  }
  if (settings.length > 0) return ok(settings);
  const checked = checkSetting(raw, locale);
  return checked.ok ? ok([checked.value]) : checked;
}

/** A number of years, 1 to 22 as the schema allows. */
export function checkYears(raw: string): Checked<number> {
  const value = raw.trim();
  const years = readYears(value);
  return years === undefined ? fail('bad-years', { value }) : ok(years);
}

/** The manual's language: fr or en (fr_FR and the like are read too). */
export function checkLocale(raw: string): Checked<Locale> {
  const value = raw.trim();
  const locale = parseLocale(value);
  return locale ? ok(locale) : fail('bad-locale', { value });
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
    // Required here, not imported at the top: every other command starts faster without readline.
    const { createInterface } = createRequire(import.meta.url)('node:readline/promises') as typeof import('node:readline/promises');
    this.reader = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.lines = this.reader[Symbol.asyncIterator]();
    this.echo = !input.isTTY;
  }

  /** The line answered, or `undefined` once the input has ended. */
  async ask(question: string, fallback: string): Promise<string | undefined> {
    this.io.stdout.write(`${question} [${fallback}]${this.locale === 'fr' ? '\u00a0:' : ':'} `);
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
    [options.setting, (raw) => checkSettings(raw, ui)],
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
    const settings = await answer(options.setting, TEXT.setting, 'primary-school', (raw) => checkSettings(raw, ui));
    if (settings === undefined) return EXIT.usage;
    const years = await answer(options.years, TEXT.years, '3', checkYears);
    if (years === undefined) return EXIT.usage;
    const locale = await answer(options.locale, TEXT.locale, ui, checkLocale);
    if (locale === undefined) return EXIT.usage;

    const shown = options.output ?? `${id}.cps.yaml`;
    const target = explicitOutput ?? path.resolve(io.cwd, shown);
    try {
      const text = starterManual({ title, id, ages, setting: settings[0]!, settings, years, locale }, path.basename(shown));
      // With --force, the file is replaced, never written through a symbolic link at its name.
      if (options.force) await writeNamedFile(target, text, io.cwd);
      else {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, text, { flag: 'wx' });
      }
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
  const idWidth = SETTING_IDS.reduce((widest, id) => Math.max(widest, id.length), 0);
  const rows = SETTING_IDS.map((id, i) => `  ${String(i + 1).padStart(width)}. ${id.padEnd(idWidth)}  ${displayed(SETTINGS[id].label, locale)}`);
  return `${localize(TEXT.settings, locale)}\n${rows.join('\n')}\n`;
}
