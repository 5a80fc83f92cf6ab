import { defineConfig } from 'tsup';

// ESM for import, CommonJS for require: tools of either kind can use the reference.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
