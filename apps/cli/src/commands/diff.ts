import path from 'node:path';
import { parseArgs } from 'node:util';
import { REFERENCE_VERSION, frenchTypography, localize, message, resolveLocale, type Locale, type Localized, type MessageArgs } from '@cpskit/core';
import { readRegularFile } from '@cpskit/language-server/node';
import { checkJob, describeReason } from '../check-file.js';
import { compareJudgements } from '../diff/compare.js';
import { jsonDiff } from '../diff/format-json.js';
import { markdownDiff } from '../diff/format-markdown.js';
import { stylishDiff } from '../diff/format-stylish.js';
import { readAtRevision, type RevisionRead } from '../diff/git-revision.js';
import { sideName, type DiffFormatter, type DiffSide } from '../diff/report.js';
import { DIFF_ERRORS } from '../diff/words.js';
import { ANSI, PLAIN } from '../format/types.js';
import { VERSION } from '../version.js';
import { EXIT, type CliIo, type ExitCode } from '../io.js';
import { writeNamedFile } from '../replace-file.js';
import { shownPath } from '../safe-output.js';
import { displayPath, runContext } from './manuals.js';
import { askedLocale } from './locale-option.js';

const DIFF_FORMATS: Readonly<Record<string, DiffFormatter>> = { stylish: stylishDiff, markdown: markdownDiff, json: jsonDiff };

/** `cps diff`'s own options: a diff has no --fail-on, --fix or --summary, and says so. */
const OPTIONS = {
  since: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  locale: { type: 'string' },
  config: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

const HELP: Readonly<Localized> = {
  en: `cps diff — what changed in the judgement between two versions of a manual

Usage:
  cps diff <old> <new>            compare two files
  cps diff <manual> --since REV   compare the manual with itself at a git revision (HEAD~3, main, a tag)

It lists the modalities whose status changed (with SpF's wording), the findings fixed and the new
ones (each at its place in its own version: findings are matched by rule, message and what the
message says, not by line), the score and the three general criteria before and after (said
provisional for a version with errors), the general competencies worked, the sessions and the
time a year (sessions and practices outside sessions apart).

Both versions are checked with the configuration that applies to the new file's folder (or
--config), so that a change of configuration does not show as a change of the manual.

Options:
  --since REV              read the old version with git from the repository that holds the manual
  -f, --format NAME        stylish (default), markdown (for a pull-request comment) or json
  -o, --output-file FILE   write the output to FILE instead of the standard output
  --config FILE            use this configuration for both versions
  --locale fr|en           language of the output (default: the configuration's, else LC_ALL,
                           LC_MESSAGES, LANG, else English)
  --color, --no-color      force or turn off colours (default: on when writing to a terminal)
  -h, --help               show this help

Exit codes: 0 the diff was made (whatever it shows), 2 it could not be made (bad arguments, a
manual that cannot be read, git missing, an unknown revision, a file absent at that revision).
`,
  fr: `cps diff — ce qui a changé dans le jugement entre deux versions d’un manuel

Usage\u00a0:
  cps diff <ancien> <nouveau>     compare deux fichiers
  cps diff <manuel> --since RÉV   compare le manuel avec lui-même à une révision git (HEAD~3, main,
                                  une étiquette)

Il liste les modalités dont le statut a changé (avec le libellé de SpF), les constats corrigés et
les nouveaux (chacun à sa place dans sa version\u00a0: les constats sont appariés par règle, message
et contenu du message, pas par ligne), le score et les trois critères généraux avant et après
(dits provisoires pour une version qui a des erreurs), les compétences générales travaillées, les
séances et le temps par année (séances et pratiques hors séances à part).

Les deux versions sont vérifiées avec la configuration qui s’applique au dossier du nouveau
fichier (ou --config), pour qu’un changement de configuration ne passe pas pour un changement
du manuel.

Options\u00a0:
  --since RÉV              lit l’ancienne version avec git, dans le dépôt qui contient le manuel
  -f, --format NOM         stylish (par défaut), markdown (pour un commentaire de pull request)
                           ou json
  -o, --output-file FICHIER  écrit la sortie dans FICHIER au lieu de la sortie standard
  --config FICHIER         utilise cette configuration pour les deux versions
  --locale fr|en           langue de la sortie (par défaut\u00a0: celle de la configuration, sinon
                           LC_ALL, LC_MESSAGES, LANG, sinon anglais)
  --color, --no-color      force ou désactive les couleurs (par défaut\u00a0: actives dans un terminal)
  -h, --help               affiche cette aide

Codes de sortie\u00a0: 0 la comparaison a été faite (quoi qu’elle montre), 2 elle n’a pas pu l’être
(argument incorrect, manuel illisible, git absent, révision inconnue, fichier absent à cette
révision).
`,
};

/** The help of `cps diff`. */
export function diffHelpText(locale: Locale): string {
  return locale === 'fr' ? frenchTypography(HELP.fr) : HELP.en;
}

interface DiffOptions {
  readonly paths: readonly string[];
  readonly values: Partial<Record<OptionName, string | boolean>>;
}

/**
 * Reads `cps diff`'s arguments with its own options. Anything it does not know is an error
 * told in the person's language (not Node's English), with the option named.
 */
function parseDiffArgs(argv: readonly string[], say: (text: Localized, args?: MessageArgs) => void): DiffOptions | undefined {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<OptionName, string | boolean>> = {};
  const paths: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') paths.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) {
      say(DIFF_ERRORS.unknownOption, { option: token.rawName });
      return undefined;
    }
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) {
        say(DIFF_ERRORS.takesNoValue, { option: token.rawName });
        return undefined;
      }
      values[name] = true;
    } else {
      if (token.value === undefined || (token.value === '' && name !== 'since')) {
        say(DIFF_ERRORS.needsValue, { option: token.rawName });
        return undefined;
      }
      values[name] = token.value;
    }
  }
  return { paths, values };
}

