import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ManualSnapshot } from '../service/editing/snapshot.js';
import { readClientFlags, type ClientFlags } from './client-capabilities.js';
import { DocumentSnapshots } from './document-snapshots.js';
import { Lifecycle } from './lifecycle.js';
import { WorkspaceSettings } from './workspace-settings.js';

export interface ServerOptions {
  /** Milliseconds to wait after an edit before checking, so that a burst of keystrokes is checked once. */
  readonly debounceMs?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** What every handler shares: the open documents, their snapshots, the settings, the client's features and the log. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly lifecycle: Lifecycle;
  readonly settings: WorkspaceSettings;
  readonly snapshots: DocumentSnapshots;
  /** The client's optional features, read once at initialize (none before). */
  flags: ClientFlags;
  readonly log: (message: string) => void;
  readonly logError: (message: string) => void;
}

export function createContext(connection: Connection, options: ServerOptions = {}): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const logError = (message: string) => connection.console.error(message);
  const lifecycle = new Lifecycle(logError);
  const settings = new WorkspaceSettings(options.env ?? process.env);
  return {
    connection,
    documents,
    lifecycle,
    settings,
    snapshots: new DocumentSnapshots(documents, settings, lifecycle.ready, logError, options.debounceMs ?? 30),
    flags: readClientFlags({}),
    log: (message) => connection.console.log(message),
    logError,
  };
}

/**
 * Runs a request about one document: guarded as {@link Lifecycle.guard}, `run` gets the
 * document's current snapshot; `fallback` answers for a document that is not open.
 */
export function withSnapshot<T>(
  context: ServerContext,
  name: string,
  token: Parameters<Lifecycle['guard']>[1],
  uri: string,
  fallback: T,
  run: (snapshot: ManualSnapshot) => T,
): Promise<T> {
  return context.lifecycle.guard(name, token, fallback, () => {
    const snapshot = context.snapshots.snapshotFor(uri);
    return snapshot ? run(snapshot) : fallback;
  });
}
