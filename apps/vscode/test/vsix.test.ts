import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NEEDED = [
  'dist/extension.cjs',
  'dist/server.cjs',
  'dist/report.cjs',
  'dist/manual.schema.json',
  'package.json',
  'package.nls.json',
  'package.nls.fr.json',
  'language-configuration.json',
  'syntaxes/cps-yaml.tmLanguage.json',
  'images/icon.png',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'walkthrough/new-manual.md',
  'walkthrough/new-manual.fr.md',
  // Every rule's docs page, so that a finding's link opens offline.
  'dist/docs/rules/intensity.md',
  'dist/docs/rules/yaml-syntax.md',
];

describe('the packaged extension (built by `pnpm build`)', () => {
  it('lists, as `vsce ls` does, every file the manifest needs and nothing from the sources or node_modules', { timeout: 60_000 }, async () => {
    const { listFiles } = require('@vscode/vsce') as { listFiles: (options: { cwd: string; packageManager: string }) => Promise<string[]> };
    const files = (await listFiles({ cwd: ROOT, packageManager: 'none' })).map((file) => file.replace(/\\/g, '/')).sort();
    for (const file of NEEDED) expect(files, file).toContain(file);
    expect(files.filter((file) => /^(src|test|node_modules|scripts)\//.test(file))).toEqual([]);
  });

  it('is a .vsix holding the two bundles and the JSON Schema, and the bundles need nothing but `vscode` at run time', () => {
    const vsix = new URL('../cpskit-vscode.vsix', import.meta.url);
    expect(existsSync(vsix)).toBe(true);
    const zip = readFileSync(vsix);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    // Entry names are stored as they are in the zip's directory.
    for (const file of [
      'extension/dist/extension.cjs',
      'extension/dist/server.cjs',
      'extension/dist/report.cjs',
      'extension/dist/manual.schema.json',
      'extension/dist/docs/rules/intensity.md',
      'extension/package.json',
      'extension.vsixmanifest',
    ]) {
      expect(zip.includes(Buffer.from(file)), file).toBe(true);
    }
    for (const bundle of ['extension.cjs', 'server.cjs', 'report.cjs']) {
      const code = readFileSync(new URL(`../dist/${bundle}`, import.meta.url), 'utf8');
      const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!));
      // The client loads the report's bundle, beside it, when a report is exported.
      const outside = [...required].filter(
        (name) => !name.startsWith('node:') && !isBuiltin(name) && name !== 'vscode' && !(bundle === 'extension.cjs' && name === './report.cjs'),
      );
      expect(outside, bundle).toEqual([]);
    }
    expect(readFileSync(new URL('../dist/server.cjs', import.meta.url), 'utf8')).not.toContain('require("vscode")');
  });
});

describe('the report’s bundle (dist/report.cjs)', () => {
  it('loads in Node without a canvas and draws a report whose charts are SVG', async () => {
    const { analyzeText } = await import('@cpskit/language-server');
    const { manualHtml, manualReport } = require('../dist/report.cjs') as typeof import('../src/report-bundle.js');
    const text = readFileSync(new URL('../../../examples/primavera.cps.yaml', import.meta.url), 'utf8');
    const html = await manualHtml(manualReport({ path: 'primavera.cps.yaml', text, analysis: analyzeText(text, { locale: 'en' }), locale: 'en' }), 'test');
    expect(html).toMatch(/<img class="chart" alt="[^"]+" src="data:image\/svg\+xml;base64,/);
    expect(readFileSync(new URL('../dist/extension.cjs', import.meta.url), 'utf8')).toContain('"./report.cjs"');
  });
});

function isBuiltin(name: string): boolean {
  return require('node:module').builtinModules.includes(name);
}
