import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { localize, resolveLocale, type Locale, type Localized } from '@cpskit/core';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ProposedFeatures, StreamMessageWriter, createConnection } from 'vscode-languageserver/node.js';
import { ConfigFinder } from '../node/config-finder.js';
import { isInside, reallyInside } from '../node/file-boundary.js';
import { analysisOf, type Analysis } from '../service/analysis/analyze.js';
import { codeActions } from '../service/editing/code-actions.js';
import { complete } from '../service/editing/completion.js';
import { findingToDiagnostic } from '../service/editing/diagnostics.js';
import { hover } from '../service/editing/hover.js';
import { definition, documentSymbols, foldingRanges, isRenameRefusal, prepareRename, references, rename } from '../service/editing/navigation.js';
import { createSnapshot, type ManualSnapshot } from '../service/editing/snapshot.js';
import { isUnreadable, staleFindings, type ReadableVersion } from '../service/editing/stale-findings.js';
import type { Finding } from '../service/finding.js';
import type { ConfigError } from '../service/config/config.js';
import { readClientFlags, type ClientFlags } from './client-capabilities.js';
import { readSettings, type ClientSettings } from './settings.js';
import { RecoveringMessageReader } from './stdio-transport.js';
import { AnalysisRequest, CheckFileRequest, type CheckFileResult } from '../protocol.js';

export interface ServerOptions {
  /** Milliseconds to wait after an edit before checking, so that a burst of keystrokes is checked once. */
  readonly debounceMs?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const NO_FLAGS: ClientFlags = readClientFlags({});

const CONFIG_PATH_OUTSIDE: Localized = {
  en: 'The setting cps.configPath ("{value}") leads outside the workspace folder; it is not used. Give a path inside the workspace, or an absolute path in your user settings.',
  fr: 'Le réglage cps.configPath («\u00a0{value}\u00a0») mène hors du dossier de l’espace de travail\u00a0; il n’est pas utilisé. Donnez un chemin dans l’espace de travail, ou un chemin absolu dans vos réglages utilisateur.',
};

/**
 * The LSP adapter: thin handlers that find the document's snapshot and delegate to the
 * pure language service. Every handler is guarded: an exception is logged and answered,
 * never fatal; a cancelled request is answered as cancelled.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const env = options.env ?? process.env;
  let debounceMs = options.debounceMs ?? 30;
  let flags = NO_FLAGS;
  let initLocale: Locale | undefined;
  let settings: ClientSettings = {};
  let workspaceRoot: string | undefined;
  /** The workspace folders: where the configuration lookup stops outside a git repository. */
  let workspaceFolders: string[] = [];
  let configs = new ConfigFinder(resolveLocale(undefined, env));
  /** What is wrong with the editor's settings themselves (a cps.configPath leading out of the workspace). */
  let settingsErrors: ConfigError[] = [];
  const snapshots = new Map<string, ManualSnapshot>();
  /** The last version of each document that could be read: its criteria findings stay shown while a syntax error is typed. */
  const lastReadable = new Map<string, ReadableVersion>();
  const timers = new Map<string, NodeJS.Timeout>();

