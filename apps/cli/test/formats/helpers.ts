import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_VERSION, type Locale } from '@cpskit/core';
import { RULE_IDS, analyzeText, type Finding } from '@cpskit/language-server';
import { PLAIN, type FileReport, type FormatContext } from '../../src/format/types.js';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A report for a manual's text, analysed as `cps check` would; `only` keeps just these rules on. */
export function reportOf(displayPath: string, text: string, options: { locale?: Locale; only?: readonly string[] } = {}): FileReport {
  const rules = options.only ? Object.fromEntries(RULE_IDS.filter((id) => !options.only!.includes(id)).map((id) => [id, 'off' as const])) : {};
  const analysis = analyzeText(text, { locale: options.locale ?? 'en', rules });
  return { displayPath, text, findings: analysis.findings, analysis };
}

/** A report whose findings are the given ones, on the given text (for ranges and messages no rule gives). */
export function withFindings(report: FileReport, findings: readonly Finding[]): FileReport {
  return { ...report, findings };
}

/** What `cps check` reports for a file it could not read. */
export function unreadable(displayPath: string): FileReport {
  const zero = { line: 0, character: 0 };
  return {
    displayPath,
    findings: [
      {
        ruleId: 'file-unreadable',
        severity: 'error',
        messageId: 'cli.file-unreadable',
        args: { reason: 'EACCES' },
        message: 'The file cannot be read: EACCES.',
        range: { start: zero, end: zero },
        offsets: { start: 0, end: 0 },
        locale: 'en',
      },
    ],
  };
}

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { locale: 'en', colours: PLAIN, version: '1.2.3', reference: REFERENCE_VERSION, summary: false, ...overrides };
}

/** The shipped example manuals, as paths relative to the repository root. */
export function exampleFiles(): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(path.join(ROOT, folder)).sort()) {
      const relative = `${folder}/${name}`;
      if (statSync(path.join(ROOT, relative)).isDirectory()) walk(relative);
      else if (/\.cps\.ya?ml$/.test(name)) out.push(relative);
    }
  };
  walk('examples');
  return out;
}

export function exampleReports(locale: Locale = 'en'): FileReport[] {
  return exampleFiles().map((file) => reportOf(file, readFileSync(path.join(ROOT, file), 'utf8'), { locale }));
}

/** A small manual with two errors: a misspelt key and an unknown code. */
export const SMALL = `version: 1
program:
  id: ateliers
  titel: Ateliers émotions
  ages: { min: 6, max: 10 }
  settings: [primary-school]
  duration: { years: 1 }
  evidence: { kind: evidence-informed }
activities:
  - id: meteo
    title: La météo intérieure
    kind: ritual
    competencies: [E1.3]
`;
