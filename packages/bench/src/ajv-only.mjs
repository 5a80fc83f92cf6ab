// Schema-only validation: read, parse and validate every manual with ajv against
// schemas/manual.schema.json, as a generic JSON Schema tool would.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const [target, schemaFile] = process.argv.slice(2);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
const files = target.endsWith('.yaml')
  ? [target]
  : readdirSync(target, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.cps.yaml'))
      .map((name) => path.join(target, name));
let invalid = 0;
for (const file of files) if (!validate(parse(readFileSync(file, 'utf8')))) invalid++;
process.stdout.write(`${files.length} files, ${invalid} invalid\n`);
