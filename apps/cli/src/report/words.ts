import type { Localized } from '@cpskit/core';

/*
 * What `cps report` says, in both languages. French follows French typography: a NO-BREAK SPACE
 * (written \u00a0) before « : ; ! ? » and inside « », and the apostrophe ’.
 */
export const REPORT_ERRORS = {
  usage: {
    en: 'cps report: give one manual (cps report manual.cps.yaml --out rapport.html), or folders with --aggregate (cps report manuals/ --aggregate --out territoire.html). Run "cps report --help" for more.',
    fr: 'cps report\u00a0: donnez un manuel (cps report manuel.cps.yaml --out rapport.html), ou des dossiers avec --aggregate (cps report manuels/ --aggregate --out territoire.html). Lancez «\u00a0cps report --help\u00a0» pour en savoir plus.',
  },
  notAFile: {
    en: 'cps report: {path} is not a manual file; for the picture of the manuals of a folder, add --aggregate.',
    fr: 'cps report\u00a0: {path} n’est pas le fichier d’un manuel\u00a0; pour le tableau des manuels d’un dossier, ajoutez --aggregate.',
  },
  unknownOption: { en: 'cps report: unknown option {option}. Run "cps report --help".', fr: 'cps report\u00a0: option inconnue {option}. Lancez «\u00a0cps report --help\u00a0».' },
  needsValue: { en: 'cps report: {option} needs a value.', fr: 'cps report\u00a0: {option} attend une valeur.' },
  takesNoValue: { en: 'cps report: {option} takes no value.', fr: 'cps report\u00a0: {option} ne prend pas de valeur.' },
  badLocale: { en: 'cps report: unknown locale "{locale}"; use fr or en.', fr: 'cps report\u00a0: langue inconnue «\u00a0{locale}\u00a0»\u00a0; utilisez fr ou en.' },
  badFormat: {
    en: 'cps report: unknown format "{format}"; use html, json or csv.',
    fr: 'cps report\u00a0: format inconnu «\u00a0{format}\u00a0»\u00a0; utilisez html, json ou csv.',
  },
  csvNeedsAggregate: {
    en: 'cps report: --format csv is the territory as a spreadsheet, one row per manual: add --aggregate.',
    fr: 'cps report\u00a0: --format csv donne le territoire pour un tableur, une ligne par manuel\u00a0: ajoutez --aggregate.',
  },
  missing: { en: 'cps report: {path} does not exist.', fr: 'cps report\u00a0: {path} n’existe pas.' },
  unreadable: { en: 'cps report: {path} cannot be read ({reason}).', fr: 'cps report\u00a0: {path} ne peut pas être lu ({reason}).' },
  internal: { en: 'cps report: {path} could not be analysed: {detail}', fr: 'cps report\u00a0: {path} n’a pas pu être analysé\u00a0: {detail}' },
  written: { en: 'Report written to {path}', fr: 'Rapport écrit dans {path}' },
} as const satisfies Record<string, Localized>;
