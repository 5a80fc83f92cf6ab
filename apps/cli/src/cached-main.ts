import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
 * about 80 ms less here (`pnpm bench` shows both). Nothing is written at run time.
 *
 * That cache is V8's own format, good only for the V8 that recorded it (written beside it, in
 * cps-main.cjs.cache.json), and a published package is built once for every Node. On another V8,
 * Node 22 and later have `module.enableCompileCache()`: Node keeps the bytecode of each version
 * in its own cache folder (os.tmpdir()/node-compile-cache, written on the first run). Measured on
 * Node 22 (`pnpm bench`), the two start alike, both well ahead of no cache, so the build's cache
 * is kept where it matches and Node's is used elsewhere; Node 20 on another V8 compiles afresh.
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
  const recording = env['CPS_RECORD_CODE_CACHE'];
  if (!env['CPS_NO_CODE_CACHE'] && !recording) {
    const matches = recordedFor(file) === process.versions.v8;
    if (!matches && typeof compileCacheApi.enableCompileCache === 'function') return withCompileCache(file, env);
    try {
      cachedData = matches ? readFileSync(`${file}.cache`) : undefined;
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
  const record = () => {
    if (!recording) return;
    writeFileSync(recording, script.createCachedData());
    writeFileSync(`${recording}.json`, `${JSON.stringify({ v8: process.versions.v8, node: process.version })}\n`);
  };
  return { main, recordCache: record };
}

/** Node 22's compile cache, absent from Node 20 (and from the types of Node 20 this package is typed with). */
const compileCacheApi = Module as unknown as {
  enableCompileCache?: () => { status: number };
  constants?: { compileCacheStatus?: Record<string, number> };
};

/** The V8 version the build's cache was recorded with; undefined when unknown (then it is tried, as before). */
function recordedFor(file: string): string | undefined {
  const sidecar = `${file}.cache.json`;
  if (!existsSync(sidecar)) return process.versions.v8;
  try {
    return (JSON.parse(readFileSync(sidecar, 'utf8')) as { v8?: string }).v8;
  } catch {
    return undefined;
  }
}

/** Main loaded by require() with Node's compile cache on (Node 22 and later). */
function withCompileCache(file: string, env: NodeJS.ProcessEnv): { main: typeof mainFunction; recordCache: () => void } | undefined {
  const enabled = compileCacheApi.enableCompileCache?.();
  const main = (createRequire(file)(file) as { main?: typeof mainFunction }).main;
  if (!main) return undefined;
  if (env['CPS_REPORT_CODE_CACHE']) {
    const status =
      enabled && compileCacheApi.constants?.compileCacheStatus
        ? Object.entries(compileCacheApi.constants.compileCacheStatus).find(([, value]) => value === enabled.status)?.[0]
        : undefined;
    process.stderr.write(`cps: Node's compile cache ${(status ?? 'unavailable').toLowerCase()}\n`);
  }
  return { main, recordCache: () => undefined };
}
