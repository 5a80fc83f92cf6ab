/**
 * The LSP base protocol's framing (`Content-Length: N\r\n\r\n` then N bytes of JSON), read
 * defensively. vscode-jsonrpc's own reader stops understanding its input after one bad header or
 * one wrong length, and buffers whatever length it is told; this one reports every framing error
 * and reads on from the next `Content-Length` header, and never holds more than
 * {@link MAX_MESSAGE_BYTES} of one message.
 */

/**
 * The largest message body the server accepts: 64 MiB, far above any manual (the document's text
 * travels in `didOpen`), far below what would exhaust memory. A longer `Content-Length` is refused
 * without reading the body into memory.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** The most bytes a header block may take (real ones take about thirty). */
export const MAX_HEADER_BYTES = 8 * 1024;

export type FrameEvent =
  /** A message's body, parsed as JSON. */
  | { readonly kind: 'message'; readonly message: unknown }
  /** The input is not well framed at this point; reading goes on from the next header. */
  | { readonly kind: 'error'; readonly reason: string }
  /** A well-framed message was found again after an error, `skipped` bytes later. */
  | { readonly kind: 'resynced'; readonly skipped: number };

export interface FrameLimits {
  readonly maxMessageBytes: number;
  readonly maxHeaderBytes: number;
}

type State = { readonly mode: 'header' } | { readonly mode: 'body'; readonly length: number; scanned: number } | { readonly mode: 'resync'; readonly from: number };

const HEADER_NAME = 'content-length';
// An HTTP token (RFC 9110 tchar): what a header's name is made of.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const TOKEN_PREFIX = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
// No valid JSON text holds this: outside strings there are no letters but true/false/null, and
// inside strings CR and LF are escaped. Found inside a body, it means the declared length was too long.
const HEADER_IN_BODY = /content-length:[ \t]*\d+\r\n/;
const SCAN_OVERLAP = 64;

/**
 * Turns a byte stream into messages and framing errors. Pure (no I/O); `push` each chunk as it
 * arrives. After an error it is "recovering": further bad candidates are skipped silently and
 * the next good message is announced by a `resynced` event, so a stream of garbage gives one
 * error, not one per byte.
 */
export class FrameDecoder {
  private readonly queue = new ByteQueue();
  private state: State = { mode: 'header' };
  private recovering = false;
  private skipped = 0;

  constructor(private readonly limits: FrameLimits = { maxMessageBytes: MAX_MESSAGE_BYTES, maxHeaderBytes: MAX_HEADER_BYTES }) {}

  /** Bytes held, waiting for the rest of a header or body. */
  get buffered(): number {
    return this.queue.length;
  }

  push(chunk: Uint8Array): FrameEvent[] {
    if (chunk.length > 0) this.queue.push(chunk);
    const events: FrameEvent[] = [];
    while (this.step(events));
    return events;
  }

  /** One step of the state machine; false when it needs more bytes. */
  private step(events: FrameEvent[]): boolean {
    switch (this.state.mode) {
      case 'header':
        return this.readHeader(events);
      case 'body':
        return this.readBody(events, this.state);
      case 'resync':
        return this.resync(this.state.from);
    }
  }

  private readHeader(events: FrameEvent[]): boolean {
    if (this.queue.length === 0) return false;
    const head = this.queue.peek(this.limits.maxHeaderBytes + 4).toString('latin1');
    const end = head.indexOf('\r\n\r\n');
    const block = end === -1 ? head : head.slice(0, end);
    const problem = headerProblem(block, end !== -1);
    if (problem) return this.fail(events, problem, 1);
    if (end === -1) {
      if (this.queue.length >= this.limits.maxHeaderBytes) return this.fail(events, `no end of header within ${this.limits.maxHeaderBytes} bytes`, 1);
      return false;
    }
    const length = contentLengthOf(block);
    if (typeof length === 'string') return this.fail(events, length, 1);
    if (length > this.limits.maxMessageBytes) {
      return this.fail(events, `Content-Length ${length} is over the limit of ${this.limits.maxMessageBytes} bytes; the message is refused`, 1);
    }
    this.queue.drop(end + 4);
    this.state = { mode: 'body', length, scanned: 0 };
    return true;
  }

