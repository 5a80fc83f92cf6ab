import { describe, expect, it } from 'vitest';
import { uiLocale } from '../src/locale.js';
import { statusOf } from '../src/status.js';

describe('the status bar item', () => {
  it('gives the score and the counts, with an icon for the worst finding', () => {
    expect(statusOf({ counts: { error: 2, warning: 1, info: 0 }, score: 61.4 }, 'en')).toEqual({
      text: '$(error) CPS 61/100',
      tooltip: 'Quality criteria score: 61/100. 2 errors, 1 warning, 0 info.\nClick for the criteria and the coverage.',
    });
    expect(statusOf({ counts: { error: 0, warning: 3, info: 1 }, score: 80 }, 'fr').tooltip).toBe(
      'Score des critères de qualité : 80/100. 0 erreur, 3 avertissements, 1 info.\nCliquez pour les critères et la couverture.',
    );
    expect(statusOf({ counts: { error: 0, warning: 0, info: 0 }, score: 100 }, 'en').text).toBe('$(pass) CPS 100/100');
    expect(statusOf({ counts: { error: 1, warning: 0, info: 0 }, score: 100, provisional: true }, 'en')).toEqual({
      text: '$(error) CPS 100/100 provisional',
      tooltip: 'Provisional quality criteria score: 100/100 — the manual has errors; fix them first. 1 error, 0 warnings, 0 info.\nClick for the criteria and the coverage.',
    });
    expect(statusOf({ counts: { error: 2, warning: 0, info: 0 }, score: 45, provisional: true }, 'fr').text).toBe('$(error) CPS 45/100 provisoire');
    expect(statusOf({ counts: { error: 1, warning: 0, info: 0 } }, 'en')).toMatchObject({
      text: '$(error) CPS',
      tooltip: expect.stringMatching(/^No criterion applies yet\. 1 error, 0 warnings\./),
    });
  });
});

describe('the extension’s language', () => {
  it('follows cps.locale, else VS Code’s display language when it is French, else English', () => {
    expect(uiLocale('fr', 'en')).toBe('fr');
    expect(uiLocale('en', 'fr')).toBe('en');
    expect(uiLocale('auto', 'fr')).toBe('fr');
    expect(uiLocale(undefined, 'fr-ca')).toBe('fr');
    expect(uiLocale('auto', 'de')).toBe('en');
    expect(uiLocale('klingon', 'zh-cn')).toBe('en');
  });
});
