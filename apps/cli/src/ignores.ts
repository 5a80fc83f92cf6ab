import { existsSync } from 'node:fs';
import path from 'node:path';
import { readRegularFile, reallyInside } from '@cpskit/language-server/node';
import { IgnoreList } from './ignore-patterns.js';

/** Paths in gitignore syntax are `/`-separated and relative to the folder of the file that gives them. */
function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/**
 * The `.gitignore` files that apply to a path: those of its folder and of every folder
 * above it, up to the repository's root (the folder holding `.git`), or up to `top` outside
 * a repository. Each file is read once; one that is a link leading out of the repository, or
 * not a regular file, is not read.
 */
export class GitIgnores {
  private readonly byFolder = new Map<string, IgnoreList | null>();
  private readonly rootOf = new Map<string, string>();

  constructor(private readonly top: string) {}

  private root(folder: string): string {
    const known = this.rootOf.get(folder);
    if (known) return known;
    let current = folder;
    for (;;) {
      if (existsSync(path.join(current, '.git'))) break;
      const parent = path.dirname(current);
      if (parent === current) {
        current = this.top;
        break;
      }
      current = parent;
    }
    this.rootOf.set(folder, current);
    return current;
  }

  private rules(folder: string, root: string): IgnoreList | null {
    const known = this.byFolder.get(folder);
    if (known !== undefined) return known;
    const file = path.join(folder, '.gitignore');
    const read = existsSync(file) && reallyInside(file, root) ? readRegularFile(file) : undefined;
    const rules = read?.ok ? new IgnoreList(read.bytes.toString('utf8')) : null;
    this.byFolder.set(folder, rules);
    return rules;
  }

  /** Whether git would ignore this path (a folder when `isFolder`). */
  ignores(target: string, isFolder: boolean): boolean {
    const root = this.root(path.dirname(target));
    if (!target.startsWith(root + path.sep)) return false;
    const folders: string[] = [];
    for (let folder = path.dirname(target); ; folder = path.dirname(folder)) {
      folders.push(folder);
      if (folder === root || path.dirname(folder) === folder) break;
    }
    // The deepest .gitignore speaks last, as in git.
    let ignored = false;
    for (const folder of folders.reverse()) {
      const rules = this.rules(folder, root);
      if (!rules) continue;
      const verdict = rules.test(relativePosix(folder, target), isFolder);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
}

/** The `ignore` patterns of configuration files, each relative to the folder of its file. */
export class ConfigIgnores {
  private readonly compiled = new Map<string, IgnoreList>();

  ignores(target: string, isFolder: boolean, entries: readonly { readonly file: string; readonly patterns: readonly string[] }[]): boolean {
    for (const entry of entries) {
      const folder = path.dirname(entry.file);
      if (!target.startsWith(folder + path.sep)) continue;
      const key = `${entry.file}\u0000${entry.patterns.join('\u0000')}`;
      let rules = this.compiled.get(key);
      if (!rules) this.compiled.set(key, (rules = new IgnoreList(entry.patterns)));
      if (rules.ignores(relativePosix(folder, target), isFolder)) return true;
    }
    return false;
  }
}
