import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { findGitRoot, isInside, reallyInside } from '@cpskit/language-server/node';

/** An error with a system-like code, for the messages that explain codes (`describeReason`). */
function failure(code: string, text: string): NodeJS.ErrnoException {
  return Object.assign(new Error(text), { code });
}

export interface ReplaceOptions {
  /** The permissions of the new file: those of the file it replaces, for --fix. */
  readonly mode?: number;
  /** Called once the new content is safely written, just before it takes the old file's place; false stops the replacement. */
  readonly stillSame?: () => boolean | Promise<boolean>;
}

/**
 * Writes `target` as a new file: the content goes to a temporary file beside it, which is then
 * renamed over it. Nobody ever sees half a file; a write that fails (a full disk, a size limit)
 * leaves the old file as it was and no temporary file behind; and a symbolic link at `target`
 * is replaced by the file, never followed. Throws with code ECHANGED when `stillSame` says no.
 */
export async function replaceFile(target: string, data: string | Uint8Array, options: ReplaceOptions = {}): Promise<void> {
  const temp = path.join(path.dirname(target), `.cps-${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    // 'wx': created here and now, never an existing file or a link planted at that name.
    handle = await open(temp, 'wx', options.mode ?? 0o666);
    await handle.writeFile(data);
    // The umask applied at creation; the mode of the file replaced is kept exactly.
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.stillSame && !(await options.stillSame())) throw failure('ECHANGED', `${target} changed while it was being written`);
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes a file the user named on the command line (`--output-file`, `cps schema --output`):
 * a new file, never written through a symbolic link at its name (`replaceFile`). When the path
 * is in the repository where `cps` runs (the folder holding `.git` above `cwd`, else `cwd`), the
 * folders on the way must really be in it: a committed link such as `rapports -> /home/runner`
 * does not carry the write elsewhere (code ELINKOUT). A path outside the repository, such as
 * `$RUNNER_TEMP/cps.sarif`, is written where it is named.
 */
export async function writeNamedFile(target: string, data: string, cwd: string): Promise<void> {
  const repository = findGitRoot(cwd) ?? path.resolve(cwd);
  const folder = path.dirname(target);
  const guarded = isInside(target, repository);
  const check = () => {
    if (guarded && !reallyInside(folder, repository)) throw failure('ELINKOUT', `${folder} leads outside ${repository}`);
  };
  check();
  await mkdir(folder, { recursive: true });
  check();
  await replaceFile(target, data);
}
