import { describe, expect, it } from 'vitest';
import { FRENCH_VALUE_WORDS, VALUE_ENUMS, suggestCompetencyCode, valueForFrenchWord } from '../src/index.js';

describe('French words for the format’s values', () => {
  it('has French words for every value of every enum of the schema', () => {
    const covered = new Set(Object.values(FRENCH_VALUE_WORDS).flat());
    for (const [name, values] of Object.entries(VALUE_ENUMS)) {
      for (const value of values) expect(covered.has(value), `${name}: ${value}`).toBe(true);
    }
  });

  it('names only values of the format', () => {
    const all = new Set(Object.values(VALUE_ENUMS).flat());
    for (const values of Object.values(FRENCH_VALUE_WORDS)) for (const value of values) expect(all.has(value), value).toBe(true);
  });

  it.each([
    ['atelier', ['workshop', 'ritual', 'informal'], 'workshop'],
    ['Rituel', ['workshop', 'ritual', 'informal'], 'ritual'],
    ['hebdomadaire', ['weekly', 'monthly'], 'weekly'],
    ['mensuel', ['weekly', 'monthly'], 'monthly'],
    ['Collège', ['primary-school', 'secondary-school'], 'secondary-school'],
    ['ateliers', ['workshop'], 'workshop'],
  ])('reads « %s » as the value allowed there', (word, allowed, expected) => {
    expect(valueForFrenchWord(word, allowed)).toBe(expected);
  });

  it('suggests nothing where the word’s value is not allowed', () => {
    expect(valueForFrenchWord('mensuel', ['workshop', 'ritual'])).toBeUndefined();
    expect(valueForFrenchWord('bonjour', ['workshop'])).toBeUndefined();
  });
});

describe('competency suggestions from French labels', () => {
  it.each([
    ['empathie', 'S1.2'],
    ['gestion du stress', 'E2.3'],
    ['pleine conscience', 'C1.6'],
    ['résolution de problèmes', 'C2.3'],
  ])('« %s » suggests %s, whose label holds it', (typed, code) => {
    expect(suggestCompetencyCode(typed)).toBe(code);
  });

  it('suggests nothing for words no label holds', () => {
    expect(suggestCompetencyCode('bonjour')).toBeUndefined();
  });
});
