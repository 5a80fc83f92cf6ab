import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Locale } from '@cpskit/core';
import { readRegularFile, type Analysis } from '@cpskit/language-server';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ManualView } from './types.js';

interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

/** Why the server could not be started, for a clear message rather than a stack trace. */
export class ServerStartError extends Error {}

/**
 * The TUI's side of the language server: it starts `cps-language-server --stdio`, opens the
 * manuals, sends their new text when they change on disk, and hands over, for each version,
 * the diagnostics the server published and the analysis it returns for `cps/analysis`. So the
 * terminal shows exactly what VS Code shows.
 */
export class LspSession {
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly waiting = new Map<string, (published: Published) => void>();
  private readonly shown = new Map<string, ManualView>();
  /** One exchange per manual at a time: the server may skip a version that a newer one replaced. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private stopped = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly connection: MessageConnection,
  ) {}

  /** Starts the server and initializes it; rejects with a ServerStartError when it cannot. */
  static async start(serverFile: string, locale: Locale, rootFolder: string, onExit: (code: number | null) => void): Promise<LspSession> {
    const child = spawn(process.execPath, [serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error) => reject(new ServerStartError(error.message)));
      child.once('exit', (code) => reject(new ServerStartError(`exit code ${code}`)));
    });
    child.stderr.resume();
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (published: Published) => session.waiting.get(`${published.uri}#${published.version}`)?.(published));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ locale })));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new ServerStartError('no answer within 10 s')), 10_000).unref());
    await Promise.race([
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(rootFolder).href,
        locale,
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } }, workspace: { configuration: true } },
      }),
      failed,
      timeout,
    ]);
    await connection.sendNotification('initialized', {});
    child.on('exit', (code) => {
      if (!session.stopped) onExit(code);
    });
    return session;
  }

  /** Sends a manual's text (opening it the first time) and resolves with what the server made of it. */
  show(file: string, displayPath: string, text?: string): Promise<ManualView> {
    const uri = pathToFileURL(file).href;
    const next = (this.queues.get(uri) ?? Promise.resolve()).then(() => this.exchange(file, uri, displayPath, text));
    this.queues.set(uri, next.catch(() => undefined));
    return next;
  }

  private async exchange(file: string, uri: string, displayPath: string, text?: string): Promise<ManualView> {
    let content = text;
    try {
      if (content === undefined) {
        // Never a pipe (which would block) nor a file of /proc: only a regular file is a manual.
        const read = readRegularFile(file);
        if (!read.ok) throw Object.assign(new Error(read.code), { code: read.code });
        content = read.bytes.toString('utf8');
      }
    } catch (error) {
      return { displayPath, uri, text: '', diagnostics: [], problem: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
    const known = this.shown.get(uri);
    if (known && this.texts.get(uri) === content) return known;
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, content);
    const published = new Promise<Published>((resolve) => this.waiting.set(`${uri}#${version}`, resolve));
    if (version === 1) await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text: content } });
    else await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: content }] });
    const { diagnostics } = await published;
    this.waiting.delete(`${uri}#${version}`);
    const analysis = (await this.connection.sendRequest('cps/analysis', { uri })) as Analysis | null;
    const view: ManualView = { displayPath, uri, text: content, diagnostics, ...(analysis ? { analysis } : {}) };
    this.shown.set(uri, view);
    return view;
  }

  /** shutdown, exit; the process is killed if it does not leave within a second. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 1000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may be gone already; killing it below is enough.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 1000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  /** Kills the server at once, for when the TUI itself is going down. */
  kill(): void {
    this.stopped = true;
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
