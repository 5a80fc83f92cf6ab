// Takes the screenshots of the extension's README (images/screenshot-*.png) in a real VS Code:
// the packaged .vsix installed into code-server, driven by Chromium, as the end-to-end tests do.
// Needs `node scripts/e2e-setup.mjs` and `pnpm build`. Usage: npx tsx scripts/screenshots.ts
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installVsix, makeTempDir, openBrowser, openFileWithQuickOpen, runCommand, startCodeServer, stopAll, waitForWorkbench } from '../test/e2e/code-server.js';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const root = makeTempDir('cpskit-screenshots-');
const workspace = join(root, 'manuels');
cpSync(here('../../../examples/weak/atelier-emotions.cps.yaml'), join(workspace, 'atelier-emotions.cps.yaml'));
cpSync(here('../../../examples/psfp.cps.yaml'), join(workspace, 'psfp.cps.yaml'));

try {
  const dirs = { extensionsDir: join(root, 'extensions'), userDataDir: join(root, 'user-data') };
  await installVsix(here('../cpskit-vscode.vsix'), dirs);
  const server = await startCodeServer({ ...dirs, workspace, settings: { 'cps.locale': 'en', 'workbench.colorTheme': 'Default Light Modern' } });
  const { page, close } = await openBrowser(undefined, { viewport: { width: 1280, height: 800 } });
  await page.goto(server.folderUrl());
  await waitForWorkbench(page);

  await openFileWithQuickOpen(page, 'atelier-emotions.cps.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 60_000 });
  await runCommand(page, 'View: Focus Problems');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 60_000 });
  // To the unknown competency code, and its hover.
  await page
    .locator('.editor-instance .monaco-editor .view-lines')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+G');
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);
  const squiggle = page.locator('.monaco-editor .view-line span span', { hasText: /^E1\.3$/ }).first();
  const box = await squiggle.boundingBox({ timeout: 5000 }).catch(() => null);
  if (box) {
    await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
    await page
      .locator('.monaco-hover:not(.hidden)')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 })
      .catch(() => {});
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: here('../images/screenshot-findings.png') });

  await page.mouse.move(2, 2);
  await page.keyboard.press('Control+J');
  await openFileWithQuickOpen(page, 'psfp.cps.yaml');
  await runCommand(page, 'cpskit: Show the criteria and coverage of this manual');
  await page.waitForTimeout(4000);
  await page.screenshot({ path: here('../images/screenshot-analysis.png') });
  await close();
  await server.stop();
} finally {
  await stopAll();
  rmSync(root, { recursive: true, force: true });
}
