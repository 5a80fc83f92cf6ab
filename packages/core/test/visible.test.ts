import { describe, expect, it } from 'vitest';
import { controlPicture, formatMessage, hasUnsafeCharacters, localize, message, visible } from '../src/index.js';

describe('visible', () => {
  it('shows C0 controls as their control pictures and DEL as ␡', () => {
    expect(visible('a\u001b[31mb')).toBe('a␛[31mb');
    expect(visible('line\r\nnext\nlast')).toBe('line␍␊next␊last');
    expect(visible('nul\u0000 bell\u0007 tab\t')).toBe('nul␀ bell␇ tab␉');
    expect(visible('del\u007f')).toBe('del␡');
    expect(visible('\u001b]8;;http://evil.example/\u0007click\u001b]8;;\u0007')).toBe('␛]8;;http://evil.example/␇click␛]8;;␇');
  });

  it('shows what has no picture as �: C1 controls, bidirectional controls, line separators, lone surrogates', () => {
    expect(visible('csi\u009b31m nel\u0085')).toBe('csi�31m nel�');
    for (const char of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      expect(visible(`a${char}b`)).toBe('a�b');
    }
    expect(visible('a\u2028b\u2029c')).toBe('a�b�c');
    expect(visible('a\ud800b\udc00c')).toBe('a�b�c');
  });

  it('leaves text alone: accents, French punctuation, emoji and their joiners, wide characters', () => {
    const text = 'Les émotions « au quotidien » : l’élève 🌦️ 👩‍👩‍👧 😀 日本語 E2.2a — 10 min';
    expect(visible(text)).toBe(text);
    expect(hasUnsafeCharacters(text)).toBe(false);
  });

  it('is idempotent, and every picture is one character', () => {
    const once = visible('\u0000\u001b\r\n\u202e\u0085');
    expect(visible(once)).toBe(once);
    expect(Array.from(once)).toHaveLength(6);
    expect(controlPicture('\u001b')).toBe('␛');
  });
});

describe('messages', () => {
  it('take their arguments visible, on one line, and keep their own text', () => {
    expect(formatMessage('Unknown key "{key}".\nNext line.', { key: 'k\n::error::x\u001b[31m' })).toBe('Unknown key "k␊::error::x␛[31m".\nNext line.');
    expect(formatMessage('{count} {count|item|items}', { count: 2 })).toBe('2 items');
    expect(localize({ en: 'Session "{id}"', fr: 'Séance « {id} »' }, 'fr', { id: 's\r1\u202e' })).toBe('Séance «\u00a0s␍1�\u00a0»');
    expect(message('cli.path-missing', 'en', { path: 'evil\n::error title=Pwned::x' })).toBe('cps: the path "evil␊::error title=Pwned::x" does not exist.');
  });
});
