import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-types';
import { MANUAL } from './fixtures.js';
import { LspClient, uriOf } from './lsp-client.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-lsp-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let client: LspClient | undefined;
afterEach(() => {
  if (client?.process.exitCode === null) client.process.kill();
  client = undefined;
});

describe('the language server and documents no manual is', () => {
  it('gives a document of 20 MB its one finding on open and on every edit, and nothing else to do', async () => {
    client = new LspClient();
    await client.initialize();
    const uri = uriOf(path.join(work, 'enorme.cps.yaml'));
    const opened = await client.open(uri, 'x: y\n'.repeat(4_000_000));
    expect(opened.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start])).toEqual([['limits', { line: 0, character: 0 }]]);
    for (let i = 0; i < 3; i++) {
      const changed = await client.change(uri, { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, 'z');
      expect(changed.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['limits']);
    }
    const position = { line: 10, character: 1 };
    const document = { textDocument: { uri } };
    expect(await client.request<Hover | null>('textDocument/hover', { ...document, position })).toBeNull();
    expect((await client.request<CompletionList>('textDocument/completion', { ...document, position })).items).toEqual([]);
    expect(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', document)).toEqual([]);
    expect(await client.request<FoldingRange[]>('textDocument/foldingRange', document)).toEqual([]);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    expect(await client.request<CodeAction[]>('textDocument/codeAction', { ...document, range, context: { diagnostics: opened.diagnostics } })).toEqual([]);
    // Another manual is still served.
    const other = uriOf(path.join(work, 'ordinaire.cps.yaml'));
    expect((await client.open(other, MANUAL)).diagnostics.some((diagnostic) => diagnostic.code === 'limits')).toBe(false);
  }, 120_000);

  it('answers completion on a line of 20,000 dashes at once with nothing, and goes on serving the other documents', async () => {
    client = new LspClient();
    await client.initialize();
    const dashes = uriOf(path.join(work, 'tirets.cps.yaml'));
    const line = `  ${'- '.repeat(20_000)}`;
    await client.open(dashes, `version: 1\nactivities:\n${line}`);
    const other = uriOf(path.join(work, 'voisin.cps.yaml'));
    await client.open(other, MANUAL);
    const end = { line: 2, character: line.length };
    const [completion, hover, neighbour] = await Promise.all([
      client.request<CompletionList>('textDocument/completion', { textDocument: { uri: dashes }, position: end, context: { triggerKind: 2, triggerCharacter: ' ' } }),
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri: dashes }, position: { line: 2, character: 3 } }),
      client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: other } }),
    ]);
    expect(completion.items).toEqual([]);
    expect(JSON.stringify(hover?.contents)).toContain('limits');
    expect(neighbour.map((symbol) => symbol.name)).toContain('activities');
  }, 120_000);
});
