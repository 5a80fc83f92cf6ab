import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';

export default defineRule<'beyond'>({
  meta: {
    id: 'session-years',
    category: 'structure',
    description: {
      en: 'No session is planned in a year after the end of the programme.',
      fr: 'Aucune séance n’est prévue une année après la fin du programme.',
    },
    severity: 'error',
    messages: {
      beyond: {
        en: 'Session "{session}" is in year {year}, but the programme lasts {years} {years|year|years} ("program.duration.years"). Correct the year or the duration.',
        fr: 'La séance « {session} » est en année {year}, mais le programme dure {years} {years|an|ans} (« program.duration.years »). Corrigez l’année ou la durée.',
      },
    },
  },
  check({ model, report }) {
    const years = model.program.years;
    if (years === undefined) return;
    for (const session of model.allSessions) {
      if (session.year === undefined || session.year <= Math.ceil(years)) continue;
      const yearPair = session.node.pairs.find((pair) => pair.key.value === 'year');
      report({
        messageId: 'beyond',
        args: { session: session.id?.value ?? `#${session.index + 1}`, year: session.year, years },
        ...placeOf(yearPair?.value ?? session.node),
      });
    }
  },
});
