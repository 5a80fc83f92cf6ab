import { defineConfig } from 'vitest/config';

/** The reports opened in headless Chromium: slower, and run apart from the everyday suite. */
export default defineConfig({
  test: { include: ['test/e2e/**/*.e2e.test.ts'], testTimeout: 120_000 },
});
