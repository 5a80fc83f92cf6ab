import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTED_LENGTH, editDistance, foldText, nearest, normaliseCode, suggestCompetencyCode } from '../src/index.js';

/** The textbook optimal string alignment distance, over the whole table, to check the banded one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Strings over a small alphabet, so that pairs are often close. */
function randomWords(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
  return Array.from({ length: count }, () => Array.from({ length: next(9) }, () => 'abc'[next(3)]).join(''));
}

describe('editDistance', () => {
  it('counts edits and adjacent transpositions as a person would', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('measures up to a maximum exactly, and anything further as the maximum plus one', () => {
    const words = randomWords(120, 7);
    for (let i = 0; i < words.length; i++) {
      for (let j = 0; j < words.length; j += 7) {
        const [a, b] = [words[i]!, words[j]!];
        const exact = reference(a, b);
        expect(editDistance(a, b)).toBe(exact);
        for (const max of [0, 1, 2, 3]) expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(exact, max + 1));
      }
    }
  });

  it('compares texts of a hundred thousand characters within a maximum at once', () => {
    const long = 'ab'.repeat(50_000);
    // The whole table would have ten billion cells; the band around its diagonal, under a million.
    expect(editDistance(long, `${long.slice(0, -1)}x`, 3)).toBe(1);
    expect(editDistance(long, `x${long.slice(1, -1)}y`, 3)).toBe(2);
  });
});

describe('nearest', () => {
  it('suggests the closest candidate within a third of the length', () => {
    expect(nearest('titel', ['title', 'summary'])).toBe('title');
    expect(nearest('xyz', ['title', 'summary'])).toBeUndefined();
  });

  it('keeps the first of equally close candidates', () => {
    expect(nearest('ab', ['ac', 'ad'])).toBe('ac');
  });

  it('suggests nothing for a text too long to be a typo', () => {
    const id = 'a'.repeat(MAX_SUGGESTED_LENGTH + 1);
    expect(nearest(id, [`${id}b`])).toBeUndefined();
  });
});

describe('competency codes in long texts', () => {
  it('finds no code, and no suggestion, in a long text, without backtracking over its spaces', () => {
    const spaced = `C1${' '.repeat(200_000)}x`;
    expect(normaliseCode(spaced)).toBeUndefined();
    expect(suggestCompetencyCode(spaced)).toBeUndefined();
  });
});

describe('foldText', () => {
  /** The fold as first written, every pass on every text: the fast one must give the same result. */
  function foldedEveryPass(text: string): string {
    return text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[’‘`]/g, "'")
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** Texts over an alphabet of the characters that each pass treats: accents, apostrophes, white space of every kind. */
  function randomTexts(count: number, seed: number): string[] {
    const alphabet = ['a', 'É', 'é', 'e\u0301', 'İ', 'ß', 'Œ', ' ', '  ', '\t', '\n', '\u00a0', '\u202f', '’', '‘', '`', "'", 'Z', '1', '-', '😀', 'ǅ'];
    let state = seed;
    const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
    return Array.from({ length: count }, () => Array.from({ length: next(14) }, () => alphabet[next(alphabet.length)]).join(''));
  }

  it('folds as every pass would, on ASCII and on any mix of accents, apostrophes and spacing', () => {
    const samples = ['Émotions', '  Gérer   son stress  ', 'l’estime de soi', 'it`s', 'A\tB\nC', 'déjà\u00a0vu', 'plain words', ...randomTexts(3000, 11)];
    for (const text of samples) expect(foldText(text), JSON.stringify(text)).toBe(foldedEveryPass(text));
  });
});
