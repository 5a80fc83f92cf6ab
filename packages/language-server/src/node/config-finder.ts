import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@cpskit/core';
import { CONFIG_FILE_NAMES, resolveConfig, type ConfigError, type ResolvedConfig } from '../service/config/config.js';

const DEFAULT: ResolvedConfig = { preset: 'recommended', rules: {}, ignore: [], files: [] };

function readIfFile(file: string): string | undefined {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the configuration that applies to a manual: `--config` when given, else the
 * nearest `cps.config.yaml` (or `.yml`) in its folder or above. Each file is read once.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, string | null>();
  private readonly resolved = new Map<string, { config: ResolvedConfig; errors: ConfigError[] }>();

  constructor(
    private readonly locale: Locale,
    private readonly forced?: string,
  ) {}

  /** The configuration file for a folder, or null when there is none up to the root. */
  fileFor(folder: string): string | null {
    if (this.forced) return this.forced;
    const known = this.byFolder.get(folder);
    if (known !== undefined) return known;
    let found: string | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found === null) {
      const parent = path.dirname(folder);
      found = parent === folder ? null : this.fileFor(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }

  /** Forgets what was read, after a configuration file changed on disk. */
  clear(): void {
    this.byFolder.clear();
    this.resolved.clear();
  }

  /** The configuration for a folder, with the errors found reading it (and what it extends). */
  configFor(folder: string): { config: ResolvedConfig; errors: ConfigError[] } {
    const file = this.fileFor(folder);
    if (file === null) return { config: DEFAULT, errors: [] };
    const cached = this.resolved.get(file);
    if (cached) return cached;
    const text = readIfFile(file);
    const result =
      text === undefined
        ? { config: DEFAULT, errors: [{ file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: this.locale === 'fr' ? 'fichier de configuration illisible ou absent' : 'configuration file missing or unreadable' }] }
        : resolveConfig(file, text, readIfFile, (from, relative) => path.resolve(path.dirname(from), relative), this.locale);
    this.resolved.set(file, result);
    return result;
  }
}
