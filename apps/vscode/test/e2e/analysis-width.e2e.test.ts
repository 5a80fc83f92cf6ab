import { readFileSync } from 'node:fs';
import { analyzeText } from '@cpskit/language-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisHtml } from '../../src/analysis-html.js';

/**
 * The analysis view as a webview shows it, in headless Chromium at the width of half a screen and
 * narrower: the statuses never wrap, nothing runs past the right edge. The page itself runs no
 * script; the measures are taken from outside (Playwright's evaluate, over the DevTools protocol).
 * Needs only Chromium (CPS_E2E_CHROMIUM, default /usr/bin/chromium), not code-server:
 *   npx vitest run --config vitest.e2e.config.ts test/e2e/analysis-width.e2e.test.ts
 * With CPS_E2E_SCREENSHOTS=<folder>, it also saves each page as a PNG there, to look at.
 */
const MANUALS = ['weak/atelier-emotions.cps.yaml', 'psfp.cps.yaml'].map((name) => ({ name, text: readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8') }));
let browser: Browser;
const analyses = new Map<string, ReturnType<typeof analyzeText>>();
/** Each manual analysed once per language, whatever the widths it is shown at. */
function analysed(name: string, text: string, locale: 'fr' | 'en') {
  const key = `${locale} ${name}`;
  if (!analyses.has(key)) analyses.set(key, analyzeText(text, { locale }));
  return analyses.get(key)!;
}

beforeAll(async () => {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: process.env.CPS_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Layout {
  readonly viewport: number;
  readonly pageWidth: number;
  readonly badges: { text: string; lines: number; height: number; lineHeight: number; right: number }[];
  readonly overflowing: string[];
  /** For each modality row: the bottom of its wording and the top of its status. */
  readonly rows: { wordingBottom: number; statusTop: number }[];
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const badges = Array.from(document.querySelectorAll<HTMLElement>('.badge')).map((badge) => {
      const box = badge.getBoundingClientRect();
      // A wrapped label has as many line boxes as lines: count the text's client rectangles.
      const range = document.createRange();
      range.selectNodeContents(badge);
      const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
      return { text: badge.textContent ?? '', lines: tops.size, height: box.height, lineHeight: parseFloat(getComputedStyle(badge).lineHeight), right: box.right };
    });
    // The column headers of the narrow layout are visually hidden (read by screen readers only): left out.
    const overflowing = Array.from(document.querySelectorAll<HTMLElement>('td, tbody th, h1, h2, p, .chart-row'))
      .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((element) => `${element.tagName} ${element.className}: ${element.textContent?.slice(0, 60)}`);
    const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('tr.modality')).map((row) => ({
      wordingBottom: row.cells[0]!.getBoundingClientRect().bottom,
      statusTop: row.querySelector('.badge')!.getBoundingClientRect().top,
    }));
    return { viewport: document.documentElement.clientWidth, pageWidth: document.documentElement.scrollWidth, badges, overflowing, rows };
  });
}

describe('the analysis view in a narrow webview', () => {
  for (const width of [600, 420]) {
    for (const locale of ['fr', 'en'] as const) {
      it(`at ${width} px (${locale}): statuses on one line, wording above them, nothing past the edge`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
        try {
          for (const manual of MANUALS) {
            const page = await context.newPage();
            await page.setContent(
              analysisHtml({
                analysis: analysed(manual.name, manual.text, locale),
                file: `un-nom-de-fichier-tres-long-sans-espace-${manual.name}`,
                locale,
                nonce: 'bm9uY2U=',
                exportCommand: 'command:cps.exportReport',
              }),
            );
            const shown = await layout(page);
            if (process.env.CPS_E2E_SCREENSHOTS)
              await page.screenshot({ path: `${process.env.CPS_E2E_SCREENSHOTS}/analysis-${width}-${locale}-${manual.name.replace(/\W/g, '-')}.png`, fullPage: true });
            expect(shown.viewport).toBe(width);
            expect(shown.pageWidth, manual.name).toBeLessThanOrEqual(width);
            expect(shown.overflowing, manual.name).toEqual([]);
            expect(shown.badges.length).toBeGreaterThan(30);
            for (const badge of shown.badges) {
              expect(badge.lines, badge.text).toBe(1);
              expect(badge.height, badge.text).toBeLessThan(badge.lineHeight * 1.6);
              expect(badge.right, badge.text).toBeLessThanOrEqual(width);
            }
            // The wording on its own line, the status and the evidence under it.
            for (const row of shown.rows) expect(row.statusTop).toBeGreaterThanOrEqual(row.wordingBottom - 1);
            await page.close();
          }
        } finally {
          await context.close();
        }
      });
    }
  }

  it('keeps the three columns of a table side by side when the view is wide', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(analysisHtml({ analysis: analysed(MANUALS[0]!.name, MANUALS[0]!.text, 'fr'), file: 'm.cps.yaml', locale: 'fr', nonce: 'bm9uY2U=' }));
    const shown = await layout(page);
    expect(shown.pageWidth).toBeLessThanOrEqual(1200);
    for (const badge of shown.badges) expect(badge.lines, badge.text).toBe(1);
    // Side by side: each status starts on the line of its wording.
    for (const row of shown.rows) expect(row.statusTop).toBeLessThan(row.wordingBottom);
    await context.close();
  });
});
