import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { zodEnglishOnly } from '../../packages/core/scripts/esbuild-zod-english-only.mjs';
import { vegaWithoutCanvas } from '../../packages/report/scripts/esbuild-no-canvas.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The report's code (Vega among it, over 1 MB) stays out of extension.cjs, which VS Code parses
 * at activation: the client loads dist/report.cjs only when a report is exported.
 */
const reportApart = {
  name: 'report-apart',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: (args: { importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /^\.\/report-bundle\.js$/ }, (args) => (args.importer.endsWith('export-report.ts') ? { path: './report.cjs', external: true } : undefined));
  },
};

// One client file that VS Code loads (CommonJS, `vscode` provided by the editor), one server
// file that the client starts in a Node process, and the report's code, loaded on demand.
export default defineConfig({
  entry: { extension: 'src/extension.ts', server: 'src/server.ts', report: 'src/report-bundle.ts' },
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
  esbuildPlugins: [zodEnglishOnly, vegaWithoutCanvas, reportApart],
  define: { __CPS_VERSION__: JSON.stringify(version) },
});
