import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CROSSWALK_2022,
  CROSSWALK_2022_SOURCE,
  GENERAL_COMPETENCIES,
  SPECIFIC_COMPETENCIES,
  foldText,
  key2022,
  lookupCompetency,
  lookupCompetency2022,
  normaliseCode,
} from '../src/index.js';
import { normalise } from './seed-text.js';

// The 2022 table as read from its source, with where it was read (packages/core/reference/sources/).
const source = normalise(readFileSync(new URL('../reference/sources/spf-2022-cps.txt', import.meta.url), 'utf8'));
const generals = CROSSWALK_2022.filter((entry) => entry.level === 'general');
const specifics = CROSSWALK_2022.filter((entry) => entry.level === 'specific');
const labels2025 = [...GENERAL_COMPETENCIES, ...SPECIFIC_COMPETENCIES].map((entry) => entry.label.fr);

describe('the crosswalk from the 2022 classification to the 2025 codes', () => {
  it('names its source: SpF, October 2022, and the regional page that reproduces the table', () => {
    expect(CROSSWALK_2022_SOURCE.title).toBe('Les compétences psychosociales : état des connaissances scientifiques et théoriques');
    expect(source).toContain(normalise(`« ${CROSSWALK_2022_SOURCE.title} », octobre 2022, 135 pages`));
    expect(source).toContain(CROSSWALK_2022_SOURCE.url);
    expect(source).toContain(CROSSWALK_2022_SOURCE.reproducedBy);
  });

  it('has the 9 general competencies, 3 per category, and their 21 specific ones', () => {
    expect(generals).toHaveLength(9);
    for (const category of ['C', 'E', 'S'] as const) expect(generals.filter((entry) => entry.category === category)).toHaveLength(3);
    expect(specifics).toHaveLength(21);
    for (const entry of specifics) {
      const parent = generals.find((candidate) => candidate.label.fr === entry.general);
      expect(parent, entry.label.fr).toBeDefined();
      expect(parent!.category, entry.label.fr).toBe(entry.category);
    }
  });

  it('gives every 2022 label word for word as the source table does, under its general competency', () => {
    for (const entry of generals) expect(source, entry.label.fr).toMatch(new RegExp(`\\d\\. ${escape(entry.label.fr)} •`));
    for (const entry of specifics) {
      expect(source, entry.label.fr).toContain(`• ${entry.label.fr}`);
      // The specific competency comes after its general one and before the next general one.
      const after = source.slice(source.indexOf(`. ${entry.general!} •`));
      const nextGeneral = after.slice(2).search(/\d\. /);
      expect(after.slice(0, nextGeneral < 0 ? undefined : nextGeneral + 2), entry.label.fr).toContain(`• ${entry.label.fr}`);
    }
  });

  it('maps every 2022 competency to codes of the 2025 classification, in canonical form', () => {
    for (const entry of CROSSWALK_2022) {
      expect(entry.codes.length, entry.label.fr).toBeGreaterThan(0);
      for (const code of entry.codes) {
        expect(lookupCompetency(code), `${entry.label.fr}: ${code}`).toBeDefined();
        expect(normaliseCode(code), code).toBe(code);
      }
      expect(entry.label.en, entry.label.fr).toMatch(/\S/);
    }
  });

  it('says why wherever a 2022 competency has no single 2025 code', () => {
    const split = CROSSWALK_2022.filter((entry) => entry.codes.length > 1);
    for (const entry of split) expect(entry.note, entry.label.fr).toMatch(/^No single 2025 code: /);
    expect(split.map((entry) => entry.label.fr)).toEqual([
      'Connaissance de soi (forces et limites, buts, valeurs, discours interne…)',
      'Prendre des décisions constructives',
      'Avoir conscience de ses émotions et de son stress',
      'Comprendre les émotions et le stress',
      'Identifier ses émotions et son stress',
      'Résoudre des difficultés',
    ]);
  });

  it('keeps each competency of the 2022 category in the same 2025 category, but for asking for help', () => {
    for (const entry of CROSSWALK_2022) {
      for (const code of entry.codes) {
        if (code === 'C2.4') expect(entry.label.fr).toMatch(/demander de l’aide|Résoudre des difficultés/);
        else expect(code[0], `${entry.label.fr}: ${code}`).toBe(entry.category);
      }
    }
  });

  it('finds a 2022 label however a manual writes it: case, accents, apostrophes, without its examples or « capacité à »', () => {
    const codes = (text: string) => lookupCompetency2022(text)?.codes;
    for (const entry of CROSSWALK_2022) {
      if (labels2025.some((label) => foldText(label) === foldText(entry.label.fr))) continue;
      expect(codes(entry.label.fr), entry.label.fr).toEqual(entry.codes);
      expect(codes(entry.label.fr.toUpperCase()), entry.label.fr).toEqual(entry.codes);
      expect(codes(entry.label.en), entry.label.en).toEqual(entry.codes);
    }
    expect(codes("Capacite d'ecoute empathique")).toEqual(['S1.2']);
    expect(codes('écoute empathique')).toEqual(['S1.2']);
    expect(codes('Connaissance de soi')).toEqual(['C1.1', 'C1.3']);
    expect(codes('Gérer ses émotions')).toEqual(['E2.2']);
    expect(codes('Communication efficace')).toEqual(['S1.1']);
    expect(codes('auto-évaluation positive')).toEqual(['C1.5']);
    expect(codes('pleine conscience')).toEqual(['C1.6']);
    expect(codes('Avoir conscience de soi')).toEqual(['C1']);
    expect(codes('Résoudre des difficultés')).toEqual(['S2', 'C2.4']);
  });

  it('leaves the words of a 2025 label to the 2025 competency', () => {
    // 2025 reuses two 2022 general labels for competencies of its own.
    expect(labels2025).toContain('Prendre des décisions constructives');
    expect(labels2025).toContain('Développer des relations constructives');
    expect(lookupCompetency2022('Prendre des décisions constructives')).toBeUndefined();
    expect(lookupCompetency2022('développer des relations constructives')).toBeUndefined();
    expect(lookupCompetency2022('Gérer ses impulsions')).toBeUndefined();
    expect(lookupCompetency2022('bien-être')).toBeUndefined();
  });

  it('gives each form of a label to one 2022 competency only', () => {
    const owner = new Map<string, string>();
    for (const entry of CROSSWALK_2022) {
      for (const name of new Set([entry.label.fr, entry.label.en, ...(entry.aliases ?? [])].map(key2022))) {
        expect(owner.get(name), `"${name}" is both ${owner.get(name)} and ${entry.label.fr}`).toBeUndefined();
        owner.set(name, entry.label.fr);
      }
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
