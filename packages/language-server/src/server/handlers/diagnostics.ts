import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { ConfigError } from '../../service/config/config.js';
import { findingToDiagnostic } from '../../service/editing/diagnostics.js';
import type { ManualSnapshot } from '../../service/editing/snapshot.js';
import type { Finding } from '../../service/finding.js';
import type { ClientFlags } from '../client-capabilities.js';
import type { ServerContext } from '../context.js';

/**
 * A snapshot's findings as diagnostics, without the fields the client cannot show, then one
 * diagnostic per error of the configuration it was checked with.
 */
export function diagnosticsOf(snapshot: ManualSnapshot, configErrors: readonly ConfigError[], flags: ClientFlags, stale: readonly Finding[] = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = snapshot.validation.findings.concat(stale).map((finding) => {
    const diagnostic = findingToDiagnostic(finding, snapshot.uri);
    if (!flags.relatedInformation) delete diagnostic.relatedInformation;
    if (!flags.codeDescription) delete diagnostic.codeDescription;
    return diagnostic;
  });
  for (const error of configErrors) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 1,
      source: 'cpskit',
      code: 'config',
      message: `${error.file}:${error.range.start.line + 1}:${error.range.start.character + 1}: ${error.message}`,
    });
  }
  return diagnostics;
}

/** Publishes each check's diagnostics, and clears them when the document is closed. */
export function registerDiagnostics(connection: Connection, context: ServerContext): void {
  const { documents, snapshots } = context;

  snapshots.onDidCheck(({ snapshot, configErrors }) => {
    // A result for a version the editor no longer has is never shown.
    if (documents.get(snapshot.uri)?.version !== snapshot.version) return;
    // While a syntax error is typed, the criteria findings of the last readable version stay, marked as such.
    const diagnostics = diagnosticsOf(snapshot, configErrors, context.flags, snapshots.staleFindings(snapshot));
    void connection.sendDiagnostics({ uri: snapshot.uri, ...(context.flags.versionedDiagnostics ? { version: snapshot.version } : {}), diagnostics });
  });

  documents.onDidClose(({ document }) => void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
}
