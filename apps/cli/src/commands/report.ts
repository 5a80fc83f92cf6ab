import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localize, message, resolveLocale, type Locale, type Localized, type MessageArgs } from '@cpskit/core';
import { checkJob, describeReason, type CheckJob } from '../check-file.js';
import { checkAll } from '../check-pool.js';
import { EXIT, type CliIo, type ExitCode } from '../io.js';
import { REPORT_FORMATS, renderManual, renderTerritory, type ReportFormat } from '../report/render.js';
import { REPORT_ERRORS } from '../report/words.js';
import { writeNamedFile } from '../replace-file.js';
import { shownPath } from '../safe-output.js';
import { displayPath, findManuals, runContext } from './manuals.js';
import { askedLocale } from './locale-option.js';

const OPTIONS = {
  aggregate: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  'output-file': { type: 'string' },
  format: { type: 'string', short: 'f' },
  locale: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

const WORKER_URL = new URL('./check-worker.js', import.meta.url);

const HELP: Readonly<Localized> = {
  en: `cps report — a report to print or share: one manual, or the territory of many

Usage:
  cps report <manual> --out rapport.html               one manual's report
  cps report <folders...> --aggregate --out territoire.html
                                                       who the manuals found serve, and the gaps

A manual's report is one self-contained HTML page (styles, fonts and charts inside it, nothing
loaded from the network) that prints on A4: the programme's summary, the score (provisional when
the manual has errors), the improvement points in priority order, each citing its criterion, the
criteria table with SpF's wording, each modality's status, evidence and findings, the coverage of
the six general competencies by phase and minutes a year, the intensity, and the SpF reference.

The territory (--aggregate) covers ages 3–25 × settings × the six general competencies, hours a
year by age band, the modalities most often missing and the gaps, named in words.

Options:
  --aggregate              the territory of every manual under the paths (as cps check finds them)
  -o, --out FILE           write to FILE (default: the standard output)
  -f, --format NAME        html (default), json, or csv (with --aggregate: one row per manual)
  --config FILE            use this configuration instead of the nearest cps.config.yaml
  --locale fr|en           language of the report (default: the configuration's, else LC_ALL,
                           LC_MESSAGES, LANG, else English)
  -h, --help               show this help

Exit codes: 0 the report was written (whatever it shows), 2 it could not be (bad arguments, a
path that does not exist, a file that cannot be read or written).
`,
  fr: `cps report — un rapport à imprimer ou à partager\u00a0: un manuel, ou le territoire de plusieurs

Usage\u00a0:
  cps report <manuel> --out rapport.html               le rapport d’un manuel
  cps report <dossiers...> --aggregate --out territoire.html
                                                       qui les manuels trouvés concernent, et les manques

Le rapport d’un manuel est une page HTML autonome (styles, polices et graphiques dedans, rien
n’est chargé du réseau) qui s’imprime en A4\u00a0: le résumé du programme, le score (provisoire si
le manuel a des erreurs), les points d’amélioration par ordre de priorité, chacun avec son
critère, le tableau des critères avec le libellé de SpF, le statut, la preuve et les constats de
chaque modalité, la couverture des six compétences générales par phase et en minutes par an,
l’intensité, et le référentiel de SpF.

Le territoire (--aggregate) croise les âges de 3 à 25 ans, les milieux de vie et les six
compétences générales, donne les heures par an par tranche d’âge, les modalités le plus souvent
manquantes et les manques, dits en toutes lettres.

Options\u00a0:
  --aggregate              le territoire de tous les manuels trouvés sous les chemins (comme cps check)
  -o, --out FICHIER        écrit dans FICHIER (par défaut\u00a0: la sortie standard)
  -f, --format NOM         html (par défaut), json, ou csv (avec --aggregate\u00a0: une ligne par manuel)
  --config FICHIER         utilise cette configuration au lieu du cps.config.yaml le plus proche
  --locale fr|en           langue du rapport (par défaut\u00a0: celle de la configuration, sinon
                           LC_ALL, LC_MESSAGES, LANG, sinon anglais)
  -h, --help               affiche cette aide

Codes de sortie\u00a0: 0 le rapport a été écrit (quoi qu’il montre), 2 il n’a pas pu l’être
(argument incorrect, chemin absent, fichier illisible ou impossible à écrire).
`,
};

/** The help of `cps report`. */
export function reportHelpText(locale: Locale): string {
  return HELP[locale];
}

function readArgs(
  argv: readonly string[],
  say: (text: Localized, args?: MessageArgs) => void,
): { paths: string[]; values: Partial<Record<OptionName, string | boolean>> } | undefined {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<OptionName, string | boolean>> = {};
  const paths: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') paths.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) {
      say(REPORT_ERRORS.unknownOption, { option: token.rawName });
      return undefined;
    }
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) {
        say(REPORT_ERRORS.takesNoValue, { option: token.rawName });
        return undefined;
      }
      values[name] = true;
    } else {
      if (token.value === undefined || token.value === '') {
        say(REPORT_ERRORS.needsValue, { option: token.rawName });
        return undefined;
      }
      values[name === 'output-file' ? 'out' : name] = token.value;
    }
  }
  return { paths, values };
}

