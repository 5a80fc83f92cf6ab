import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '@cpskit/language-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualHtml, manualReport, territoryHtml, territoryReport } from '../../src/index.js';
import { exampleManuals } from '../examples.js';
import { hostileManual } from '../hostile-manual.js';

const A4 = { width: 595.28, height: 841.89 };
const folder = mkdtempSync(path.join(tmpdir(), 'cps-report-e2e-'));
let browser: Browser;

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
  rmSync(folder, { recursive: true, force: true });
});

/** The sizes of the PDF's pages, in points, from their MediaBox entries. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[3]) - Number(match[1]),
    height: Number(match[4]) - Number(match[2]),
  }));
}

/**
 * Opens a report as a person would (a file, offline), with every request routed: anything but the
 * file itself and data URLs is a failure. Returns what went wrong, the page's text and its PDF.
 */
async function open(name: string, html: string): Promise<{ problems: string[]; text: string; pdf: Buffer; dialogs: number }> {
  const file = path.join(folder, name);
  writeFileSync(file, html);
  const context = await browser.newContext({ offline: true });
  const problems: string[] = [];
  let dialogs = 0;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(file).href || url.startsWith('data:')) return route.continue();
    problems.push(`request to ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // Every chart image decoded (a broken data URL would show as a failed image).
  const broken = await page.$$eval(
    'img',
    (images) =>
      images.filter((image) => {
        const drawn = image as unknown as { complete: boolean; naturalWidth: number };
        return !drawn.complete || drawn.naturalWidth === 0;
      }).length,
  );
  if (broken > 0) problems.push(`${broken} chart(s) not drawn`);
  const text = await page.innerText('body');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await context.close();
  return { problems, text, pdf, dialogs };
}

describe('the reports in headless Chromium', () => {
  const manuals = exampleManuals('fr');

  it('one manual’s report: no network, no console error, A4 pages', async () => {
    const weak = manuals.find((manual) => manual.analysis.criteria.provisional)!;
    const { problems, text, pdf } = await open('rapport.html', await manualHtml(weak.report, 'e2e'));
    expect(problems).toEqual([]);
    expect(text).toContain('Score provisoire');
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) {
      expect(Math.abs(size.width - A4.width)).toBeLessThan(1.5);
      expect(Math.abs(size.height - A4.height)).toBeLessThan(1.5);
    }
  });

  it('the territory: no network, no console error, A4 pages', async () => {
    const { problems, text, pdf } = await open(
      'territoire.html',
      await territoryHtml(
        territoryReport(
          manuals.map((manual) => manual.report),
          'fr',
        ),
        'e2e',
      ),
    );
    expect(problems).toEqual([]);
    expect(text).toContain('Aucun programme pour les 16–25 ans');
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
  });

  it('the guard sees a request to the network (so that its silence above means something)', async () => {
    const { problems } = await open('guard.html', '<!doctype html><title>guard</title><img src="http://example.invalid/x.png">');
    expect(problems.some((problem) => problem.startsWith('request to http://example.invalid/'))).toBe(true);
  });

  it('a hostile manual shows its script and image tags as text, in both reports', async () => {
    const text = hostileManual();
    const report = manualReport({ path: '"><img src=x onerror=alert(1)>.cps.yaml', text, analysis: analyzeText(text, { locale: 'en' }), locale: 'en' });
    for (const [name, html] of [
      ['hostile.html', await manualHtml(report, 'e2e')],
      ['hostile-territory.html', await territoryHtml(territoryReport([report], 'en'), 'e2e')],
    ] as const) {
      const opened = await open(name, html);
      expect(opened.problems, name).toEqual([]);
      expect(opened.dialogs, name).toBe(0);
      expect(opened.text, name).toContain('<script>alert(1)</script>');
      expect(opened.text, name).toContain('"><img src=x onerror=alert(2)>');
    }
  });
});
