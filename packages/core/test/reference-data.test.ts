import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  GENERAL_COMPETENCIES,
  GENERAL_CRITERIA,
  INTERVENTION_KIND_LABELS,
  MODALITIES,
  OPERATIONAL_CRITERIA,
  PHASES,
  SECTORS,
  SPECIFIC_COMPETENCIES,
  STRATEGY_AXES,
  AXIS4_ITEMS,
  TRAINING_LEVELS,
  modalitiesOf,
} from '../src/index.js';
import { expectInSeed, rawSeed, seedWords, sharedSeedPath, type SEED_FILES } from './seed-text.js';

const seed002 = seedWords('002');
const seed000 = seedWords('000');
const inSeed = (seed: keyof typeof SEED_FILES) => (seed === '002' ? seed002 : seed000);

describe('the seeds', () => {
  it.each(['000', '002'] as const)('the copy of seed %s matches the shared seed when present', (seed) => {
    const shared = sharedSeedPath(seed);
    if (!shared) return; // A clone without the shared folder beside it has only the copy.
    expect(rawSeed(seed)).toBe(readFileSync(shared, 'utf8'));
  });
});

describe('the classification', () => {
  it('has 3 categories, 6 general competencies (3 per phase) and 20 specific ones plus the two parts of E2.2', () => {
    expect(CATEGORIES.map((category) => category.code)).toEqual(['C', 'E', 'S']);
    expect(GENERAL_COMPETENCIES.map((general) => `${general.code}:${general.phase}`).sort()).toEqual(
      ['C1:1', 'C2:2', 'E1:1', 'E2:2', 'S1:1', 'S2:2'],
    );
    const whole = SPECIFIC_COMPETENCIES.filter((competency) => !competency.partOf);
    expect(whole).toHaveLength(20);
    expect(whole.map((competency) => competency.code)).toEqual([
      'C1.1', 'C1.2', 'C1.3', 'C1.4', 'C1.5', 'C1.6', 'C2.1', 'C2.2', 'C2.3', 'C2.4',
      'E1.1', 'E1.2', 'E2.1', 'E2.2', 'E2.3', 'S1.1', 'S1.2', 'S1.3', 'S2.1', 'S2.2',
    ]);
    expect(SPECIFIC_COMPETENCIES.filter((competency) => competency.partOf === 'E2.2').map((c) => c.code)).toEqual(['E2.2a', 'E2.2b']);
  });

  it('names each phase as the seed does', () => {
    expectInSeed(seed002, `PHASE 1 : ${PHASES[1].fr}`);
    expectInSeed(seed002, `PHASE 2 : ${PHASES[2].fr}`);
  });

  it('gives each category its label and purpose word for word', () => {
    for (const category of CATEGORIES) {
      expectInSeed(seed002, category.label.fr);
      expectInSeed(seed002, category.purpose.fr);
    }
  });

  it('takes every general competency label word for word from the table, with its code', () => {
    for (const general of GENERAL_COMPETENCIES) {
      if (general.code === 'C2') {
        // The table splits the word; the table row and the prose slide together give the label.
        expectInSeed(seed002, '(C2) Renforcer sa maîtrise de soi et son accomplis- sement');
        expectInSeed(seed002, `### ${general.label.fr}`);
        continue;
      }
      expectInSeed(seed002, `(${general.code}) ${general.label.fr}`);
    }
  });

  it('takes every specific competency label word for word from the seed', () => {
    for (const competency of SPECIFIC_COMPETENCIES) {
      const { code, label } = competency;
      if (code === 'E1.2') {
        // Lost in the table's conversion; the emotional-competencies slide lists it under phase 1.
        expectInSeed(seed002, `Comprendre les émotions ${label.fr}`);
      } else if (code === 'E2.2a') {
        expectInSeed(seed002, label.fr);
      } else if (code === 'E2.2b') {
        expectInSeed(seed002, 'E2.2 Réguler ses émotions (a) agréables (b) désagréables');
        expect(label.fr).toBe('Réguler ses émotions désagréables');
      } else if (code === 'C2.4') {
        // The table writes it in lower case; the label only capitalises the first letter.
        expectInSeed(seed002, `${code} ${label.fr[0]!.toLowerCase()}${label.fr.slice(1)}`);
      } else {
        expectInSeed(seed002, `${code} ${label.fr}`);
      }
    }
  });

  it('gives each general competency at least one key message from the seed', () => {
    for (const general of GENERAL_COMPETENCIES) {
      expect(general.keyMessages.length).toBeGreaterThan(0);
      for (const keyMessage of general.keyMessages) expectInSeed(seed002, keyMessage.fr);
    }
  });

  it('has an English translation beside every French label', () => {
    for (const entry of [...CATEGORIES, ...GENERAL_COMPETENCIES, ...SPECIFIC_COMPETENCIES]) {
      expect(entry.label.en).toMatch(/\S/);
      expect(entry.label.en).not.toBe(entry.label.fr);
    }
  });
});

