import type { Locale } from '@cpskit/core';
import { FONT_STACK } from '../charts.js';
import { escapeHtml } from './escape.js';

/**
 * The page's style: the system's fonts, nothing loaded; A4 when printed, with sections and
 * table rows kept whole across pages and headings kept with what follows them.
 */
const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --rule: #d6dae3; --met: #1f7a3d; --partly: #9a6400; --missing: #b3261e; --na: #6b7280; }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; color: var(--ink); background: #fff; font-size: 15px; line-height: 1.45; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p.lead { color: var(--muted); margin: 0 0 1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.score { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
.score .value { font-size: 2.6rem; font-weight: 700; }
.score .provisional { color: var(--missing); font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f5f9; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.criterion td { background: #f8f9fb; font-weight: 600; }
.status { white-space: nowrap; font-weight: 600; }
.status-met { color: var(--met); }
.status-partly-met, .status-declared { color: var(--partly); }
.status-missing { color: var(--missing); }
.status-not-applicable { color: var(--na); }
ul.findings { margin: 0; padding-left: 1.1rem; }
ol.points li { margin-bottom: .5rem; }
.cite { color: var(--muted); font-size: .85rem; white-space: nowrap; }
img.chart { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
.muted { color: var(--muted); }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
.wrap { overflow-wrap: anywhere; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  section, figure, tr, li, dl { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.criteria-table { break-inside: auto; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The whole page: one file, its style inside it, and a policy that forbids it to fetch
 * anything or run any script, so that it opens the same with no network and stays inert.
 */
export function page(input: { readonly locale: Locale; readonly title: string; readonly body: string }): string {
  const policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cpskit">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${input.body}
</body>
</html>
`;
}
