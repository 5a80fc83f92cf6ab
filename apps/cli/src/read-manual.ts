import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_MANUAL_BYTES } from '@cpskit/language-server';

/** What reading a manual file gave: its text, or the news that it is over the size limit (and was not read). */
export type ManualRead = { readonly text: string } | { readonly tooLarge: true };

/**
 * Reads a manual file, but never more than the size limit: a file over it by its size is not
 * read at all, and a file that says nothing of its size (a device, a file still growing) is read
 * no further than one byte past the limit. Throws the system's error when it cannot be opened.
 */
export function readManualFile(file: string, limit = MAX_MANUAL_BYTES): ManualRead {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > limit) return { tooLarge: true };
    // Room for the size the file says it has and one byte more, to see it grow; more as needed.
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, 65_536)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { tooLarge: true };
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { text: buffer.toString('utf8', 0, length) };
  } finally {
    closeSync(fd);
  }
}
