import * as vscode from 'vscode';

/** A diagnostic as the LSP sends it (JSON), for the ones the workspace check places itself. */
export interface WireDiagnostic {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly severity?: number;
  readonly code?: string | number;
  readonly codeDescription?: { readonly href: string };
  readonly source?: string;
  readonly message: string;
  readonly relatedInformation?: readonly { readonly location: { readonly uri: string; readonly range: WireDiagnostic['range'] }; readonly message: string }[];
}

const SEVERITY: Readonly<Record<number, vscode.DiagnosticSeverity>> = {
  1: vscode.DiagnosticSeverity.Error,
  2: vscode.DiagnosticSeverity.Warning,
  3: vscode.DiagnosticSeverity.Information,
  4: vscode.DiagnosticSeverity.Hint,
};

function rangeOf(range: WireDiagnostic['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** The same diagnostic as the language client would make of it: code with its docs link, source, related places. */
export function toVsDiagnostic(wire: WireDiagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(wire.range), wire.message, SEVERITY[wire.severity ?? 1] ?? vscode.DiagnosticSeverity.Error);
  if (wire.source) diagnostic.source = wire.source;
  if (wire.code !== undefined) diagnostic.code = wire.codeDescription ? { value: wire.code, target: vscode.Uri.parse(wire.codeDescription.href) } : wire.code;
  if (wire.relatedInformation) {
    diagnostic.relatedInformation = wire.relatedInformation.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(related.location.uri), rangeOf(related.location.range)), related.message),
    );
  }
  return diagnostic;
}
