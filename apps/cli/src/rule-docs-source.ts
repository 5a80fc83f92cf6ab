import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

declare const __RULE_DOCS__: Readonly<Record<string, string>> | undefined;

/**
 * The docs page of a rule. The bundled `cps` carries every page, read at build time; run
 * from the sources (tests), the page is read from docs/rules/ in the repository.
 */
export function ruleDocsPage(id: string): string | undefined {
  if (typeof __RULE_DOCS__ !== 'undefined') return __RULE_DOCS__[id];
  const file = fileURLToPath(new URL(`../../../docs/rules/${id}.md`, import.meta.url));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
