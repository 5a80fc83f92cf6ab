import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_VERSIONS, ensureNode } from '../../../../scripts/node-lines.mjs';

// The core's own tests on the other maintained Node lines (the whole suite on each line would
// take far too long for CI; the packed packages are also run on each line by
// apps/cli/test/e2e/install.e2e.test.ts).
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
const VITEST = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

describe.each(Object.entries(NODE_VERSIONS))('@cpskit/core’s tests on Node %s', (_major, version) => {
  it(`pass on Node ${version}`, () => {
    const node = ensureNode(version);
    const run = spawnSync(node, [VITEST, 'run', '--config', 'vitest.config.ts'], {
      cwd: PACKAGE,
      env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env['PATH'] ?? ''}`, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.status, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);
    expect(run.stdout).toMatch(/Tests\s+\d+ passed/);
    console.log(`@cpskit/core on Node ${version}: ${/Tests\s+(\d+ passed)/.exec(run.stdout)?.[1]}, ${/Duration\s+(\S+)/.exec(run.stdout)?.[1]}`);
  }, 300_000);
});
