import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * A font stack of fonts the reader's system already has: the page loads nothing, and the
 * charts' text matches the page's. Vega measures text without a canvas by estimate, which is
 * close enough for labels of this size.
 */
export const FONT_STACK = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Noto Sans, Liberation Sans, sans-serif';

const CONFIG = {
  font: FONT_STACK,
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
  header: { labelFontSize: 12, titleFontSize: 12 },
} as const;

/**
 * Draws a Vega-Lite chart as SVG, in Node, with Vega's headless renderer (no browser, no
 * canvas). The spec is cpskit's own and its data are figures and the reference's labels,
 * never a manual's words.
 */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile({ ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * The chart as an image whose source is in the page: an SVG shown through `<img>` runs no
 * script and shares no ids with the page or the other charts.
 */
export async function chartImage(spec: TopLevelSpec, alt: string, escape: (text: string) => string): Promise<string> {
  const svg = await chartSvg(spec);
  return `<img class="chart" alt="${escape(alt)}" src="data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}">`;
}
