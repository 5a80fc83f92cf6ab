import { describe, expect, test } from 'vitest';
import stringWidth from 'string-width';
import { columns, cut, fit, fitEnd, wrapWords } from '../../src/tui/text.js';

const NBSP = '\u00a0';

describe('the width of a text in the terminal view', () => {
  test('counts East Asian wide characters and emoji as two columns, combining marks as none', () => {
    expect(columns('名前')).toBe(4);
    expect(columns('👍🏽 🇫🇷 👨\u200d👩\u200d👧')).toBe(8);
    expect(columns('e\u0301te\u0301')).toBe(3);
  });

  test('counts a control character as the one-column picture it is shown as', () => {
    expect(columns('a\u001b[31mb')).toBe(7);
    expect(cut('a\u001b[31mb', 10)).toBe('a␛[31mb');
  });
});

describe('cutting to a width', () => {
  test.each([
    ['日本語のテキスト', 5, '日本…'],
    ['日本語のテキスト', 4, '日…'],
    ['🇫🇷🇫🇷🇫🇷', 4, '🇫🇷…'],
    ['👍🏽👍🏽👍🏽', 5, '👍🏽👍🏽…'],
    ['e\u0301e\u0301e\u0301e\u0301', 3, 'e\u0301e\u0301…'],
    ['abcdef', 1, '…'],
    ['abcdef', 0, ''],
  ])('%s in %i columns: %s, whole characters, never wider', (text, width, expected) => {
    expect(cut(text, width)).toBe(expected);
    expect(stringWidth(cut(text, width))).toBeLessThanOrEqual(width);
  });

  test('leaves a text that fits as it is, and pads or right-aligns to exactly the width', () => {
    expect(cut('名前', 4)).toBe('名前');
    expect(fit('名前', 6)).toBe('名前  ');
    expect(fitEnd('名前', 6)).toBe('  名前');
    expect(stringWidth(fit('日本語のテキスト', 5))).toBe(5);
    expect(fit('日本語のテキスト', 4)).toBe('日… ');
    expect(fitEnd('日本語のテキスト', 4)).toBe(' 日…');
  });
});

describe('wrapping words', () => {
  const within = (lines: string[], width: number) => {
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  };

  test('wraps wide characters, emoji and combining marks by their columns', () => {
    const lines = wrapWords('日本語 テキスト 👍🏽👍🏽 e\u0301te\u0301 fin', 8);
    // wrap-ansi composes what it can (NFC): `e` and its combining accent come back as `é`.
    expect(lines).toEqual(['日本語', 'テキスト', '👍🏽👍🏽 \u00e9t\u00e9', 'fin']);
    within(lines, 8);
  });

  test('cuts a word longer than a line, keeping its characters whole', () => {
    const lines = wrapWords('un 日本語のテキスト deux', 7);
    expect(lines).toEqual(['un', '日本語…', 'deux']);
    within(lines, 7);
  });

  test('starts no line with « » ? ! : ; », in cpskit’s French (no-break spaces) and in a manual’s (plain ones)', () => {
    const template = `La séance${NBSP}:${NBSP}«${NBSP}E1.3${NBSP}» est-elle travaillée${NBSP}?`;
    const quoted = 'Le titre « Qui suis-je ? » est repris ; pourquoi ! vraiment';
    for (const text of [template, quoted]) {
      for (let width = 6; width <= 30; width++) {
        const lines = wrapWords(text, width);
        within(lines, width);
        for (const line of lines) expect(line, `${width}: ${lines.join(' | ')}`).not.toMatch(/^[»?!:;]/);
        for (const line of lines) expect(line, `${width}: ${lines.join(' | ')}`).not.toMatch(/«$/);
      }
    }
    expect(wrapWords(quoted, 20)).toEqual([`Le titre «${NBSP}Qui`, `suis-je${NBSP}?${NBSP}» est`, `repris${NBSP}; pourquoi${NBSP}!`, 'vraiment']);
  });

  test('makes control characters visible before wrapping, and gives no line for no words', () => {
    expect(wrapWords('a\u001b]8;;x\u0007b c\r\nd', 40)).toEqual(['a␛]8;;x␇b c␍␊d']);
    expect(wrapWords('   ', 10)).toEqual([]);
    expect(wrapWords('mot', 0)).toEqual([]);
  });
});
