import { localize, type Locale, type Localized, type MessageArgs } from '@cpskit/core';

/** The extension's own words; the findings come from the server's catalogue. */
export const TEXT = {
  'status.text': { en: 'CPS {score}/100', fr: 'CPS {score}/100' },
  'status.text-no-score': { en: 'CPS', fr: 'CPS' },
  'status.text-provisional': { en: 'CPS {score}/100 provisional', fr: 'CPS {score}/100 provisoire' },
  'status.tooltip-provisional': {
    en: 'Provisional quality criteria score: {score}/100 — the manual has errors; fix them first. {error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} {info|info|info}.\nClick for the criteria and the coverage.',
    fr: 'Score provisoire des critères de qualité : {score}/100 — le manuel a des erreurs ; corrigez-les d’abord. {error} {error|erreur|erreurs}, {warning} {warning|avertissement|avertissements}, {info} {info|info|infos}.\nCliquez pour les critères et la couverture.',
  },
  'status.tooltip': {
    en: 'Quality criteria score: {score}/100. {error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} {info|info|info}.\nClick for the criteria and the coverage.',
    fr: 'Score des critères de qualité : {score}/100. {error} {error|erreur|erreurs}, {warning} {warning|avertissement|avertissements}, {info} {info|info|infos}.\nCliquez pour les critères et la couverture.',
  },
  'status.tooltip-no-score': {
    en: 'No criterion applies yet. {error} {error|error|errors}, {warning} {warning|warning|warnings}.\nClick for the criteria and the coverage.',
    fr: 'Aucun critère ne s’applique encore. {error} {error|erreur|erreurs}, {warning} {warning|avertissement|avertissements}.\nCliquez pour les critères et la couverture.',
  },
  'analysis.title': { en: 'CPS analysis: {file}', fr: 'Analyse CPS : {file}' },
  'analysis.no-manual': {
    en: 'Open a CPS manual (*.cps.yaml) in the editor first.',
    fr: 'Ouvrez d’abord un manuel CPS (*.cps.yaml) dans l’éditeur.',
  },
  'analysis.unavailable': {
    en: 'The language server gave no analysis for {file}: see the Output panel (cpskit).',
    fr: 'Le serveur de langage n’a pas donné d’analyse pour {file} : voir le panneau Sortie (cpskit).',
  },
  'report.written': { en: 'Report written: {file}', fr: 'Rapport écrit\u00a0: {file}' },
  'report.replaced': { en: 'Report written, replacing the earlier one: {file}', fr: 'Rapport écrit, à la place du précédent\u00a0: {file}' },
  'report.failed': { en: 'The report could not be written: {reason}', fr: 'Le rapport n’a pas pu être écrit\u00a0: {reason}' },
  'report.save-first': { en: 'Save the manual first: the report is written next to it.', fr: 'Enregistrez d’abord le manuel\u00a0: le rapport s’écrit à côté de lui.' },
  'check.progress': { en: 'Checking CPS manuals', fr: 'Vérification des manuels CPS' },
  'check.none': {
    en: 'No CPS manual (*.cps.yaml, *.cps.yml) in this workspace.',
    fr: 'Aucun manuel CPS (*.cps.yaml, *.cps.yml) dans cet espace de travail.',
  },
  'check.done': {
    en: '{count} {count|manual|manuals} checked: {error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} {info|info|info}.',
    fr: '{count} {count|manuel vérifié|manuels vérifiés} : {error} {error|erreur|erreurs}, {warning} {warning|avertissement|avertissements}, {info} {info|info|infos}.',
  },
  'check.unreadable': { en: '{count} {count|file|files} could not be read: {files}', fr: '{count} {count|fichier n’a pas pu être lu|fichiers n’ont pas pu être lus} : {files}' },
  'new.title': { en: 'Title of the programme', fr: 'Titre du programme' },
  'new.title-placeholder': { en: 'Emotions every day', fr: 'Les émotions au quotidien' },
  'new.title-empty': { en: 'Give the programme a title.', fr: 'Donnez un titre au programme.' },
  'new.ages': { en: 'Ages of the children or young people (3 to 25), for instance 8-11', fr: 'Âges des enfants ou des jeunes (3 à 25 ans), par exemple 8-11' },
  'new.ages-bad': { en: 'Write two ages between 3 and 25, the youngest first: 8-11.', fr: 'Écrivez deux âges entre 3 et 25 ans, le plus jeune d’abord : 8-11.' },
  'new.setting': { en: 'Where the activities take place', fr: 'Où se déroulent les activités' },
  'new.years': { en: 'For how many years a cohort follows the programme (1 to 22)', fr: 'Pendant combien d’années une cohorte suit le programme (1 à 22)' },
  'new.years-bad': { en: 'Write a number of years from 1 to 22.', fr: 'Écrivez un nombre d’années de 1 à 22.' },
  'new.language': { en: 'Language of the manual’s comments and examples', fr: 'Langue des commentaires et des exemples du manuel' },
  'snippet.workshop.name': { en: 'Workshop', fr: 'Atelier' },
  'snippet.workshop.description': {
    en: 'A structured workshop (modality 1.2.1): the competencies it works (1.2.3), its duration and its pedagogy (criterion 1.4).',
    fr: 'Un atelier structuré (modalité 1.2.1)\u00a0: les compétences qu’il travaille (1.2.3), sa durée et sa pédagogie (critère 1.4).',
  },
  'snippet.ritual.name': { en: 'Ritual', fr: 'Rituel' },
  'snippet.ritual.description': {
    en: 'A ritual repeated over time (ritualised activities, modality 1.3.1): its frequency, the competencies it works, its duration and its pedagogy.',
    fr: 'Un rituel répété dans le temps (activités ritualisées, modalité 1.3.1)\u00a0: sa fréquence, les compétences qu’il travaille, sa durée et sa pédagogie.',
  },
  'snippet.informal.name': { en: 'Informal practice', fr: 'Pratique informelle' },
  'snippet.informal.description': {
    en: 'CPS practised in everyday educational activities (modality 1.3.2): its frequency and the competencies it works.',
    fr: 'Les CPS pratiquées dans les activités éducatives ordinaires (modalité 1.3.2)\u00a0: sa fréquence et les compétences qu’elle travaille.',
  },
  'snippet.session.name': { en: 'Session', fr: 'Séance' },
  'snippet.session.description': {
    en: 'A session of the programme (modality 1.2.1): its year and the activities it runs.',
    fr: 'Une séance du programme (modalité 1.2.1)\u00a0: son année et les activités qu’elle comporte.',
  },
  'workspace.restarted': { en: 'The cpskit language server was restarted.', fr: 'Le serveur de langage cpskit a été redémarré.' },
} satisfies Record<string, Localized>;

export type TextId = keyof typeof TEXT;

export function text(id: TextId, locale: Locale, args?: MessageArgs): string {
  return localize(TEXT[id], locale, args);
}
