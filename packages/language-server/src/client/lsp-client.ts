import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection, type RequestType } from 'vscode-languageserver-protocol/node.js';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';

export interface PublishedDiagnostics {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

export interface LspClientOptions {
  /** The server's file, run with this Node (`cps-language-server.js`). */
  readonly serverFile: string;
  readonly args?: readonly string[];
  /** The server's environment; by default this process's. */
  readonly env?: NodeJS.ProcessEnv;
  /** What `workspace/configuration` answers for each item the server asks about. */
  readonly settings?: unknown;
}

/**
 * A small LSP client for the programs that talk to cpskit's server without an editor: the
 * TUI, the bench and the tests. It starts the server on stdio, opens and edits documents with
 * versions, waits for the diagnostics of a given version, and sends requests (cpskit's are
 * typed in `../protocol.ts`). Every wait is on a message, never a fixed sleep.
 */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  /** Every publication received, in order. */
  readonly published: PublishedDiagnostics[] = [];
  /** What the server logged through `window/logMessage`. */
  readonly logs: string[] = [];
  stderr = '';
  /** What `workspace/configuration` answers; can be changed between requests. */
  settings: unknown;
  private waiters: { test: (published: PublishedDiagnostics) => boolean; resolve: (published: PublishedDiagnostics) => void }[] = [];
  private readonly versions = new Map<string, number>();

  constructor(options: LspClientOptions) {
    this.settings = options.settings ?? null;
    this.process = spawn(process.execPath, [options.serverFile, ...(options.args ?? ['--stdio'])], { env: options.env ?? process.env });
    this.process.stderr.on('data', (chunk: Buffer) => {
      // Kept for error messages, bounded: a server that logs without end must not fill memory.
      this.stderr = (this.stderr + chunk.toString()).slice(-64 * 1024);
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.listen();
  }

  /** `initialize` then `initialized`; resolves with the server's answer. */
  async initialize<R = unknown>(capabilities: object = FULL_CAPABILITIES, extra: object = {}): Promise<R> {
    const result = await this.connection.sendRequest<R>('initialize', { processId: process.pid, rootUri: null, capabilities, ...extra });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next diagnostics published for `uri` that pass `test`. */
  diagnosticsFor(uri: string, test: (published: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10_000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        test: (published) => published.uri === uri && test(published),
        resolve: (published) => {
          clearTimeout(timer);
          resolve(published);
        },
      });
    });
  }

  /** Opens a document (version 1) and resolves with its first diagnostics. */
  async open(uri: string, text: string, timeoutMs?: number): Promise<PublishedDiagnostics> {
    this.versions.set(uri, 1);
    const published = this.diagnosticsFor(uri, (entry) => entry.version === undefined || entry.version === 1, timeoutMs);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return published;
  }

  /** Sends one change (a range replaced, or the whole text) and resolves with the diagnostics of that version. */
  async change(uri: string, range: Range | undefined, text: string, timeoutMs?: number): Promise<PublishedDiagnostics> {
    const version = this.nextVersion(uri);
    const published = this.diagnosticsFor(uri, (entry) => entry.version === version, timeoutMs);
    await this.sendChange(uri, version, range, text);
    return published;
  }

  /** Sends a change without waiting, for bursts of keystrokes; resolves with its version. */
  async changeNoWait(uri: string, range: Range | undefined, text: string): Promise<number> {
    const version = this.nextVersion(uri);
    await this.sendChange(uri, version, range, text);
    return version;
  }

  /** A request, typed when it is one of cpskit's (`AnalysisRequest`, `CheckFileRequest`) or named. */
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
  request<R>(method: string, params: object): Promise<R>;
  request(type: string | RequestType<unknown, unknown, void>, params: unknown): Promise<unknown> {
    return typeof type === 'string' ? this.connection.sendRequest(type, params) : this.connection.sendRequest(type, params);
  }

  /** `shutdown` and `exit`; resolves with the exit code. The process is killed if it has not left within `graceMs`. */
  async stop(graceMs = 5_000): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    if (this.process.exitCode === null) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
        await this.connection.sendNotification('exit');
      } catch {
        // The server may be gone already; the kill below is enough.
      }
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }

  /** Ends the server at once. */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }

  private nextVersion(uri: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return version;
  }

  private async sendChange(uri: string, version: number, range: Range | undefined, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [range ? { range, text } : { text }] });
  }
}

/** The capabilities of a full editor: versioned diagnostics, Markdown, snippets, code actions, configuration. */
export const FULL_CAPABILITIES = {
  textDocument: {
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
  },
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
};

export type { Position, Range };
