import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Citation, Finding, Severity } from '../finding.js';
import packageJson from '../../../package.json' with { type: 'json' };

/** The repository's web address, from the `repository` field of package.json: no invented domain. */
export const REPOSITORY_URL = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Where each rule's documentation page lives, in the repository: the page's name is the rule id. */
export const RULE_DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;

/** The address of a rule's documentation page (docs/rules/<id>.md in the repository). */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`;
}

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = { error: 1, warning: 2, info: 3 };

/** What a diagnostic carries back to the server in `data`, to tell findings apart. */
export interface DiagnosticData {
  readonly messageId: string;
  readonly cites?: Citation;
}

/** A finding as an LSP diagnostic of the document `uri`. */
export function findingToDiagnostic(finding: Finding, uri: string): Diagnostic {
  const data: DiagnosticData = { messageId: finding.messageId, ...(finding.cites ? { cites: finding.cites } : {}) };
  return {
    range: { start: { ...finding.range.start }, end: { ...finding.range.end } },
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: 'cpskit',
    message: finding.message,
    ...(finding.related?.length
      ? {
          relatedInformation: finding.related.map((place) => ({
            location: { uri, range: { start: { ...place.range.start }, end: { ...place.range.end } } },
            message: place.message,
          })),
        }
      : {}),
    data,
  };
}
