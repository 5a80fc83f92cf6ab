import { leftOutMessage, readDeclaration, writtenValue } from './support/declarations.js';
import { clip, lookupPath, placeOf } from './support/places.js';
import { defineRule } from './rule.js';
import { trainingCovers } from './support/training.js';

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
  check({ model, report, assess }) {
    const lookup = lookupPath(model, ['facilitators', 'cps_knowledge']);
    const declaration = readDeclaration(lookup.found);
    const training = trainingCovers(model, 'cps-knowledge');
    if (declaration.kind === 'text') assess('1.1.1', 'met', clip(declaration.text));
    else if (training) assess('1.1.1', 'met', training);
    else if (declaration.kind === 'true') assess('1.1.1', 'declared');
    else if (declaration.kind === 'left-out') {
      assess('1.1.1', 'declared', clip(`none: ${declaration.reason}`));
      report({ messageId: 'left-out', args: { reason: clip(declaration.reason, 120) }, ...placeOf(declaration.pair.key) });
    }
    else if (declaration.kind === 'false') {
      assess('1.1.1', 'missing');
      report({ messageId: 'refused', args: { value: writtenValue(declaration.pair) }, ...placeOf(declaration.pair.value ?? declaration.pair.key) });
    } else {
      assess('1.1.1', 'missing');
      // A placeholder is reported where it stands by the `placeholder` rule.
      if (declaration.kind !== 'placeholder' && lookup.closest) report({ messageId: 'missing', ...placeOf(lookup.closest.key) });
    }
  },
});
