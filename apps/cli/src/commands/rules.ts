import { type Locale } from '@cpskit/core';
import { RULE_METAS, citationTag } from '@cpskit/language-server';
import { EXIT, type CliIo, type ExitCode } from '../io.js';

/** `cps rules`: every rule with its family, default severity, what it cites and what it checks. */
export function runRules(locale: Locale, io: CliIo): ExitCode {
  const idWidth = Math.max(...RULE_METAS.map((meta) => meta.id.length));
  const header = locale === 'fr' ? ['règle', 'gravité', 'critère', 'ce qu’elle vérifie'] : ['rule', 'severity', 'cites', 'what it checks'];
  const rows = RULE_METAS.map((meta) => [meta.id, meta.severity, meta.cites ? citationTag(meta.cites, locale) : '', meta.description[locale]]);
  const lines = [header, ...rows].map(([id, severity, cites, description]) => `${id!.padEnd(idWidth)}  ${severity!.padEnd(8)}  ${cites!.padEnd(7)}  ${description}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
