import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { main as mainFunction } from './main.js';

/**
 * `cps check` is what runs most, often once per CI job, so its start matters. Besides the ESM
 * bundle, the build makes a CommonJS copy of main (dist/cps-main.cjs) and V8's code cache for it
 * (dist/cps-main.cjs.cache), recorded by running a check at build time. Compiled with that cache,
 * the functions a check runs are read as bytecode instead of being parsed and compiled again:
 * about 80 ms less here (`pnpm bench` shows both). Nothing is written at run time; a cache V8
 * refuses (another Node version) is simply not used.
 *
 * Undefined when this Node cannot do it or the files are not there: the caller uses the ESM main.
 */
export function loadCachedMain(env: NodeJS.ProcessEnv): { main: typeof mainFunction; recordCache: () => void } | undefined {
  // Dynamic import() from code compiled by vm.Script needs this loader (Node 20.13 and later).
  const importModuleDynamically = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (!importModuleDynamically) return undefined;
  const file = fileURLToPath(new URL('./cps-main.cjs', import.meta.url));
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let cachedData: Buffer | undefined;
  if (!env['CPS_NO_CODE_CACHE']) {
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}), importModuleDynamically });
  const module = { exports: {} as { main?: typeof mainFunction } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
  const main = module.exports.main;
  if (!main) return undefined;
  if (env['CPS_REPORT_CODE_CACHE']) process.stderr.write(`cps: code cache ${!cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  // The build records the cache after a check has run, so that it holds the functions a check calls.
  const out = env['CPS_RECORD_CODE_CACHE'];
  return { main, recordCache: () => out && writeFileSync(out, script.createCachedData()) };
}
