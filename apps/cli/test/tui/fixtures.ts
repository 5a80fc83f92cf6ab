import { readFileSync } from 'node:fs';
import type { Locale } from '@cpskit/core';
import { analyzeText, findingToDiagnostic } from '@cpskit/language-server';
import type { ManualView } from '../../src/tui/types.js';

const here = new URL('./fixtures/', import.meta.url);

/** The manual of `fixtures/<name>.cps.yaml` as the server would report it: diagnostics and analysis of one text. */
export function manualView(name: string, locale: Locale): ManualView {
  const text = readFileSync(new URL(`${name}.cps.yaml`, here), 'utf8');
  const uri = `file:///work/manuels/${name}.cps.yaml`;
  const analysis = analyzeText(text, { locale });
  return {
    displayPath: `manuels/${name}.cps.yaml`,
    uri,
    text,
    diagnostics: analysis.findings.map((finding) => findingToDiagnostic(finding, uri)),
    analysis,
  };
}

/** The two fixtures: one with an error, warnings and infos, one clean. */
export function fixtureManuals(locale: Locale): ManualView[] {
  return [manualView('findings', locale), manualView('clean', locale)];
}
