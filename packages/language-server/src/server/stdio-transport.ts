import type { Readable } from 'node:stream';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node.js';
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
