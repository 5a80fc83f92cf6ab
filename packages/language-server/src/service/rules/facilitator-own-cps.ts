import { leftOutMessage } from './support/declarations.js';
import { defineRule } from './rule.js';
import { checkFacilitatorModality } from './support/facilitator-declaration.js';

export default defineRule<'missing' | 'refused' | 'left-out'>({
  meta: {
    id: 'facilitator-own-cps',
    category: 'criteria',
    description: {
      en: 'The manual says how facilitators have worked on and strengthened their own CPS.',
      fr: 'Le manuel dit comment les intervenants ont travaillé et renforcé leurs propres CPS.',
    },
    cites: { kind: 'modality', id: '1.1.2' },
    assesses: ['1.1.2'],
    severity: 'warning',
    infoMessages: ['left-out'],
    messages: {
      'left-out': leftOutMessage({ en: 'the facilitators’ work on their own CPS', fr: 'le travail des intervenants sur leurs propres CPS' }, '1.1.2'),
      refused: {
        en: 'The manual says "own_cps_work: {value}": nothing provides that facilitators work on their own CPS, although criterion 1.1.2 asks for it.',
        fr: 'Le manuel indique « own_cps_work: {value} » : rien ne prévoit que les intervenants travaillent leurs propres CPS, alors que le critère 1.1.2 le demande.',
      },
      missing: {
        en: 'Nothing says how facilitators work on their own CPS (criterion 1.1.2): describe it in "facilitators.own_cps_work", or list "own-cps" in "training.covers".',
        fr: 'Rien ne dit comment les intervenants travaillent leurs propres CPS (critère 1.1.2) : décrivez-le dans « facilitators.own_cps_work », ou indiquez « own-cps » dans « training.covers ».',
      },
    },
  },
  check(context) {
    checkFacilitatorModality(context, { key: 'own_cps_work', covers: 'own-cps', modality: '1.1.2' });
  },
});
