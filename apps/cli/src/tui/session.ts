import { pathToFileURL } from 'node:url';
import type { Locale } from '@cpskit/core';
import { readRegularFile } from '@cpskit/language-server/node';
import { LspClient } from '@cpskit/language-server/client';
import { AnalysisRequest } from '@cpskit/language-server/protocol';
import type { ManualView } from './types.js';

/** Why the server could not be started, for a clear message rather than a stack trace. */
export class ServerStartError extends Error {}

/** How long a manual may take to be checked before the TUI gives up on that version. */
const CHECK_TIMEOUT_MS = 120_000;

/**
 * The TUI's side of the language server: it starts `cps-language-server --stdio`, opens the
 * manuals, sends their new text when they change on disk, and hands over, for each version,
 * the diagnostics the server published and the analysis it returns for `cps/analysis`. So the
 * terminal shows exactly what VS Code shows.
 */
export class LspSession {
  private readonly opened = new Set<string>();
  private readonly texts = new Map<string, string>();
  private readonly shown = new Map<string, ManualView>();
  /** One exchange per manual at a time: the server may skip a version that a newer one replaced. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private stopped = false;

  private constructor(private readonly client: LspClient) {}

  /** Starts the server and initializes it; rejects with a ServerStartError when it cannot. */
  static async start(serverFile: string, locale: Locale, rootFolder: string, onExit: (code: number | null) => void): Promise<LspSession> {
    const client = new LspClient({ serverFile, settings: { locale } });
    const failed = new Promise<never>((_, reject) => {
      client.process.once('error', (error) => reject(new ServerStartError(error.message)));
      client.process.once('exit', (code) => reject(new ServerStartError(`exit code ${code}`)));
    });
    // Only the race below listens to it: an exit after the start is onExit's.
    failed.catch(() => undefined);
    const session = new LspSession(client);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new ServerStartError('no answer within 10 s')), 10_000).unref());
    await Promise.race([
      client.initialize(
        { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } }, workspace: { configuration: true } },
        { rootUri: pathToFileURL(rootFolder).href, locale },
      ),
      failed,
      timeout,
    ]);
    client.process.on('exit', (code) => {
      if (!session.stopped) onExit(code);
    });
    return session;
  }

  /** Sends a manual's text (opening it the first time) and resolves with what the server made of it. */
  show(file: string, displayPath: string, text?: string): Promise<ManualView> {
    const uri = pathToFileURL(file).href;
    const next = (this.queues.get(uri) ?? Promise.resolve()).then(() => this.exchange(file, uri, displayPath, text));
    this.queues.set(
      uri,
      next.catch(() => undefined),
    );
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
    this.texts.set(uri, content);
    const first = !this.opened.has(uri);
    this.opened.add(uri);
    const { diagnostics } = first ? await this.client.open(uri, content, CHECK_TIMEOUT_MS) : await this.client.change(uri, undefined, content, CHECK_TIMEOUT_MS);
    const analysis = await this.client.request(AnalysisRequest, { uri });
    const view: ManualView = { displayPath, uri, text: content, diagnostics, ...(analysis ? { analysis } : {}) };
    this.shown.set(uri, view);
    return view;
  }

  /** shutdown, exit; the process is killed if it does not leave within a second. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.client.stop(1000);
  }

  /** Kills the server at once, for when the TUI itself is going down. */
  kill(): void {
    this.stopped = true;
    this.client.kill();
  }
}
