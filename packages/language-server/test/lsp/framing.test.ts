import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisRequest } from '../../src/protocol.js';
import { LspClient } from './lsp-client.js';

/**
 * The built server, fed raw bytes on stdin the way a broken client or a stray write would: it
 * logs each framing error and reads on from the next header, and answers requests sent before
 * `initialize` with ServerNotInitialized.
 */

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

/** Resolves once the server's stderr holds `needle`. */
function stderrHas(client: LspClient, needle: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stderr never said ${JSON.stringify(needle)}; it said: ${client.stderr}`)), timeoutMs);
    const look = () => {
      if (!client.stderr.includes(needle)) return;
      clearTimeout(timer);
      client.process.stderr.off('data', look);
      resolve();
    };
    client.process.stderr.on('data', look);
    look();
  });
}

const body = (message: object) => Buffer.from(JSON.stringify(message), 'utf8');
const ANY_REQUEST = { jsonrpc: '2.0', id: 'raw', method: 'cps/analysis', params: { uri: 'file:///nowhere.cps.yaml' } };

const BAD_INPUTS: [name: string, bytes: Buffer, reason: string][] = [
  ['garbage', Buffer.from('GET / HTTP/1.1\r\n\r\n'), 'a header line that is not "Name: value": "GET / HTTP/1.1"'],
  ['a body without its header', body(ANY_REQUEST), 'a header line that is not "Name: value"'],
  ['a header without Content-Length', Buffer.from('Content-Type: application/json\r\n\r\n{}'), 'a header without Content-Length'],
  ['a length too short', Buffer.concat([Buffer.from('Content-Length: 12\r\n\r\n'), body(ANY_REQUEST)]), 'a body of 12 bytes that is not JSON'],
  ['a negative length', Buffer.from('Content-Length: -40\r\n\r\n'), 'Content-Length is not a byte count: "-40"'],
  ['a 2 GB length', Buffer.from('Content-Length: 2147483648\r\n\r\n'), 'Content-Length 2147483648 is over the limit of 67108864 bytes'],
  ['a length too long', Buffer.concat([Buffer.from('Content-Length: 900\r\n\r\n'), body({ jsonrpc: '2.0', method: 'x' })]), 'bytes long: the Content-Length was too long'],
];

describe('the built server on badly framed input', { timeout: 30_000 }, () => {
  it('answers requests sent before initialize with ServerNotInitialized (-32002), then works once initialized', async () => {
    const client = start();
    await expect(client.request('textDocument/hover', { textDocument: { uri: 'file:///a.cps.yaml' }, position: { line: 0, character: 0 } })).rejects.toMatchObject({
      code: -32002,
    });
    await expect(client.request(AnalysisRequest, { uri: 'file:///a.cps.yaml' })).rejects.toMatchObject({ code: -32002 });
    await expect(client.request('no/such-method', {})).rejects.toMatchObject({ code: -32002 });
    await client.initialize();
    await expect(client.request(AnalysisRequest, { uri: 'file:///a.cps.yaml' })).resolves.toBeNull();
    await expect(client.request('no/such-method', {})).rejects.toMatchObject({ code: -32601 });
    expect(await client.stop()).toBe(0);
  });

  it.each(BAD_INPUTS)('logs %s to stderr and window/logMessage, then answers the next request', async (_name, bytes, reason) => {
    const client = start();
    await client.initialize();
    client.process.stdin.write(bytes);
    await expect(client.request(AnalysisRequest, { uri: 'file:///a.cps.yaml' })).resolves.toBeNull();
    await stderrHas(client, reason);
    expect(client.stderr).toMatch(/cpskit: LSP framing error: .*; reading on from the next Content-Length header\n/);
    expect(client.stderr).toMatch(/cpskit: LSP input readable again after \d+ bytes skipped\n/);
    expect(client.logs.some((line) => line.includes(reason))).toBe(true);
    expect(await client.stop()).toBe(0);
  });

  it('reads on through every kind of bad input in a row, each followed by a request', async () => {
    const client = start();
    await client.initialize();
    for (const [, bytes] of BAD_INPUTS) {
      client.process.stdin.write(bytes);
      await expect(client.request(AnalysisRequest, { uri: 'file:///a.cps.yaml' })).resolves.toBeNull();
    }
    expect(client.stderr.match(/LSP framing error/g)).toHaveLength(BAD_INPUTS.length);
    expect(await client.stop()).toBe(0);
  });

  it('exits, non-zero, when its input ends without shutdown', async () => {
    const client = start();
    await client.initialize();
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', resolve));
    client.process.stdin.end();
    expect(await exited).toBe(1);
  });
});