  const log = (message: string) => connection.console.log(message);
  // Until `initialize`, every request is answered ServerNotInitialized (LSP 3.17, "initialize"),
  // which vscode-languageserver leaves to the server.
  let initialized = false;
  const notInitialized = () => new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized: send initialize first');
  // Nothing is checked before the editor's settings are known, so that the first diagnostics are the right ones.
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  /** Runs a handler; an exception is logged and turned into `fallback`, a cancellation into an error. */
  async function guard<T>(name: string, token: CancellationToken | undefined, fallback: T, run: () => T | Promise<T>): Promise<T> {
    if (!initialized) throw notInitialized();
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    try {
      await ready;
      return await run();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`cpskit: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  }

  function folderOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return path.dirname(fileURLToPath(uri));
    } catch {
      return undefined;
    }
  }

  function configFor(uri: string): { locale: Locale; config: ReturnType<ConfigFinder['configFor']>['config']; errors: ConfigError[] } {
    const folder = folderOf(uri) ?? workspaceRoot;
    const { config, errors } = folder ? configs.configFor(folder) : { config: { preset: 'recommended' as const, rules: {}, ignore: [], files: [] }, errors: [] };
    const locale = settings.locale ?? config.locale ?? initLocale ?? resolveLocale(undefined, env);
    return { locale, config, errors: settingsErrors.length > 0 ? [...settingsErrors, ...errors] : errors };
  }

  function check(document: TextDocument): ManualSnapshot {
    const { locale, config, errors } = configFor(document.uri);
    const snapshot = createSnapshot(document.uri, document.version, document.getText(), { locale, preset: config.preset, rules: { ...config.rules, ...(settings.rules ?? {}) } });
    snapshots.set(document.uri, snapshot);
    if (!isUnreadable(snapshot.parsed)) lastReadable.set(document.uri, { text: snapshot.text, findings: snapshot.validation.findings });
    publish(snapshot, errors);
    return snapshot;
  }

  function publish(snapshot: ManualSnapshot, configErrors: readonly ConfigError[]): void {
    // A result for a version the editor no longer has is never shown.
    if (documents.get(snapshot.uri)?.version !== snapshot.version) return;
    // While a syntax error is typed, the criteria findings of the last readable version stay, marked as such.
    const stale = staleFindings(lastReadable.get(snapshot.uri), snapshot.parsed, snapshot.locale);
    const diagnostics = diagnosticsOf(snapshot, configErrors, stale);
    void connection.sendDiagnostics({ uri: snapshot.uri, ...(flags.versionedDiagnostics ? { version: snapshot.version } : {}), diagnostics });
  }

  function diagnosticsOf(snapshot: ManualSnapshot, configErrors: readonly ConfigError[], stale: readonly Finding[] = []): Diagnostic[] {
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

  function schedule(document: TextDocument): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => void ready.then(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (!current) return;
        try {
          check(current);
        } catch (error) {
          connection.console.error(`cpskit: checking ${document.uri} failed: ${(error as Error)?.stack ?? String(error)}`);
        }
      }), debounceMs),
    );
  }

  /** The snapshot of the document as the editor has it now, checked now if need be. */
  function snapshotFor(uri: string): ManualSnapshot | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const known = snapshots.get(uri);
    if (known && known.version === document.version) return known;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    return check(document);
  }

  function recheckAll(): void {
    configs.clear();
    for (const document of documents.all()) check(document);
  }

  async function pullSettings(): Promise<void> {
    if (!flags.configuration) return;
    try {
      settings = readSettings(await connection.workspace.getConfiguration('cps'));
      configs = newConfigFinder();
    } catch (error) {
      log(`cpskit: could not read the editor settings: ${String(error)}`);
    }
  }

  /**
   * The configuration finder for the current settings. An absolute cps.configPath is the user's
   * choice (in an untrusted workspace VS Code passes only the user's own value, the extension
   * declaring the setting restricted); a relative one is read in the workspace folder and must
   * stay in it: a workspace cannot point the server at a file elsewhere on the machine.
   */
  function newConfigFinder(): ConfigFinder {
    const locale = settings.locale ?? initLocale ?? resolveLocale(undefined, env);
    settingsErrors = [];
    let forced: string | undefined;
    const configPath = settings.configPath;
    if (configPath && path.isAbsolute(configPath)) forced = configPath;
    else if (configPath) {
      const target = workspaceRoot ? path.resolve(workspaceRoot, configPath) : undefined;
      if (target && workspaceRoot && isInside(target, workspaceRoot) && reallyInside(target, workspaceRoot)) forced = target;
      else settingsErrors = [{ file: 'cps.configPath', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: localize(CONFIG_PATH_OUTSIDE, locale, { value: configPath }) }];
    }
    return new ConfigFinder(locale, { ...(forced ? { forced } : {}), tops: workspaceFolders });
  }

  connection.onInitialize((params): InitializeResult => {
    initialized = true;
    flags = readClientFlags(params.capabilities);
    initLocale = params.locale ? resolveLocale(params.locale, {}) : undefined;
    const initOptions = (params.initializationOptions ?? {}) as Record<string, unknown>;
    settings = readSettings(initOptions['settings'] ?? initOptions);
    if (typeof initOptions['debounceMs'] === 'number') debounceMs = initOptions['debounceMs'];
    const rootUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = rootUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    workspaceRoot = workspaceFolders[0];
    configs = newConfigFinder();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'], resolveProvider: false },
        codeActionProvider: flags.codeActionLiterals ? { codeActionKinds: ['quickfix'] } : true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: flags.prepareRename ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'cpskit', version: typeof __CPS_VERSION__ === 'string' ? __CPS_VERSION__ : '0.0.0-dev' },
    };
  });

  // Notification handlers return nothing: an async one runs on its own, as it did when passed directly.
  connection.onInitialized(() => void (async () => {
    if (flags.watchedFilesRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/cps.config.{yaml,yml}' }] });
    }
    if (flags.configurationChangeRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'cps' });
    await pullSettings();
    markReady();
  })());

  connection.onDidChangeConfiguration((change) => void (async () => {
    if (flags.configuration) await pullSettings();
    else {
      settings = readSettings((change.settings as Record<string, unknown> | undefined)?.['cps']);
      configs = newConfigFinder();
    }
    recheckAll();
  })());

  connection.onDidChangeWatchedFiles(() => recheckAll());

  documents.onDidOpen(({ document }) => {
    void ready.then(() => {
      // The editor may have closed or changed it while the settings were read.
      const current = documents.get(document.uri);
      if (!current || snapshots.get(document.uri)?.version === current.version) return;
      try {
        check(current);
      } catch (error) {
        connection.console.error(`cpskit: checking ${document.uri} failed: ${(error as Error)?.stack ?? String(error)}`);
      }
    });
  });
  documents.onDidChangeContent(({ document }) => {
    // didOpen checks at once; only the edits that follow wait for the debounce.
    if (snapshots.has(document.uri)) schedule(document);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    snapshots.delete(document.uri);
    lastReadable.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover((params, token) =>
    guard('hover', token, null, () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? hover(snapshot, params.position, flags) : null;
    }),
  );
  connection.onCompletion((params, token) =>
    guard('completion', token, null, () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? complete(snapshot, params.position, flags) : null;
    }),
  );
  connection.onCodeAction((params, token) =>
    guard('codeAction', token, [], () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? codeActions(snapshot, params.range, params.context.only ? { only: params.context.only } : {}) : [];
    }),
  );
  connection.onDefinition((params, token) =>
    guard('definition', token, [], () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? definition(snapshot, params.position) : [];
    }),
  );
  connection.onReferences((params, token) =>
    guard('references', token, [], () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? references(snapshot, params.position, params.context.includeDeclaration) : [];
    }),
  );
  connection.onPrepareRename((params, token) =>
    guard('prepareRename', token, null, () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? prepareRename(snapshot, params.position) : null;
    }),
  );
  connection.onRenameRequest((params, token) =>
    guard('rename', token, null, () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      if (!snapshot) return null;
      const result = rename(snapshot, params.position, params.newName);
      if (isRenameRefusal(result)) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
      return result;
    }),
  );
  connection.onDocumentSymbol((params, token) =>
    guard('documentSymbol', token, [], () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? documentSymbols(snapshot) : [];
    }),
  );
  connection.onFoldingRanges((params, token) =>
    guard('foldingRange', token, [], () => {
      const snapshot = snapshotFor(params.textDocument.uri);
      return snapshot ? foldingRanges(snapshot) : [];
    }),
  );
  connection.onRequest(AnalysisRequest, (params: { uri?: unknown } | undefined, token: CancellationToken) =>
    guard('analysis', token, null, async (): Promise<Analysis | null> => {
      // Yield before and after the check of the text, which can be long, so that a cancellation
      // sent meanwhile is read and honoured.
      const yieldAndCheck = async () => {
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      };
      await yieldAndCheck();
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const snapshot = uri ? snapshotFor(uri) : undefined;
      await yieldAndCheck();
      return snapshot ? analysisOf(snapshot.validation) : null;
    }),
  );

  connection.onRequest(CheckFileRequest, (params: { uri?: unknown; text?: unknown } | undefined, token: CancellationToken) =>
    guard('checkFile', token, null, (): CheckFileResult | null => {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const text = typeof params?.text === 'string' ? params.text : undefined;
      if (uri === undefined || text === undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, 'cps/checkFile needs { uri, text }');
      // An open document is checked as the editor has it, and keeps its own diagnostics.
      const open = documents.get(uri) ? snapshotFor(uri) : undefined;
      const { locale, config, errors } = configFor(uri);
      const snapshot = open ?? createSnapshot(uri, 0, text, { locale, preset: config.preset, rules: { ...config.rules, ...(settings.rules ?? {}) } });
      const analysis = analysisOf(snapshot.validation);
      return {
        diagnostics: diagnosticsOf(snapshot, errors),
        counts: analysis.counts,
        ...(analysis.criteria.score !== undefined ? { score: analysis.criteria.score } : {}),
      };
    }),
  );

  // Methods no handler knows: ServerNotInitialized before initialize, as the protocol asks, then MethodNotFound.
  connection.onRequest((method) => {
    throw initialized ? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`) : notInitialized();
  });

  documents.listen(connection);
  connection.listen();
}

