import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver-types';
import { LspClient as SharedClient } from '../../src/client/lsp-client.js';

export { FULL_CAPABILITIES, type PublishedDiagnostics } from '../../src/client/lsp-client.js';

export const SERVER = fileURLToPath(new URL('../../dist/cps-language-server.js', import.meta.url));

/**
 * The tests' editor in miniature: the package's own LSP client (the one the TUI and the bench
 * use) on the built server binary, with only PATH and what a test adds in its environment.
 */
export class LspClient extends SharedClient {
  constructor(args: readonly string[] = ['--stdio'], env: NodeJS.ProcessEnv = {}) {
    super({ serverFile: SERVER, args, env: { PATH: process.env['PATH'] ?? '', ...env } });
  }
}

/** A file URI for a name in a folder that does not need to exist. */
export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/** Splits a fixture at its cursor mark `‸`: the text without it, and the cursor's position. */
export function cursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('‸');
  if (offset === -1) throw new Error('the fixture has no cursor mark ‸');
  const before = marked.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), position: { line, character } };
}
