import type { ClientCapabilities } from 'vscode-languageserver';

/** The optional features the client supports, read once at initialize. */
export interface ClientFlags {
  readonly relatedInformation: boolean;
  readonly codeDescription: boolean;
  readonly markdown: boolean;
  readonly snippets: boolean;
  readonly codeActionLiterals: boolean;
  readonly hierarchicalSymbols: boolean;
  readonly prepareRename: boolean;
  readonly configuration: boolean;
  readonly watchedFilesRegistration: boolean;
  readonly configurationChangeRegistration: boolean;
  readonly versionedDiagnostics: boolean;
}

export function readClientFlags(capabilities: ClientCapabilities): ClientFlags {
  const text = capabilities.textDocument;
  return {
    relatedInformation: Boolean(text?.publishDiagnostics?.relatedInformation),
    codeDescription: Boolean(text?.publishDiagnostics?.codeDescriptionSupport),
    markdown: Boolean(text?.hover?.contentFormat?.includes('markdown')),
    snippets: Boolean(text?.completion?.completionItem?.snippetSupport),
    codeActionLiterals: Boolean(text?.codeAction?.codeActionLiteralSupport),
    hierarchicalSymbols: Boolean(text?.documentSymbol?.hierarchicalDocumentSymbolSupport),
    prepareRename: Boolean(text?.rename?.prepareSupport),
    configuration: Boolean(capabilities.workspace?.configuration),
    watchedFilesRegistration: Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration),
    configurationChangeRegistration: Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration),
    versionedDiagnostics: Boolean(text?.publishDiagnostics?.versionSupport),
  };
}
