import { defineConfig } from 'vitest/config';

// VS Code (code-server) in a headless Chromium: slow to start, so one file at a time and generous timeouts.
export default defineConfig({
  test: { include: ['test/e2e/**/*.e2e.test.ts'], fileParallelism: false, testTimeout: 240_000, hookTimeout: 600_000 },
});
