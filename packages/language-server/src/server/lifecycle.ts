import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/**
 * Where the session stands: before `initialize`, every request is answered ServerNotInitialized
 * (LSP 3.17, "initialize"), which vscode-languageserver leaves to the server; and nothing is
 * checked before the editor's settings are known, so that the first diagnostics are the right ones.
 */
export class Lifecycle {
  /** Whether `initialize` was received. */
  initialized = false;
  /** Settles once the editor's settings are read (after `initialized`). */
  readonly ready: Promise<void>;
  private markReadyNow: () => void = () => {};

  constructor(private readonly logError: (message: string) => void) {
    this.ready = new Promise<void>((resolve) => (this.markReadyNow = resolve));
  }

  markReady(): void {
    this.markReadyNow();
  }

  notInitialized(): ResponseError<void> {
    return new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized: send initialize first');
  }

  /**
   * Runs a request handler once the server is ready: an exception is logged and answered with
   * `fallback`, never fatal; a cancelled request is answered as cancelled.
   */
  async guard<T>(name: string, token: CancellationToken | undefined, fallback: T, run: () => T | Promise<T>): Promise<T> {
    if (!this.initialized) throw this.notInitialized();
    if (token?.isCancellationRequested) throw cancelled();
    try {
      await this.ready;
      return await run();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      this.logError(`cpskit: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  }
}

/** The answer to a request the client cancelled. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}
