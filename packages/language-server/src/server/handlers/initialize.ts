import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../../service/editing/code-actions.js';
import { readClientFlags, type ClientFlags } from '../client-capabilities.js';
import type { ServerContext } from '../context.js';

declare const __CPS_VERSION__: string | undefined;

/** What the server offers, gated by what the client supports. */
function capabilitiesFor(flags: ClientFlags): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'], resolveProvider: false },
    codeActionProvider: flags.codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } : true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: flags.prepareRename ? { prepareProvider: true } : true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
  };
}

/**
 * `initialize`: reads the client's features, locale, settings and folders once; `initialized`:
 * registers for the changes the client can announce, reads its settings, and lets the checks
 * begin. A request for a method no handler knows is answered ServerNotInitialized before
 * `initialize`, as the protocol asks, then MethodNotFound.
 */
export function registerInitialize(connection: Connection, context: ServerContext): void {
  const { lifecycle, settings, snapshots } = context;

  connection.onInitialize((params): InitializeResult => {
    lifecycle.initialized = true;
    context.flags = readClientFlags(params.capabilities);
    const initOptions = (params.initializationOptions ?? {}) as Record<string, unknown>;
    settings.initialize(params, initOptions);
    if (typeof initOptions['debounceMs'] === 'number') snapshots.debounceMs = initOptions['debounceMs'];
    return {
      capabilities: capabilitiesFor(context.flags),
      serverInfo: { name: 'cpskit', version: typeof __CPS_VERSION__ === 'string' ? __CPS_VERSION__ : '0.0.0-dev' },
    };
  });

  // Notification handlers return nothing: an async one runs on its own, as it did when passed directly.
  connection.onInitialized(
    () =>
      void (async () => {
        const { flags } = context;
        if (flags.watchedFilesRegistration) {
          await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/cps.config.{yaml,yml}' }] });
        }
        if (flags.configurationChangeRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'cps' });
        if (flags.configuration) await settings.pull(connection, context.log);
        lifecycle.markReady();
      })(),
  );

  connection.onRequest((method) => {
    throw lifecycle.initialized ? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`) : lifecycle.notInitialized();
  });
}
