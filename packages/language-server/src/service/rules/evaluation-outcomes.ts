import { valueOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { evaluationSection } from './support/evaluation.js';
import { clip, placeOf } from './support/places.js';
import { holdsPlaceholder, meaningfulTexts } from './support/meaningful.js';

export default defineRule<'missing'>({
  meta: {
    id: 'evaluation-outcomes',
    category: 'criteria',
    description: {
      en: 'The manual names the outcome indicators followed in the children or young people (axis 4 of the national strategy).',
      fr: 'Le manuel nomme les indicateurs de résultats suivis chez les enfants ou les jeunes (axe 4 de la stratégie nationale).',
    },
    cites: { kind: 'axis', id: '4' },
    assesses: ['A4.2'],
    severity: 'warning',
    messages: {
      missing: {
        en: 'The evaluation names no outcome indicator: what changes are looked for in the children or young people (competencies, behaviour, well-being), as axis 4 of the national strategy asks (item A4.2). List them in "evaluation.outcomes", one text each.',
        fr: 'L’évaluation ne nomme aucun indicateur de résultats\u00a0: les changements recherchés chez les enfants ou les jeunes (compétences, comportements, bien-être), comme le demande l’axe\u00a04 de la stratégie nationale (élément A4.2). Nommez-les dans «\u00a0evaluation.outcomes\u00a0», un texte pour chacun.',
      },
    },
  },
  check({ model, report, assess }) {
    const section = evaluationSection(model);
    // No section at all is evaluation-process's to report, once; a section of the wrong shape the schema's.
    if (!section?.map) {
      assess('A4.2', 'missing');
      return;
    }
    // `indicators`, the older key, is read as outcome indicators.
    const lists = [valueOf(section.map, 'outcomes'), valueOf(section.map, 'indicators')];
    const outcomes = lists.flatMap(meaningfulTexts);
    if (outcomes.length > 0) {
      assess('A4.2', 'met', clip(outcomes.join('; ')));
      return;
    }
    assess('A4.2', 'missing');
    // Outcomes still to write (« À COMPLÉTER ») are the placeholder rule's to report, where they stand.
    if (lists.some(holdsPlaceholder)) return;
    report({ messageId: 'missing', ...placeOf(section.pair.key) });
  },
});
