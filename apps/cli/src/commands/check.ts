import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { message, resolveLocale, type Locale, type MessageId } from '@cpskit/core';
import { ConfigFinder, analyzeText, type Analysis, type ConfigError, type Finding, type ResolvedConfig, type Severity } from '@cpskit/language-server';
import { discoverManuals } from '../discover.js';
import { formatCoverage, formatCriteria } from '../format/summary.js';
import { formatStylish } from '../format/stylish.js';
import { ANSI, PLAIN, type FileReport } from '../format/types.js';
import { EXIT, type CliIo, type ExitCode } from '../io.js';

/** The lowest severity that makes the run fail; `never` reports without failing. */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON as readonly string[]).includes(value);
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export interface CheckOptions {
  readonly paths: readonly string[];
  /** The locale asked for with --locale, if any; else the configuration's, else the environment's. */
  readonly locale?: Locale;
  readonly color: boolean;
  readonly failOn: FailOn;
  readonly summary: boolean;
  readonly config?: string;
}

/** `cps check`: finds the manuals, checks each, prints the findings, returns the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<ExitCode> {
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const forced = options.config ? path.resolve(io.cwd, options.config) : undefined;
  const envLocale = resolveLocale(options.locale, io.env);
  const locale = options.locale ?? new ConfigFinder(envLocale, forced).configFor(io.cwd).config.locale ?? envLocale;
  const configs = new ConfigFinder(locale, forced);

  const discovery = await discoverManuals(paths, io.cwd);
  for (const problem of discovery.problems) {
    io.stderr.write(
      `${
        problem.kind === 'missing'
          ? message('cli.path-missing', locale, { path: problem.path })
          : message('cli.path-unreadable', locale, { path: problem.path, reason: describeReason(problem.reason, locale) })
      }\n`,
    );
  }
  if (discovery.problems.length > 0) return EXIT.usage;
  if (discovery.files.length === 0) {
    io.stderr.write(`${message('summary.none-found', locale, { paths: paths.join(', ') })}\n`);
    return EXIT.usage;
  }

  const configErrors = new Map<string, ConfigError>();
  for (const file of discovery.files) {
    for (const error of configs.configFor(path.dirname(file)).errors) configErrors.set(`${error.file}:${error.range.start.line}:${error.range.start.character}:${error.message}`, error);
  }
  if (configErrors.size > 0) {
    for (const error of configErrors.values()) {
      io.stderr.write(`${displayPath(error.file, io.cwd)}:${error.range.start.line + 1}:${error.range.start.character + 1}: ${error.message}\n`);
    }
    return EXIT.usage;
  }

  const colours = options.color ? ANSI : PLAIN;
  const results: FileReport[] = [];
  for (const file of discovery.files) {
    const { config } = configs.configFor(path.dirname(file));
    const checked = await checkFile(file, locale, config);
    results.push({ displayPath: displayPath(file, io.cwd), findings: checked.findings, ...(checked.analysis ? { analysis: checked.analysis } : {}) });
  }
  io.stdout.write(formatStylish(results, locale, colours));
  if (options.summary) {
    for (const result of results) {
      if (!result.analysis) continue;
      io.stdout.write(`\n${colours.path(result.displayPath)}\n${[...formatCriteria(result.analysis, locale, colours), '', ...formatCoverage(result.analysis, locale, colours)].join('\n')}\n`);
    }
  }
  if (options.failOn === 'never') return EXIT.ok;
  const bar = RANK[options.failOn];
  const failed = results.some((result) => result.findings.some((finding) => RANK[finding.severity] >= bar));
  return failed ? EXIT.findings : EXIT.ok;
}

async function checkFile(
  file: string,
  locale: Locale,
  config: ResolvedConfig,
): Promise<{ findings: readonly Finding[]; analysis?: Analysis }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { findings: [unreadableFinding(describeReason(reason, locale), locale)] };
  }
  const analysis = analyzeText(text, { locale, preset: config.preset, rules: config.rules });
  return { findings: analysis.findings, analysis };
}

function unreadableFinding(reason: string, locale: Locale): Finding {
  const zero = { line: 0, character: 0 };
  return {
    ruleId: 'file-unreadable',
    severity: 'error',
    messageId: 'cli.file-unreadable',
    args: { reason },
    message: message('cli.file-unreadable', locale, { reason }),
    range: { start: zero, end: zero },
    offsets: { start: 0, end: 0 },
    locale,
  };
}

const REASONS: Readonly<Record<string, MessageId>> = {
  ENOTDIR: 'reason.ENOTDIR',
  EACCES: 'reason.EACCES',
  EPERM: 'reason.EACCES',
  ELOOP: 'reason.ELOOP',
  ENOTFILE: 'reason.ENOTFILE',
  EISDIR: 'reason.EISDIR',
};

/** A system error code in words, keeping the code for those who search for it. */
function describeReason(code: string, locale: Locale): string {
  const id = REASONS[code];
  return id ? `${message(id, locale)}, ${code}` : code;
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
