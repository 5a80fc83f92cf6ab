// Brings the generated header of every docs/rules/<id>.md up to date (run after `pnpm build`).
// A missing page is created with its header and empty language sections to fill in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_METAS, withFreshHeader } from '../dist/index.js';

const folder = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));
for (const meta of RULE_METAS) {
  const file = `${folder}${meta.id}.md`;
  const page = existsSync(file) ? readFileSync(file, 'utf8') : `## English\n\n\n## Français\n\n`;
  const next = withFreshHeader(meta, page);
  if (next !== page) {
    writeFileSync(file, next);
    console.log(`wrote ${file}`);
  }
}