/** Why the old version could not be read, in words. */
function readProblem(read: Exclude<RevisionRead, { ok: true }>, locale: Locale): { text: Localized; args: MessageArgs } {
  switch (read.problem) {
    case 'bad-revision':
      return { text: DIFF_ERRORS.revisionDash, args: {} };
    case 'not-in-repository':
      return { text: DIFF_ERRORS.notInRepository, args: {} };
    case 'outside-repository':
      return { text: DIFF_ERRORS.outsideRepository, args: {} };
    case 'unknown-revision':
      return { text: DIFF_ERRORS.unknownRevision, args: {} };
    case 'absent':
      return { text: DIFF_ERRORS.absentAtRevision, args: {} };
    case 'git-missing':
      return { text: DIFF_ERRORS.gitMissing, args: { reason: read.reason } };
    case 'git-failed':
      return { text: DIFF_ERRORS.gitFailed, args: { detail: read.detail } };
    case 'timeout':
      return { text: DIFF_ERRORS.gitFailed, args: { detail: localize(DIFF_ERRORS.gitTimeout, locale, { seconds: read.seconds }) } };
  }
}

/**
 * `cps diff`: reads two versions of a manual (two files, or a file and the same file at a git
 * revision), checks both with the configuration of the new file's folder, and writes what changed
 * in the judgement. Exit 0 when the diff was made, whatever it shows; 2 when it could not be.
 */
