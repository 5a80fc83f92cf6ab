// Writes schemas/manual.schema.json from the zod schema (run after `pnpm build`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manualJsonSchemaText } from '../dist/index.js';

const target = fileURLToPath(new URL('../../../schemas/manual.schema.json', import.meta.url));
writeFileSync(target, manualJsonSchemaText());
console.log(`wrote ${target}`);
