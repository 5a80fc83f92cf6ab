import { readFileSync } from 'node:fs';
import { analyzeText } from '@cpskit/language-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisHtml } from '../../src/analysis-html.js';

/**
 * The analysis view as a webview shows it, in headless Chromium at the width of half a screen and
 * narrower: the statuses never wrap, nothing runs past the right edge; with age groups, each year's
 * hours and each competency of a group stay on one line. The page itself runs no
 * script; the measures are taken from outside (Playwright's evaluate, over the DevTools protocol).
 * Needs only Chromium (CPS_E2E_CHROMIUM, default /usr/bin/chromium), not code-server:
 *   npx vitest run --config vitest.e2e.config.ts test/e2e/analysis-width.e2e.test.ts
 * With CPS_E2E_SCREENSHOTS=<folder>, it also saves each page as a PNG there, to look at.
 */
// Passerelles gives its units per age band: the page has the table by age group too.
const MANUALS = ['weak/atelier-emotions.cps.yaml', 'psfp.cps.yaml', 'passerelles.cps.yaml'].map((name) => ({
  name,
  text: readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8'),
}));
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
  /** Each year's hours and each competency of the age-group table, as a badge is measured. */
  readonly chips: { text: string; lines: number; right: number }[];
  /** For each age-group row: the bottom of its name and the top of its hours per year. */
  readonly groups: { nameBottom: number; yearsTop: number }[];
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
    const chips = Array.from(document.querySelectorAll<HTMLElement>('.age-groups .year, .age-groups .competency')).map((chip) => {
      const range = document.createRange();
      range.selectNodeContents(chip);
      const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
      return { text: chip.textContent ?? '', lines: tops.size, right: chip.getBoundingClientRect().right };
    });
    const groups = Array.from(document.querySelectorAll<HTMLTableRowElement>('tr.age-group')).map((row) => ({
      nameBottom: row.cells[0]!.getBoundingClientRect().bottom,
      yearsTop: row.querySelector('td.years')!.getBoundingClientRect().top,
    }));
    return { viewport: document.documentElement.clientWidth, pageWidth: document.documentElement.scrollWidth, badges, overflowing, rows, chips, groups };
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
            // The age groups: two rows, each with its years (two at school, three at collège) and six competencies, none wrapped.
            if (manual.name === 'passerelles.cps.yaml') {
              expect(shown.groups).toHaveLength(2);
              expect(shown.chips).toHaveLength(2 + 3 + 12);
              for (const chip of shown.chips) {
                expect(chip.lines, chip.text).toBe(1);
                expect(chip.right, chip.text).toBeLessThanOrEqual(width);
              }
              // The narrow layout: the group's name on its own line, its hours under it.
              for (const group of shown.groups) expect(group.yearsTop).toBeGreaterThanOrEqual(group.nameBottom - 1);
            } else expect(shown.groups).toEqual([]);
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
    // And each age group's name beside its hours.
    await page.setContent(analysisHtml({ analysis: analysed(MANUALS[2]!.name, MANUALS[2]!.text, 'fr'), file: 'm.cps.yaml', locale: 'fr', nonce: 'bm9uY2U=' }));
    const groups = (await layout(page)).groups;
    expect(groups).toHaveLength(2);
    for (const group of groups) expect(group.yearsTop).toBeLessThan(group.nameBottom);
    await context.close();
  });
});
