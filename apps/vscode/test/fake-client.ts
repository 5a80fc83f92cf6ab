import { analyzeText, findingToDiagnostic } from '@cpskit/language-server';
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, Range, Uri, workspace } from './vscode-fake.js';

interface WireRange {
  readonly start: { line: number; character: number };
  readonly end: { line: number; character: number };
}

interface WireDiagnostic {
  readonly range: WireRange;
  readonly severity?: number;
  readonly code?: string | number;
  readonly codeDescription?: { readonly href: string };
  readonly source?: string;
  readonly message: string;
  readonly relatedInformation?: readonly { readonly location: { readonly uri: string; readonly range: WireRange }; readonly message: string }[];
}

const rangeOf = (range: WireRange) => new Range(range.start.line, range.start.character, range.end.line, range.end.character);
const SEVERITY = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint];

/** What vscode-languageclient's converter makes of an LSP diagnostic, for the stand-in's types. */
function asDiagnostic(wire: WireDiagnostic): Diagnostic {
  const diagnostic = new Diagnostic(rangeOf(wire.range), wire.message, SEVERITY[(wire.severity ?? 1) - 1]);
  if (wire.source) diagnostic.source = wire.source;
  if (wire.code !== undefined) diagnostic.code = wire.codeDescription ? { value: wire.code, target: Uri.parse(wire.codeDescription.href) } : wire.code;
  if (wire.relatedInformation) {
    diagnostic.relatedInformation = wire.relatedInformation.map(
      (related) => new DiagnosticRelatedInformation(new Location(Uri.parse(related.location.uri), rangeOf(related.location.range)), related.message),
    );
  }
  return diagnostic;
}

/**
 * Stands in for vscode-languageclient's LanguageClient: it answers the extension's requests with
 * cpskit's real language service, as the bundled server would, and records what was asked.
 */
export class FakeLanguageClient {
  static last: FakeLanguageClient | undefined;
  readonly requests: { method: string; params: unknown }[] = [];
  running = false;
  readonly protocol2CodeConverter = { asDiagnostics: async (diagnostics: readonly WireDiagnostic[]) => diagnostics.map(asDiagnostic) };
  stopped = false;
  restarted = 0;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly serverOptions: unknown,
    readonly clientOptions: { documentSelector: unknown; synchronize: { configurationSection: string; fileEvents: unknown }; outputChannelName: string },
  ) {
    FakeLanguageClient.last = this;
  }

  async start(): Promise<void> {
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
  }

  async restart(): Promise<void> {
    this.restarted++;
  }

  isRunning(): boolean {
    return this.running;
  }

  async sendRequest<T>(type: string | { readonly method: string }, params: { uri: string; text?: string }): Promise<T> {
    // The extension sends the typed requests of @cpskit/language-server/protocol; they are named by their method.
    const method = typeof type === 'string' ? type : type.method;
    this.requests.push({ method, params });
    const text = params.text ?? workspace.textDocuments.find((document) => document.uri.toString() === params.uri)?.getText();
    if (text === undefined) return null as T;
    const analysis = analyzeText(text, { locale: 'en' });
    if (method === 'cps/analysis') return analysis as T;
    if (method === 'cps/checkFile') {
      return { diagnostics: analysis.findings.map((finding) => findingToDiagnostic(finding, params.uri)), counts: analysis.counts, score: analysis.criteria.score } as T;
    }
    throw new Error(`unexpected request ${method}`);
  }
}
