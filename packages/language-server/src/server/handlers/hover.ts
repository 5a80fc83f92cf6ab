import type { Connection } from 'vscode-languageserver';
import { hover } from '../../service/editing/hover.js';
import { withSnapshot, type ServerContext } from '../context.js';

export function registerHover(connection: Connection, context: ServerContext): void {
  connection.onHover((params, token) => withSnapshot(context, 'hover', token, params.textDocument.uri, null, (snapshot) => hover(snapshot, params.position, context.flags)));
}
