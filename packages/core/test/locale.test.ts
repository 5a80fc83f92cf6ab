import { describe, expect, it } from 'vitest';
import { formatMessage, joinList, message, MESSAGES, parseLocale, resolveLocale } from '../src/index.js';

describe('resolveLocale', () => {
  it('takes the explicit option first', () => {
    expect(resolveLocale('fr', { LC_ALL: 'en_US.UTF-8' })).toBe('fr');
    expect(resolveLocale('en', { LANG: 'fr_FR.UTF-8' })).toBe('en');
  });

  it('then LC_ALL, LC_MESSAGES and LANG, in that order', () => {
    expect(resolveLocale(undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_GB' })).toBe('fr');
    expect(resolveLocale(undefined, { LC_MESSAGES: 'fr_CA', LANG: 'en_GB' })).toBe('fr');
    expect(resolveLocale(undefined, { LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'fr_FR' })).toBe('en');
    expect(resolveLocale(undefined, { LANG: 'fr' })).toBe('fr');
  });

  it('falls back to English, including for a language cpskit does not speak', () => {
    expect(resolveLocale(undefined, {})).toBe('en');
    expect(resolveLocale(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLocale(undefined, { LC_ALL: 'C', LANG: 'fr_FR' })).toBe('en');
    expect(resolveLocale('xx', { LANG: 'fr_FR' })).toBe('fr');
  });

  it('ignores empty variables', () => {
    expect(resolveLocale(undefined, { LC_ALL: '', LANG: 'fr_FR.UTF-8' })).toBe('fr');
  });

  it('parses POSIX locale names', () => {
    expect(parseLocale('fr_FR.UTF-8@euro')).toBe('fr');
    expect(parseLocale('EN-us')).toBe('en');
    expect(parseLocale('es')).toBeUndefined();
  });
});

describe('messages', () => {
  it('exist in both locales, with the same placeholders', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((match) => match[1]))].sort();
    for (const [id, text] of Object.entries(MESSAGES)) {
      expect(text.fr, id).toMatch(/\S/);
      expect(placeholders(text.fr), id).toEqual(placeholders(text.en));
    }
  });

  it('fill placeholders and choose singular or plural by language', () => {
    expect(formatMessage('{n} {n|file|files}', { n: 1 })).toBe('1 file');
    expect(formatMessage('{n} {n|file|files}', { n: 0 })).toBe('0 files');
    expect(formatMessage('{n} {n|fichier|fichiers}', { n: 0 }, 'fr')).toBe('0 fichier');
    expect(formatMessage('{n} {n|fichier|fichiers}', { n: 2 }, 'fr')).toBe('2 fichiers');
    expect(formatMessage('{missing} stays', {})).toBe('{missing} stays');
    expect(message('summary.clean', 'fr', { files: 6 })).toBe('✔ 6 manuels vérifiés, aucun problème.');
  });

  it('join lists in each language', () => {
    expect(joinList(['C1', 'E2', 'S2'], 'en')).toBe('C1, E2 and S2');
    expect(joinList(['C1', 'E2'], 'fr')).toBe('C1 et E2');
  });
});
