import { leftOutMessage, readDeclaration, writtenValue } from './support/declarations.js';
import { clip, lookupPath, placeOf } from './support/places.js';
import { defineRule } from './rule.js';
import { trainingCovers } from './support/training.js';

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
  check({ model, report, assess }) {
    const lookup = lookupPath(model, ['facilitators', 'own_cps_work']);
    const declaration = readDeclaration(lookup.found);
    const training = trainingCovers(model, 'own-cps');
    if (declaration.kind === 'text') assess('1.1.2', 'met', clip(declaration.text));
    else if (training) assess('1.1.2', 'met', training);
    else if (declaration.kind === 'true') assess('1.1.2', 'declared');
    else if (declaration.kind === 'left-out') {
      assess('1.1.2', 'declared', clip(`none: ${declaration.reason}`));
      report({ messageId: 'left-out', args: { reason: clip(declaration.reason, 120) }, ...placeOf(declaration.pair.key) });
    }
    else if (declaration.kind === 'false') {
      assess('1.1.2', 'missing');
      report({ messageId: 'refused', args: { value: writtenValue(declaration.pair) }, ...placeOf(declaration.pair.value ?? declaration.pair.key) });
    } else {
      assess('1.1.2', 'missing');
      // A placeholder is reported where it stands by the `placeholder` rule.
      if (declaration.kind !== 'placeholder' && lookup.closest) report({ messageId: 'missing', ...placeOf(lookup.closest.key) });
    }
  },
});
