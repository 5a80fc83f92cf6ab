import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

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
  | { readonly kind: 'not-a-file'; readonly path: string };

export interface Discovery {
  /** Absolute paths of the manuals found, sorted, each once. */
  readonly files: readonly string[];
  readonly problems: readonly DiscoveryProblem[];
  readonly notices: readonly DiscoveryNotice[];
}

/** Whether a path found while walking (not one named on the command line) is to be left out. */
export type IgnoreTest = (absolutePath: string, isFolder: boolean) => boolean;

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/**
 * Finds the manuals the arguments name. A file named on the command line is checked whatever
 * its name; a folder is searched for `*.cps.yaml` and `*.cps.yml`; a glob (`manuels/**\/*.cps.yaml`,
 * quoted so that the shell leaves it alone) is matched from its fixed part. What the ignore
 * test leaves out (.gitignore, the configuration's `ignore`), `node_modules` and hidden folders
 * are skipped while walking; each real folder is visited once, so symlink loops end.
 */
/** Characters without which a path cannot be a glob. */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;

export async function discoverManuals(args: readonly string[], cwd: string, isIgnored: IgnoreTest = () => false): Promise<Discovery> {
  const found = new Set<string>();
  const problems: DiscoveryProblem[] = [];
  const notices: DiscoveryNotice[] = [];
  const visited = new Set<string>();

  const walk = async (folder: string, accept: (file: string) => boolean): Promise<void> => {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (error) {
      notices.push({ kind: 'unreadable-folder', path: folder, reason: reasonOf(error) });
      return;
    }
    if (visited.has(real)) {
      notices.push({ kind: 'symlink-loop', path: folder });
      return;
    }
    visited.add(real);
    const files: string[] = [];
    const folders: string[] = [];
    try {
      const dir = await opendir(folder);
      for await (const entry of dir) {
        const full = path.join(folder, entry.name);
        let isFolder = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await stat(full).catch(() => undefined);
          isFolder = Boolean(target?.isDirectory());
          isFile = Boolean(target?.isFile());
        }
        if (isFolder) {
          // Hidden folders (.git, .cache, a checkout of cpskit in CI…) hold no manuals of the project.
          if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.') && !isIgnored(full, true)) folders.push(full);
        } else if (accept(full)) {
          if (!isFile) notices.push({ kind: 'not-a-file', path: full });
          else if (!isIgnored(full, false)) files.push(full);
        }
      }
    } catch (error) {
      notices.push({ kind: 'unreadable-folder', path: folder, reason: reasonOf(error) });
    }
    for (const file of files) found.add(file);
    for (const subfolder of folders.sort()) await walk(subfolder, accept);
  };

  for (const given of args) {
    // picomatch is loaded only for what may be a glob: a plain path starts `cps check` faster.
    const picomatch = MAYBE_GLOB.test(given) ? (await import('picomatch')).default : undefined;
    const scan = picomatch?.scan(given);
    if (picomatch && scan?.isGlob) {
      const base = path.resolve(cwd, scan.base || '.');
      const matches = picomatch(path.isAbsolute(given) ? given : path.resolve(cwd, given).split(path.sep).join('/'), { dot: false });
      visited.clear();
      await walk(base, (file) => matches(file.split(path.sep).join('/')));
      continue;
    }
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if ((info as NodeJS.ErrnoException).code === 'ENOENT') problems.push({ kind: 'missing', path: given });
      else problems.push({ kind: 'unreadable', path: given, reason: reasonOf(info) });
      continue;
    }
    if (info.isDirectory()) {
      visited.clear();
      await walk(absolute, (file) => MANUAL_PATTERN.test(path.basename(file)));
    }
    // A pipe or a device would block the read or never end: only regular files are read.
    else if (info.isFile()) found.add(absolute);
    else problems.push({ kind: 'unreadable', path: given, reason: 'ENOTFILE' });
  }
  return { files: [...found].sort(), problems, notices };
}
