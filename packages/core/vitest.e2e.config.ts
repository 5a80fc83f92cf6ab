import { defineConfig } from 'vitest/config';

/** The core's tests on the other Node lines: slower, run with the end-to-end tests. */
export default defineConfig({
  test: { include: ['test/e2e/**/*.e2e.test.ts'], testTimeout: 300_000, fileParallelism: false },
});
