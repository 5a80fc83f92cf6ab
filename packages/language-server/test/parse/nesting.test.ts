import { describe, expect, it } from 'vitest';
import { firstOverlyDeepLine } from '../../src/service/parse/nesting.js';

/** The estimate as first written, reading every character of every line: the jump from bracket to bracket must give the same answer. */
function everyCharacter(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i < lineEnd && text[i] !== '#' && text[i] !== '\r') {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        dashes++;
        i += 2;
        while (text[i] === ' ') i++;
      }
      const base = indents.length + dashes;
      if (base + flow > limit) return lineStart;
      for (let j = i; j < lineEnd; j++) {
        const char = text.charCodeAt(j);
        if (char === 91 || char === 123) {
          if (base + ++flow > limit) return lineStart;
        } else if ((char === 93 || char === 125) && flow > 0) flow--;
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** YAML-ish texts over the characters the estimate reads: indentation, dashes, brackets, comments, line ends. */
function randomTexts(count: number, seed: number): string[] {
  const pieces = [' ', '  ', '\t', '- ', '-', '[', ']', '{', '}', 'a', 'key: ', '# [ {', '\n', '\n', '\r\n', '"[', '}]'];
  let state = seed;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
  return Array.from({ length: count }, () => Array.from({ length: next(60) }, () => pieces[next(pieces.length)]).join(''));
}

describe('firstOverlyDeepLine', () => {
  it('finds the same first line as reading every character, for every limit', () => {
    for (const text of randomTexts(4000, 5)) {
      for (const limit of [1, 2, 3, 5, 8]) expect(firstOverlyDeepLine(text, limit), JSON.stringify([text, limit])).toBe(everyCharacter(text, limit));
    }
  });

  it('counts brackets left open on earlier lines, and none written in a comment', () => {
    expect(firstOverlyDeepLine('a: [\n  [\n    [x]', 3)).toBe(5);
    expect(firstOverlyDeepLine('# [[[[[[\na: 1', 3)).toBeUndefined();
  });
});
