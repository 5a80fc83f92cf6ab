import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  // The library: the language service (pure), its file-system side (`node`) and its adapters, for the CLI and other tools.
  {
    entry: {
      index: 'src/index.ts',
      'server/server': 'src/server/server.ts',
      protocol: 'src/protocol.ts',
      'client/lsp-client': 'src/client/lsp-client.ts',
      'node/index': 'src/node/index.ts',
    },
    format: ['esm', 'cjs'],
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
      // The server lives as long as the editor and rechecks on every keystroke: a heap that grows
      // by 10% rather than V8's default keeps its memory near what it holds (measured by `pnpm bench`).
      js: [
        '#!/usr/bin/env node',
        "import { setFlagsFromString as __cpsV8Flags } from 'node:v8';",
        "__cpsV8Flags('--heap-growing-percent=10');",
        "import { createRequire as __cpsCreateRequire } from 'node:module';",
        'const require = __cpsCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    define: { __CPS_VERSION__: JSON.stringify(version) },
  },
]);
