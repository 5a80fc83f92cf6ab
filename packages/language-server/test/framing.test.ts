import { describe, expect, it } from 'vitest';
import { FrameDecoder, MAX_MESSAGE_BYTES, type FrameEvent } from '../src/server/framing.js';

const frame = (message: object, declared?: number) => {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${declared ?? body.length}\r\n\r\n`, 'latin1'), body]);
};
const REQUEST = { jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: { text: 'émotions: Content-Length: 3' } };
const bytes = (text: string) => Buffer.from(text, 'latin1');
const decodeAll = (...chunks: Buffer[]) => {
  const decoder = new FrameDecoder();
  return chunks.flatMap((chunk) => decoder.push(chunk));
};
const kinds = (events: FrameEvent[]) => events.map((event) => event.kind);
const messages = (events: FrameEvent[]) => events.flatMap((event) => (event.kind === 'message' ? [event.message] : []));
const reasons = (events: FrameEvent[]) => events.flatMap((event) => (event.kind === 'error' ? [event.reason] : []));

describe('reading LSP framing', () => {
  it('reads well-framed messages, whole, split byte by byte, or several in one chunk, with other headers', () => {
    const one = frame(REQUEST);
    expect(messages(decodeAll(one))).toEqual([REQUEST]);
    expect(messages(decodeAll(...[...one].map((byte) => Buffer.from([byte]))))).toEqual([REQUEST]);
    const typed = Buffer.concat([bytes('content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}')]);
    expect(decodeAll(Buffer.concat([one, typed, one]))).toEqual([
      { kind: 'message', message: REQUEST },
      { kind: 'message', message: {} },
      { kind: 'message', message: REQUEST },
    ]);
  });

  it.each([
    ['garbage', bytes('hello world\r\n\r\n'), /not "Name: value": "hello world"/],
    ['a body without its header', bytes('{"jsonrpc":"2.0","id":1,"method":"x"}'), /not "Name: value"/],
    ['a header without Content-Length', bytes('Content-Type: x\r\n\r\n{}'), /without Content-Length/],
    ['a negative length', bytes('Content-Length: -5\r\n\r\n'), /not a byte count: "-5"/],
    ['a length that is not a number', bytes('Content-Length: twelve\r\n\r\n'), /not a byte count/],
    ['a length over the limit', bytes(`Content-Length: ${2 ** 31}\r\n\r\n`), new RegExp(`${2 ** 31} is over the limit of ${MAX_MESSAGE_BYTES}`)],
    ['a length too short', frame(REQUEST, 20), /not JSON/],
    ['a length too long', frame(REQUEST, 400), /header \d+ bytes into a body declared 400 bytes long/],
    ['control characters', bytes('Content-Length: 3\x1b[31m\r\n\r\n'), /control character: "Content-Length: 3\\u001b\[31m"/],
    ['a header block that never ends', bytes('X-A: b\r\n'.repeat(2000)), /no end of header within 8192 bytes/],
  ])('reports %s once, then reads the next well-framed message', (_name, bad, reason) => {
    const events = decodeAll(bad, frame(REQUEST));
    expect(kinds(events)).toEqual(['error', 'resynced', 'message']);
    expect(reasons(events)[0]).toMatch(reason);
    expect(messages(events)).toEqual([REQUEST]);
  });

  it('reports garbage as soon as it cannot be the start of a header, without waiting for more', () => {
    const decoder = new FrameDecoder();
    expect(kinds(decoder.push(bytes('{"jsonrpc"')))).toEqual(['error']);
    expect(kinds(decoder.push(bytes('Content-Le')))).toEqual([]);
    expect(decoder.push(frame(REQUEST).subarray(10))).toEqual([
      { kind: 'resynced', skipped: 10 },
      { kind: 'message', message: REQUEST },
    ]);
  });

  it('holds no more than a header while it skips an over-long message', () => {
    const decoder = new FrameDecoder({ maxMessageBytes: 1000, maxHeaderBytes: 100 });
    expect(reasons(decoder.push(bytes('Content-Length: 5000\r\n\r\n')))).toEqual(['Content-Length 5000 is over the limit of 1000 bytes; the message is refused']);
    for (let i = 0; i < 50; i++) {
      expect(decoder.push(Buffer.alloc(100, 'x'))).toEqual([]);
      expect(decoder.buffered).toBeLessThan(20);
    }
    expect(messages(decoder.push(frame(REQUEST)))).toEqual([REQUEST]);
  });

  it('keeps a header split across chunks while it looks for one', () => {
    const decoder = new FrameDecoder();
    decoder.push(bytes('junk junk'));
    const good = frame(REQUEST);
    expect(decoder.push(good.subarray(0, 5))).toEqual([]);
    expect(messages(decoder.push(good.subarray(5)))).toEqual([REQUEST]);
  });

  it('gives one error for a run of bad candidates, and a new one after a good message', () => {
    const events = decodeAll(bytes('Content-Length: x\r\n\r\nContent-Length: -1\r\n\r\nContent-Length\r\n\r\n'), frame(REQUEST), bytes('oops\r\n\r\n'), frame(REQUEST));
    expect(kinds(events)).toEqual(['error', 'resynced', 'message', 'error', 'resynced', 'message']);
  });

  it('shows hostile bytes in its reasons as printable ASCII only', () => {
    const [event] = decodeAll(bytes('\x1b]8;;http://x\x07\u00e9\x9b:\r\n\r\n'));
    expect(event?.kind).toBe('error');
    expect((event as { reason: string }).reason).toMatch(/^[\x20-\x7e]*$/);
  });
});
