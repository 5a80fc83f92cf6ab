import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { message, type Locale, type MessageId } from '@cpskit/core';
import { validateText, type Finding, type Severity } from '@cpskit/language-server';
import { discoverManuals } from '../discover.js';
import { ANSI, PLAIN, formatStylish, type FileResult } from '../format/stylish.js';
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
  readonly locale: Locale;
  readonly color: boolean;
  readonly failOn: FailOn;
}

/** `cps check`: finds the manuals, checks each, prints the findings, returns the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<ExitCode> {
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const discovery = await discoverManuals(paths, io.cwd);
  for (const problem of discovery.problems) {
    io.stderr.write(
      `${
        problem.kind === 'missing'
          ? message('cli.path-missing', options.locale, { path: problem.path })
          : message('cli.path-unreadable', options.locale, { path: problem.path, reason: describeReason(problem.reason, options.locale) })
      }\n`,
    );
  }
  if (discovery.problems.length > 0) return EXIT.usage;
  if (discovery.files.length === 0) {
    io.stderr.write(`${message('summary.none-found', options.locale, { paths: paths.join(', ') })}\n`);
    return EXIT.usage;
  }

  const results: FileResult[] = [];
  for (const file of discovery.files) {
    results.push({ displayPath: displayPath(file, io.cwd), findings: await checkFile(file, options.locale) });
  }
  io.stdout.write(formatStylish(results, options.locale, options.color ? ANSI : PLAIN));
  if (options.failOn === 'never') return EXIT.ok;
  const bar = RANK[options.failOn];
  const failed = results.some((result) => result.findings.some((finding) => RANK[finding.severity] >= bar));
  return failed ? EXIT.findings : EXIT.ok;
}

async function checkFile(file: string, locale: Locale): Promise<readonly Finding[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return [unreadableFinding(describeReason(reason, locale), locale)];
  }
  return validateText(text, { locale }).findings;
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
