import { parseArgs } from 'node:util';
import { REFERENCE_VERSION, message, parseLocale, resolveLocale, type Locale } from '@cpskit/core';
import { MAX_MANUAL_BYTES } from '@cpskit/language-server';
import { isFailOn, runCheck, type OutputSpec } from './commands/check.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from './format/formats.js';
import { runTui } from './commands/tui.js';
import { runRules } from './commands/rules.js';
import { helpText } from './help.js';
import { versionText } from './version.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { withSafeStderr } from './safe-output.js';

const OPTIONS = {
  locale: { type: 'string' },
  'fail-on': { type: 'string' },
  summary: { type: 'boolean' },
  config: { type: 'string' },
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  fix: { type: 'boolean' },
  title: { type: 'string' },
  id: { type: 'string' },
  ages: { type: 'string' },
  // Repeatable: --setting school --setting out-of-school, as --setting school,out-of-school.
  setting: { type: 'string', multiple: true },
  years: { type: 'string' },
  output: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  force: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Options every command takes. */
const COMMON: readonly OptionName[] = ['locale', 'help', 'version', 'color', 'no-color'];

/** The options of each command: another command's option is an error, not silently ignored. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly OptionName[]>> = {
  check: ['fail-on', 'summary', 'config', 'format', 'output-file', 'max-warnings', 'quiet', 'stdin', 'stdin-filename', 'fix'],
  tui: ['config'],
  init: ['title', 'id', 'ages', 'setting', 'years', 'output', 'yes', 'force'],
  schema: ['output'],
  rules: [],
  explain: [],
};

/** The first option given that `command` does not take, and the commands that take it. */
export function foreignOption(command: string, tokens: readonly { kind: string; name?: string }[]): { option: string; takenBy: string[] } | undefined {
  const own = COMMAND_OPTIONS[command];
  if (!own) return undefined;
  for (const token of tokens) {
    if (token.kind !== 'option' || !token.name) continue;
    const name = token.name as OptionName;
    if (COMMON.includes(name) || own.includes(name)) continue;
    return { option: `--${token.name}`, takenBy: Object.keys(COMMAND_OPTIONS).filter((other) => COMMAND_OPTIONS[other]!.includes(name)) };
  }
  return undefined;
}

/**
 * The outputs asked for, in order: each --format, with the --output-file that follows it (or
 * written `--format sarif=report.sarif`). None asked for means stylish on standard output.
 */
function readOutputs(tokens: readonly { kind: string; name?: string; value?: string | undefined }[], locale: Locale, io: CliIo): OutputSpec[] | undefined {
  const outputs: { format: FormatName; file?: string }[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'format') {
      const [format, file] = (token.value ?? '').split(/=(.*)/s);
      if (!isFormatName(format ?? '')) {
        io.stderr.write(`${message('cli.bad-format', locale, { format: format ?? '', formats: FORMAT_NAMES.join(', ') })}\n`);
        return undefined;
      }
      outputs.push({ format: format as FormatName, ...(file ? { file } : {}) });
    } else if (token.name === 'output-file') {
      const last = outputs[outputs.length - 1];
      if (!last || last.file !== undefined) {
        io.stderr.write(`${message('cli.output-file-without-format', locale)}\n`);
        return undefined;
      }
      last.file = token.value ?? '';
    }
  }
  return outputs.length > 0 ? outputs : [{ format: 'stylish' }];
}

/**
 * Standard input as text, read no further than one byte past the size limit of a manual: what
 * comes after would not be checked anyway, and the text then says by its size that it is too large.
 */
async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    length += buffer.length;
    if (length > MAX_MANUAL_BYTES) break;
  }
  return Buffer.concat(chunks)
    .subarray(0, MAX_MANUAL_BYTES + 1)
    .toString('utf8');
}

/** Where `name` stands in the arguments when it is the command (the first positional), else undefined. */
function commandIndex(argv: readonly string[], name: string): number | undefined {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const first = tokens.find((token) => token.kind === 'positional' || token.kind === 'option-terminator');
  return first?.kind === 'positional' && first.value === name ? first.index : undefined;
}

