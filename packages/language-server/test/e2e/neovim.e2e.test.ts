import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MANUAL } from '../lsp/fixtures.js';

const SERVER = fileURLToPath(new URL('../../dist/cps-language-server.js', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./neovim-client.lua', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cps-nvim-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function neovimVersion(): string {
  try {
    return execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
  } catch {
    throw new Error('Neovim is not installed: `apt-get install neovim` (.ci/run does it). This test needs a real LSP client that is not ours.');
  }
}

describe('Neovim’s built-in LSP client', () => {
  it('starts cps-language-server and receives its diagnostics, at their places', () => {
    expect(neovimVersion()).toMatch(/^NVIM v0\.\d+/);
    const manual = path.join(work, 'essai.cps.yaml');
    const out = path.join(work, 'diagnostics.txt');
    writeFileSync(manual, MANUAL);
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
      env: { ...process.env, CPS_SERVER: SERVER, CPS_MANUAL: manual, CPS_OUT: out, CPS_LOCALE: 'fr' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).not.toContain('TIMEOUT: no diagnostics');
    // The unknown code E1.3 on line 14, column 26, and the undefined activity "jeu" on line 27, in French.
    expect(lines).toContainEqual(expect.stringMatching(/^14:26 unknown-competency «\u00a0E1\.3\u00a0» n’est pas une compétence/));
    expect(lines).toContainEqual(expect.stringMatching(/^27:26 undefined-activity La séance «\u00a0s2\u00a0» cite l’activité «\u00a0jeu\u00a0»/));
  }, 90_000);
});
