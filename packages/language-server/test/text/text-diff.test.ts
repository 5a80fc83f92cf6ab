import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../src/service/finding.js';
import { textEdits } from '../../src/service/text/text-diff.js';

const apply = (text: string, edits: readonly TextEdit[]) => {
  let result = text;
  for (const edit of [...edits].reverse()) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
};

describe('textEdits', () => {
  it('gives one small edit per change, leaving the lines between alone', () => {
    const before = 'a: 1\nb: [e1.2]\nc: 3\n# cps-disable-next-line schema\nd: 4\ne: [s1.1]\n';
    const after = 'a: 1\nb: [E1.2]\nc: 3\nd: 4\ne: [S1.1]\n';
    expect(textEdits(before, after)).toEqual([
      { start: 9, end: 10, newText: 'E' },
      { start: 20, end: 51, newText: '' },
      { start: 60, end: 61, newText: 'S' },
    ]);
    expect(textEdits(before, before)).toEqual([]);
  });

  it('never starts or ends an edit inside a CRLF', () => {
    const edits = textEdits('a\r\nb\r\n', 'a\r\r\nb\r\n');
    for (const edit of edits) expect([edit.start, edit.end].some((offset) => offset === 2)).toBe(false);
    expect(apply('a\r\nb\r\n', edits)).toBe('a\r\r\nb\r\n');
  });

  it('turns any text into any other, with sorted edits that do not overlap', () => {
    const line = fc.constantFrom('a\n', 'b\n', 'c\r\n', 'dd\n', '\n', 'e', '😀\n', 'a b\n');
    const text = fc.array(line, { maxLength: 30 }).map((lines) => lines.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = textEdits(before, after);
        expect(apply(before, edits)).toBe(after);
        edits.forEach((edit, i) => {
          expect(edit.start).toBeLessThanOrEqual(edit.end);
          if (i > 0) expect(edits[i - 1]!.end).toBeLessThanOrEqual(edit.start);
        });
      }),
      { numRuns: 500, seed: 16 },
    );
  });

  it('falls back to one edit past 200 changed lines, still exact', () => {
    const before = Array.from({ length: 600 }, (_, i) => `l${i}\n`).join('');
    const after = Array.from({ length: 600 }, (_, i) => (i % 2 === 0 ? `L${i}\n` : `l${i}\n`)).join('');
    const edits = textEdits(before, after);
    expect(edits).toHaveLength(1);
    expect(apply(before, edits)).toBe(after);
  });
});