/** Runs `cps` with its arguments; returns the exit code. Never throws. */
export async function main(argv: readonly string[], outside: CliIo): Promise<ExitCode> {
  const io = withSafeStderr(outside);
  let locale: Locale = resolveLocale(undefined, io.env);
  try {
    // `cps diff` reads its own options (--since, one --format…): hand it everything but its name.
    const diffAt = commandIndex(argv, 'diff');
    if (diffAt !== undefined) {
      const { runDiff } = await import('./commands/diff.js');
      return await runDiff([...argv.slice(0, diffAt), ...argv.slice(diffAt + 1)], io);
    }
    // `cps report` too: --out, --aggregate and a --format of its own.
    const reportAt = commandIndex(argv, 'report');
    if (reportAt !== undefined) {
      const { runReport } = await import('./commands/report.js');
      return await runReport([...argv.slice(0, reportAt), ...argv.slice(reportAt + 1)], io);
    }
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
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
      io.stdout.write(versionText(REFERENCE_VERSION, locale));
      return EXIT.ok;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout.write(helpText(locale));
      return values.help || command === 'help' ? EXIT.ok : EXIT.usage;
    }
    const foreign = foreignOption(command, parsed.tokens ?? []);
    if (foreign) {
      io.stderr.write(
        `${message('cli.option-not-for-command', locale, { command, option: foreign.option, commands: foreign.takenBy.map((other) => `cps ${other}`).join(', ') })}\n`,
      );
      return EXIT.usage;
    }
    const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'];
    const failOn = values['fail-on'] ?? 'error';
    if (!isFailOn(failOn)) {
      io.stderr.write(`${message('cli.bad-fail-on', locale, { value: failOn })}\n`);
      return EXIT.usage;
    }
    switch (command) {
      case 'check': {
        const outputs = readOutputs(parsed.tokens ?? [], locale, io);
        if (!outputs) return EXIT.usage;
        let maxWarnings: number | undefined;
        if (values['max-warnings'] !== undefined) {
          maxWarnings = Number(values['max-warnings']);
          if (!/^\d+$/.test(values['max-warnings'])) {
            io.stderr.write(`${message('cli.bad-max-warnings', locale, { value: values['max-warnings'] })}\n`);
            return EXIT.usage;
          }
        }
        const fromStdin = values.stdin || values['stdin-filename'] !== undefined;
        return await runCheck(
          {
            paths: rest,
            ...(explicitLocale ? { locale: explicitLocale } : {}),
            color,
            failOn,
            summary: values.summary ?? false,
            ...(values.config ? { config: values.config } : {}),
            outputs,
            ...(maxWarnings !== undefined ? { maxWarnings } : {}),
            quiet: values.quiet ?? false,
            fix: values.fix ?? false,
            ...(fromStdin ? { stdin: { filename: values['stdin-filename'] ?? 'stdin.cps.yaml', text: await readAll(io.stdin) } } : {}),
          },
          io,
        );
      }
      case 'rules':
        return runRules(locale, io);
      case 'tui':
        return await runTui({ paths: rest, ...(explicitLocale ? { locale: explicitLocale } : {}), ...(values.config ? { config: values.config } : {}) }, io);
      // The commands a check never runs are loaded when asked for: `cps explain` alone brings in a
      // Markdown renderer and a syntax highlighter that a cold `cps check` would otherwise evaluate.
      case 'init': {
        const { runInit } = await import('./commands/init.js');
        return await runInit(
          {
            ...(values.title !== undefined ? { title: values.title } : {}),
            ...(values.id !== undefined ? { id: values.id } : {}),
            ...(values.ages !== undefined ? { ages: values.ages } : {}),
            ...(values.setting !== undefined ? { setting: values.setting.join(',') } : {}),
            ...(values.years !== undefined ? { years: values.years } : {}),
            ...(explicitLocale ? { locale: explicitLocale } : {}),
            yes: values.yes ?? false,
            ...(values.output !== undefined ? { output: values.output } : {}),
            force: values.force ?? false,
          },
          io,
        );
      }
      case 'schema': {
        const { runSchema } = await import('./commands/schema.js');
        return await runSchema({ locale, ...(values.output !== undefined ? { output: values.output } : {}) }, io);
      }
      case 'explain': {
        const { runExplain } = await import('./commands/explain.js');
        return await runExplain(rest[0], locale, io, color);
      }
      default:
        io.stderr.write(`${message('cli.unknown-command', locale, { command })}\n`);
        return EXIT.usage;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const frames = error instanceof Error && error.stack ? error.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
    const trace = frames.length > 0 ? `${frames.join('\n')}\n` : '';
    io.stderr.write(`${message('cli.internal-error', locale, { detail })}\n${trace}`);
    return EXIT.usage;
  }
}
