import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { zodEnglishOnly } from '../../packages/core/scripts/esbuild-zod-english-only.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const docsFolder = '../../docs/rules/';
const ruleDocs = Object.fromEntries(
  readdirSync(docsFolder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => [name.slice(0, -3), readFileSync(docsFolder + name, 'utf8')]),
);

// The CommonJS copy of main that `cps check` runs with V8's code cache (see src/cached-main.ts).
// Built after tsup.config.ts, into the same folder, without cleaning it. Ink and React stay out:
// `cps tui` always runs from the ESM bundle.
export default defineConfig({
  entry: { 'cps-main': 'src/main.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  target: 'node20',
  platform: 'node',
  bundle: true,
  splitting: false,
  noExternal: [/^(?!(react-devtools-core|ink|react|react\/.*|yoga-layout)$).*/],
  external: ['react-devtools-core', 'ink', 'react', 'react/jsx-runtime', 'yoga-layout'],
  shims: true,
  minify: !process.env.CPS_NO_MINIFY,
  sourcemap: true,
  clean: false,
  esbuildPlugins: [zodEnglishOnly],
  define: { __CPS_VERSION__: JSON.stringify(version), __RULE_DOCS__: JSON.stringify(JSON.stringify(ruleDocs)) },
});
