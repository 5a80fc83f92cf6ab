import type { Connection } from 'vscode-languageserver';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node.js';
import { createContext, type ServerOptions } from './context.js';
import { registerAnalysis } from './handlers/analysis.js';
import { registerCheckFile } from './handlers/check-file.js';
import { registerCodeActions } from './handlers/code-actions.js';
import { registerCompletion } from './handlers/completion.js';
import { registerDiagnostics } from './handlers/diagnostics.js';
import { registerDocumentSync } from './handlers/document-sync.js';
import { registerHover } from './handlers/hover.js';
import { registerInitialize } from './handlers/initialize.js';
import { registerNavigation } from './handlers/navigation.js';
import { registerSettings } from './handlers/settings.js';
import { createStdioConnection } from './stdio-transport.js';

export type { ServerOptions } from './context.js';

/**
 * The LSP adapter: thin handlers (`handlers/`) that find the document's snapshot and delegate
 * to the pure language service, sharing one context (documents, snapshots, settings, log).
 * Every request handler is guarded: an exception is logged and answered, never fatal; a
 * cancelled request is answered as cancelled.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const context = createContext(connection, options);
  registerInitialize(connection, context);
  registerSettings(connection, context);
  registerDocumentSync(connection, context);
  registerDiagnostics(connection, context);
  registerHover(connection, context);
  registerCompletion(connection, context);
  registerCodeActions(connection, context);
  registerNavigation(connection, context);
  registerAnalysis(connection, context);
  registerCheckFile(connection, context);
  connection.listen();
}

/**
 * Starts the server on the transport the arguments name (--stdio, --node-ipc, --socket=N), as
 * editors start it. A failure inside a request is answered by its guard; anything that escapes
 * is logged, not fatal. On stdio the input survives framing errors (`stdio-transport.ts`).
 */
export function runServer(options: ServerOptions = {}): void {
  const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (error) => connection.console.error(`cpskit: ${error?.stack ?? String(error)}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`cpskit: ${String((reason as Error)?.stack ?? reason)}`));
  startServer(connection, options);
}
