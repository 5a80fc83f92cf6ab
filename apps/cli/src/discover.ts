import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { findGitRoot, isInside, onPseudoFileSystem } from '@cpskit/language-server/node';

/** The names that mark a file as a manual. */
export const MANUAL_PATTERN = /\.cps\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export type DiscoveryProblem =
  /** A path given on the command line that does not exist: the run cannot do what was asked. */
  | { readonly kind: 'missing'; readonly path: string }
  /** A path given on the command line that cannot be read. */
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string };

/** Something met while walking folders: reported, and the walk goes on. */
export type DiscoveryNotice =
  | { readonly kind: 'unreadable-folder'; readonly path: string; readonly reason: string }
  | { readonly kind: 'symlink-loop'; readonly path: string }
  | { readonly kind: 'not-a-file'; readonly path: string }
  /** A symbolic link that leads out of the folder being checked: not followed. */
  | { readonly kind: 'link-outside'; readonly path: string };

/** A manual found, and what reading or rewriting it safely needs to know. */
export interface FoundManual {
  /** Its absolute path as reached (through links, if any): what is shown and configured. */
  readonly path: string;
  /** Its real path when it was found: what is read (the last part never followed again as a link) and what --fix rewrites. */
  readonly real: string;
  /** The real path of the folder being checked it belongs to (see `discoverManuals`). */
  readonly boundary: string;
  /** Named on the command line, rather than found in a folder. */
  readonly named: boolean;
  /** Reached through a symbolic link met while walking, or, named, a link itself. */
  readonly throughLink: boolean;
}

export interface Discovery {
  /** The manuals found, sorted by path, each once. */
  readonly files: readonly FoundManual[];
  readonly problems: readonly DiscoveryProblem[];
  readonly notices: readonly DiscoveryNotice[];
}

/** Whether a path found while walking (not one named on the command line) is to be left out. */
export type IgnoreTest = (absolutePath: string, isFolder: boolean) => boolean;

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/** Characters without which a path cannot be a glob. */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;

/**
 * The folder being checked for a folder (or a glob's fixed part) named on the command line, as
 * a real path: the repository that holds it (the folder holding `.git`), else the folder itself.
 * What is named on the command line is the user's choice, wherever it is; what is found inside
 * it is the repository's, and is read only if it really is within that folder.
 */
export function boundaryOf(realFolder: string): string {
  return findGitRoot(realFolder) ?? realFolder;
}

/**
 * Finds the manuals the arguments name. A file named on the command line is checked whatever
 * its name, even if it is a symbolic link (the user chose it); a folder is searched for
 * `*.cps.yaml` and `*.cps.yml`; a glob (`manuels/**\/*.cps.yaml`, quoted so that the shell
 * leaves it alone) is matched from its fixed part. While walking, a symbolic link is followed
 * only when it leads inside the folder being checked (`boundaryOf`), else it is reported and left;
 * what the ignore test leaves out (.gitignore, the configuration's `ignore`), `node_modules` and
 * hidden folders are skipped; each real folder is visited once, so symlink loops end. Only
 * regular files are manuals: a pipe, a socket, a device or a file of /proc or /sys never is.
 */
