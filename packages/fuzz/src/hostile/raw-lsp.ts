import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BASE_ENV, SERVER } from './run.js';

interface Response {
  readonly id: number | string;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

/**
 * A bare LSP client over the built server's stdio, with its own framing (so that it can also
 * write raw bytes): requests by id with a deadline, notifications sent and received ignored.
 */
export class RawLsp {
  readonly process: ChildProcessWithoutNullStreams;
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number | string, (response: Response) => void>();
  readonly exited: Promise<number | null>;

  /** `nodeArgs`: for node itself, as --max-old-space-size=512. */
  constructor(nodeArgs: readonly string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { env: { ...BASE_ENV } });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/content-length:\s*(\d+)/i.exec(this.buffer.subarray(0, end).toString('latin1'))?.[1]);
      if (!Number.isFinite(length) || this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Partial<Response> & { method?: string };
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method !== undefined && message.id !== undefined) this.send({ jsonrpc: '2.0', id: message.id, result: null });
      else if (message.id !== undefined) this.waiting.get(message.id)?.(message as Response);
    }
  }

  write(bytes: string | Buffer): void {
    this.process.stdin.write(bytes);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a request; resolves with its response, or `undefined` past the deadline or when the server exits. */
  request(method: string, params: unknown, timeoutMs = 10_000): Promise<Response | undefined> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(undefined), timeoutMs);
      const done = (response: Response | undefined) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(response);
      };
      this.waiting.set(id, done);
      void this.exited.then(() => done(undefined));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  async initialize(): Promise<Response | undefined> {
    const response = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } },
    });
    this.notify('initialized', {});
    return response;
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }
}
