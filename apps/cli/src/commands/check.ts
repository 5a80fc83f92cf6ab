import path from 'node:path';
import { REFERENCE_VERSION, message, type Locale } from '@cpskit/core';
import { fixText, isOverSizeLimit, manualSizeLimitText, type ConfigError, type Severity } from '@cpskit/language-server';
import { checkAll } from '../check-pool.js';
import { describeFixes, fixFailed, runFix } from './fix.js';
import { displayPath, findManuals, runContext } from './manuals.js';
import { describeReason, type CheckJob } from '../check-file.js';
import type { FoundManual } from '../discover.js';
import { FORMATS, NEEDS_ANALYSIS, type FormatName } from '../format/formats.js';
import { ANSI, PLAIN, type FileReport } from '../format/types.js';
import { VERSION } from '../help.js';
import { shownPath } from '../safe-output.js';
import { EXIT, type CliIo, type ExitCode } from '../io.js';
import { writeNamedFile } from '../replace-file.js';

/** The lowest severity that makes the run fail; `never` reports without failing. */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON as readonly string[]).includes(value);
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** One output of the run: a format, and the file it goes to (standard output when none). */
export interface OutputSpec {
  readonly format: FormatName;
  readonly file?: string;
}

export interface CheckOptions {
  readonly paths: readonly string[];
  /** The locale asked for with --locale, if any; else the configuration's, else the environment's. */
  readonly locale?: Locale;
  readonly color: boolean;
  readonly failOn: FailOn;
  readonly summary: boolean;
  readonly config?: string;
  readonly outputs: readonly OutputSpec[];
  /** Fail when there are more warnings than this. */
  readonly maxWarnings?: number;
  /** Report errors only. */
  readonly quiet: boolean;
  /** Read one manual from standard input, shown (and configured) as this path. */
  readonly stdin?: { readonly filename: string; readonly text: string };
  /** Apply the safe fixes: to the files, or to the standard input's text, which is then printed. */
  readonly fix?: boolean;
}

/** The worker threads' entry, next to this file in the bundle. */
const WORKER_URL = new URL('./check-worker.js', import.meta.url);

/** `cps check`: finds the manuals, checks each, writes the outputs, returns the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<ExitCode> {
  const { locale, configs } = runContext(options.locale, options.config, io, options.paths);
  const say = (text: string) => io.stderr.write(`${text}\n`);

  let manuals: readonly FoundManual[] = [];
  let files: readonly string[];
  if (options.stdin) {
    if (options.paths.length > 0) {
      say(message('cli.stdin-with-paths', locale));
      return EXIT.usage;
    }
    files = [path.resolve(io.cwd, options.stdin.filename)];
  } else {
    const found = await findManuals(options.paths, { locale, configs }, io);
    if (!found) return EXIT.usage;
    manuals = found;
    files = found.map((manual) => manual.path);
  }

  const configErrors = new Map<string, ConfigError>();
  for (const file of files) {
    for (const error of configs.configFor(path.dirname(file)).errors)
      configErrors.set(`${error.file}:${error.range.start.line}:${error.range.start.character}:${error.message}`, error);
  }
  if (configErrors.size > 0) {
    for (const error of configErrors.values())
      say(`${shownPath(displayPath(error.file, io.cwd))}:${error.range.start.line + 1}:${error.range.start.character + 1}: ${error.message}`);
    return EXIT.usage;
  }

  let stdinText = options.stdin?.text;
  if (options.fix && stdinText !== undefined && isOverSizeLimit(stdinText)) {
    // Only the start of it was read: printing that back as "the fixed text" would lose the rest.
    say(message('cli.stdin-too-large', locale, { limit: manualSizeLimitText(locale) }));
    return EXIT.usage;
  }
  // A fix that could not be written is an error of the run (exit 2), once the report is out.
  let fixesFailed = false;
  if (options.fix) {
    if (options.stdin && stdinText !== undefined) {
      const { config } = configs.configFor(path.dirname(files[0]!));
      stdinText = fixText(stdinText, { locale, preset: config.preset, rules: config.rules }).text;
    } else {
      const results = await runFix(manuals, { locale, configFor: (file) => configs.configFor(path.dirname(file)).config });
      const described = describeFixes(results, locale, io.cwd);
      if (described) io.stderr.write(described.endsWith('\n') ? described : `${described}\n`);
      fixesFailed = results.some(fixFailed);
    }
  }

  const jobs: CheckJob[] = files.map((file, i) => {
    const { config } = configs.configFor(path.dirname(file));
    const real = manuals[i]?.real;
    return {
      file,
      ...(real !== undefined ? { readFrom: real } : {}),
      displayPath: options.stdin ? options.stdin.filename.split(path.sep).join('/') : displayPath(file, io.cwd),
      config: { preset: config.preset, rules: config.rules },
      ...(stdinText !== undefined ? { text: stdinText } : {}),
    };
  });
  const analysis = options.summary || options.outputs.some((output) => NEEDS_ANALYSIS[output.format]);
  // CPS_THREADS caps the threads (1: none), to compare or to spare a shared machine.
  const threads = Number(io.env['CPS_THREADS']) > 0 ? Number(io.env['CPS_THREADS']) : undefined;
  let reports = await checkAll(jobs, { locale, analysis }, WORKER_URL, threads);
  if (options.quiet) reports = reports.map((report) => ({ ...report, findings: report.findings.filter((finding) => finding.severity === 'error') }));

  // With --stdin --fix, the fixed text is the output, as formatters of code print it.
  if (options.stdin && options.fix && stdinText !== undefined) {
    io.stdout.write(stdinText);
    return exitCodeOf(reports, options, say, locale);
  }

  for (const output of options.outputs) {
    const toTerminal = output.file === undefined;
    const text = FORMATS[output.format](reports, {
      locale,
      colours: toTerminal && options.color ? ANSI : PLAIN,
      version: VERSION,
      reference: REFERENCE_VERSION,
      summary: options.summary,
    });
    if (toTerminal) {
      io.stdout.write(text);
      continue;
    }
    const target = path.resolve(io.cwd, output.file);
    try {
      await writeNamedFile(target, text, io.cwd);
    } catch (error) {
      say(
        message('cli.output-failed', locale, { format: output.format, file: output.file, reason: describeReason((error as NodeJS.ErrnoException).code ?? String(error), locale) }),
      );
      return EXIT.usage;
    }
  }
  const code = exitCodeOf(reports, options, say, locale);
  return fixesFailed ? EXIT.usage : code;
}

function exitCodeOf(reports: readonly FileReport[], options: CheckOptions, say: (text: string) => void, locale: Locale): ExitCode {
  const findings = reports.flatMap((report) => report.findings);
  if (options.maxWarnings !== undefined) {
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    if (warnings > options.maxWarnings) {
      say(message('cli.too-many-warnings', locale, { count: warnings, max: options.maxWarnings }));
      return EXIT.findings;
    }
  }
  if (options.failOn === 'never') return EXIT.ok;
  const bar = RANK[options.failOn];
  return findings.some((finding) => RANK[finding.severity] >= bar) ? EXIT.findings : EXIT.ok;
}
