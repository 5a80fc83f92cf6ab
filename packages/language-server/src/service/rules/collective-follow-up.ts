import { followUpRule } from './support/follow-up.js';

export default followUpRule({
  id: 'collective-follow-up',
  modality: '2.2.1',
  key: 'collective',
  subject: { en: 'a collective follow-up of the facilitators', fr: 'un suivi collectif des intervenants' },
  description: {
    en: 'The manual offers facilitators a collective follow-up, such as supervision or practice analysis, and says how often.',
    fr: 'Le manuel propose aux intervenants un suivi collectif, comme une supervision ou une analyse de pratiques, et dit à quel rythme.',
  },
  missing: {
    en: 'The manual offers facilitators no collective follow-up, although criterion 2.2.1 asks for one (supervision, practice analysis…). Add "support.collective" with its format (supervision, practice-analysis, peer-exchange or team-meeting) and its frequency.',
    fr: 'Le manuel ne propose aucun suivi collectif aux intervenants, alors que le critère 2.2.1 en demande un (supervision, analyse de pratiques…). Ajoutez « support.collective » avec son format (supervision, practice-analysis, peer-exchange ou team-meeting) et sa fréquence (frequency).',
  },
});
