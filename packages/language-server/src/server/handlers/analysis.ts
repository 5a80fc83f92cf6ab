import type { CancellationToken, Connection } from 'vscode-languageserver';
import { AnalysisRequest } from '../../protocol.js';
import { analysisOf, type Analysis } from '../../service/analysis/analyze.js';
import type { ServerContext } from '../context.js';
import { cancelled } from '../lifecycle.js';

/** `cps/analysis`: an open manual's analysis (criteria, coverage, counts); null for a document that is not open. */
export function registerAnalysis(connection: Connection, context: ServerContext): void {
  connection.onRequest(AnalysisRequest, (params: { uri?: unknown } | undefined, token: CancellationToken) =>
    context.lifecycle.guard('analysis', token, null, async (): Promise<Analysis | null> => {
      // Yield before and after the check of the text, which can be long, so that a cancellation
      // sent meanwhile is read and honoured.
      const yieldAndCheck = async () => {
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) throw cancelled();
      };
      await yieldAndCheck();
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const snapshot = uri ? context.snapshots.snapshotFor(uri) : undefined;
      await yieldAndCheck();
      return snapshot ? analysisOf(snapshot.validation) : null;
    }),
  );
}
