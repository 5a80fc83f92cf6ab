import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  // The library: the language service and its adapters, for the CLI and other tools.
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  // The server binary: one self-contained file that any editor (and the VS Code extension) starts.
  {
    entry: { 'cps-language-server': 'src/bin/cps-language-server.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    bundle: true,
    noExternal: [/.*/],
    sourcemap: true,
    clean: false,
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __cpsCreateRequire } from 'node:module';\nconst require = __cpsCreateRequire(import.meta.url);",
    },
    define: { __CPS_VERSION__: JSON.stringify(version) },
  },
]);
