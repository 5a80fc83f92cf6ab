// `pnpm test:node-lines`: the everyday test suite (`turbo run test`) on each maintained Node line
// besides this one, with that line's `node` first on PATH, so that vitest, tsx and every spawned
// `node` are that version. Turbo's cache is bypassed: a cached result would be this Node's.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { NODE_VERSIONS, ensureNode } from './node-lines.mjs';

const asked = process.argv.slice(2);
const versions = Object.entries(NODE_VERSIONS).filter(([line]) => asked.length === 0 || asked.includes(line));
const results = [];
for (const [line, version] of versions) {
  const binary = ensureNode(version);
  const env = { ...process.env, PATH: `${path.dirname(binary)}${path.delimiter}${process.env.PATH ?? ''}` };
  const started = Date.now();
  console.log(`\n== Node ${version}: turbo run test --force`);
  const run = spawnSync('pnpm', ['exec', 'turbo', 'run', 'test', '--force', '--concurrency=1'], { env, stdio: 'inherit' });
  results.push({ version, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('');
for (const { version, ok, seconds } of results) console.log(`Node ${version}: ${ok ? 'passed' : 'FAILED'} (${seconds} s)`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