  private readBody(events: FrameEvent[], state: State & { mode: 'body' }): boolean {
    const available = Math.min(this.queue.length, state.length);
    if (available > state.scanned) {
      const from = Math.max(0, state.scanned - SCAN_OVERLAP);
      const seen = this.queue.slice(from, available).toString('latin1').toLowerCase();
      const match = HEADER_IN_BODY.exec(seen);
      state.scanned = available;
      if (match) {
        const at = from + match.index;
        // The header found is where reading resumes: drop the false body before it.
        this.queue.drop(at);
        this.skipped += at;
        return this.fail(events, `a header ${at} bytes into a body declared ${state.length} bytes long: the Content-Length was too long`, 0);
      }
    }
    if (this.queue.length < state.length) return false;
    const body = this.queue.take(state.length);
    this.state = { mode: 'header' };
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch (error) {
      this.skipped += body.length;
      // The next header may begin right here (a length too short leaves the rest of the body first).
      return this.fail(events, `a body of ${body.length} bytes that is not JSON (${(error as Error).message})`, 0);
    }
    if (this.recovering) {
      events.push({ kind: 'resynced', skipped: this.skipped });
      this.recovering = false;
      this.skipped = 0;
    }
    events.push({ kind: 'message', message });
    return true;
  }

  /** Reports an error (once per episode) and looks for the next header from `from`. */
  private fail(events: FrameEvent[], reason: string, from: number): boolean {
    if (!this.recovering) events.push({ kind: 'error', reason });
    this.recovering = true;
    this.state = { mode: 'resync', from };
    return true;
  }

  private resync(from: number): boolean {
    const text = this.queue.peek(this.queue.length).toString('latin1').toLowerCase();
    const at = text.indexOf(HEADER_NAME, from);
    if (at !== -1) {
      this.queue.drop(at);
      this.skipped += at;
      this.state = { mode: 'header' };
      return true;
    }
    // Keep only what could be the start of a header split across chunks.
    const drop = Math.min(text.length, Math.max(from, text.length - (HEADER_NAME.length - 1)));
    this.queue.drop(drop);
    this.skipped += drop;
    this.state = { mode: 'resync', from: 0 };
    return false;
  }
}

/** Why a header block (complete or not yet) cannot be one, or undefined when it can. */
function headerProblem(block: string, complete: boolean): string | undefined {
  const lines = block.split('\r\n');
  for (const [index, whole] of lines.entries()) {
    const last = !complete && index === lines.length - 1;
    // The last line of an incomplete block may stop between its CR and its LF.
    const line = last && whole.endsWith('\r') ? whole.slice(0, -1) : whole;
    if (/[\x00-\x08\x0a-\x1f\x7f]/.test(line)) return `a header line with a control character: ${excerpt(line)}`;
    const colon = line.indexOf(':');
    if (colon === -1 ? !last || !TOKEN_PREFIX.test(line) : !TOKEN.test(line.slice(0, colon))) {
      return `a header line that is not "Name: value": ${excerpt(line)}`;
    }
  }
  return undefined;
}

/** The Content-Length of a complete header block, or why there is none. */
function contentLengthOf(block: string): number | string {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (line.slice(0, colon).toLowerCase() !== HEADER_NAME) continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,16}$/.test(value)) return `Content-Length is not a byte count: ${excerpt(value)}`;
    const parsed = Number(value);
    if (length !== undefined && length !== parsed) return 'two different Content-Length headers';
    length = parsed;
  }
  return length ?? `a header without Content-Length: ${excerpt(block)}`;
}

/** At most 60 characters of hostile input, printable ASCII only, for a log line. */
export function excerpt(text: string): string {
  const cut = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(cut).replace(/[^\x20-\x7e…]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A FIFO of byte chunks: appending is O(1), reading copies only what is read. */
class ByteQueue {
  private chunks: Uint8Array[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** Up to `count` bytes from the front, left in place. */
  peek(count: number): Buffer {
    return this.slice(0, Math.min(count, this.length));
  }

  /** Bytes [start, end) from the front, left in place. */
  slice(start: number, end: number): Buffer {
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (const chunk of this.chunks) {
      if (offset >= end) break;
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, chunk.length);
      if (to > from) parts.push(chunk.subarray(from, to));
      offset += chunk.length;
    }
    return parts.length === 1 ? Buffer.from(parts[0]!.buffer, parts[0]!.byteOffset, parts[0]!.length) : Buffer.concat(parts);
  }

  take(count: number): Buffer {
    const taken = this.slice(0, count);
    // A copy, so that the chunk the body came from is not kept alive by a view into it.
    const copy = Buffer.from(taken);
    this.drop(count);
    return copy;
  }

  drop(count: number): void {
    let left = Math.min(count, this.length);
    this.length -= left;
    while (left > 0) {
      const first = this.chunks[0]!;
      if (first.length <= left) {
        this.chunks.shift();
        left -= first.length;
      } else {
        this.chunks[0] = first.subarray(left);
        left = 0;
      }
    }
  }
}
