import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import type { Diagnostic, Position } from 'vscode-languageserver-types';

export const SERVER = fileURLToPath(new URL('../../dist/cps-language-server.js', import.meta.url));

export interface PublishedDiagnostics {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

/**
 * An editor in miniature: starts the built server binary and talks JSON-RPC to it over
 * stdio, the way any LSP client does. Waits are on messages, never on fixed sleeps.
 */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly published: PublishedDiagnostics[] = [];
  readonly logs: string[] = [];
  private waiters: { test: (published: PublishedDiagnostics) => boolean; resolve: (published: PublishedDiagnostics) => void }[] = [];
  private versions = new Map<string, number>();
  stderr = '';

  constructor(args: readonly string[] = ['--stdio'], env: NodeJS.ProcessEnv = {}) {
    this.process = spawn(process.execPath, [SERVER, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env } });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
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

  /** What `workspace/configuration` answers for the section `cps`. */
  settings: unknown = null;

  async initialize(capabilities: object = FULL_CAPABILITIES, extra: object = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities, ...extra });
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

  async open(uri: string, text: string): Promise<PublishedDiagnostics> {
    this.versions.set(uri, 1);
    const published = this.diagnosticsFor(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return published;
  }

  /** Sends one edit (a range replaced) and resolves with the diagnostics of that version. */
  async change(uri: string, range: { start: Position; end: Position }, text: string): Promise<PublishedDiagnostics> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.diagnosticsFor(uri, (entry) => entry.version === version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return published;
  }

  /** Sends an edit without waiting, for bursts of keystrokes. */
  async changeNoWait(uri: string, range: { start: Position; end: Position }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  request<R>(method: string, params: object): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    if (this.process.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

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

/** A file URI for a name in a folder that does not need to exist. */
export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/** Splits a fixture at its cursor mark `‸`: the text without it, and the cursor's position. */
export function cursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('‸');
  if (offset === -1) throw new Error('the fixture has no cursor mark ‸');
  const before = marked.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), position: { line, character } };
}
