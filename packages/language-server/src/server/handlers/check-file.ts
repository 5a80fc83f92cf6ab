import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { CheckFileRequest, type CheckFileResult } from '../../protocol.js';
import { analysisOf } from '../../service/analysis/analyze.js';
import { createSnapshot } from '../../service/editing/snapshot.js';
import type { ServerContext } from '../context.js';
import { diagnosticsOf } from './diagnostics.js';

/** `cps/checkFile`: the diagnostics, counts and score of a manual, open or not (a workspace-wide check). */
export function registerCheckFile(connection: Connection, context: ServerContext): void {
  connection.onRequest(CheckFileRequest, (params: { uri?: unknown; text?: unknown } | undefined, token: CancellationToken) =>
    context.lifecycle.guard('checkFile', token, null, (): CheckFileResult | null => {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const text = typeof params?.text === 'string' ? params.text : undefined;
      if (uri === undefined || text === undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, 'cps/checkFile needs { uri, text }');
      // An open document is checked as the editor has it, and keeps its own diagnostics.
      const open = context.documents.get(uri) ? context.snapshots.snapshotFor(uri) : undefined;
      const { options, errors } = context.settings.checkSettings(uri);
      const snapshot = open ?? createSnapshot(uri, 0, text, options);
      const analysis = analysisOf(snapshot.validation);
      return {
        diagnostics: diagnosticsOf(snapshot, errors, context.flags),
        counts: analysis.counts,
        ...(analysis.criteria.score !== undefined ? { score: analysis.criteria.score } : {}),
      };
    }),
  );
}
