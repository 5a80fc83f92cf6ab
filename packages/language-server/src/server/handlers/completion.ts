import type { Connection } from 'vscode-languageserver';
import { complete } from '../../service/editing/completion.js';
import { withSnapshot, type ServerContext } from '../context.js';

export function registerCompletion(connection: Connection, context: ServerContext): void {
  connection.onCompletion((params, token) =>
    withSnapshot(context, 'completion', token, params.textDocument.uri, null, (snapshot) => complete(snapshot, params.position, context.flags)),
  );
}
