import { readFileSync } from 'node:fs';
import { REFERENCE_VERSION } from '@cpskit/core';
import { defineConfig } from 'tsup';
import { zodEnglishOnly } from '../../packages/core/scripts/esbuild-zod-english-only.mjs';
import { vegaWithoutCanvas } from '../../packages/report/scripts/esbuild-no-canvas.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// The CommonJS launcher (dist/cps.cjs, the `cps` command) and the CommonJS copy of main that
// `cps check` runs with V8's code cache (see src/cached-main.ts).
// Built after tsup.config.ts, into the same folder, without cleaning it. Ink and React stay out:
// `cps tui` always runs from the ESM bundle.
export default defineConfig({
  entry: { 'cps-main': 'src/main.ts', cps: 'src/cps-launcher.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  target: 'node20',
  platform: 'node',
  bundle: true,
  splitting: false,
  noExternal: [/^(?!(react-devtools-core|ink|react|react\/.*|yoga-layout|\.\/cps\.js|\.\/commands\/report\.js|\.\.\/report\/write-next-to\.js)$).*/],
  // The launcher hands every command but `check` to the ESM bundle, which stays a file of its own.
  // `cps report` and the TUI's report (and Vega with them) never run from this copy either: they stay out of what a check compiles.
  external: ['react-devtools-core', 'ink', 'react', 'react/jsx-runtime', 'yoga-layout', './cps.js', './commands/report.js', '../report/write-next-to.js'],
  shims: true,
  minify: !process.env.CPS_NO_MINIFY,
  sourcemap: true,
  clean: false,
  esbuildPlugins: [zodEnglishOnly, vegaWithoutCanvas],
  // Only `cps check` runs from this copy, and it never prints a rule's page (`cps explain` runs
  // from the ESM bundle): the 270 KB of rule docs stay out of what a check reads and compiles.
  define: { __CPS_VERSION__: JSON.stringify(version), __CPS_REFERENCE__: JSON.stringify(REFERENCE_VERSION), __RULE_DOCS__: JSON.stringify('{}') },
});
