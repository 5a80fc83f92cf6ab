import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statfsSync, type Stats } from 'node:fs';
import path from 'node:path';

/*
 * What cpskit may read of a repository it is given. A repository is hostile (in CI, whoever
 * writes the pull request writes its files, links included), so what is found in it is read only
 * when it really is inside "the folder being checked", and only when it is a regular file.
 */

/** The nearest folder at or above `folder` that holds `.git` (a folder, or a file in a worktree): the repository's root. */
export function findGitRoot(folder: string): string | undefined {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Whether `child` is `parent` or lies under it, comparing the paths as written. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The real path of a file or folder (every link resolved), or undefined when it does not exist or cannot be resolved. */
export function realPathOf(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/**
 * Whether `file`, once every symbolic link is followed, is inside `boundary` (also resolved).
 * A path that does not exist yet is judged by its deepest folder that exists.
 */
export function reallyInside(file: string, boundary: string): boolean {
  const realBoundary = realPathOf(boundary) ?? path.resolve(boundary);
  let existing = path.resolve(file);
  let rest = '';
  for (;;) {
    const real = realPathOf(existing);
    if (real !== undefined) return isInside(path.join(real, rest), realBoundary);
    const parent = path.dirname(existing);
    if (parent === existing) return false;
    rest = path.join(path.basename(existing), rest);
    existing = parent;
  }
}

/** Whether a path is a symbolic link itself (not what it points to). */
export function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/*
 * Kernel file systems whose "regular files" are not files: /proc/self/environ is one, and would
 * print the environment (CI secrets) as a manual. Magic numbers from Linux's <linux/magic.h>.
 */
const PSEUDO_FILE_SYSTEMS = new Set([
  0x9fa0, // proc
  0x62656572, // sysfs
  0x64626720, // debugfs
  0x74726163, // tracefs
  0x73636673, // securityfs
  0x62656570, // configfs
  0x27e0eb, // cgroup
  0x63677270, // cgroup2
  0xde5e81e4, // efivarfs
  0x6165676c, // pstore
  0xcafe4a11, // bpf
  0xf97cff8c, // selinuxfs
  0x42494e4d, // binfmt_misc
  0x65735543, // fusectl
  0x6e736673, // nsfs
]);

/** Whether a file lies on one of the kernel's pseudo file systems (/proc, /sys…), whose files are not data. */
export function onPseudoFileSystem(file: string): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return PSEUDO_FILE_SYSTEMS.has(Number(statfsSync(file).type) >>> 0);
  } catch {
    return false;
  }
}

/** What reading a file gave: its bytes and its status, or the reason it was not read (a system code, or ENOTFILE). */
export type RegularRead = { readonly ok: true; readonly bytes: Buffer; readonly stats: Stats } | { readonly ok: false; readonly code: string };

/**
 * Reads a file only if it is a regular file holding data: never a pipe (which would block),
 * a socket, a device or a file of /proc or /sys. With `noFollow`, the last part of the path must
 * not be a symbolic link (ELOOP if it is): the file read is the one that was found, even if a
 * link has been put in its place since. The checks are made on the opened file itself, so they
 * hold for what is read. (A folder higher up swapped for a link in between is not caught: Node
 * has no openat. Nothing can make that swap during a CI run, where the repository's content is
 * the commit's and cpskit runs none of it; it would take someone already at the machine.)
 */
export function readRegularFile(file: string, options: { readonly noFollow?: boolean } = {}): RegularRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a pipe for reading would otherwise wait for a writer, forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
  } catch (error) {
    return { ok: false, code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || onPseudoFileSystem(file)) return { ok: false, code: 'ENOTFILE' };
    return { ok: true, bytes: readFileSync(fd), stats };
  } catch (error) {
    return { ok: false, code: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    closeSync(fd);
  }
}
