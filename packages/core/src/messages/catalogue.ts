import type { Locale, Localized } from '../localized.js';
import { formatMessage, type MessageArgs } from './locale.js';

/**
 * The texts of cpskit's own interface (the CLI, reports). Rules carry their own messages
 * in their metadata; this catalogue holds the rest, in both locales.
 */
export const MESSAGES = {
  'severity.error': { en: 'error', fr: 'erreur' },
  'severity.warning': { en: 'warning', fr: 'avertissement' },
  'severity.info': { en: 'info', fr: 'info' },
  'severity.error.plural': { en: 'errors', fr: 'erreurs' },
  'severity.warning.plural': { en: 'warnings', fr: 'avertissements' },
  'severity.info.plural': { en: 'info', fr: 'infos' },
  'category.syntax': { en: 'syntax', fr: 'syntaxe' },
  'category.structure': { en: 'structure', fr: 'structure' },
  'category.criteria': { en: 'criteria', fr: 'critères' },
  'category.coverage': { en: 'coverage', fr: 'couverture' },
  'summary.clean': {
    en: '✔ {files} {files|manual|manuals} checked, no problems.',
    fr: '✔ {files} {files|manuel vérifié|manuels vérifiés}, aucun problème.',
  },
  // Infos are worth knowing, not problems: they are counted beside the problems, never among them.
  'summary.problems': {
    en: '✖ {problems} {problems|problem|problems}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} info, in {withProblems} of {files} {files|manual|manuals}.',
    fr: '✖ {problems} {problems|problème|problèmes} : {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}, {infos} {infos|info|infos}, dans {withProblems} {withProblems|manuel|manuels} sur {files}.',
  },
  'summary.infos-only': {
    en: 'ℹ No problem, {infos} info in {withProblems} of {files} {files|manual|manuals} checked.',
    fr: 'ℹ Aucun problème, {infos} {infos|info|infos} dans {withProblems} {withProblems|manuel|manuels} sur {files} {files|vérifié|vérifiés}.',
  },
  'summary.explain-hint': {
    en: 'Why a rule asks this, and what to do: cps explain <rule> (for instance cps explain {rule}).',
    fr: 'Pourquoi une règle le demande, et quoi faire : cps explain <règle> (par exemple cps explain {rule}).',
  },
  'summary.none-found': {
    en: 'No manual found (files named *.cps.yaml or *.cps.yml) under: {paths}',
    fr: 'Aucun manuel trouvé (fichiers nommés *.cps.yaml ou *.cps.yml) dans : {paths}',
  },
  'summary.criteria': { en: 'Quality criteria (SpF)', fr: 'Critères de qualité (SpF)' },
  'summary.score': { en: 'score {score}/100', fr: 'score {score}/100' },
  'summary.score-provisional': { en: 'provisional score {score}/100 — the manual has errors', fr: 'score provisoire {score}/100 — le manuel a des erreurs' },
  'summary.coverage': { en: 'Competencies (minutes of sessions and practices)', fr: 'Compétences (minutes de séances et de pratiques)' },
  'summary.year': { en: 'year {year}', fr: 'année {year}' },
  'summary.total': { en: 'total', fr: 'total' },
  'summary.phase': { en: 'Phase {phase}', fr: 'Phase {phase}' },
  'summary.not-worked': { en: 'none', fr: 'aucune' },
  'summary.sessions': { en: 'Sessions ({count})', fr: 'Séances ({count})' },
  'summary.practices': { en: 'Practices outside sessions ({count})', fr: 'Pratiques hors séances ({count})' },
  'summary.home-practices': { en: '  of which at home ({count})', fr: '  dont à la maison ({count})' },
  'summary.all-minutes': { en: 'Sessions and practices', fr: 'Séances et pratiques' },
  'summary.by-age-group': { en: 'By age group (minutes of sessions and practices)', fr: 'Par groupe d’âge (minutes de séances et de pratiques)' },
  'summary.age-group': { en: 'ages {min}–{max}', fr: '{min}–{max} ans' },
  'summary.age-group-one': { en: 'age {age}', fr: '{age} ans' },
  'summary.more-years': { en: '… and {count} more {count|year|years}', fr: '… et {count} {count|autre année|autres années}' },
  'summary.axis4': {
    en: 'Monitoring and evaluation (axis 4 of the national strategy, unscored)',
    fr: 'Suivi et évaluation (axe\u00a04 de la stratégie nationale, hors score)',
  },
  'status.met': { en: 'met', fr: 'rempli' },
  'status.partly-met': { en: 'partly met', fr: 'en partie' },
  'status.declared': { en: 'declared, no evidence', fr: 'déclaré sans preuve' },
  'status.missing': { en: 'missing', fr: 'manquant' },
  'status.not-applicable': { en: 'not applicable', fr: 'sans objet' },
  'cli.path-missing': {
    en: 'cps: the path "{path}" does not exist.',
    fr: 'cps : le chemin « {path} » n’existe pas.',
  },
  'cli.path-unreadable': {
    en: 'cps: the path "{path}" cannot be read ({reason}).',
    fr: 'cps : le chemin « {path} » ne peut pas être lu ({reason}).',
  },
  'cli.file-unreadable': {
    en: 'The file cannot be read ({reason}).',
    fr: 'Le fichier ne peut pas être lu ({reason}).',
  },
  'cli.manual-internal-error': {
    en: 'cpskit failed on this manual ({detail}), so it is not checked; the other manuals are. Please report it.',
    fr: 'cpskit a échoué sur ce manuel ({detail}), qui n’est donc pas vérifié\u00a0; les autres le sont. Merci de le signaler.',
  },
  'reason.ENOTDIR': { en: 'a part of the path is a file, not a folder', fr: 'une partie du chemin est un fichier, pas un dossier' },
  'reason.EACCES': { en: 'permission denied', fr: 'permission refusée' },
  'reason.ELOOP': { en: 'too many symbolic links', fr: 'trop de liens symboliques' },
  'reason.ENOTFILE': { en: 'not a regular file or folder', fr: 'ni un fichier ordinaire ni un dossier' },
  'reason.EISDIR': { en: 'a folder, not a file', fr: 'un dossier, pas un fichier' },
  'reason.ELINKOUT': { en: 'a symbolic link on the way leads outside the repository', fr: 'un lien symbolique sur le chemin mène hors du dépôt' },
  'reason.EFBIG': { en: 'the file would exceed the size allowed', fr: 'le fichier dépasserait la taille permise' },
  'reason.ENOSPC': { en: 'no space left on the disk', fr: 'plus de place sur le disque' },
  'reason.EROFS': { en: 'a read-only file system', fr: 'un système de fichiers en lecture seule' },
  'cli.bad-option': {
    en: 'cps: {detail}. Run "cps --help" to see the options.',
    fr: 'cps : {detail}. Lancez « cps --help » pour voir les options.',
  },
  'cli.bad-locale': {
    en: 'cps: unknown locale "{locale}"; use fr or en.',
    fr: 'cps : langue inconnue « {locale} » ; utilisez fr ou en.',
  },
  'cli.bad-fail-on': {
    en: 'cps: --fail-on takes error, warning, info or never, not "{value}".',
    fr: 'cps : --fail-on prend error, warning, info ou never, pas « {value} ».',
  },
  'cli.notice-unreadable-folder': {
    en: 'cps: the folder "{path}" cannot be read ({reason}); its manuals are not checked.',
    fr: 'cps : le dossier « {path} » ne peut pas être lu ({reason}) ; ses manuels ne sont pas vérifiés.',
  },
  'cli.notice-symlink-loop': {
    en: 'cps: "{path}" leads back to a folder already searched (a symbolic link); it is skipped.',
    fr: 'cps : « {path} » ramène à un dossier déjà parcouru (un lien symbolique) ; il est ignoré.',
  },
  'cli.notice-not-a-file': {
    en: 'cps: "{path}" is not a regular file (a pipe, a device…); it is skipped.',
    fr: 'cps : « {path} » n’est pas un fichier ordinaire (un tube, un périphérique…) ; il est ignoré.',
  },
  'cli.notice-link-outside': {
    en: 'cps: "{path}" is a symbolic link that leads outside the folder being checked; it is not followed.',
    fr: 'cps\u00a0: «\u00a0{path}\u00a0» est un lien symbolique qui mène hors du dossier vérifié\u00a0; il n’est pas suivi.',
  },
  'cli.bad-format': {
    en: 'cps: unknown format "{format}"; the formats are {formats}.',
    fr: 'cps : format inconnu « {format} » ; les formats sont {formats}.',
  },
  'cli.output-file-without-format': {
    en: 'cps: --output-file names where a --format writes: give the --format first.',
    fr: 'cps : --output-file indique où écrit un --format : donnez d’abord le --format.',
  },
  'cli.bad-max-warnings': {
    en: 'cps: --max-warnings takes a whole number of 0 or more, not "{value}".',
    fr: 'cps : --max-warnings prend un nombre entier positif ou nul, pas « {value} ».',
  },
  'cli.too-many-warnings': {
    en: 'cps: {count} {count|warning|warnings}, more than --max-warnings {max}.',
    fr: 'cps : {count} {count|avertissement|avertissements}, plus que --max-warnings {max}.',
  },
  'cli.output-written': {
    en: 'cps: {format} report written to {file}.',
    fr: 'cps : rapport {format} écrit dans {file}.',
  },
  'cli.output-failed': {
    en: 'cps: the {format} report cannot be written to "{file}" ({reason}).',
    fr: 'cps : le rapport {format} ne peut pas être écrit dans « {file} » ({reason}).',
  },
  'cli.stdin-with-paths': {
    en: 'cps: with --stdin, the manual comes from the standard input; give no paths.',
    fr: 'cps : avec --stdin, le manuel vient de l’entrée standard ; ne donnez pas de chemins.',
  },
  'cli.stdin-too-large': {
    en: 'cps: the standard input is larger than {limit}, the most cpskit reads in one manual; nothing was fixed or written. Split the manual into several.',
    fr: 'cps\u00a0: l’entrée standard dépasse {limit}, la taille maximale d’un manuel pour cpskit\u00a0; rien n’a été corrigé ni écrit. Découpez le manuel en plusieurs.',
  },
  'cli.tui-not-a-terminal': {
    en: 'cps tui needs a terminal. To read the findings in a log or a pipe, use: cps check {paths}',
    fr: 'cps tui a besoin d’un terminal. Pour lire les constats dans un journal ou un tube, utilisez : cps check {paths}',
  },
  'cli.tui-server-failed': {
    en: 'cps tui: the language server could not start ({reason}); "cps check" works without it.',
    fr: 'cps tui : le serveur de langage n’a pas pu démarrer ({reason}) ; « cps check » fonctionne sans lui.',
  },
  'cli.tui-server-stopped': {
    en: 'cps tui: the language server stopped (exit code {code}); the view no longer follows the files.',
    fr: 'cps tui : le serveur de langage s’est arrêté (code {code}) ; l’affichage ne suit plus les fichiers.',
  },
  'cli.tui-editor-failed': {
    en: 'cps tui: the editor "{editor}" could not be started ({reason}); set $EDITOR.',
    fr: 'cps tui : l’éditeur « {editor} » n’a pas pu être lancé ({reason}) ; définissez $EDITOR.',
  },
  'cli.option-not-for-command': {
    en: 'cps {command} does not take {option}; {commands} does. "cps --help" lists the options of each command.',
    fr: 'cps {command} ne prend pas {option}\u00a0; {commands} le prend. «\u00a0cps --help\u00a0» donne les options de chaque commande.',
  },
  'cli.tui-no-editor': {
    en: 'cps tui: no editor found to open {place}; set one, for instance: export EDITOR=nano (in ~/.bashrc to keep it).',
    fr: 'cps tui\u00a0: aucun éditeur trouvé pour ouvrir {place}\u00a0; choisissez-en un, par exemple\u00a0: export EDITOR=nano (dans ~/.bashrc pour le garder).',
  },
  'cli.explain-usage': {
    en: 'cps explain takes a rule id (cps explain intensity; "cps rules" lists them), a competency code (cps explain E1.2) or a modality or criterion of SpF\'s table (cps explain 1.2.4).',
    fr: 'cps explain prend un identifiant de règle (cps explain intensity ; « cps rules » les liste), un code de compétence (cps explain E1.2) ou une modalité ou un critère du tableau de SpF (cps explain 1.2.4).',
  },
  'cli.unknown-rule': {
    en: 'cps: "{rule}" is neither a rule, a competency code nor a modality or criterion of SpF\'s table. "cps rules" lists the rules.',
    fr: 'cps : « {rule} » n’est ni une règle, ni un code de compétence, ni une modalité ou un critère du tableau de SpF. « cps rules » liste les règles.',
  },
  'cli.unknown-rule-suggest': {
    en: 'cps: unknown rule "{rule}". Did you mean "{suggestion}"?',
    fr: 'cps : règle inconnue « {rule} ». Vouliez-vous dire « {suggestion} » ?',
  },
  'cli.unknown-command': {
    en: 'cps: unknown command "{command}". Run "cps --help" to see the commands.',
    fr: 'cps : commande inconnue « {command} ». Lancez « cps --help » pour voir les commandes.',
  },
  'cli.internal-error': {
    en: 'cps: an unexpected error stopped the check ({detail}). Please report it.',
    fr: 'cps : une erreur inattendue a interrompu la vérification ({detail}). Merci de la signaler.',
  },
} as const satisfies Record<string, Localized>;

export type MessageId = keyof typeof MESSAGES;

/** A catalogue message rendered in a locale. */
export function message(id: MessageId, locale: Locale, args?: MessageArgs): string {
  return formatMessage(MESSAGES[id][locale], args, locale);
}
