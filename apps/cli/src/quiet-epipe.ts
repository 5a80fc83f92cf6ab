/** A reader that stops early (`cps check | head`) closes the pipe: that is not a failure of cps. */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listeners('error').includes(onError)) continue;
    stream.on('error', onError);
  }
}

function onError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
}
