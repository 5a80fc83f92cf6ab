import { isPlaceholderText } from './support/declarations.js';
import { isScalar, pairOf, type YMap } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { clip, placeOf } from './support/places.js';

/** One of the two materials: its text, absent, or present in a shape the schema reports. */
type Material = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'absent' } | { readonly kind: 'malformed' };

function readMaterial(section: YMap, key: string): Material {
  const pair = pairOf(section, key);
  if (!pair) return { kind: 'absent' };
  const value = pair.value;
  if (!isScalar(value) || typeof value.value !== 'string' || value.value === '') return { kind: 'malformed' };
  // Blanks pass the schema but name nothing.
  // A placeholder left to fill ("À COMPLÉTER") names no guide or booklet yet.
  return value.value.trim() === '' || isPlaceholderText(value.value) ? { kind: 'absent' } : { kind: 'text', text: value.value };
}

export default defineRule<'missing-guide' | 'missing-booklet' | 'missing-both'>({
  meta: {
    id: 'materials',
    category: 'criteria',
    description: {
      en: 'The manual names the CPS materials the activities rest on: a guide for the facilitator and a booklet for the participant.',
      fr: 'Le manuel cite les supports CPS sur lesquels s’appuient les activités : un guide d’intervention pour l’intervenant et un livret pour le participant.',
    },
    cites: { kind: 'modality', id: '1.2.5' },
    assesses: ['1.2.5'],
    severity: 'warning',
    messages: {
      'missing-guide': {
        en: 'The manual names no facilitator guide, although criterion 1.2.5 asks that CPS activities rest on a guide for the facilitator and a booklet for the participant. Add "materials.facilitator_guide" with the title or link of the guide.',
        fr: 'Le manuel ne cite aucun guide d’intervention, alors que le critère 1.2.5 demande que les activités CPS s’appuient sur un guide pour l’intervenant et un livret pour le participant. Ajoutez « materials.facilitator_guide » avec le titre ou le lien du guide.',
      },
      'missing-booklet': {
        en: 'The manual names no participant booklet, although criterion 1.2.5 asks that CPS activities rest on a guide for the facilitator and a booklet for the participant. Add "materials.participant_booklet" with the title or link of the booklet.',
        fr: 'Le manuel ne cite aucun livret du participant, alors que le critère 1.2.5 demande que les activités CPS s’appuient sur un guide pour l’intervenant et un livret pour le participant. Ajoutez « materials.participant_booklet » avec le titre ou le lien du livret.',
      },
      'missing-both': {
        en: 'The "materials" section names neither a facilitator guide nor a participant booklet, although criterion 1.2.5 asks that CPS activities rest on both. Add "facilitator_guide" and "participant_booklet" with the title or link of each.',
        fr: 'La section « materials » ne cite ni guide d’intervention ni livret du participant, alors que le critère 1.2.5 demande que les activités CPS s’appuient sur les deux. Ajoutez « facilitator_guide » et « participant_booklet » avec le titre ou le lien de chacun.',
      },
    },
  },
  check({ model, report, assess }) {
    const section = model.section('materials');
    const pair = model.topLevelPair('materials');
    // No section: missing-section reports it; a section that is not a map: the schema does.
    if (!section || !pair) {
      assess('1.2.5', 'missing');
      return;
    }
    const guide = readMaterial(section, 'facilitator_guide');
    const booklet = readMaterial(section, 'participant_booklet');
    const at = placeOf(pair.key);
    if (guide.kind === 'text' && booklet.kind === 'text') {
      assess('1.2.5', 'met', `facilitator_guide: ${clip(guide.text, 40)}; participant_booklet: ${clip(booklet.text, 40)}`);
      return;
    }
    if (guide.kind === 'text') assess('1.2.5', 'partly-met', `facilitator_guide: ${clip(guide.text, 60)}`);
    else if (booklet.kind === 'text') assess('1.2.5', 'partly-met', `participant_booklet: ${clip(booklet.text, 60)}`);
    else assess('1.2.5', 'missing');
    // A malformed material is the schema's to report, not this rule's.
    if (guide.kind === 'absent' && booklet.kind === 'absent') report({ messageId: 'missing-both', ...at });
    else if (guide.kind === 'absent') report({ messageId: 'missing-guide', ...at });
    else if (booklet.kind === 'absent') report({ messageId: 'missing-booklet', ...at });
  },
});
