import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-types';
import { CancellationTokenSource } from 'vscode-jsonrpc/node.js';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { MANUAL } from './fixtures.js';
import { AnalysisRequest, CheckFileRequest } from '../../src/protocol.js';
import { LspClient, cursor, uriOf } from './lsp-client.js';
import { findRuleMeta } from '../../src/service/rules/registry.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-lsp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let clients: LspClient[] = [];
afterEach(async () => {
  for (const client of clients) if (client.process.exitCode === null) client.process.kill();
  clients = [];
});

function start(env: NodeJS.ProcessEnv = {}): LspClient {
  const client = new LspClient(['--stdio'], env);
  clients.push(client);
  return client;
}

const at = (text: string, needle: string, occurrence = 0) => {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
};

describe('the language server over stdio', () => {
  it('initializes, publishes diagnostics on open and after each change, clears them on close, and exits cleanly', async () => {
    const client = start();
    const init = await client.initialize<InitializeResult>();
    expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, referencesProvider: true, renameProvider: { prepareProvider: true } });
    expect(init.serverInfo?.name).toBe('cpskit');

    const uri = uriOf(path.join(work, 'a.cps.yaml'));
    const opened = await client.open(uri, MANUAL);
    const unknown = opened.diagnostics.find((diagnostic) => diagnostic.code === 'unknown-competency');
    expect(unknown).toMatchObject({
      range: { start: at(MANUAL, 'E1.3'), end: { ...at(MANUAL, 'E1.3'), character: at(MANUAL, 'E1.3').character + 4 } },
      severity: 1,
      source: 'cpskit',
      codeDescription: { href: 'https://github.com/cpskit/cpskit/blob/main/docs/rules/unknown-competency.md' },
    });
    expect(unknown?.message).toContain('Did you mean E1.2');
    const undefinedActivity = opened.diagnostics.find((diagnostic) => diagnostic.code === 'undefined-activity');
    expect(undefinedActivity?.range.start).toEqual(at(MANUAL, 'jeu'));

    // Fix the code: the next diagnostics, for that version, no longer have it.
    const fixed = await client.change(uri, { start: at(MANUAL, 'E1.3'), end: { ...at(MANUAL, 'E1.3'), character: at(MANUAL, 'E1.3').character + 4 } }, 'E1.1');
    expect(fixed.version).toBe(2);
    expect(fixed.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-competency')).toBe(false);
    expect(fixed.diagnostics.some((diagnostic) => diagnostic.code === 'undefined-activity')).toBe(true);

    const cleared = client.diagnosticsFor(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect((await cleared).diagnostics).toEqual([]);

    expect(await client.stop()).toBe(0);
  });

  it('keeps the criteria findings of the last readable version while a syntax error is typed, marked as such', async () => {
    const client = start();
    await client.initialize();
    const uri = uriOf(path.join(work, 'stale.cps.yaml'));
    const opened = await client.open(uri, MANUAL);
    // An unclosed quote on the title: the manual cannot be read.
    const broken = await client.change(uri, { start: at(MANUAL, 'version'), end: at(MANUAL, 'version') }, 'x: "\n');
    expect(broken.diagnostics.some((diagnostic) => diagnostic.code === 'yaml-syntax')).toBe(true);
    const stale = broken.diagnostics.filter((diagnostic) => diagnostic.message.endsWith('(last readable version)'));
    // Every criteria and coverage finding of the readable version, and only those.
    const criteriaCodes = opened.diagnostics
      .filter((diagnostic) => ['criteria', 'coverage'].includes(findRuleMeta(String(diagnostic.code))?.category ?? ''))
      .map((diagnostic) => String(diagnostic.code))
      .sort();
    expect(criteriaCodes.length).toBeGreaterThan(0);
    expect(stale.map((diagnostic) => String(diagnostic.code)).sort()).toEqual(criteriaCodes);
    // Mended: the findings are the manual's own again, none marked.
    const mended = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, '');
    expect(mended.diagnostics.some((diagnostic) => diagnostic.message.endsWith('(last readable version)'))).toBe(false);
    expect(mended.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(opened.diagnostics.map((diagnostic) => diagnostic.code));
    expect(await client.stop()).toBe(0);
  });

  it('checks a burst of keystrokes once, for the last version only', async () => {
    const client = start();
    // A debounce long enough that the first keystroke, however slow the machine, comes within it of the check on open.
    await client.initialize(undefined, { initializationOptions: { debounceMs: 1_000 } });
    const uri = uriOf(path.join(work, 'burst.cps.yaml'));
    await client.open(uri, MANUAL);
    const before = client.published.length;
    const start2 = at(MANUAL, 'La météo');
    let version = 0;
    for (let i = 0; i < 10; i++) version = await client.changeNoWait(uri, { start: start2, end: start2 }, 'x');
    const last = await client.diagnosticsFor(uri, (published) => published.version === version);
    expect(last.version).toBe(11);
    // Nothing was published for the versions in between.
    expect(client.published.slice(before).map((published) => published.version)).toEqual([11]);
    await client.stop();
  });

  it('answers hover, completion, code actions, definition, references, rename, symbols and folding', async () => {
    const client = start();
    await client.initialize(undefined, { locale: 'fr' });
    const uri = uriOf(path.join(work, 'b.cps.yaml'));
    await client.open(uri, MANUAL);

    const hovered = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(MANUAL, 'S1.2') });
    expect(JSON.stringify(hovered.contents)).toContain('Communiquer de façon empathique');

    const { text, position } = cursor(MANUAL.replace('    kind: workshop', '    kind: ‸'));
    await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, text);
    const completion = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    expect(completion.items.map((item) => item.label)).toEqual(expect.arrayContaining(['workshop', 'ritual', 'informal']));
    await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, MANUAL);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at(MANUAL, 'E1.3'), end: at(MANUAL, 'E1.3') },
      context: { diagnostics: [] },
    });
    const replace = actions.find((action) => action.title.includes('E1.2'));
    expect(replace?.edit?.changes?.[uri]).toEqual([
      { range: { start: at(MANUAL, 'E1.3'), end: { ...at(MANUAL, 'E1.3'), character: at(MANUAL, 'E1.3').character + 4 } }, newText: 'E1.2' },
    ]);
    expect(actions.some((action) => action.title.includes('cps-disable') || action.title.toLowerCase().includes('désactiver'))).toBe(true);

    const definitions = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at(MANUAL, 'meteo]') });
    expect(definitions).toEqual([{ uri, range: { start: at(MANUAL, 'meteo'), end: { ...at(MANUAL, 'meteo'), character: at(MANUAL, 'meteo').character + 5 } } }]);

    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: at(MANUAL, 'cercle'), context: { includeDeclaration: true } });
    expect(refs).toHaveLength(3);

    const renamed = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at(MANUAL, 'cercle'), newName: 'cercle-de-parole' });
    expect(renamed.changes?.[uri]).toHaveLength(3);
    const refused = client.request('textDocument/rename', { textDocument: { uri }, position: at(MANUAL, 'cercle'), newName: 'meteo' });
    await expect(refused).rejects.toThrow();

    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((symbol) => symbol.name)).toEqual(['version', 'program', 'activities', 'sessions']);
    const folding = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(folding.length).toBeGreaterThan(3);
    await client.stop();
  });

  it('returns the analysis of a manual with the custom request cps/analysis', async () => {
    const client = start();
    await client.initialize();
    const uri = uriOf(path.join(work, 'c.cps.yaml'));
    await client.open(uri, MANUAL);
    const analysis = await client.request<{ criteria: { modalities: unknown[]; general: unknown[] }; coverage: { totals: { minutes: number } }; counts: { error: number } }>(
      'cps/analysis',
      { uri },
    );
    expect(analysis.criteria.modalities).toHaveLength(33);
    expect(analysis.criteria.general).toHaveLength(3);
    // s1: 50 + 10 minutes; s2: 50 minutes, its unknown activity "jeu" counting for nothing.
    expect(analysis.coverage.totals.minutes).toBe(110);
    expect(analysis.counts.error).toBe(2);
    expect(await client.request(AnalysisRequest, { uri: 'file:///not-open.cps.yaml' })).toBeNull();
    await client.stop();
  });

  it('checks a manual the editor has not opened with cps/checkFile, as opening it would, without publishing anything', async () => {
    const client = start();
    await client.initialize();
    const closedUri = uriOf(path.join(work, 'closed.cps.yaml'));
    const opened = await client.open(uriOf(path.join(work, 'opened.cps.yaml')), MANUAL);
    const published = client.published.length;
    const result = (await client.request(CheckFileRequest, { uri: closedUri, text: MANUAL }))!;
    expect(result.diagnostics.map((d) => d.code)).toEqual(opened.diagnostics.map((d) => d.code));
    expect(result.diagnostics.map((d) => d.range)).toEqual(opened.diagnostics.map((d) => d.range));
    expect(result.diagnostics.every((d) => d.source === 'cpskit')).toBe(true);
    expect(result.counts.error).toBe(2);
    expect(typeof result.score).toBe('number');
    // Nothing was published for the closed file: the caller decides where its diagnostics go.
    expect(client.published.slice(published).some((p) => p.uri === closedUri)).toBe(false);
    // A client that leaves out the text (the protocol's types require it) is refused, not answered with nonsense.
    await expect(client.request('cps/checkFile', { uri: closedUri })).rejects.toMatchObject({ code: -32803 });
    await client.stop();
  });

  it('survives malformed messages and requests, and answers a cancelled request as cancelled', async () => {
    const client = start();
    // No check on a timer here: the request itself has to check the changed text (see below).
    await client.initialize(undefined, { initializationOptions: { debounceMs: 600_000 } });
    const uri = uriOf(path.join(work, 'd.cps.yaml'));
    await client.open(uri, MANUAL);
    // A body that is not JSON, then a request with nonsense parameters, then a document that breaks the parser.
    const garbage = '{"jsonrpc": "2.0", "id": 99, "method": ';
    client.process.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    // Nonsense parameters get no hover, not a crash: null, the LSP's "nothing here".
    await expect(client.request('textDocument/hover', { textDocument: { uri }, position: { line: -5, character: 'x' } })).resolves.toBeNull();
    await client.changeNoWait(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '[[[[{{{{ "\u0000\t: - ? &a *b\n');
    // Still answering, on the text as it now is: the hover explains the syntax error it breaks.
    const stillThere = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
    expect((stillThere?.contents as { value: string }).value).toContain('`yaml-syntax`');

    // A long manual, just changed: the request has to check it first, and the cancellation sent
    // right after it arrives meanwhile, so it is honoured (a quick request may win the race).
    const long =
      `${MANUAL}${Array.from({ length: 3000 }, (_, i) => `  - id: extra-${i}\n    title: Activité ${i}\n    kind: workshop\n    competencies: [E1.2]\n`).join('')}`.replace(
        'sessions:',
        'notes: []\nsessions_: []\nsessions:',
      );
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 50 }, contentChanges: [{ text: long }] });
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(AnalysisRequest, { uri }, source.token);
    source.cancel();
    await expect(request).rejects.toMatchObject({ code: -32800 });
    expect(client.process.exitCode).toBeNull();
    expect(await client.stop()).toBe(0);
  });
});
