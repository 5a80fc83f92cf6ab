import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The extension's logic runs against a recording stand-in for the `vscode` module (test/vscode-fake.ts);
// the real editor is exercised by the end-to-end tests (vitest.e2e.config.ts).
export default defineConfig({
  resolve: { alias: { vscode: fileURLToPath(new URL('./test/vscode-fake.ts', import.meta.url)) } },
  test: { include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], testTimeout: 30_000, hookTimeout: 60_000 },
});
