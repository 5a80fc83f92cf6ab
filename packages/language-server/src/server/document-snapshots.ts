import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError } from '../service/config/config.js';
import { createSnapshot, type ManualSnapshot } from '../service/editing/snapshot.js';
import { isUnreadable, staleFindings, type ReadableVersion } from '../service/editing/stale-findings.js';
import type { Finding } from '../service/finding.js';
import type { WorkspaceSettings } from './workspace-settings.js';

/** A document just checked, with what was wrong with the configuration it was checked with. */
export interface CheckedDocument {
  readonly snapshot: ManualSnapshot;
  readonly configErrors: readonly ConfigError[];
}

/**
 * The snapshot of each open document, checked once per version: after a debounce while it is
 * edited, at once when a feature needs it. Also keeps the last version of each document that
 * could be read, whose criteria findings stay shown while a syntax error is typed.
 */
export class DocumentSnapshots {
  /** Milliseconds to wait after an edit before checking, so that a burst of keystrokes is checked once. */
  debounceMs: number;
  private readonly snapshots = new Map<string, ManualSnapshot>();
  private readonly lastReadable = new Map<string, ReadableVersion>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document's last check ended (`performance.now()`), to tell a burst of edits from a keystroke after a pause. */
  private readonly lastChecked = new Map<string, number>();
  private readonly listeners: ((checked: CheckedDocument) => void)[] = [];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: WorkspaceSettings,
    private readonly ready: Promise<void>,
    private readonly logError: (message: string) => void,
    debounceMs: number,
  ) {
    this.debounceMs = debounceMs;
  }

  /** Called after each check (to publish its diagnostics). */
  onDidCheck(listener: (checked: CheckedDocument) => void): void {
    this.listeners.push(listener);
  }

  /** Whether the document was checked at least once since it was opened. */
  has(uri: string): boolean {
    return this.snapshots.has(uri);
  }

  /** Whether the snapshot kept for a document is of this version. */
  isChecked(uri: string, version: number): boolean {
    return this.snapshots.get(uri)?.version === version;
  }

  /** Checks a document now, keeps its snapshot, and tells the listeners. */
  check(document: TextDocument): ManualSnapshot {
    const { options, errors } = this.settings.checkSettings(document.uri);
    const snapshot = createSnapshot(document.uri, document.version, document.getText(), options);
    this.lastChecked.set(document.uri, performance.now());
    this.snapshots.set(document.uri, snapshot);
    if (!isUnreadable(snapshot.parsed)) this.lastReadable.set(document.uri, { text: snapshot.text, findings: snapshot.validation.findings });
    for (const listener of this.listeners) listener({ snapshot, configErrors: errors });
    return snapshot;
  }

  /** Checks a document now, logging a failure rather than throwing it. */
  checkQuietly(document: TextDocument): void {
    try {
      this.check(document);
    } catch (error) {
      this.logError(`cpskit: checking ${document.uri} failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  }

  /**
   * Checks a document after an edit, once the settings are known. An edit that comes after a quiet
   * moment (no check waiting, none in the last `debounceMs`) is checked at once: people type a key
   * every 100 ms or more, and waiting would only delay every keystroke's squiggles. An edit within
   * a burst (a paste, a multi-cursor edit, a replace-all) waits until no edit has come for
   * `debounceMs`, so that the burst is checked once.
   */
  schedule(document: TextDocument): void {
    const uri = document.uri;
    const inBurst = this.timers.has(uri) || performance.now() - (this.lastChecked.get(uri) ?? -Infinity) < this.debounceMs;
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(
        () =>
          void this.ready.then(() => {
            this.timers.delete(uri);
            const current = this.documents.get(uri);
            if (current) this.checkQuietly(current);
          }),
        inBurst ? this.debounceMs : 0,
      ),
    );
  }

  /** The snapshot of the document as the editor has it now, checked now if need be. */
  snapshotFor(uri: string): ManualSnapshot | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const known = this.snapshots.get(uri);
    if (known && known.version === document.version) return known;
    this.cancel(uri);
    return this.check(document);
  }

  /** Checks every open document again (the settings or a configuration file changed). */
  recheckAll(): void {
    for (const document of this.documents.all()) this.check(document);
  }

  /**
   * The criteria findings of the last readable version, to show while the snapshot's text
   * cannot be read (marked as such); nothing when it can.
   */
  staleFindings(snapshot: ManualSnapshot): Finding[] {
    return staleFindings(this.lastReadable.get(snapshot.uri), snapshot.parsed, snapshot.locale);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.cancel(uri);
    this.snapshots.delete(uri);
    this.lastReadable.delete(uri);
    this.lastChecked.delete(uri);
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}
