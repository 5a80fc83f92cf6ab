import { isMap, pairOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';

export default defineRule<'reversed'>({
  meta: {
    id: 'ages-order',
    category: 'structure',
    description: {
      en: 'The youngest age of the programme is not above its oldest age.',
      fr: 'L’âge le plus jeune du programme n’est pas supérieur à l’âge le plus âgé.',
    },
    severity: 'error',
    messages: {
      reversed: {
        en: 'The ages go from {min} to {max}: "min" is above "max". Swap them.',
        fr: 'Les âges vont de {min} à {max} : « min » est supérieur à « max ». Inversez-les.',
      },
    },
  },
  check({ model, report }) {
    const { minAge, maxAge, agesNode } = model.program;
    if (minAge === undefined || maxAge === undefined || minAge <= maxAge || !isMap(agesNode)) return;
    const minPair = pairOf(agesNode, 'min');
    report({ messageId: 'reversed', args: { min: minAge, max: maxAge }, ...placeOf(minPair?.value ?? agesNode) });
  },
});
