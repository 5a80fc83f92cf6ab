import type { Readable } from 'node:stream';
import { format } from 'node:util';
import {
  AbstractMessageReader,
  ProposedFeatures,
  StreamMessageWriter,
  createConnection,
  type Connection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node.js';
import { FrameDecoder, type FrameEvent } from './framing.js';

/**
 * A message reader over a byte stream (stdin) that survives bad framing: each framing error is
 * reported through `report` and reading resumes at the next `Content-Length` header.
 */
export class RecoveringMessageReader extends AbstractMessageReader implements MessageReader {
  private readonly decoder = new FrameDecoder();

  constructor(
    private readonly readable: Readable,
    private readonly report: (line: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => {
      for (const event of this.decoder.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)) this.deliver(event, callback);
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('end', onClose);
        this.readable.off('close', onClose);
      },
    };
  }

  private deliver(event: FrameEvent, callback: DataCallback): void {
    switch (event.kind) {
      case 'message':
        callback(event.message as Message);
        return;
      case 'error':
        this.report(`cpskit: LSP framing error: ${event.reason}; reading on from the next Content-Length header`);
        return;
      case 'resynced':
        this.report(`cpskit: LSP input readable again after ${event.skipped} bytes skipped`);
        return;
    }
  }
}

/**
 * A connection over stdin and stdout whose input is read by {@link RecoveringMessageReader}: a
 * framing error is logged (stderr and window/logMessage) and reading resumes at the next header.
 */
export function createStdioConnection(): Connection {
  // eslint-disable-next-line prefer-const -- `report` is handed to the reader before the connection exists: a const would be read in its temporal dead zone.
  let connection: Connection | undefined;
  const report = (line: string) => {
    process.stderr.write(`${line}\n`);
    connection?.console.error(line);
  };
  connection = createConnection(ProposedFeatures.all, new RecoveringMessageReader(process.stdin, report), new StreamMessageWriter(process.stdout));
  // What vscode-languageserver does for its own stdio transport: stdout carries the protocol, so
  // console output goes to the client's log, and the server ends with its input.
  // Kept on one line: split by Prettier, the spread would move away from its bounded-spread note.
  // prettier-ignore
  // bounded-spread: the arguments of one console call
  const toLog = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
  console.log = console.info = console.debug = toLog((message) => connection.console.log(message));
  console.warn = toLog((message) => connection.console.warn(message));
  console.error = toLog((message) => connection.console.error(message));
  let shutdownReceived = false;
  connection.onShutdown(() => {
    shutdownReceived = true;
  });
  const exit = () => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return connection;
}
