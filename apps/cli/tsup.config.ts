import { readFileSync, readdirSync } from 'node:fs';
import { REFERENCE_VERSION } from '@cpskit/core';
import { defineConfig } from 'tsup';
import { zodEnglishOnly } from '../../packages/core/scripts/esbuild-zod-english-only.mjs';
import { vegaWithoutCanvas } from '../../packages/report/scripts/esbuild-no-canvas.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// Every rule's docs page, so that `cps explain` works wherever the one file is copied.
const docsFolder = '../../docs/rules/';
const ruleDocs = Object.fromEntries(
  readdirSync(docsFolder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => [name.slice(0, -3), readFileSync(docsFolder + name, 'utf8')]),
);

// One self-contained file: `cps` starts without resolving a tree of modules.
export default defineConfig({
  entry: { cps: 'src/cps.ts', 'check-worker': 'src/check-worker.ts', 'cps-language-server': 'src/language-server.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  bundle: true,
  // Everything is bundled but React's devtools, which Ink loads only when DEV=true.
  noExternal: [/^(?!react-devtools-core$).*/],
  external: ['react-devtools-core'],
  // `cps --version` and `cps --help` load only the entry's chunk; the checker loads when a command needs it.
  splitting: true,
  minify: process.env.CPS_NO_MINIFY ? false : true,
  sourcemap: true,
  clean: true,
  // Bundled CommonJS dependencies (yaml) call require(); give them one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cpsCreateRequire } from 'node:module';\nconst require = __cpsCreateRequire(import.meta.url);" },
  esbuildPlugins: [zodEnglishOnly, vegaWithoutCanvas],
  define: { __CPS_VERSION__: JSON.stringify(version), __CPS_REFERENCE__: JSON.stringify(REFERENCE_VERSION), __RULE_DOCS__: JSON.stringify(JSON.stringify(ruleDocs)) },
});
