import { existsSync } from 'node:fs';
import path from 'node:path';
import { localize, type Locale, type Localized } from '@cpskit/core';
import { CONFIG_FILE_NAMES, resolveConfig, type ConfigError, type ResolvedConfig } from '../service/config/config.js';
import { findGitRoot, isInside, readRegularFile, reallyInside } from './file-boundary.js';

const DEFAULT: ResolvedConfig = { preset: 'recommended', rules: {}, ignore: [], files: [] };
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const M = {
  unreadable: { en: 'configuration file missing or unreadable', fr: 'fichier de configuration illisible ou absent' },
  linkOutside: {
    en: 'This configuration file is a symbolic link that leads outside the repository; it is not read.',
    fr: 'Ce fichier de configuration est un lien symbolique qui mène hors du dépôt\u00a0; il n’est pas lu.',
  },
} satisfies Record<string, Localized>;

function readText(file: string): string | undefined {
  const read = readRegularFile(file);
  return read.ok ? read.bytes.toString('utf8') : undefined;
}

export interface ConfigFinderOptions {
  /** The configuration file for every manual (--config, the editor's cps.configPath): the user's choice, read wherever it is. */
  readonly forced?: string;
  /**
   * Outside a git repository, the folders where the lookup stops: the folders being checked
   * (for `cps`, its working folder and the folders it was given; for an editor, its workspace folders).
   */
  readonly tops?: readonly string[];
}

/**
 * Finds the configuration that applies to a manual: `forced` when given, else the nearest
 * `cps.config.yaml` (or `.yml`) in its folder or above, up to the repository's root (the folder
 * holding `.git`) or, outside a repository, up to the folder being checked: a configuration left
 * in a shared folder above (/tmp, a home folder) applies to nothing below it. `extends` reaches
 * the same bounds. Each file is read once.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, string | null>();
  private readonly limits = new Map<string, string>();
  private readonly resolved = new Map<string, { config: ResolvedConfig; errors: ConfigError[] }>();
  private readonly forced: string | undefined;
  private readonly tops: readonly string[];

  constructor(
    private readonly locale: Locale,
    options: ConfigFinderOptions = {},
  ) {
    this.forced = options.forced;
    this.tops = (options.tops ?? []).map((top) => path.resolve(top));
  }

  /**
   * The folder that bounds what applies to `folder`: its repository's root, else the widest
   * folder being checked that holds it, else the folder itself.
   */
  limitOf(folder: string): string {
    const absolute = path.resolve(folder);
    const known = this.limits.get(absolute);
    if (known) return known;
    // The widest: with `cps check manuels/` run in the project's folder, the project's configuration applies.
    const top = this.tops.filter((candidate) => isInside(absolute, candidate)).sort((a, b) => a.length - b.length)[0];
    const limit = findGitRoot(absolute) ?? top ?? absolute;
    this.limits.set(absolute, limit);
    return limit;
  }

  /** The configuration file for a folder, or null when there is none up to its limit. */
  fileFor(folder: string): string | null {
    if (this.forced) return this.forced;
    const start = path.resolve(folder);
    const known = this.byFolder.get(start);
    if (known !== undefined) return known;
    const limit = this.limitOf(start);
    const climbed: string[] = [];
    let found: string | null = null;
    for (let current = start; ; current = path.dirname(current)) {
      const cached = this.byFolder.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      climbed.push(current);
      const here = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).find((candidate) => existsSync(candidate));
      if (here) {
        found = here;
        break;
      }
      if (current === limit || path.dirname(current) === current || !isInside(current, limit)) break;
    }
    for (const visited of climbed) this.byFolder.set(visited, found);
    return found;
  }

  /** Forgets what was read, after a configuration file changed on disk. */
  clear(): void {
    this.byFolder.clear();
    this.limits.clear();
    this.resolved.clear();
  }

  /** The configuration for a folder, with the errors found reading it (and what it extends). */
  configFor(folder: string): { config: ResolvedConfig; errors: ConfigError[] } {
    const file = this.fileFor(folder);
    if (file === null) return { config: DEFAULT, errors: [] };
    const cached = this.resolved.get(file);
    if (cached) return cached;
    const result = this.read(file);
    this.resolved.set(file, result);
    return result;
  }

  private read(file: string): { config: ResolvedConfig; errors: ConfigError[] } {
    const reach = this.limitOf(path.dirname(path.resolve(file)));
    // A file found by the lookup is the repository's: it must really be in it. The forced one is the user's choice.
    if (file !== this.forced && !reallyInside(file, reach)) return { config: DEFAULT, errors: [{ file, range: START, message: localize(M.linkOutside, this.locale) }] };
    const text = readText(file);
    if (text === undefined) return { config: DEFAULT, errors: [{ file, range: START, message: localize(M.unreadable, this.locale) }] };
    const resolvePath = (from: string, relative: string): string | undefined => {
      const target = path.resolve(path.dirname(from), relative);
      return isInside(target, reach) && reallyInside(target, reach) ? target : undefined;
    };
    return resolveConfig(file, text, readText, resolvePath, this.locale);
  }
}
