import { parseArgs } from 'node:util';
import { message, parseLocale, resolveLocale, type Locale } from '@cpskit/core';
import { isFailOn, runCheck } from './commands/check.js';
import { runExplain } from './commands/explain.js';
import { runRules } from './commands/rules.js';
import { VERSION, helpText } from './help.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';

const OPTIONS = {
  locale: { type: 'string' },
  'fail-on': { type: 'string' },
  summary: { type: 'boolean' },
  config: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Runs `cps` with its arguments; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let locale: Locale = resolveLocale(undefined, io.env);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      io.stderr.write(`${message('cli.bad-option', locale, { detail: String((error as Error).message) })}\n`);
      return EXIT.usage;
    }
    const { values, positionals } = parsed;
    let explicitLocale: Locale | undefined;
    if (values.locale !== undefined) {
      explicitLocale = parseLocale(values.locale);
      if (!explicitLocale) {
        io.stderr.write(`${message('cli.bad-locale', locale, { locale: values.locale })}\n`);
        return EXIT.usage;
      }
      locale = explicitLocale;
    }
    if (values.version) {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout.write(helpText(locale));
      return values.help || command === 'help' ? EXIT.ok : EXIT.usage;
    }
    const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'];
    const failOn = values['fail-on'] ?? 'error';
    if (!isFailOn(failOn)) {
      io.stderr.write(`${message('cli.bad-fail-on', locale, { value: failOn })}\n`);
      return EXIT.usage;
    }
    switch (command) {
      case 'check':
        return await runCheck(
          {
            paths: rest,
            ...(explicitLocale ? { locale: explicitLocale } : {}),
            color,
            failOn,
            summary: values.summary ?? false,
            ...(values.config ? { config: values.config } : {}),
          },
          io,
        );
      case 'rules':
        return runRules(locale, io);
      case 'explain':
        return runExplain(rest[0], locale, io);
      default:
        io.stderr.write(`${message('cli.unknown-command', locale, { command })}\n`);
        return EXIT.usage;
    }
  } catch (error) {
    io.stderr.write(`${message('cli.internal-error', locale, { detail: String((error as Error)?.stack ?? error) })}\n`);
    return EXIT.usage;
  }
}
