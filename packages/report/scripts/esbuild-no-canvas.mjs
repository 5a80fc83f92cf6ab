// An esbuild plugin for the bundles that ship the reports (the CLI, the VS Code extension). Vega
// looks for the optional `canvas` package with a top-level `await import('canvas')`, which a
// CommonJS bundle cannot hold; the reports draw SVG only (Vega's headless `toSVG`), measuring
// text by estimate, so `vega-canvas` is replaced by a module that says there is no canvas.
export const vegaWithoutCanvas = {
  name: 'vega-without-canvas',
  setup(build) {
    build.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: 'vega-canvas', namespace: 'vega-without-canvas' }));
    build.onLoad({ filter: /.*/, namespace: 'vega-without-canvas' }, () => ({
      contents: 'export const canvas = () => null; export const domCanvas = () => null; export const nodeCanvas = () => null; export const image = () => null;',
      loader: 'js',
    }));
  },
};