/**
 * `cps report`: one manual's report, or with --aggregate the territory of the manuals under the
 * paths, in HTML (self-contained, printable), JSON or CSV. Every figure is the analysis `cps check`
 * computes. Exit 0 when written, 2 when it could not be.
 */
export async function runReport(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let locale: Locale = resolveLocale(undefined, io.env);
  const say = (text: Localized, args: MessageArgs = {}) => io.stderr.write(`${localize(text, locale, args)}\n`);
  const explicit = askedLocale(argv);
  if (explicit) locale = explicit;

  const parsed = readArgs(argv, say);
  if (!parsed) return EXIT.usage;
  const { values, paths } = parsed;
  if (values.help) {
    io.stdout.write(reportHelpText(locale));
    return EXIT.ok;
  }
  if (typeof values.locale === 'string' && !explicit) {
    say(REPORT_ERRORS.badLocale, { locale: values.locale });
    return EXIT.usage;
  }
  const format = typeof values.format === 'string' ? values.format : 'html';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    say(REPORT_ERRORS.badFormat, { format });
    return EXIT.usage;
  }
  const aggregate = values.aggregate === true;
  if (format === 'csv' && !aggregate) {
    say(REPORT_ERRORS.csvNeedsAggregate);
    return EXIT.usage;
  }
  if (!aggregate && paths.length !== 1) {
    say(REPORT_ERRORS.usage);
    return EXIT.usage;
  }
  const context = runContext(explicit, typeof values.config === 'string' ? values.config : undefined, io, paths);
  locale = context.locale;

  let text: string;
  if (aggregate) {
    const found = await findManuals(paths, context, io);
    if (!found) return EXIT.usage;
    const jobs: CheckJob[] = found.map((manual) => {
      const { config } = context.configs.configFor(path.dirname(manual.path));
      return { file: manual.path, readFrom: manual.real, displayPath: displayPath(manual.path, io.cwd), config: { preset: config.preset, rules: config.rules } };
    });
    const threads = Number(io.env['CPS_THREADS']) > 0 ? Number(io.env['CPS_THREADS']) : undefined;
    const reports = await checkAll(jobs, { locale, analysis: true }, WORKER_URL, threads);
    text = await renderTerritory(reports, format as ReportFormat, locale);
  } else {
    const file = path.resolve(io.cwd, paths[0]!);
    const shown = displayPath(file, io.cwd);
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (info.code === 'ENOENT') say(REPORT_ERRORS.missing, { path: shown });
      else say(REPORT_ERRORS.unreadable, { path: shown, reason: describeReason(info.code ?? String(info), locale) });
      return EXIT.usage;
    }
    if (!info.isFile()) {
      say(REPORT_ERRORS.notAFile, { path: shown });
      return EXIT.usage;
    }
    const { config } = context.configs.configFor(path.dirname(file));
    const report = checkJob({ file, displayPath: shown, config: { preset: config.preset, rules: config.rules } }, { locale, analysis: true });
    if (!report.analysis) {
      const finding = report.findings[0];
      if (finding?.ruleId === 'file-unreadable') say(REPORT_ERRORS.unreadable, { path: shown, reason: String(finding.args['reason'] ?? '') });
      else say(REPORT_ERRORS.internal, { path: shown, detail: String(finding?.message ?? '') });
      return EXIT.usage;
    }
    text = await renderManual(report, format as 'html' | 'json', locale);
  }

  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeNamedFile(path.resolve(io.cwd, out), text, io.cwd);
  } catch (error) {
    io.stderr.write(`${message('cli.output-failed', locale, { format, file: out, reason: describeReason((error as NodeJS.ErrnoException).code ?? String(error), locale) })}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`${localize(REPORT_ERRORS.written, locale, { path: shownPath(displayPath(path.resolve(io.cwd, out), io.cwd)) })}\n`);
  return EXIT.ok;
}
