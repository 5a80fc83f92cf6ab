import { describe, expect, it } from 'vitest';
import { ALL_COMPETENCY_CODES, generalCodeOf, lookupCompetency, normaliseCode, suggestCompetencyCode } from '../src/index.js';

describe('normaliseCode', () => {
  it.each([
    ['e2.2a', 'E2.2a'],
    ['E2.2.a', 'E2.2a'],
    ['E2.2 (a)', 'E2.2a'],
    ['E2.2(b)', 'E2.2b'],
    ['E2.2-B', 'E2.2b'],
    ['E2.2 b', 'E2.2b'],
    ['C1', 'C1'],
    ['c1', 'C1'],
    [' s2.1 ', 'S2.1'],
    ['C1,2', 'C1.2'],
    ['E 1.2', 'E1.2'],
    ['E1.3', 'E1.3'],
  ])('reads %j as %s', (raw, canonical) => {
    expect(normaliseCode(raw)).toBe(canonical);
  });

  it.each(['', 'X1', 'E', 'E1.2.3', 'émotions', 'E1a', '12'])('finds no code in %j', (raw) => {
    expect(normaliseCode(raw)).toBeUndefined();
  });
});

describe('lookupCompetency', () => {
  it('finds every code of the classification in its canonical spelling', () => {
    expect(ALL_COMPETENCY_CODES).toHaveLength(6 + 22);
    for (const code of ALL_COMPETENCY_CODES) expect(lookupCompetency(code)?.competency.code).toBe(code);
  });

  it('finds a code in the other spellings people use, and its general competency', () => {
    const entry = lookupCompetency('e2.2 (a)');
    expect(entry?.competency.label.fr).toBe('Réguler ses émotions agréables');
    expect(generalCodeOf(entry!)).toBe('E2');
    expect(generalCodeOf(lookupCompetency('s1')!)).toBe('S1');
  });

  it('rejects codes that have the shape of a code but are not in the classification', () => {
    expect(lookupCompetency('E1.3')).toBeUndefined();
    expect(lookupCompetency('C3')).toBeUndefined();
    expect(lookupCompetency('C1.1a')).toBeUndefined();
  });
});

describe('suggestCompetencyCode', () => {
  it.each([
    ['E1.3', 'E1.2'],
    ['C1.7', 'C1.6'],
    ['E2.4', 'E2.3'],
    ['S3', 'S2'],
    ['S1.4', 'S1.3'],
    ['E2.2c', 'E2.2'],
    ['Identifier ses émotions', 'E1.2'],
    ['identifier ses emotions', 'E1.2'],
    ['Manage one’s impulses', 'C2.2'],
  ])('suggests for %j the code %s', (raw, suggestion) => {
    expect(suggestCompetencyCode(raw)).toBe(suggestion);
  });

  it('suggests nothing for text that resembles no code', () => {
    expect(suggestCompetencyCode('bien-être')).toBeUndefined();
  });
});
