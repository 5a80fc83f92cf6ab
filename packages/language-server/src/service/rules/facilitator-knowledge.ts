import { leftOutMessage } from './support/declarations.js';
import { defineRule } from './rule.js';
import { checkFacilitatorModality } from './support/facilitator-declaration.js';

export default defineRule<'missing' | 'refused' | 'left-out'>({
  meta: {
    id: 'facilitator-knowledge',
    category: 'criteria',
    description: {
      en: 'The manual says how facilitators gain good scientific and experiential knowledge of CPS.',
      fr: 'Le manuel dit comment les intervenants acquièrent de bonnes connaissances scientifiques et expérientielles sur les CPS.',
    },
    cites: { kind: 'modality', id: '1.1.1' },
    assesses: ['1.1.1'],
    severity: 'warning',
    infoMessages: ['left-out'],
    messages: {
      'left-out': leftOutMessage({ en: 'the facilitators’ training in the CPS', fr: 'la formation des intervenants aux CPS' }, '1.1.1'),
      refused: {
        en: 'The manual says "cps_knowledge: {value}": nothing provides that facilitators are trained in the CPS, although criterion 1.1.1 asks for it.',
        fr: 'Le manuel indique « cps_knowledge: {value} » : rien ne prévoit que les intervenants sont formés aux CPS, alors que le critère 1.1.1 le demande.',
      },
      missing: {
        en: 'Nothing says how facilitators know the CPS (criterion 1.1.1): describe it in "facilitators.cps_knowledge", or list "cps-knowledge" in "training.covers".',
        fr: 'Rien ne dit comment les intervenants connaissent les CPS (critère 1.1.1) : décrivez-le dans « facilitators.cps_knowledge », ou indiquez « cps-knowledge » dans « training.covers ».',
      },
    },
  },
  check(context) {
    checkFacilitatorModality(context, { key: 'cps_knowledge', covers: 'cps-knowledge', modality: '1.1.1' });
  },
});
