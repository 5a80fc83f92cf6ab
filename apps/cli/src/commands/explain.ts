import { message, nearest, type Locale } from '@cpskit/core';
import { RULE_IDS, explainRule, findRuleMeta } from '@cpskit/language-server';
import { EXIT, type CliIo, type ExitCode } from '../io.js';
import { ruleDocsPage } from '../rule-docs-source.js';

/** `cps explain <rule-id>`: the rule's docs page in the chosen language. */
export async function runExplain(id: string | undefined, locale: Locale, io: CliIo): Promise<ExitCode> {
  if (!id) {
    io.stderr.write(`${message('cli.explain-usage', locale)}\n`);
    return EXIT.usage;
  }
  const meta = findRuleMeta(id);
  if (!meta) {
    const suggestion = nearest(id, RULE_IDS);
    io.stderr.write(`${message(suggestion ? 'cli.unknown-rule-suggest' : 'cli.unknown-rule', locale, { rule: id, suggestion: suggestion ?? '' })}\n`);
    return EXIT.usage;
  }
  io.stdout.write(explainRule(meta, await ruleDocsPage(id), locale));
  return EXIT.ok;
}
