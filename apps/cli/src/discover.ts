import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** The names that mark a file as a manual. */
export const MANUAL_PATTERN = /\.cps\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export type DiscoveryProblem =
  | { readonly kind: 'missing'; readonly path: string }
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string };

export interface Discovery {
  /** Absolute paths of the manuals found, sorted, each once. */
  readonly files: readonly string[];
  readonly problems: readonly DiscoveryProblem[];
}

/**
 * Finds the manuals under the given paths. A file named on the command line is checked
 * whatever its name, as ESLint does; folders are searched for `*.cps.yaml` and `*.cps.yml`,
 * skipping `node_modules` and `.git`, and each real folder is visited once (symlink loops end).
 */
export async function discoverManuals(paths: readonly string[], cwd: string): Promise<Discovery> {
  const found = new Set<string>();
  const problems: DiscoveryProblem[] = [];
  const visited = new Set<string>();

  const walk = async (folder: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (error) {
      problems.push({ kind: 'unreadable', path: folder, reason: reasonOf(error) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: string[] = [];
    const subfolders: string[] = [];
    try {
      const dir = await opendir(folder);
      for await (const entry of dir) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) subfolders.push(full);
        } else if (entry.isSymbolicLink()) {
          const target = await stat(full).catch(() => undefined);
          if (target?.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) subfolders.push(full);
          } else if (target?.isFile() && MANUAL_PATTERN.test(entry.name)) entries.push(full);
        } else if (entry.isFile() && MANUAL_PATTERN.test(entry.name)) entries.push(full);
      }
    } catch (error) {
      problems.push({ kind: 'unreadable', path: folder, reason: reasonOf(error) });
      entries = [];
    }
    for (const entry of entries) found.add(entry);
    for (const subfolder of subfolders.sort()) await walk(subfolder);
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if ((info as NodeJS.ErrnoException).code === 'ENOENT') problems.push({ kind: 'missing', path: given });
      else problems.push({ kind: 'unreadable', path: given, reason: reasonOf(info) });
      continue;
    }
    if (info.isDirectory()) await walk(absolute);
    // A pipe or a device would block the read or never end: only regular files are read.
    else if (info.isFile()) found.add(absolute);
    else problems.push({ kind: 'unreadable', path: given, reason: 'ENOTFILE' });
  }
  return { files: [...found].sort(), problems };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? String(error);
}