declare const __CPS_VERSION__: string | undefined;

/**
 * Starts the server on the transport the arguments name (--stdio, --node-ipc, --socket=N), as
 * editors start it. A failure inside a request is answered by its guard; anything that escapes
 * is logged, not fatal. On stdio the input is read by {@link RecoveringMessageReader}: a framing
 * error is logged (stderr and window/logMessage) and reading resumes at the next header.
 */
export function runServer(options: ServerOptions = {}): void {
  const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (error) => connection.console.error(`cpskit: ${error?.stack ?? String(error)}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`cpskit: ${String((reason as Error)?.stack ?? reason)}`));
  startServer(connection, options);
}

function createStdioConnection(): Connection {
  // eslint-disable-next-line prefer-const -- `report` is handed to the reader before the connection exists: a const would be read in its temporal dead zone.
  let connection: Connection | undefined;
  const report = (line: string) => {
    process.stderr.write(`${line}\n`);
    connection?.console.error(line);
  };
  connection = createConnection(ProposedFeatures.all, new RecoveringMessageReader(process.stdin, report), new StreamMessageWriter(process.stdout));
  // What vscode-languageserver does for its own stdio transport: stdout carries the protocol, so
  // console output goes to the client's log, and the server ends with its input.
  // Kept on one line: split by Prettier, the spread would move away from its bounded-spread note.
  // prettier-ignore
  // bounded-spread: the arguments of one console call
  const toLog = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
  console.log = console.info = console.debug = toLog((message) => connection.console.log(message));
  console.warn = toLog((message) => connection.console.warn(message));
  console.error = toLog((message) => connection.console.error(message));
  let shutdownReceived = false;
  connection.onShutdown(() => {
    shutdownReceived = true;
  });
  const exit = () => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return connection;
}
