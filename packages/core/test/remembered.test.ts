import { describe, expect, it } from 'vitest';
import { rememberedByText } from '../src/index.js';

describe('rememberedByText', () => {
  it('computes once per text and answers again from memory', () => {
    const asked: string[] = [];
    const length = rememberedByText((text) => {
      asked.push(text);
      return text.length;
    });
    expect([length('abc'), length('abc'), length('de'), length('abc')]).toEqual([3, 3, 2, 3]);
    expect(asked).toEqual(['abc', 'de']);
  });

  it('remembers a false or undefined answer as well as a true one', () => {
    let calls = 0;
    const nothing = rememberedByText(() => {
      calls += 1;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  it('keeps at most its capacity of texts, starting again empty when full', () => {
    const asked: string[] = [];
    const echo = rememberedByText((text) => {
      asked.push(text);
      return text;
    }, 2);
    for (const text of ['a', 'b', 'c', 'a', 'c']) echo(text);
    // 'c' came when 'a' and 'b' filled it: memory restarted with 'c' alone, so 'a' is computed again, then 'c' is known.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