export async function runDiff(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let locale: Locale = resolveLocale(undefined, io.env);
  const say = (text: Localized, args: MessageArgs = {}) => io.stderr.write(`${localize(text, locale, args)}\n`);
  const explicit = askedLocale(argv);
  if (explicit) locale = explicit;

  const parsed = parseDiffArgs(argv, say);
  if (!parsed) return EXIT.usage;
  const { values, paths } = parsed;
  if (values.help) {
    io.stdout.write(diffHelpText(locale));
    return EXIT.ok;
  }
  if (typeof values.locale === 'string' && !explicit) {
    say(DIFF_ERRORS.badLocale, { locale: values.locale });
    return EXIT.usage;
  }
  const format = typeof values.format === 'string' ? values.format : 'stylish';
  const formatter = Object.hasOwn(DIFF_FORMATS, format) ? DIFF_FORMATS[format] : undefined;
  if (!formatter) {
    say(DIFF_ERRORS.badFormat, { format });
    return EXIT.usage;
  }
  const since = typeof values.since === 'string' ? values.since : undefined;
  if (paths.length !== (since === undefined ? 2 : 1)) {
    say(DIFF_ERRORS.usage);
    return EXIT.usage;
  }
  if (since !== undefined && (since === '' || since.startsWith('-'))) {
    say(since === '' ? DIFF_ERRORS.needsValue : DIFF_ERRORS.revisionDash, { option: '--since', revision: since });
    return EXIT.usage;
  }

  const newPath = paths[paths.length - 1]!;
  const newFile = path.resolve(io.cwd, newPath);
  const context = runContext(explicit, typeof values.config === 'string' ? values.config : undefined, io, [newPath]);
  locale = context.locale;

  const readFile = (file: string, shown: string): string | undefined => {
    const read = readRegularFile(file);
    if (read.ok) return read.bytes.toString('utf8');
    if (read.code === 'ENOENT') say(DIFF_ERRORS.missing, { path: shown });
    else say(DIFF_ERRORS.unreadable, { path: shown, reason: describeReason(read.code, locale) });
    return undefined;
  };
  const after: DiffSide = { path: displayPath(newFile, io.cwd) };
  const newText = readFile(newFile, after.path);
  if (newText === undefined) return EXIT.usage;

  let before: DiffSide;
  let oldText: string | undefined;
  if (since === undefined) {
    const oldFile = path.resolve(io.cwd, paths[0]!);
    before = { path: displayPath(oldFile, io.cwd) };
    oldText = readFile(oldFile, before.path);
  } else {
    before = { path: after.path, revision: since };
    const read = await readAtRevision(newFile, since, io.env);
    if (read.ok) oldText = read.text;
    else {
      const problem = readProblem(read, locale);
      say(problem.text, { path: after.path, revision: since, ...problem.args });
    }
  }
  if (oldText === undefined) return EXIT.usage;

  // Both versions with the configuration of the new one: what changes is the manual, not the rules.
  const { config, errors } = context.configs.configFor(path.dirname(newFile));
  if (errors.length > 0) {
    for (const error of errors)
      io.stderr.write(`${shownPath(displayPath(error.file, io.cwd))}:${error.range.start.line + 1}:${error.range.start.character + 1}: ${error.message}\n`);
    return EXIT.usage;
  }
  const settings = { locale, analysis: true };
  const rules = { preset: config.preset, rules: config.rules };
  const oldReport = checkJob({ file: newFile, displayPath: sideName(before), config: rules, text: oldText }, settings);
  const newReport = checkJob({ file: newFile, displayPath: after.path, config: rules, text: newText }, settings);
  for (const [report, side] of [
    [oldReport, before],
    [newReport, after],
  ] as const) {
    if (!report.analysis) {
      say(DIFF_ERRORS.internal, { path: sideName(side), detail: String(report.findings[0]?.args['detail'] ?? '') });
      return EXIT.usage;
    }
  }

  const toFile = typeof values['output-file'] === 'string' ? values['output-file'] : undefined;
  const colour = toFile === undefined && (values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']);
  const text = formatter(
    { before, after, diff: compareJudgements(oldReport.analysis!, newReport.analysis!) },
    { locale, colours: colour ? ANSI : PLAIN, version: VERSION, reference: REFERENCE_VERSION },
  );
  if (toFile === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeNamedFile(path.resolve(io.cwd, toFile), text, io.cwd);
  } catch (error) {
    io.stderr.write(`${message('cli.output-failed', locale, { format, file: toFile, reason: describeReason((error as NodeJS.ErrnoException).code ?? String(error), locale) })}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
