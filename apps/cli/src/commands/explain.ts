import { message, nearest, type Locale } from '@cpskit/core';
import { RULE_IDS, explainReference, explainRule, findRuleMeta } from '@cpskit/language-server';
import { EXIT, type CliIo, type ExitCode } from '../io.js';
import { ruleDocsPage } from '../rule-docs-source.js';
import { terminalMarkdown } from '../terminal-markdown.js';

/**
 * `cps explain <id>`: a rule's docs page, or what the reference says of a competency code
 * (`E1.2`), a practical modality (`1.2.4`) or a criterion (`1.2`), in the chosen language;
 * drawn for the terminal, or plain text when the output is not one.
 */
export async function runExplain(id: string | undefined, locale: Locale, io: CliIo, colour: boolean): Promise<ExitCode> {
  if (!id) {
    io.stderr.write(`${message('cli.explain-usage', locale)}\n`);
    return EXIT.usage;
  }
  const meta = findRuleMeta(id);
  const markdown = meta ? explainRule(meta, await ruleDocsPage(id), locale) : explainReference(id, locale);
  if (markdown === undefined) {
    const suggestion = nearest(id, RULE_IDS);
    io.stderr.write(`${message(suggestion ? 'cli.unknown-rule-suggest' : 'cli.unknown-rule', locale, { rule: id, suggestion: suggestion ?? '' })}\n`);
    return EXIT.usage;
  }
  const width = (io.stdout as { columns?: number }).columns;
  io.stdout.write(terminalMarkdown(markdown, { colour, ...(width ? { width } : {}) }));
  return EXIT.ok;
}
