import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { zodEnglishOnly } from '../../packages/core/scripts/esbuild-zod-english-only.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One client file that VS Code loads (CommonJS, `vscode` provided by the editor) and one server
// file that the client starts in a Node process: everything else is inside them.
export default defineConfig({
  entry: { extension: 'src/extension.ts', server: 'src/server.ts' },
  format: ['cjs'],
  target: 'node18',
  platform: 'node',
  bundle: true,
  splitting: false,
  noExternal: [/^(?!vscode$).*/],
  external: ['vscode'],
  shims: true,
  minify: true,
  sourcemap: false,
  clean: true,
  outExtension: () => ({ js: '.cjs' }),
  esbuildPlugins: [zodEnglishOnly],
  define: { __CPS_VERSION__: JSON.stringify(version) },
});
