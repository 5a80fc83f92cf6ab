import type { Connection } from 'vscode-languageserver';
import type { ServerContext } from '../context.js';

/**
 * The editor's copy of each document (didOpen, didChange, didClose): a document is checked as
 * soon as it is opened and the settings are known; the edits that follow wait for the debounce.
 */
export function registerDocumentSync(connection: Connection, context: ServerContext): void {
  const { documents, snapshots, lifecycle } = context;

  documents.onDidOpen(({ document }) => {
    void lifecycle.ready.then(() => {
      // The editor may have closed or changed it while the settings were read.
      const current = documents.get(document.uri);
      if (!current || snapshots.isChecked(document.uri, current.version)) return;
      snapshots.checkQuietly(current);
    });
  });
  documents.onDidChangeContent(({ document }) => {
    if (snapshots.has(document.uri)) snapshots.schedule(document);
  });
  documents.onDidClose(({ document }) => snapshots.forget(document.uri));

  documents.listen(connection);
}