describe('the quality criteria table', () => {
  it('has 3 general criteria, 9 operational criteria and 33 modalities', () => {
    expect(GENERAL_CRITERIA.map((criterion) => criterion.id)).toEqual(['1', '2', '3']);
    expect(OPERATIONAL_CRITERIA.map((criterion) => criterion.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2']);
    const perCriterion = Object.fromEntries(OPERATIONAL_CRITERIA.map((criterion) => [criterion.id, modalitiesOf(criterion.id).length]));
    expect(perCriterion).toEqual({ '1.1': 2, '1.2': 5, '1.3': 2, '1.4': 3, '2.1': 6, '2.2': 2, '2.3': 5, '3.1': 4, '3.2': 4 });
    expect(MODALITIES).toHaveLength(33);
  });

  it('numbers the modalities stably: criterion then rank, each id once', () => {
    const ids = MODALITIES.map((modality) => modality.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const criterion of OPERATIONAL_CRITERIA) {
      modalitiesOf(criterion.id).forEach((modality, rank) => expect(modality.id).toBe(`${criterion.id}.${rank + 1}`));
    }
  });

  it('takes every criterion label word for word from seed 002', () => {
    for (const criterion of GENERAL_CRITERIA) expectInSeed(seed002, `${criterion.id}. ${criterion.label.fr}`);
    for (const criterion of OPERATIONAL_CRITERIA) expectInSeed(seed002, `${criterion.id} ${criterion.label.fr}`);
  });

  it('takes every modality word for word from the seed it names, with its bold phrase', () => {
    for (const modality of MODALITIES) {
      const text = inSeed(modality.source.seed);
      expectInSeed(text, modality.label.fr);
      expect(modality.label.fr, modality.id).toContain(modality.keyPhrase.fr);
    }
  });

  it('marks the two modalities that only seed 000 has', () => {
    expect(MODALITIES.filter((modality) => modality.source.seed === '000').map((modality) => modality.id)).toEqual(['2.1.6', '3.2.2']);
    expect(seed002).not.toContain('La formation permet d\'utiliser une pédagogie');
    expect(seed002).not.toContain('Les activités physiques des personnes sont assurées');
  });
});

describe('the strategy vocabulary', () => {
  it('lists the ten sectors as the seed does', () => {
    const labels = Object.values(SECTORS).map((sector) => sector.fr);
    expect(labels).toHaveLength(10);
    for (const label of labels) {
      if (label === 'Culture') expectInSeed(seed002, 'nouveau partenaire 2023 : Culture');
      else expectInSeed(seed002, `- ${label}`);
    }
  });

  it('has the three training levels and the two kinds of intervention of seed 000', () => {
    expect(Object.keys(TRAINING_LEVELS)).toEqual(['1', '2', '3']);
    for (const [level, tracks] of Object.entries(TRAINING_LEVELS)) {
      for (const track of tracks) expectInSeed(seed000, `Niveau ${level} : ${track.fr}`);
    }
    for (const kind of Object.values(INTERVENTION_KIND_LABELS)) expectInSeed(seed000, kind.fr);
  });

  it('covers ages 3 to 25', () => {
    expectInSeed(seed000, '3 à 25 ans');
  });
});

describe('the axes of the national strategy', () => {
  it('names the five axes word for word as seed 000 does (typographic apostrophes aside)', () => {
    expect(STRATEGY_AXES.map((axis) => axis.id)).toEqual(['1', '2', '3', '4', '5']);
    for (const axis of STRATEGY_AXES) expectInSeed(seed000, axis.label.fr.replace(/’/g, "'"));
  });

  it('reads axis 4 as three items kept apart from SpF’s modalities, each citing the axis', () => {
    expect(AXIS4_ITEMS.map((item) => item.id)).toEqual(['A4.1', 'A4.2', 'A4.3']);
    for (const item of AXIS4_ITEMS) {
      expect(MODALITIES.some((modality) => modality.id === item.id)).toBe(false);
      expect(item.source.note).toContain('Axe 4');
      expect(item.label.en).not.toBe(item.label.fr);
    }
  });
});
