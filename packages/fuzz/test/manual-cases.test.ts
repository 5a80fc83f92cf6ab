import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lostComments } from '../src/comments.js';
import { manualCases } from '../src/manual-cases.js';

describe('manualCases', () => {
  it('gives the same cases for the same seed, and valid YAML for the cases left valid', { timeout: 60_000 }, () => {
    const first = fc.sample(manualCases(), { numRuns: 200, seed: 7 });
    expect(fc.sample(manualCases(), { numRuns: 200, seed: 7 })).toEqual(first);
    const valid = first.filter((manual) => manual.classes.join() === 'valid');
    expect(valid.length).toBeGreaterThan(10);
    expect(valid.filter((manual) => parseDocument(manual.text).errors.length > 0)).toEqual([]);
  });

  it('goes through every kind of mutation over a few thousand cases', { timeout: 120_000 }, () => {
    const seen = new Set(fc.sample(manualCases({ maxItems: 2 }), { numRuns: 3000, seed: 11 }).flatMap((manual) => manual.classes));
    expect([...seen].sort()).toEqual(
      [
        'alias-bomb',
        'anchor-alias',
        'bom',
        'comment',
        'control-chars',
        'cr',
        'crlf',
        'deep-indent',
        'deep-nesting',
        'delete-key',
        'delete-range',
        'duplicate-key',
        'duplicate-line',
        'huge-string',
        'insert',
        'merge-key',
        'mis-indent',
        'swap-type',
        'tab-indent',
        'truncate',
        'unicode',
        'valid',
      ].sort(),
    );
  });
});

describe('lostComments', () => {
  it('names the comments a change removed, counting repeats, and not those it moved', () => {
    const before = 'a: 1 # one\n# two\nb: 2 # one\n';
    expect(lostComments(before, 'b: 2 # one\na: 1 # one\n# two\n')).toEqual([]);
    expect(lostComments(before, 'a: 1 # one\nb: 2\n# two\n')).toEqual(['# one']);
  });
});
