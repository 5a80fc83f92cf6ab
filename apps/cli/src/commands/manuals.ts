import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { message, resolveLocale, type Locale } from '@cpskit/core';
import { ConfigFinder } from '@cpskit/language-server/node';
import { describeReason } from '../check-file.js';
import { discoverManuals, type DiscoveryNotice, type FoundManual } from '../discover.js';
import type { CliIo } from '../io.js';

/** The locale of a run and the configurations of its manuals. */
export interface RunContext {
  readonly locale: Locale;
  readonly configs: ConfigFinder;
}

/**
 * The locale (--locale, else the configuration that applies where `cps` runs, else the
 * environment) and the configuration finder. Outside a git repository, configuration lookup
 * stops at the working folder and at the folders named on the command line.
 */
export function runContext(explicit: Locale | undefined, configFile: string | undefined, io: CliIo, paths: readonly string[] = []): RunContext {
  const options = { ...(configFile ? { forced: path.resolve(io.cwd, configFile) } : {}), tops: [io.cwd, ...paths.map((given) => folderNamed(given, io.cwd))] };
  const envLocale = resolveLocale(explicit, io.env);
  const locale = explicit ?? new ConfigFinder(envLocale, options).configFor(io.cwd).config.locale ?? envLocale;
  return { locale, configs: new ConfigFinder(locale, options) };
}

/** The folder a command-line path names: the path up to its first glob character, or the folder of a file. */
function folderNamed(given: string, cwd: string): string {
  const parts = given.split('/');
  const fixed = parts.findIndex((part) => /[*?[\]{}()!+@]/.test(part));
  const absolute = path.resolve(cwd, fixed < 0 ? given : parts.slice(0, fixed).join('/') || (given.startsWith('/') ? '/' : '.'));
  try {
    return statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  } catch {
    return path.dirname(absolute);
  }
}

/**
 * The manuals the paths name (the current folder when none), with .gitignore and the
 * configuration's `ignore` applied; what is met on the way is told on stderr. Undefined, after
 * saying why, when the run cannot go on (a missing path, no manual at all).
 */
export async function findManuals(paths: readonly string[], context: RunContext, io: CliIo): Promise<readonly FoundManual[] | undefined> {
  const { locale, configs } = context;
  const say = (text: string) => io.stderr.write(`${text}\n`);
  const given = paths.length > 0 ? paths : ['.'];
  // Ignore lists apply only to what folders and globs find: a file named on the command line is
  // always checked, so naming only files needs no ignore matcher (and starts faster).
  const onlyFiles = (
    await Promise.all(
      given.map((entry) =>
        stat(path.resolve(io.cwd, entry)).then(
          (info) => info.isFile(),
          () => false,
        ),
      ),
    )
  ).every(Boolean);
  let isIgnored: (file: string, isFolder: boolean) => boolean = () => false;
  if (!onlyFiles) {
    const { ConfigIgnores, GitIgnores } = await import('../ignores.js');
    const gitIgnores = new GitIgnores(io.cwd);
    const configIgnores = new ConfigIgnores();
    isIgnored = (file, isFolder) => gitIgnores.ignores(file, isFolder) || configIgnores.ignores(file, isFolder, configs.configFor(path.dirname(file)).config.ignore);
  }
  const discovery = await discoverManuals(given, io.cwd, isIgnored);
  for (const problem of discovery.problems) {
    say(
      problem.kind === 'missing'
        ? message('cli.path-missing', locale, { path: problem.path })
        : message('cli.path-unreadable', locale, { path: problem.path, reason: describeReason(problem.reason, locale) }),
    );
  }
  for (const notice of discovery.notices) say(describeNotice(notice, locale, io.cwd));
  if (discovery.problems.length > 0) return undefined;
  if (discovery.files.length === 0) {
    say(message('summary.none-found', locale, { paths: given.join(', ') }));
    return undefined;
  }
  return discovery.files;
}

function describeNotice(notice: DiscoveryNotice, locale: Locale, cwd: string): string {
  const shown = displayPath(notice.path, cwd);
  switch (notice.kind) {
    case 'unreadable-folder':
      return message('cli.notice-unreadable-folder', locale, { path: shown, reason: describeReason(notice.reason, locale) });
    case 'symlink-loop':
      return message('cli.notice-symlink-loop', locale, { path: shown });
    case 'not-a-file':
      return message('cli.notice-not-a-file', locale, { path: shown });
    case 'link-outside':
      return message('cli.notice-link-outside', locale, { path: shown });
  }
}

/** A path as the person reads it: relative to where they ran `cps`, with `/`. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
