import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the .vsix carries the rules' docs pages (copied by scripts/package-vsix.mjs). */
export const BUNDLED_DOCS_FOLDER = path.join('dist', 'docs', 'rules');

/** The bundled docs page of a rule, when the extension carries it; only a rule id's characters make a file name. */
export function bundledRuleDocs(extensionPath: string, ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return undefined;
  const file = path.join(extensionPath, BUNDLED_DOCS_FOLDER, `${ruleId}.md`);
  return existsSync(file) ? file : undefined;
}

/** The rule id a diagnostic from the cpskit server carries in its `code`. */
export function ruleIdOf(code: string | number | { value: string | number } | undefined): string | undefined {
  const value = typeof code === 'object' ? code.value : code;
  return typeof value === 'string' ? value : undefined;
}
