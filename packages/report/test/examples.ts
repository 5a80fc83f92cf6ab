import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@cpskit/core';
import { analyzeText, type Analysis } from '@cpskit/language-server';
import { manualReport, type ManualReport } from '../src/index.js';

export const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** Every example manual (the weak one included), with its text and analysis. */
export function exampleManuals(locale: Locale = 'en'): { path: string; text: string; analysis: Analysis; report: ManualReport }[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.cps\.ya?ml$/.test(entry.name)) files.push(full);
    }
  };
  walk(EXAMPLES);
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const analysis = analyzeText(text, { locale });
    const shown = path.relative(EXAMPLES, file);
    return { path: shown, text, analysis, report: manualReport({ path: shown, text, analysis, locale }) };
  });
}
