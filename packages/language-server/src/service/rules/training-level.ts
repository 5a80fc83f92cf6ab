import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';
import { readTraining } from './support/training.js';

/**
 * The national strategy's training path has three levels (seed 000, « Formation
 * intersectorielle : 3 niveaux d’approfondissement »): 1 acquire the basics; 2 run CPS
 * sessions with children and young people, or coordinate CPS projects; 3 become a regional
 * trainer. Facilitators who run sessions need level 2: with level 1 only, 2.1.3 (the training
 * prepares them to run structured, sequenced activities) is at most partly met.
 */
export default defineRule<'basics-only'>({
  meta: {
    id: 'training-level',
    category: 'criteria',
    description: {
      en: 'Facilitators who run sessions follow a training of level 2 (running CPS sessions) or above, not only level 1 (the basics).',
      fr: 'Les intervenants qui animent des séances suivent une formation de niveau 2 (savoir animer des séances CPS) ou plus, pas seulement de niveau 1 (les bases).',
    },
    cites: { kind: 'modality', id: '2.1.3' },
    assesses: ['2.1.3'],
    severity: 'warning',
    messages: {
      'basics-only': {
        en: 'The facilitators run sessions, but their training is level 1, "acquire the basics of CPS"; running CPS sessions with children and young people is level 2 of the national training path, so criterion 2.1.3 is at most partly met. Plan a level 2 training for those who run the sessions, then write "level: 2".',
        fr: 'Les intervenants animent des séances, mais leur formation est de niveau 1, « acquérir les bases sur les CPS » ; « savoir animer des séances CPS auprès des enfants et des jeunes » est le niveau 2 du parcours national de formation, et le critère 2.1.3 n’est donc au plus qu’en partie rempli. Prévoyez une formation de niveau 2 pour ceux qui animent les séances, puis indiquez « level: 2 ».',
      },
    },
  },
  check({ model, report, assess }) {
    const training = readTraining(model);
    // Level 2 and 3 are fine; no session, nothing to run; no level, the schema or the `placeholder` rule says so.
    if (training.level !== 1 || !training.levelNode || model.sessions.length === 0) return;
    assess('2.1.3', 'partly-met', 'training.level: 1');
    report({ messageId: 'basics-only', ...placeOf(training.levelNode) });
  },
});
