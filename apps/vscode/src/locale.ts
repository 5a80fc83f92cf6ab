import { parseLocale, type Locale } from '@cpskit/core';

/**
 * The language of the extension's own words (status bar, views, prompts): the `cps.locale`
 * setting when it names one, else VS Code's display language when it is French, else English.
 * The server follows the same rule for the findings (it receives VS Code's language at start).
 */
export function uiLocale(setting: unknown, displayLanguage: string): Locale {
  if (typeof setting === 'string' && setting !== 'auto') {
    const chosen = parseLocale(setting);
    if (chosen) return chosen;
  }
  return parseLocale(displayLanguage) ?? 'en';
}
