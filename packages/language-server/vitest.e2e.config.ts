import { defineConfig } from 'vitest/config';

/** The end-to-end tests in real editors: slower, and run apart from the everyday suite. */
export default defineConfig({
  test: { include: ['test/e2e/**/*.e2e.test.ts'], testTimeout: 120_000 },
});
