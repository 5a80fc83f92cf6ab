import type { Localized } from '@cpskit/core';

/*
 * The words of `cps diff`, in both languages. French follows French typography: a NO-BREAK SPACE
 * (written \u00a0) before « : ; ! ? » and inside « », and the apostrophe ’.
 */

/** What the outputs of `cps diff` say. */
export const DIFF_WORDS = {
  title: { en: 'cpskit: what changed in the judgement', fr: 'cpskit\u00a0: ce qui a changé dans le jugement' },
  score: { en: 'Score', fr: 'Score' },
  scoreColon: { en: 'Score:', fr: 'Score\u00a0:' },
  provisional: { en: 'provisional', fr: 'provisoire' },
  provisionalNote: {
    en: 'provisional: that version has errors, so its score may change once they are fixed',
    fr: 'provisoire\u00a0: cette version a des erreurs, son score peut changer une fois celles-ci corrigées',
  },
  criterion: { en: 'Criterion', fr: 'Critère' },
  modality: { en: 'Modality', fr: 'Modalité' },
  wording: { en: 'SpF wording', fr: 'Libellé de SpF' },
  before: { en: 'Before', fr: 'Avant' },
  after: { en: 'After', fr: 'Après' },
  modalities: { en: 'Modalities whose status changed ({count})', fr: '{count|Modalité dont le statut a changé|Modalités dont le statut a changé} ({count})' },
  noModality: { en: 'No modality changed status.', fr: 'Aucune modalité n’a changé de statut.' },
  fixed: {
    en: '{count|Finding|Findings} fixed ({count}), at {count|its|their} place in the old version',
    fr: '{count|Constat corrigé|Constats corrigés} ({count}), à {count|sa|leur} place dans l’ancienne version',
  },
  added: {
    en: 'New {count|finding|findings} ({count}), at {count|its|their} place in the new version',
    fr: '{count|Nouveau constat|Nouveaux constats} ({count}), à {count|sa|leur} place dans la nouvelle version',
  },
  noFixed: { en: 'No finding fixed.', fr: 'Aucun constat corrigé.' },
  noAdded: { en: 'No new finding.', fr: 'Aucun nouveau constat.' },
  unchanged: { en: '{count} {count|finding|findings} in both versions.', fr: '{count} {count|constat présent|constats présents} dans les deux versions.' },
  line: { en: 'Line', fr: 'Ligne' },
  severity: { en: 'Severity', fr: 'Gravité' },
  message: { en: 'Message', fr: 'Message' },
  rule: { en: 'Rule', fr: 'Règle' },
  coverage: { en: 'Coverage of the competencies', fr: 'Couverture des compétences' },
  generalsWorked: { en: 'General competencies worked', fr: 'Compétences générales travaillées' },
  ofSix: { en: '{count} of 6', fr: '{count} sur 6' },
  nowWorked: { en: 'now worked: {list}', fr: 'désormais travaillées\u00a0: {list}' },
  noLongerWorked: { en: 'no longer worked: {list}', fr: 'plus travaillées\u00a0: {list}' },
  sessionCount: { en: 'Sessions', fr: 'Séances' },
  minutesPerYear: { en: 'Time a year', fr: 'Temps par année' },
  year: { en: 'year {year}', fr: 'année {year}' },
  yearColumn: { en: 'Year', fr: 'Année' },
  total: { en: 'total', fr: 'total' },
  sessions: { en: 'sessions', fr: 'séances' },
  practices: { en: 'practices outside sessions', fr: 'pratiques hors séances' },
  none: { en: 'none', fr: 'aucune' },
} as const satisfies Record<string, Localized>;

