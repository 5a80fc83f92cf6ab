import { LOCALES, type Locale, type Localized } from '../localized.js';
import { visible } from '../text/visible.js';
import { frenchTypography } from '../text/french-typography.js';

/** Reads the locale out of a POSIX locale name such as `fr_FR.UTF-8` or `en`. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const language = value
    .trim()
    .toLowerCase()
    .split(/[_.@-]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : undefined;
}

/**
 * The locale to speak: the explicit choice if given, else the first of `LC_ALL`,
 * `LC_MESSAGES`, `LANG` that is set (POSIX precedence), else English. A set variable that
 * names another language (`de_DE`, `C`) means English, as it would for any program.
 */
export function resolveLocale(explicit?: string, env: Readonly<Record<string, string | undefined>> = {}): Locale {
  const chosen = parseLocale(explicit);
  if (chosen) return chosen;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return parseLocale(value) ?? 'en';
  }
  return 'en';
}

export type MessageArgs = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders and `{name|singular|plural}` choices; an unknown placeholder
 * is left as written so that it shows. French takes the singular for 0 and 1, English for 1 only.
 * Arguments are where a manual's values and file names enter a message, so they enter it
 * `visible`: a message is one line that cannot drive a terminal or a CI log, wherever it goes.
 * A French template gets French typography before its arguments fill it: the arguments are
 * the manual's words and stay as written.
 */
export function formatMessage(template: string, args: MessageArgs = {}, locale: Locale = 'en'): string {
  return (locale === 'fr' ? frenchTypography(template) : template).replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, singular?: string, plural?: string) => {
    if (!(name in args)) return whole;
    if (singular === undefined) return visible(String(args[name]));
    return pluralRules(locale).select(Number(args[name])) === 'one' ? singular : (plural ?? '');
  });
}

// Intl's rules: French takes the singular below 2 (« 0 manuel », « 1,5 heure »), English for 1 only.
const PLURAL_RULES = new Map<Locale, Intl.PluralRules>();
const pluralRules = (locale: Locale): Intl.PluralRules => {
  let rules = PLURAL_RULES.get(locale);
  if (!rules) PLURAL_RULES.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
};

// British English writes no comma before the last "and" / "or", as cpskit's English does.
const LIST_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr' };

/** A localized template rendered in one locale. */
export function localize(text: Localized, locale: Locale, args?: MessageArgs): string {
  return formatMessage(text[locale], args, locale);
}

/** Joins a list the way each language writes it: "a, b and c" / "a, b et c". */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LIST_LOCALES[locale], { type: 'conjunction' }).format(items);
}

/** Joins alternatives the way each language writes them: "a, b or c" / "a, b ou c". */
export function joinAlternatives(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LIST_LOCALES[locale], { type: 'disjunction' }).format(items);
}
