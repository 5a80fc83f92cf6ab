import { analyzeText, findingToDiagnostic } from '@cpskit/language-server';
import { workspace } from './vscode-fake.js';

/**
 * Stands in for vscode-languageclient's LanguageClient: it answers the extension's requests with
 * cpskit's real language service, as the bundled server would, and records what was asked.
 */
export class FakeLanguageClient {
  static last: FakeLanguageClient | undefined;
  readonly requests: { method: string; params: unknown }[] = [];
  running = false;
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

  async sendRequest<T>(method: string, params: { uri: string; text?: string }): Promise<T> {
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
