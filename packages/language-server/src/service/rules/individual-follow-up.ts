import { followUpRule } from './support/follow-up.js';

export default followUpRule({
  id: 'individual-follow-up',
  modality: '2.2.2',
  key: 'individual',
  subject: { en: 'an individual follow-up of the facilitators', fr: 'un suivi individuel des intervenants' },
  description: {
    en: 'The manual offers facilitators an individual follow-up, such as interviews in person or remotely, and says how often.',
    fr: 'Le manuel propose aux intervenants un suivi individuel, comme des entretiens en présentiel ou à distance, et dit à quel rythme.',
  },
  missing: {
    en: 'The manual offers facilitators no individual follow-up, although criterion 2.2.2 asks for one (interviews in person, remotely…). Add "support.individual" with its format (interview, remote-interview, observation or coaching) and its frequency.',
    fr: 'Le manuel ne propose aucun suivi individuel aux intervenants, alors que le critère 2.2.2 en demande un (entretien en présentiel, à distance…). Ajoutez « support.individual » avec son format (interview, remote-interview, observation ou coaching) et sa fréquence (frequency).',
  },
});
