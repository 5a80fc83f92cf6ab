// The floor: read every manual under a folder (or one file) and parse it with the yaml package,
// nothing else. Plain JavaScript, run by node like `cps`, so that both start alike.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const target = process.argv[2];
const files = target.endsWith('.yaml')
  ? [target]
  : readdirSync(target, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.cps.yaml'))
      .map((name) => path.join(target, name));
let problems = 0;
for (const file of files) problems += parseDocument(readFileSync(file, 'utf8')).errors.length;
process.stdout.write(`${files.length} files, ${problems} problems\n`);
