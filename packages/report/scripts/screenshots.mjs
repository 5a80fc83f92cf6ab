// `pnpm screenshots`: the pictures of the README's Reports section, drawn from examples/ by the
// built report package and photographed in Debian's Chromium (playwright-core, as the tests do).
// Writes docs/images/report-manual.png and docs/images/report-territory.png.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText } from '@cpskit/language-server';
import { chromium } from 'playwright-core';
import { manualHtml, manualReport, territoryHtml, territoryReport } from '../dist/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = path.join(root, 'examples');
const images = path.join(root, 'docs/images');
const locale = process.env.CPS_SCREENSHOT_LOCALE === 'fr' ? 'fr' : 'en';

function manuals(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? manuals(path.join(folder, entry.name)) : /\.cps\.ya?ml$/.test(entry.name) ? [path.join(folder, entry.name)] : []));
}

const reports = manuals(examples).map((file) => {
  const text = readFileSync(file, 'utf8');
  const shown = path.relative(root, file).split(path.sep).join('/');
  return manualReport({ path: shown, text, analysis: analyzeText(text, { locale }), locale });
});
const pages = {
  'report-manual': await manualHtml(reports.find((report) => report.path.endsWith('tina-et-toni.cps.yaml')) ?? reports[0], 'screenshots'),
  'report-territory': await territoryHtml(territoryReport(reports, locale), 'screenshots'),
};

const work = mkdtempSync(path.join(tmpdir(), 'cps-screenshots-'));
const browser = await chromium.launch({
  executablePath: process.env.CPS_E2E_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  mkdirSync(images, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1000, height: 1300 }, deviceScaleFactor: 1, offline: true });
  const page = await context.newPage();
  for (const [name, html] of Object.entries(pages)) {
    const file = path.join(work, `${name}.html`);
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // The top of the page: what a reader sees first, at a size a README shows well.
    await page.screenshot({ path: path.join(images, `${name}.png`) });
    console.log(`docs/images/${name}.png`);
  }
  await context.close();
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