/** What `cps diff` says on standard error when it cannot run (exit code 2). */
export const DIFF_ERRORS = {
  usage: {
    en: 'cps diff: give two manuals, or one manual and --since REVISION, for instance: cps diff old.cps.yaml new.cps.yaml, or cps diff manual.cps.yaml --since HEAD~3. Run "cps diff --help" for more.',
    fr: 'cps diff\u00a0: donnez deux manuels, ou un manuel et --since RÉVISION, par exemple\u00a0: cps diff ancien.cps.yaml nouveau.cps.yaml, ou cps diff manuel.cps.yaml --since HEAD~3. Lancez «\u00a0cps diff --help\u00a0» pour en savoir plus.',
  },
  unknownOption: {
    en: 'cps diff: unknown option "{option}". Run "cps diff --help" to see its options.',
    fr: 'cps diff\u00a0: option inconnue «\u00a0{option}\u00a0». Lancez «\u00a0cps diff --help\u00a0» pour voir ses options.',
  },
  needsValue: { en: 'cps diff: the option {option} needs a value.', fr: 'cps diff\u00a0: l’option {option} demande une valeur.' },
  takesNoValue: { en: 'cps diff: the option {option} takes no value.', fr: 'cps diff\u00a0: l’option {option} ne prend pas de valeur.' },
  badFormat: {
    en: 'cps diff: unknown format "{format}"; the formats are stylish, markdown and json.',
    fr: 'cps diff\u00a0: format inconnu «\u00a0{format}\u00a0»\u00a0; les formats sont stylish, markdown et json.',
  },
  badLocale: {
    en: 'cps diff: unknown locale "{locale}"; use fr or en.',
    fr: 'cps diff\u00a0: langue inconnue «\u00a0{locale}\u00a0»\u00a0; utilisez fr ou en.',
  },
  revisionDash: {
    en: 'cps diff: the revision "{revision}" starts with "-", which a revision cannot, so that git never reads it as an option.',
    fr: 'cps diff\u00a0: la révision «\u00a0{revision}\u00a0» commence par «\u00a0-\u00a0», ce qu’une révision ne peut pas faire, pour que git ne la lise jamais comme une option.',
  },
  missing: { en: 'cps diff: the manual "{path}" does not exist.', fr: 'cps diff\u00a0: le manuel «\u00a0{path}\u00a0» n’existe pas.' },
  unreadable: {
    en: 'cps diff: the manual "{path}" cannot be read ({reason}).',
    fr: 'cps diff\u00a0: le manuel «\u00a0{path}\u00a0» ne peut pas être lu ({reason}).',
  },
  gitMissing: {
    en: 'cps diff: --since needs git, which cannot be started ({reason}). Install git, or compare two files: cps diff old.cps.yaml new.cps.yaml.',
    fr: 'cps diff\u00a0: --since a besoin de git, qui ne peut pas être lancé ({reason}). Installez git, ou comparez deux fichiers\u00a0: cps diff ancien.cps.yaml nouveau.cps.yaml.',
  },
  notInRepository: {
    en: 'cps diff: "{path}" is not in a git repository, so --since has no history to read. Compare two files instead.',
    fr: 'cps diff\u00a0: «\u00a0{path}\u00a0» n’est pas dans un dépôt git, --since n’a donc pas d’historique à lire. Comparez plutôt deux fichiers.',
  },
  outsideRepository: {
    en: 'cps diff: "{path}" leads outside the git repository that holds it (through a symbolic link), so --since does not read its history.',
    fr: 'cps diff\u00a0: «\u00a0{path}\u00a0» mène hors du dépôt git qui le contient (par un lien symbolique)\u00a0; --since ne lit donc pas son historique.',
  },
  unknownRevision: {
    en: 'cps diff: git knows no revision "{revision}" in this repository. In a shallow clone (as in CI), fetch more history first (actions/checkout with fetch-depth: 0).',
    fr: 'cps diff\u00a0: git ne connaît pas de révision «\u00a0{revision}\u00a0» dans ce dépôt. Dans un clone superficiel (comme en CI), récupérez d’abord plus d’historique (actions/checkout avec fetch-depth: 0).',
  },
  absentAtRevision: {
    en: 'cps diff: the revision "{revision}" has no file "{path}" (the manual did not exist then, or had another name).',
    fr: 'cps diff\u00a0: la révision «\u00a0{revision}\u00a0» n’a pas de fichier «\u00a0{path}\u00a0» (le manuel n’existait pas encore, ou avait un autre nom).',
  },
  gitFailed: {
    en: 'cps diff: git could not read "{path}" at the revision "{revision}" ({detail}).',
    fr: 'cps diff\u00a0: git n’a pas pu lire «\u00a0{path}\u00a0» à la révision «\u00a0{revision}\u00a0» ({detail}).',
  },
  gitTimeout: { en: 'no answer after {seconds} s', fr: 'pas de réponse après {seconds}\u00a0s' },
  internal: {
    en: 'cps diff: cpskit failed on "{path}" ({detail}). Please report it.',
    fr: 'cps diff\u00a0: cpskit a échoué sur «\u00a0{path}\u00a0» ({detail}). Merci de le signaler.',
  },
} as const satisfies Record<string, Localized>;
