// An esbuild plugin for the bundles that ship cpskit (the CLI, the language server, the VS Code
// extension). zod re-exports its 60-odd message locales as `z.locales`, and a bundler cannot drop
// a namespace re-export: it doubles the size of a bundle and slows every cold start. cpskit has
// its own French and English messages and only uses zod's English default, so the locales module
// is replaced by one that exports English alone.
import path from 'node:path';

export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(args.importer)) return undefined;
      const english = path.join(path.dirname(args.importer), '../locales/en.js');
      return { path: english, namespace: 'zod-english-only' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};
