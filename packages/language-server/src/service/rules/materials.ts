import { isScalar, pairOf, type YMap } from '../parse/tree.js';
import { absenceReason, readText } from './support/meaningful.js';
import { defineRule } from './rule.js';
import { clip, placeOf } from './support/places.js';

/**
 * One of the two materials: its text; absent (or « néant », or blank); a placeholder, which the
 * `placeholder` rule reports; or present in a shape the schema reports.
 */
type Material =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'absent' }
  /** Left out on purpose, with the reason (`{ none: "…" }`): declared, not met, and not missing either. */
  | { readonly kind: 'left-out'; readonly reason: string; readonly start: number; readonly end: number }
  | { readonly kind: 'placeholder' }
  | { readonly kind: 'malformed' };

/** A text that opens by saying there is no guide or booklet: « Pas de livret… », « Aucun guide… », "No booklet…". */
const SAYS_NONE = /^\s*(?:pas\s+(?:de|d['’])\s*(?:livret|guide|carnet|cahier|support)|aucun(?:e)?\s+(?:livret|guide|carnet|cahier|support)|no\s+(?:booklet|guide|workbook))/i;

function readMaterial(section: YMap, key: string): Material {
  const pair = pairOf(section, key);
  if (!pair) return { kind: 'absent' };
  const value = pair.value;
  const reason = absenceReason(value);
  if (reason !== undefined) return { kind: 'left-out', reason, start: pair.key.start, end: pair.key.end };
  if (!isScalar(value) || typeof value.value !== 'string' || value.value === '') return { kind: 'malformed' };
  const reading = readText(value);
  // « Pas de livret : les enfants ne lisent pas » names no booklet: it says, in words, that there is none and why.
  if (reading.kind === 'text' && SAYS_NONE.test(reading.text)) return { kind: 'left-out', reason: reading.text.replace(/[\s.]+$/, ''), start: pair.key.start, end: pair.key.end };
  if (reading.kind === 'text') return { kind: 'text', text: reading.text };
  // A placeholder left to fill (« À COMPLÉTER ») names no guide or booklet yet; the `placeholder` rule says so there.
  if (reading.kind === 'placeholder') return { kind: 'placeholder' };
  // Blanks pass the schema but name nothing; « néant » says there is none.
  return { kind: 'absent' };
}

export default defineRule<'missing-guide' | 'missing-booklet' | 'missing-both' | 'guide-left-out' | 'booklet-left-out'>({
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
    infoMessages: ['guide-left-out', 'booklet-left-out'],
    messages: {
      'guide-left-out': {
        en: 'The manual leaves out the facilitator guide on purpose: "{reason}". Criterion 1.2.5 asks for one; the absence is declared, not met.',
        fr: 'Le manuel écarte volontairement le guide d’intervention\u00a0: «\u00a0{reason}\u00a0». Le critère 1.2.5 en demande un\u00a0; l’absence est déclarée, pas satisfaite.',
      },
      'booklet-left-out': {
        en: 'The manual leaves out the participant booklet on purpose: "{reason}". Criterion 1.2.5 asks for one; the absence is declared, not met.',
        fr: 'Le manuel écarte volontairement le livret du participant\u00a0: «\u00a0{reason}\u00a0». Le critère 1.2.5 en demande un\u00a0; l’absence est déclarée, pas satisfaite.',
      },
      'missing-guide': {
        en: 'The manual names no facilitator guide, although criterion 1.2.5 asks that CPS activities rest on a guide for the facilitator and a booklet for the participant. Name the guide, by its title or link, in "materials.facilitator_guide".',
        fr: 'Le manuel ne cite aucun guide d’intervention, alors que le critère 1.2.5 demande que les activités CPS s’appuient sur un guide pour l’intervenant et un livret pour le participant. Nommez le guide, par son titre ou son lien, dans « materials.facilitator_guide ».',
      },
      'missing-booklet': {
        en: 'The manual names no participant booklet, although criterion 1.2.5 asks that CPS activities rest on a guide for the facilitator and a booklet for the participant. Name the booklet, by its title or link, in "materials.participant_booklet".',
        fr: 'Le manuel ne cite aucun livret du participant, alors que le critère 1.2.5 demande que les activités CPS s’appuient sur un guide pour l’intervenant et un livret pour le participant. Nommez le livret, par son titre ou son lien, dans « materials.participant_booklet ».',
      },
      'missing-both': {
        en: 'The "materials" section names neither a facilitator guide nor a participant booklet, although criterion 1.2.5 asks that CPS activities rest on both. Name each, by its title or link, in "materials.facilitator_guide" and "materials.participant_booklet".',
        fr: 'La section « materials » ne cite ni guide d’intervention ni livret du participant, alors que le critère 1.2.5 demande que les activités CPS s’appuient sur les deux. Nommez chacun, par son titre ou son lien, dans « materials.facilitator_guide » et « materials.participant_booklet ».',
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
    const leftOut = [guide, booklet].filter((material) => material.kind === 'left-out').length;
    const given = [guide, booklet].filter((material) => material.kind === 'text').length;
    // One material given and the other left out on purpose: what the manual can show, it shows.
    if (given + leftOut === 2) assess('1.2.5', 'declared', evidenceOf(guide, booklet));
    else if (guide.kind === 'text') assess('1.2.5', 'partly-met', `facilitator_guide: ${clip(guide.text, 60)}`);
    else if (booklet.kind === 'text') assess('1.2.5', 'partly-met', `participant_booklet: ${clip(booklet.text, 60)}`);
    else if (leftOut > 0) assess('1.2.5', 'declared', evidenceOf(guide, booklet));
    else assess('1.2.5', 'missing');
    if (guide.kind === 'left-out') report({ messageId: 'guide-left-out', args: { reason: clip(guide.reason, 120) }, start: guide.start, end: guide.end });
    if (booklet.kind === 'left-out') report({ messageId: 'booklet-left-out', args: { reason: clip(booklet.reason, 120) }, start: booklet.start, end: booklet.end });
    // A malformed material is the schema's to report, not this rule's.
    if (guide.kind === 'absent' && booklet.kind === 'absent') report({ messageId: 'missing-both', ...at });
    else if (guide.kind === 'absent') report({ messageId: 'missing-guide', ...at });
    else if (booklet.kind === 'absent') report({ messageId: 'missing-booklet', ...at });
  },
});

/** The evidence of a declared status: what is given, and what is left out and why. */
function evidenceOf(guide: Material, booklet: Material): string {
  const part = (key: string, material: Material) =>
    material.kind === 'text' ? `${key}: ${clip(material.text, 40)}` : material.kind === 'left-out' ? `${key}: none (${clip(material.reason, 40)})` : undefined;
  return [part('facilitator_guide', guide), part('participant_booklet', booklet)].filter((text) => text !== undefined).join('; ');
}
