import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One self-contained file: `cps` starts without resolving a tree of modules.
export default defineConfig({
  entry: { cps: 'src/cps.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  bundle: true,
  noExternal: [/.*/],
  splitting: false,
  sourcemap: true,
  clean: true,
  // Bundled CommonJS dependencies (yaml) call require(); give them one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cpsCreateRequire } from 'node:module';\nconst require = __cpsCreateRequire(import.meta.url);" },
  define: { __CPS_VERSION__: JSON.stringify(version) },
});
