import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { definition, documentSymbols, foldingRanges, isRenameRefusal, prepareRename, references, rename } from '../../service/editing/navigation.js';
import { withSnapshot, type ServerContext } from '../context.js';

/** Going to an activity's definition and uses, renaming it, the outline and the folding ranges. */
export function registerNavigation(connection: Connection, context: ServerContext): void {
  connection.onDefinition((params, token) => withSnapshot(context, 'definition', token, params.textDocument.uri, [], (snapshot) => definition(snapshot, params.position)));
  connection.onReferences((params, token) =>
    withSnapshot(context, 'references', token, params.textDocument.uri, [], (snapshot) => references(snapshot, params.position, params.context.includeDeclaration)),
  );
  connection.onPrepareRename((params, token) =>
    withSnapshot(context, 'prepareRename', token, params.textDocument.uri, null, (snapshot) => prepareRename(snapshot, params.position)),
  );
  connection.onRenameRequest((params, token) =>
    withSnapshot(context, 'rename', token, params.textDocument.uri, null, (snapshot) => {
      const result = rename(snapshot, params.position, params.newName);
      if (isRenameRefusal(result)) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
      return result;
    }),
  );
  connection.onDocumentSymbol((params, token) => withSnapshot(context, 'documentSymbol', token, params.textDocument.uri, [], (snapshot) => documentSymbols(snapshot)));
  connection.onFoldingRanges((params, token) => withSnapshot(context, 'foldingRange', token, params.textDocument.uri, [], (snapshot) => foldingRanges(snapshot)));
}
