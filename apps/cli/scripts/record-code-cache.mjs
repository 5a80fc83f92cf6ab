// After the build: runs `cps check` once on two shipped manuals (a sound one and the weak one) so
// that dist/cps-main.cjs.cache records the bytecode of the functions a check runs.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const cache = here('../dist/cps-main.cjs.cache');
const run = spawnSync(
  process.execPath,
  [here('../dist/cps.cjs'), 'check', here('../../../examples/psfp.cps.yaml'), here('../../../examples/weak/atelier-emotions.cps.yaml'), '--fail-on', 'never', '--no-color'],
  {
    env: { ...process.env, CPS_RECORD_CODE_CACHE: cache, CPS_NO_CODE_CACHE: '1' },
    encoding: 'utf8',
  },
);
if (run.status !== 0 || !existsSync(cache)) {
  process.stderr.write(`record-code-cache: the check failed (exit ${run.status}):\n${run.stderr}\n`);
  process.exit(1);
}
console.log(`dist/cps-main.cjs.cache: ${(statSync(cache).size / 1024).toFixed(0)} KB`);
