import path from 'node:path';
import { localize, manualJsonSchemaText, type Locale } from '@cpskit/core';
import { describeReason } from '../check-file.js';
import { writeNamedFile } from '../replace-file.js';
import { EXIT, type CliIo, type ExitCode } from '../io.js';

export interface SchemaOptions {
  /** Where to write the schema (relative to the working folder); standard output when absent. */
  readonly output?: string;
  /** The language of the messages. */
  readonly locale: Locale;
}

const MESSAGES = {
  written: { en: 'cps: JSON Schema written to {file}.', fr: 'cps : schéma JSON écrit dans {file}.' },
  failed: { en: 'cps: the JSON Schema cannot be written to "{file}" ({reason}).', fr: 'cps : le schéma JSON ne peut pas être écrit dans « {file} » ({reason}).' },
} as const;

/** `cps schema`: the JSON Schema of a manual (draft 2020-12), on standard output or in `--output`. */
export async function runSchema(options: SchemaOptions, io: CliIo): Promise<ExitCode> {
  const text = manualJsonSchemaText();
  if (options.output === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const target = path.resolve(io.cwd, options.output);
  try {
    await writeNamedFile(target, text, io.cwd);
  } catch (error) {
    const reason = describeReason((error as NodeJS.ErrnoException).code ?? String(error), options.locale);
    io.stderr.write(`${localize(MESSAGES.failed, options.locale, { file: options.output, reason })}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`${localize(MESSAGES.written, options.locale, { file: options.output })}\n`);
  return EXIT.ok;
}