export async function discoverManuals(args: readonly string[], cwd: string, isIgnored: IgnoreTest = () => false): Promise<Discovery> {
  const found = new Map<string, FoundManual>();
  const problems: DiscoveryProblem[] = [];
  const notices: DiscoveryNotice[] = [];
  const visited = new Set<string>();
  const add = (manual: FoundManual) => {
    // Named on the command line and also found in a folder: it counts as named.
    if (!found.get(manual.path)?.named) found.set(manual.path, manual);
  };

  interface Walk {
    readonly accept: (file: string) => boolean;
    readonly boundary: string;
  }

  const walk = async (folder: string, real: string, throughLink: boolean, how: Walk): Promise<void> => {
    if (visited.has(real)) {
      notices.push({ kind: 'symlink-loop', path: folder });
      return;
    }
    visited.add(real);
    const files: FoundManual[] = [];
    const folders: { path: string; real: string; throughLink: boolean }[] = [];
    try {
      const dir = await opendir(folder);
      for await (const entry of dir) {
        const full = path.join(folder, entry.name);
        let target = path.join(real, entry.name);
        let isFolder = entry.isDirectory();
        let isFile = entry.isFile();
        const isLink = entry.isSymbolicLink();
        if (isLink) {
          const resolved = await realpath(full).catch(() => undefined);
          const info = resolved ? await stat(resolved).catch(() => undefined) : undefined;
          isFolder = Boolean(info?.isDirectory());
          isFile = Boolean(info?.isFile());
          if (resolved) target = resolved;
        }
        if (isFolder) {
          // Hidden folders (.git, .cache, a checkout of cpskit in CI…) hold no manuals of the project.
          if (SKIPPED_FOLDERS.has(entry.name) || entry.name.startsWith('.') || isIgnored(full, true)) continue;
          if (isLink && !isInside(target, how.boundary)) notices.push({ kind: 'link-outside', path: full });
          else folders.push({ path: full, real: target, throughLink: throughLink || isLink });
        } else if (how.accept(full) && !isIgnored(full, false)) {
          if (isLink && isFile && !isInside(target, how.boundary)) notices.push({ kind: 'link-outside', path: full });
          else if (!isFile) notices.push({ kind: 'not-a-file', path: full });
          else files.push({ path: full, real: target, boundary: how.boundary, named: false, throughLink: throughLink || isLink });
        }
      }
    } catch (error) {
      notices.push({ kind: 'unreadable-folder', path: folder, reason: reasonOf(error) });
    }
    for (const file of files) add(file);
    for (const subfolder of folders.sort((a, b) => (a.path < b.path ? -1 : 1))) await walk(subfolder.path, subfolder.real, subfolder.throughLink, how);
  };

  const walkFrom = async (folder: string, accept: (file: string) => boolean): Promise<void> => {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (error) {
      notices.push({ kind: 'unreadable-folder', path: folder, reason: reasonOf(error) });
      return;
    }
    visited.clear();
    await walk(folder, real, false, { accept, boundary: boundaryOf(real) });
  };

  for (const given of args) {
    // picomatch is loaded only for what may be a glob: a plain path starts `cps check` faster.
    const picomatch = MAYBE_GLOB.test(given) ? (await import('picomatch')).default : undefined;
    const scan = picomatch?.scan(given);
    if (picomatch && scan?.isGlob) {
      const base = path.resolve(cwd, scan.base || '.');
      const matches = picomatch(path.isAbsolute(given) ? given : path.resolve(cwd, given).split(path.sep).join('/'), { dot: false });
      await walkFrom(base, (file) => matches(file.split(path.sep).join('/')));
      continue;
    }
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (info.code === 'ENOENT') problems.push({ kind: 'missing', path: given });
      else problems.push({ kind: 'unreadable', path: given, reason: reasonOf(info) });
      continue;
    }
    if (info.isDirectory()) {
      await walkFrom(absolute, (file) => MANUAL_PATTERN.test(path.basename(file)));
      continue;
    }
    // A pipe or a device would block the read or never end, a file of /proc is no manual: only regular files are read.
    const real = info.isFile() ? await realpath(absolute).catch(() => undefined) : undefined;
    if (!real || onPseudoFileSystem(real)) {
      problems.push({ kind: 'unreadable', path: given, reason: 'ENOTFILE' });
      continue;
    }
    const realFolder = await realpath(path.dirname(absolute)).catch(() => path.dirname(real));
    const isLink = (await lstat(absolute).catch(() => undefined))?.isSymbolicLink() ?? false;
    add({ path: absolute, real, boundary: boundaryOf(realFolder), named: true, throughLink: isLink });
  }
  return { files: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems, notices };
}
