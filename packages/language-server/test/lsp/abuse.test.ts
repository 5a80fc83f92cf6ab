import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc/node.js';
import { MANUAL } from './fixtures.js';
import { AnalysisRequest } from '../../src/protocol.js';
import { LspClient, uriOf } from './lsp-client.js';

/**
 * The built server under a client that misbehaves in every way at once: bad framing, unknown
 * methods, requests on documents it never opened, edits out of range, fifty documents edited
 * at once, a storm of cancellations, a 2 GB Content-Length followed by 20 MB of junk. It keeps
 * answering, stays alive, and its memory stays under RSS_CEILING_MB.
 */

/** The most resident memory the server may use through this test: about three times what it uses idle. */
const RSS_CEILING_MB = 300;

let clients: LspClient[] = [];
afterEach(() => {
  for (const client of clients) if (client.process.exitCode === null) client.process.kill();
  clients = [];
});

function start(): LspClient {
  const client = new LspClient(['--stdio']);
  clients.push(client);
  return client;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  return kb / 1024;
}

const work = '/nonexistent-cps-abuse';
const position = { line: 3, character: 4 };

describe('the built server under abuse', { timeout: 120_000 }, () => {
  it('keeps answering, stays alive and bounded in memory', async () => {
    const client = start();
    await client.initialize();
    const pid = client.process.pid!;
    const before = rssMb(pid);

    // Unknown methods: requests are refused, notifications ignored.
    await expect(client.request('cps/no-such-thing', {})).rejects.toMatchObject({ code: -32601 });
    await client.connection.sendNotification('cps/no-such-notification', { x: 1 });

    // Requests on documents the editor never opened.
    const never = uriOf(path.join(work, 'never-opened.cps.yaml'));
    expect(await client.request('textDocument/hover', { textDocument: { uri: never }, position })).toBeNull();
    expect(await client.request('textDocument/completion', { textDocument: { uri: never }, position })).toBeNull();
    expect(await client.request('textDocument/definition', { textDocument: { uri: never }, position })).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: never } })).toEqual([]);
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: never }, range: { start: position, end: position }, context: { diagnostics: [] } })).toEqual([]);
    expect(await client.request(AnalysisRequest, { uri: never })).toBeNull();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: never } });

    // Edits past the end, before the start and reversed: the document stays usable.
    const edited = uriOf(path.join(work, 'edited.cps.yaml'));
    await client.open(edited, MANUAL);
    const far = { line: 1_000_000, character: 1_000_000 };
    await client.changeNoWait(edited, { start: far, end: far }, '\n# appended past the end\n');
    await client.changeNoWait(edited, { start: { line: -5, character: -5 }, end: { line: 0, character: 0 } }, '# before the start\n');
    await client.changeNoWait(edited, { start: { line: 9, character: 0 }, end: { line: 2, character: 0 } }, '');
    const last = await client.change(edited, { start: { line: 5, character: 500 }, end: { line: 4, character: 900 } }, 'x');
    expect(Array.isArray(last.diagnostics)).toBe(true);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: edited } })).toBeInstanceOf(Array);

    // Fifty documents, ten edits each, all sent before any answer: each gets the diagnostics of its last version.
    const uris = Array.from({ length: 50 }, (_, i) => uriOf(path.join(work, `many-${i}.cps.yaml`)));
    await Promise.all(uris.map((uri) => client.open(uri, MANUAL)));
    const finals = new Map<string, number>();
    for (let round = 0; round < 10; round++) {
      for (const uri of uris) finals.set(uri, await client.changeNoWait(uri, { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } }, 'é'));
    }
    const settled = await Promise.all(uris.map((uri) => client.diagnosticsFor(uri, (published) => published.version === finals.get(uri), 60_000)));
    expect(settled.map((published) => published.version)).toEqual(uris.map(() => 11));

    // A storm of cancellations: for requests in flight, for requests already answered, for ids never used.
    const storm = Array.from({ length: 300 }, (_, i) => {
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uris[i % 50] }, position }, source.token);
      source.cancel();
      return request.then(
        () => 'answered',
        (error: { code?: number }) => (error.code === -32800 ? 'cancelled' : `failed ${String(error.code)}`),
      );
    });
    for (let id = 0; id < 300; id++) await client.connection.sendNotification('$/cancelRequest', { id: 1_000_000 + id });
    const outcomes = await Promise.all(storm);
    expect(outcomes.every((outcome) => outcome === 'answered' || outcome === 'cancelled')).toBe(true);

    // Garbage, then a 2 GB Content-Length followed by 20 MB of junk: refused without being buffered.
    client.process.stdin.write('\u0000\u001b[2Jnot a header\r\n\r\n');
    client.process.stdin.write('Content-Length: 2147483648\r\n\r\n');
    const junk = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 20; i++) client.process.stdin.write(junk);

    // After all of it, a request is answered, the process is alive, its memory bounded.
    expect(await client.request(AnalysisRequest, { uri: edited })).toMatchObject({ counts: expect.any(Object) });
    expect(client.process.exitCode).toBeNull();
    const after = rssMb(pid);
    console.log(`server RSS: ${before.toFixed(0)} MB after initialize, ${after.toFixed(0)} MB after the abuse (ceiling ${RSS_CEILING_MB} MB)`);
    expect(after).toBeLessThan(RSS_CEILING_MB);
    expect(client.stderr).toContain('LSP framing error');
    expect(await client.stop()).toBe(0);
  });
});
