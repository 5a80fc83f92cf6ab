import { message, type Locale, displayed } from '@cpskit/core';
import { RULE_METAS, citationTag, type RuleMeta } from '@cpskit/language-server';
import { EXIT, type CliIo, type ExitCode } from '../io.js';

/** The messages of a rule that stay `info` whatever its severity (`infoMessages`), after its description. */
function notesOf(meta: RuleMeta, locale: Locale): string {
  const ids = meta.infoMessages ?? [];
  if (ids.length === 0) return '';
  return locale === 'fr' ? ` (toujours en info\u00a0: ${ids.join(', ')})` : ` (always info: ${ids.join(', ')})`;
}

/** `cps rules`: every rule with its family, default severity, what it cites and what it checks. */
export function runRules(locale: Locale, io: CliIo): ExitCode {
  const idWidth = RULE_METAS.reduce((widest, meta) => Math.max(widest, meta.id.length), 0);
  const header = locale === 'fr' ? ['règle', 'gravité', 'critère', 'ce qu’elle vérifie'] : ['rule', 'severity', 'cites', 'what it checks'];
  const rows = RULE_METAS.map((meta) => [
    meta.id,
    message(`severity.${meta.severity}`, locale),
    meta.cites ? citationTag(meta.cites, locale) : '',
    `${displayed(meta.description, locale)}${notesOf(meta, locale)}`,
  ]);
  const lines = [header, ...rows].map(([id, severity, cites, description]) => `${id!.padEnd(idWidth)}  ${severity!.padEnd(13)}  ${cites!.padEnd(7)}  ${description}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
