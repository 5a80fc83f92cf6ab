import type { Connection } from 'vscode-languageserver';
import { codeActions } from '../../service/editing/code-actions.js';
import { withSnapshot, type ServerContext } from '../context.js';

export function registerCodeActions(connection: Connection, context: ServerContext): void {
  connection.onCodeAction((params, token) =>
    withSnapshot(context, 'codeAction', token, params.textDocument.uri, [], (snapshot) =>
      codeActions(snapshot, params.range, params.context.only ? { only: params.context.only } : {}),
    ),
  );
}
