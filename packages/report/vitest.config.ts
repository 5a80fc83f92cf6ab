import { defineConfig } from 'vitest/config';

// The end-to-end tests have their own config (vitest.e2e.config.ts). Work that takes a few
// seconds on an idle machine can take five times longer on a loaded CI runner, so no test
// relies on vitest's default 5 s limit.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', '**/node_modules/**'], testTimeout: 30_000, hookTimeout: 60_000 },
});
