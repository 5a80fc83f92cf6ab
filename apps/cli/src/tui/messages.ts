import { formatMessage, type Locale, type MessageArgs } from '@cpskit/core';

/** The words of the TUI that the shared catalogue does not have, in both locales. */
export const TUI_MESSAGES = {
  'pane.files': { en: 'Manuals', fr: 'Manuels' },
  'pane.findings': { en: 'Findings', fr: 'Constats' },
  'pane.criteria': { en: 'Criteria', fr: 'Critères' },
  'pane.coverage': { en: 'Coverage', fr: 'Couverture' },
  'files.count': { en: '{count} {count|manual|manuals}', fr: '{count} {count|manuel|manuels}' },
  'files.errors': { en: 'errors', fr: 'erreurs' },
  'files.warnings': { en: 'warnings', fr: 'avert.' },
  'files.score': { en: 'score', fr: 'score' },
  'files.none': { en: 'No manual yet: waiting for the language server…', fr: 'Aucun manuel pour l’instant : en attente du serveur de langage…' },
  'files.none-match': { en: 'No manual matches "{filter}".', fr: 'Aucun manuel ne correspond à « {filter} ».' },
  'files.problem': { en: '✖ problem', fr: '✖ problème' },
  'findings.none': { en: '✔ No finding: this manual passes every rule checked.', fr: '✔ Aucun constat : ce manuel passe toutes les règles vérifiées.' },
  'findings.none-match': { en: 'No finding matches "{filter}".', fr: 'Aucun constat ne correspond à « {filter} ».' },
  'findings.count': { en: '{count} {count|finding|findings}', fr: '{count} {count|constat|constats}' },
  'findings.more-above': { en: '↑ {count} more', fr: '↑ {count} de plus' },
  'findings.more-below': { en: '↓ {count} more', fr: '↓ {count} de plus' },
  'findings.rule': { en: 'rule {rule}', fr: 'règle {rule}' },
  'findings.cites': { en: 'criterion {id}', fr: 'critère {id}' },
  'findings.cites-competency': { en: 'competency {id}', fr: 'compétence {id}' },
  'manual.problem': { en: '✖ Problem: {problem}', fr: '✖ Problème : {problem}' },
  'manual.none': { en: 'No manual selected.', fr: 'Aucun manuel sélectionné.' },
  'analysis.pending': { en: 'The analysis has not arrived yet.', fr: 'L’analyse n’est pas encore arrivée.' },
  'criteria.modalities': { en: 'modalities', fr: 'modalités' },
  'criteria.choose': { en: '← → modality {id}  Enter: in detail', fr: '← → modalité {id}  Entrée : en détail' },
  'modality.title': { en: 'Modality {id} of criterion {criterion}', fr: 'Modalité {id} du critère {criterion}' },
  'modality.status': { en: 'Status: {status} — {why}', fr: 'Statut : {status} — {why}' },
  'modality.evidence': { en: 'Evidence: {evidence}', fr: 'Preuve : {evidence}' },
  'modality.no-evidence': { en: 'Evidence: none in the manual', fr: 'Preuve : aucune dans le manuel' },
  'modality.rules': { en: 'Assessed by: {rules}', fr: 'Évaluée par : {rules}' },
  'modality.findings': { en: 'Findings that cite it ({count}):', fr: 'Constats qui la citent ({count}) :' },
  'modality.no-finding': { en: 'No finding cites it.', fr: 'Aucun constat ne la cite.' },
  'modality.keys': { en: 'Esc back to the criteria  ← → another modality', fr: 'Échap retour aux critères  ← → autre modalité' },
  'criteria.axis4': { en: 'Axis 4 (strategy): monitoring and evaluation, unscored', fr: 'Axe\u00a04 (stratégie)\u00a0: suivi et évaluation, hors score' },
  'coverage.by-session': {
    en: 'Session by session, {count|session|sessions} 1 to {count}: ■ worked, · not',
    fr: 'Séance par séance, {count|séance|séances} 1 à {count} : ■ travaillée, · non',
  },
  'coverage.unattributed': {
    en: 'Minutes of activities that name no valid competency: {time}',
    fr: 'Minutes d’activités sans compétence valide : {time}',
  },
  'window.too-narrow': {
    en: 'The window is {width} columns wide; cps tui needs at least {min}. Widen it, or use cps check in the meantime. q quits.',
    fr: 'La fenêtre fait {width}\u00a0colonnes de large\u00a0; cps tui en demande au moins {min}. Élargissez-la, ou utilisez cps check en attendant. q pour quitter.',
  },
  'filter.prompt': { en: 'Filter: ', fr: 'Filtre : ' },
  'filter.counts': {
    en: '{manuals} {manuals|manual|manuals}, {findings} {findings|finding|findings}',
    fr: '{manuals} {manuals|manuel|manuels}, {findings} {findings|constat|constats}',
  },
  'filter.active': {
    en: 'Filter "{filter}": {manuals} {manuals|manual|manuals}, {findings} {findings|finding|findings}',
    fr: 'Filtre « {filter} » : {manuals} {manuals|manuel|manuels}, {findings} {findings|constat|constats}',
  },
  'keys.main': {
    en: '↑↓ move  Tab pane  / filter  o open  r report  ? help  q quit',
    fr: '↑↓ aller  Tab volet  / filtrer  o ouvrir  r rapport  ? aide  q quitter',
  },
  'keys.short': { en: '? help  q quit', fr: '? aide  q quitter' },
  'keys.filter': { en: 'Enter keep the filter  Esc clear it', fr: 'Entrée garder le filtre  Échap l’effacer' },
  'keys.filtered': { en: 'Esc clear the filter  ? help  q quit', fr: 'Échap effacer le filtre  ? aide  q quitter' },
  'keys.help': { en: '? or Esc close the help  q quit', fr: '? ou Échap fermer l’aide  q quitter' },
  'help.title': { en: 'cpskit — keys', fr: 'cpskit — touches' },
  'help.move': {
    en: 'move in the pane (Criteria: change manual; Coverage: scroll)',
    fr: 'aller dans le volet (Critères\u00a0: changer de manuel\u00a0; Couverture\u00a0: faire défiler)',
  },
  'help.page': { en: 'move by a page', fr: 'aller d’une page' },
  'help.edges': { en: 'first, last', fr: 'premier, dernier' },
  'help.pane': { en: 'next, previous pane', fr: 'volet suivant, précédent' },
  'help.pane-number': { en: 'Manuals, Findings, Criteria, Coverage', fr: 'Manuels, Constats, Critères, Couverture' },
  'help.enter': { en: 'from Manuals: the manual’s findings', fr: 'depuis Manuels : les constats du manuel' },
  'help.filter': {
    en: 'filter manuals and findings (path, message, rule, criterion; accents and case ignored)',
    fr: 'filtrer manuels et constats (chemin, message, règle, critère ; sans accents ni casse)',
  },
  'help.escape': { en: 'clear the filter, close this help', fr: 'effacer le filtre, fermer cette aide' },
  'help.open': { en: 'open the manual in the editor, at the finding', fr: 'ouvrir le manuel dans l’éditeur, au constat' },
  'help.report': {
    en: 'write the manual’s report (HTML, to print) next to it, and say where',
    fr: 'écrire le rapport du manuel (HTML, à imprimer) à côté de lui, et dire où',
  },
  'help.help': { en: 'show or hide this help', fr: 'afficher ou masquer cette aide' },
  'help.quit': { en: 'quit', fr: 'quitter' },
  'report.writing': { en: 'Writing the report…', fr: 'Écriture du rapport…' },
  'help.marks': { en: 'Marks', fr: 'Repères' },
  'help.selected': { en: '› selected', fr: '› sélection' },
  'help.current-pane': { en: '[ ] current pane', fr: '[ ] volet actif' },
} as const;

export type TuiMessageId = keyof typeof TUI_MESSAGES;

/** A TUI text in the locale, with its `{placeholders}` filled. */
export function tuiMessage(id: TuiMessageId, locale: Locale, args?: MessageArgs): string {
  return formatMessage(TUI_MESSAGES[id][locale], args, locale);
}
