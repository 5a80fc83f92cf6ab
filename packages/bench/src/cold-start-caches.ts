// The cold start of `cps check` on one manual on Node 22, with each way of skipping the compile:
// the build's own V8 code cache (recorded here with Node 22, as the build does with its Node),
// Node's compile cache (`module.enableCompileCache()`, what cps uses when the build's cache was
// recorded by another V8), and no cache at all. Decides which the launcher prefers (src/cached-main.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_VERSIONS, ensureNode } from '../../../scripts/node-lines.mjs';
import { median } from './corpus.js';

const DIST = fileURLToPath(new URL('../../../apps/cli/dist/', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../examples/psfp.cps.yaml', import.meta.url));
const WEAK = fileURLToPath(new URL('../../../examples/weak/atelier-emotions.cps.yaml', import.meta.url));

export interface ColdStartCaches {
  readonly node: string;
  readonly buildCache: number;
  readonly compileCache: number;
  readonly none: number;
  readonly nodeAlone: number;
}

export function coldStartCaches(runs = 21): ColdStartCaches {
  const node = ensureNode(NODE_VERSIONS[22]);
  const work = mkdtempSync(path.join(tmpdir(), 'cps-cold-'));
  try {
    // Two copies of the built CLI: one whose cache is recorded by this Node 22 (as a build on
    // Node 22 would), one with the build's cache of another V8, where cps turns to Node's.
    const own = path.join(work, 'own');
    const other = path.join(work, 'other');
    cpSync(DIST, own, { recursive: true });
    cpSync(DIST, other, { recursive: true });
    const record = spawnSync(node, [path.join(own, 'cps.cjs'), 'check', EXAMPLE, WEAK, '--fail-on', 'never', '--no-color'], {
      env: { ...process.env, CPS_RECORD_CODE_CACHE: path.join(own, 'cps-main.cjs.cache'), CPS_NO_CODE_CACHE: '1' },
    });
    if (record.status !== 0) throw new Error(`recording the code cache with Node 22 failed: ${record.stderr.toString()}`);
    const env = { ...process.env, NODE_COMPILE_CACHE: path.join(work, 'node-compile-cache') };
    const modes: Record<keyof Omit<ColdStartCaches, 'node'>, [string[], NodeJS.ProcessEnv]> = {
      buildCache: [[path.join(own, 'cps.cjs'), 'check', EXAMPLE, '--no-color'], env],
      compileCache: [[path.join(other, 'cps.cjs'), 'check', EXAMPLE, '--no-color'], env],
      none: [[path.join(own, 'cps.cjs'), 'check', EXAMPLE, '--no-color'], { ...env, CPS_NO_CODE_CACHE: '1' }],
      nodeAlone: [['-e', '0'], env],
    };
    // Each mode once before timing: Node's compile cache is written by its first run.
    for (const [args, modeEnv] of Object.values(modes)) spawnSync(node, args, { env: modeEnv });
    const times: Record<string, number[]> = {};
    for (let run = 0; run < runs; run++) {
      for (const [name, [args, modeEnv]] of Object.entries(modes)) {
        const started = performance.now();
        spawnSync(node, args, { env: modeEnv, stdio: 'ignore' });
        (times[name] ??= []).push(performance.now() - started);
      }
    }
    return {
      node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(),
      buildCache: median(times['buildCache']!),
      compileCache: median(times['compileCache']!),
      none: median(times['none']!),
      nodeAlone: median(times['nodeAlone']!),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
