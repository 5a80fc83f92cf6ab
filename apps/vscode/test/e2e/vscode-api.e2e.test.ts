import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, runExtensionTests, stopAll } from './code-server.js';

/*
 * Level (b): the extension under development (apps/vscode with its built dist/) in VS Code's own
 * server, with tests (extension-tests/index.cjs) that use the real `vscode` API: activation,
 * diagnostics, hover, completion, the snippets in the chosen language, settings read again, commands, the analysis webview, the
 * workspace check and a quick fix.
 */

const root = makeTempDir('cpskit-api-e2e-');
const workspace = join(root, 'workspace');
cpSync(fileURLToPath(new URL('./workspace/', import.meta.url)), workspace, { recursive: true });

afterAll(async () => {
  await stopAll();
  rmSync(root, { recursive: true, force: true });
});

describe('the extension against the real VS Code API', () => {
  it('passes every test of extension-tests/index.cjs', async () => {
    const result = await runExtensionTests({
      extensionDevelopmentPath: fileURLToPath(new URL('../../', import.meta.url)),
      extensionTestsPath: fileURLToPath(new URL('./extension-tests/index.cjs', import.meta.url)),
      workspace,
      timeoutMs: 180_000,
    });
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(10);
  });
});
