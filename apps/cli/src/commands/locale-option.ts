import { parseLocale, type Locale } from '@cpskit/core';

/**
 * The locale `--locale fr` or `--locale=fr` asks for, read before the other options so that
 * their errors are already in the person's language; undefined when none is asked or the value
 * is not a locale (the command's own option parsing reports that).
 */
export function askedLocale(argv: readonly string[]): Locale | undefined {
  const at = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (at < 0) return undefined;
  const option = argv[at]!;
  return parseLocale(option.includes('=') ? option.slice('--locale='.length) : argv[at + 1]);
}
