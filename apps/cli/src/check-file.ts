import { message, type Locale, type MessageId } from '@cpskit/core';
import {
  MAX_MANUAL_BYTES,
  RULE_METAS,
  analyzeText,
  oversizeManual,
  settingFor,
  validateParsed,
  validateText,
  type Analysis,
  type Finding,
  type ResolvedConfig,
  type ValidateOptions,
} from '@cpskit/language-server';
import { TOO_LARGE, readRegularFile } from '@cpskit/language-server/node';
import type { FileReport } from './format/types.js';

/** One manual to check: where it is, how to show its path, and the configuration that applies. */
export interface CheckJob {
  readonly file: string;
  readonly displayPath: string;
  readonly config: Pick<ResolvedConfig, 'preset' | 'rules'>;
  /** The text, when it does not come from the file (standard input). */
  readonly text?: string;
  /**
   * The file's real path as found: read without following a link in its last part, so that what
   * is read is what discovery approved, not a link put in its place since.
   */
  readonly readFrom?: string;
}

export interface CheckSettings {
  readonly locale: Locale;
  /** Whether the reports need the analysis (criteria, coverage), which only some outputs show. */
  readonly analysis: boolean;
}

/** What checks a manual's text: the language service (tests pass one that fails). */
export interface Checker {
  readonly validate: (text: string, options: ValidateOptions) => { readonly findings: readonly Finding[] };
  readonly analyze: (text: string, options: ValidateOptions) => Analysis;
}

const LANGUAGE_SERVICE: Checker = { validate: validateText, analyze: analyzeText };

/**
 * Reads and checks one manual. Never throws: a file that cannot be read is a finding, and so is
 * a failure of cpskit itself on this manual (`internal-error`), so that one manual's failure is
 * that manual's finding and never the run's: the other manuals are still checked and printed.
 */
export function checkJob(job: CheckJob, settings: CheckSettings, checker: Checker = LANGUAGE_SERVICE): FileReport {
  let text = job.text;
  const options = { locale: settings.locale, preset: job.config.preset, rules: job.config.rules };
  const rules = RULE_METAS.filter((meta) => settingFor(meta, options).severity !== 'off').map((meta) => meta.id);
  if (text === undefined) {
    // Checking is all computation: a synchronous read keeps the thread busy instead of waiting on the pool.
    const limit = { maxBytes: MAX_MANUAL_BYTES };
    const read = job.readFrom !== undefined ? readRegularFile(job.readFrom, { ...limit, noFollow: true }) : readRegularFile(job.file, limit);
    // Over the size limit, the file is not read: its one finding says so, and it has no text to show.
    if (!read.ok && read.code === TOO_LARGE) return { displayPath: job.displayPath, findings: validateParsed(oversizeManual(), options).findings, rules };
    if (!read.ok) return { displayPath: job.displayPath, findings: [unreadableFinding(describeReason(read.code, settings.locale), settings.locale)] };
    text = read.bytes.toString('utf8');
  }
  try {
    if (settings.analysis) {
      const analysis = checker.analyze(text, options);
      return { displayPath: job.displayPath, text, findings: analysis.findings, analysis, rules };
    }
    return { displayPath: job.displayPath, text, findings: checker.validate(text, options).findings, rules };
  } catch (error) {
    // Checked with no rule: a JUnit report must not count the rules as passed on it.
    return { displayPath: job.displayPath, text, findings: [internalErrorFinding(error, settings.locale)], rules: [] };
  }
}

/** How long the error's own words may be in the finding: enough to recognise it in a report. */
const DETAIL_LENGTH = 300;

/** What cpskit failing on one manual gives: an error on that manual, asking for a report. */
export function internalErrorFinding(error: unknown, locale: Locale): Finding {
  const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const detail = said.length > DETAIL_LENGTH ? `${said.slice(0, DETAIL_LENGTH - 1)}…` : said;
  const zero = { line: 0, character: 0 };
  return {
    ruleId: 'internal-error',
    severity: 'error',
    messageId: 'cli.manual-internal-error',
    args: { detail },
    message: message('cli.manual-internal-error', locale, { detail }),
    range: { start: zero, end: zero },
    offsets: { start: 0, end: 0 },
    locale,
  };
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
  ELINKOUT: 'reason.ELINKOUT',
  EFBIG: 'reason.EFBIG',
  ENOSPC: 'reason.ENOSPC',
  EROFS: 'reason.EROFS',
};

/** A system error code in words, keeping the code for those who search for it. */
export function describeReason(code: string, locale: Locale): string {
  const id = REASONS[code];
  return id ? `${message(id, locale)}, ${code}` : code;
}
