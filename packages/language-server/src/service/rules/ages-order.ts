import { isMap, pairOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';

export default defineRule<'reversed' | 'session-reversed' | 'session-outside'>({
  meta: {
    id: 'ages-order',
    category: 'structure',
    description: {
      en: 'The youngest age of the programme is not above its oldest age, and the ages a session is for lie within the programme’s.',
      fr: 'L’âge le plus jeune du programme n’est pas supérieur à l’âge le plus âgé, et les âges à qui s’adresse une séance sont compris dans ceux du programme.',
    },
    severity: 'error',
    messages: {
      reversed: {
        en: 'The ages go from {min} to {max}: "min" is above "max". Swap them.',
        fr: 'Les âges vont de {min} à {max} : « min » est supérieur à « max ». Inversez-les.',
      },
      'session-reversed': {
        en: 'The ages of session "{session}" go from {min} to {max}: "min" is above "max", so cpskit cannot tell whom it is for and counts it for every participant. Swap them.',
        fr: 'Les âges de la séance « {session} » vont de {min} à {max} : « min » est supérieur à « max », si bien que cpskit ne peut pas dire à qui elle s’adresse et la compte pour tous les participants. Inversez-les.',
      },
      'session-outside': {
        en: 'Session "{session}" is for ages {min}–{max}, outside the programme’s ages ({programMin}–{programMax}): coverage and intensity (criteria 1.2.2 and 1.2.4) are read for the programme’s participants, and its ages {outside} are not among them. Bring its ages within {programMin}–{programMax}, or widen "program.ages".',
        fr: 'La séance « {session} » s’adresse aux {min}–{max} ans, hors des âges du programme ({programMin}–{programMax} ans) : la couverture et l’intensité (critères 1.2.2 et 1.2.4) se lisent pour les participants du programme, et ses {outside} ans n’en font pas partie. Ramenez ses âges entre {programMin} et {programMax}, ou élargissez « program.ages ».',
      },
    },
  },
  check({ model, report }) {
    const { minAge, maxAge, agesNode } = model.program;
    if (minAge !== undefined && maxAge !== undefined && minAge > maxAge && isMap(agesNode)) {
      const minPair = pairOf(agesNode, 'min');
      report({ messageId: 'reversed', args: { min: minAge, max: maxAge }, ...placeOf(minPair?.value ?? agesNode) });
    }
    for (const session of model.allSessions) {
      const ages = session.ages;
      if (ages?.min === undefined || ages.max === undefined) continue;
      const name = session.id?.value ?? `#${session.index + 1}`;
      if (ages.min > ages.max) {
        report({ messageId: 'session-reversed', args: { session: name, min: ages.min, max: ages.max }, ...placeOf(pairOf(ages.node, 'min')?.value ?? ages.node) });
        continue;
      }
      // Against a reversed or unreadable programme range there is nothing sure to say.
      if (minAge === undefined || maxAge === undefined || minAge > maxAge) continue;
      if (ages.min >= minAge && ages.max <= maxAge) continue;
      const outside = ages.min < minAge ? 'min' : 'max';
      const outsideAges =
        ages.min < minAge
          ? `${ages.min}${Math.min(ages.max, minAge - 1) > ages.min ? `–${Math.min(ages.max, minAge - 1)}` : ''}`
          : `${Math.max(ages.min, maxAge + 1)}${ages.max > Math.max(ages.min, maxAge + 1) ? `–${ages.max}` : ''}`;
      report({
        messageId: 'session-outside',
        args: { session: name, min: ages.min, max: ages.max, programMin: minAge, programMax: maxAge, outside: outsideAges },
        ...placeOf(pairOf(ages.node, outside)?.value ?? ages.node),
      });
    }
  },
});
