import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let pages: Readonly<Record<string, string>> | undefined;

/**
 * The docs page of a rule. The bundled `cps` carries every page, read at build time, in a chunk
 * loaded on demand; run from the sources (tests), the page is read from docs/rules/.
 */
export async function ruleDocsPage(id: string): Promise<string | undefined> {
  const { RULE_DOCS_JSON } = await import('./rule-docs-data.js');
  if (RULE_DOCS_JSON !== undefined) {
    pages ??= JSON.parse(RULE_DOCS_JSON) as Record<string, string>;
    return pages[id];
  }
  const file = fileURLToPath(new URL(`../../../docs/rules/${id}.md`, import.meta.url));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
