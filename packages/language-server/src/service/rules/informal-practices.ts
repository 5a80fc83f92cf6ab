import { FREQUENCY_CHOICES, practiceKindRule } from './support/practice-kind.js';

export default practiceKindRule({
  id: 'informal-practices',
  modality: '1.3.2',
  kind: 'informal',
  description: {
    en: 'The manual has informal CPS practices woven into everyday educational activities (kind: informal) and says how often they are used.',
    fr: 'Le manuel prévoit des pratiques CPS informelles intégrées aux activités éducatives ordinaires (kind: informal) et dit à quelle fréquence.',
  },
  none: {
    en: 'No activity is an informal practice ("kind: informal"), although criterion 1.3.2 asks that everyday educational activities foster CPS: ordinary moments the adults use on purpose, such as helping children name what they feel when a conflict breaks out in the playground, or having the class weigh up a choice together during a lesson. Add one to "activities" with "kind: informal" and its "frequency".',
    fr: 'Aucune activité n’est une pratique informelle (« kind: informal »), alors que le critère 1.3.2 demande que les activités éducatives ordinaires favorisent les CPS : des moments ordinaires dont les adultes se saisissent exprès, comme aider les enfants à nommer ce qu’ils ressentent lors d’un conflit dans la cour, ou faire peser un choix à toute la classe pendant une leçon. Ajoutez-en une dans « activities » avec « kind: informal » et sa « frequency ».',
  },
  noFrequency: {
    en: `The informal practice "{id}" does not say how often it is used, and everyday activities foster CPS when the practice is regular (criterion 1.3.2). Add its "frequency": ${FREQUENCY_CHOICES.en}.`,
    fr: `La pratique informelle « {id} » ne dit pas à quelle fréquence elle a lieu, or les activités ordinaires favorisent les CPS quand la pratique est régulière (critère 1.3.2). Indiquez sa « frequency » : ${FREQUENCY_CHOICES.fr}.`,
  },
});
