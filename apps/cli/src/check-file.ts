import { message, type Locale, type MessageId } from '@cpskit/core';
import { RULE_METAS, analyzeText, oversizeManual, settingFor, validateParsed, validateText, type Finding, type ResolvedConfig } from '@cpskit/language-server';
import type { FileReport } from './format/types.js';
import { readManualFile, type ManualRead } from './read-manual.js';

/** One manual to check: where it is, how to show its path, and the configuration that applies. */
export interface CheckJob {
  readonly file: string;
  readonly displayPath: string;
  readonly config: Pick<ResolvedConfig, 'preset' | 'rules'>;
  /** The text, when it does not come from the file (standard input). */
  readonly text?: string;
}

export interface CheckSettings {
  readonly locale: Locale;
  /** Whether the reports need the analysis (criteria, coverage), which only some outputs show. */
  readonly analysis: boolean;
}

/** Reads and checks one manual. Never throws: a file that cannot be read is a finding. */
export function checkJob(job: CheckJob, settings: CheckSettings): FileReport {
  let text = job.text;
  const options = { locale: settings.locale, preset: job.config.preset, rules: job.config.rules };
  const rules = RULE_METAS.filter((meta) => settingFor(meta, options).severity !== 'off').map((meta) => meta.id);
  if (text === undefined) {
    let read: ManualRead;
    try {
      // Checking is all computation: a synchronous read keeps the thread busy instead of waiting on the pool.
      read = readManualFile(job.file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return { displayPath: job.displayPath, findings: [unreadableFinding(describeReason(reason, settings.locale), settings.locale)] };
    }
    // Over the size limit, the file is not read: its one finding says so, and it has no text to show.
    if ('tooLarge' in read) return { displayPath: job.displayPath, findings: validateParsed(oversizeManual(), options).findings, rules };
    text = read.text;
  }
  if (settings.analysis) {
    const analysis = analyzeText(text, options);
    return { displayPath: job.displayPath, text, findings: analysis.findings, analysis, rules };
  }
  return { displayPath: job.displayPath, text, findings: validateText(text, options).findings, rules };
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
export function describeReason(code: string, locale: Locale): string {
  const id = REASONS[code];
  return id ? `${message(id, locale)}, ${code}` : code;
}
