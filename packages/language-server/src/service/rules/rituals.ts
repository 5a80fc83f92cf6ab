import { FREQUENCY_CHOICES, practiceKindRule } from './support/practice-kind.js';

export default practiceKindRule({
  id: 'rituals',
  modality: '1.3.1',
  kind: 'ritual',
  description: {
    en: 'The manual has ritualised CPS activities (kind: ritual) and says how often they come back.',
    fr: 'Le manuel prévoit des activités CPS ritualisées (kind: ritual) et dit à quel rythme elles reviennent.',
  },
  none: {
    en: 'No activity is a ritual ("kind: ritual"), although criterion 1.3.1 asks for ritualised CPS activities: short moments that come back at a fixed rhythm, such as an emotions weather check at the start of the day or a circle of thanks before leaving. Add one to "activities" with "kind: ritual" and its "frequency".',
    fr: 'Aucune activité n’est un rituel (« kind: ritual »), alors que le critère 1.3.1 demande des activités CPS ritualisées : de courts moments qui reviennent à un rythme fixe, comme une météo des émotions en début de journée ou un cercle des remerciements avant de partir. Ajoutez-en une dans « activities » avec « kind: ritual » et sa « frequency ».',
  },
  noFrequency: {
    en: `The ritual "{id}" does not say how often it comes back, and a ritual is a moment that recurs at a fixed rhythm (criterion 1.3.1). Add its "frequency": ${FREQUENCY_CHOICES.en}.`,
    fr: `Le rituel « {id} » ne dit pas à quel rythme il revient, or un rituel est un moment qui revient à un rythme fixe (critère 1.3.1). Indiquez sa « frequency » : ${FREQUENCY_CHOICES.fr}.`,
  },
});
