import { z } from 'zod';
import { defineRule } from './rule.js';
import { isMap, pairOf } from '../parse/tree.js';
import { placeOf } from './support/places.js';

export interface EarlyStartOptions {
  readonly maxStartAge: number;
}

export default defineRule<'late-start', EarlyStartOptions>({
  meta: {
    id: 'early-start',
    category: 'coverage',
    description: {
      en: 'CPS work starts in early childhood, or the manual says how it follows on from earlier work.',
      fr: 'Le travail des CPS commence dans la petite enfance, ou le manuel dit comment il prolonge un travail antérieur.',
    },
    cites: { kind: 'modality', id: '1.2.4' },
    assesses: ['1.2.4'],
    severity: 'info',
    strictSeverity: 'info',
    options: {
      schema: z.strictObject({ maxStartAge: z.number().int().min(3).max(25) }).partial(),
      defaults: { maxStartAge: 6 },
      docs: {
        maxStartAge: {
          en: 'Highest starting age that counts as "starting in early childhood".',
          fr: 'Âge de début le plus élevé qui compte comme « commençant dans la petite enfance ».',
        },
      },
    },
    messages: {
      'late-start': {
        en: 'The programme starts at {age}; criterion 1.2.4 recommends CPS work that starts in early childhood. Check with the territory that the children met CPS work before (nursery, primary school), or link the programme with one for younger ages.',
        fr: 'Le programme commence à {age} ans ; le critère 1.2.4 recommande un travail des CPS qui commence dans la petite enfance. Vérifiez avec le territoire que les enfants ont déjà travaillé les CPS (maternelle, école élémentaire), ou reliez le programme à un programme pour des âges plus jeunes.',
      },
    },
  },
  check({ model, options, report, assess, locale }) {
    const { minAge, agesNode } = model.program;
    if (minAge === undefined || !agesNode) return;
    if (minAge <= options.maxStartAge) {
      assess('1.2.4', 'met', locale === 'fr' ? `dès ${minAge} ans` : `from age ${minAge}`);
      return;
    }
    // One programme cannot start earlier than its public: the modality is for the whole path of a child.
    assess('1.2.4', 'not-applicable');
    const minValue = isMap(agesNode) ? pairOf(agesNode, 'min')?.value : undefined;
    report({ messageId: 'late-start', args: { age: minAge }, ...placeOf(minValue ?? agesNode) });
  },
});
