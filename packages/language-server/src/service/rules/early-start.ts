import { z } from 'zod';
import { defineRule } from './rule.js';
import { isMap, pairOf } from '../parse/tree.js';
import { placeOf } from './support/places.js';
import { meaningfulText } from './support/meaningful.js';

export interface EarlyStartOptions {
  readonly maxStartAge: number;
}

type MessageId = 'late-start' | 'late-start-adolescence' | 'late-start-adult';

/** The message for a starting age: what came before differs for a child, a teenager and a young adult. */
function messageFor(age: number): MessageId {
  if (age >= 18) return 'late-start-adult';
  if (age >= 12) return 'late-start-adolescence';
  return 'late-start';
}

export default defineRule<MessageId, EarlyStartOptions>({
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
          fr: 'Âge de début le plus élevé qui compte comme «\u00a0commençant dans la petite enfance\u00a0».',
        },
      },
    },
    messages: {
      'late-start': {
        en: 'The programme starts at {age}; criterion 1.2.4 recommends CPS work that starts in early childhood. Say in "program.continuity" what CPS work the children met before (nursery school, early-childhood settings, the first years of primary school) and how this programme follows on, or link it with a programme for younger ages.',
        fr: 'Le programme commence à {age}\u00a0ans\u00a0; le critère 1.2.4 recommande un travail des CPS qui commence dans la petite enfance. Dites dans «\u00a0program.continuity\u00a0» quel travail des CPS les enfants ont rencontré avant (école maternelle, accueil du jeune enfant, premières années d’école élémentaire) et comment ce programme le prolonge, ou reliez-le à un programme pour des âges plus jeunes.',
      },
      'late-start-adolescence': {
        en: 'The programme starts at {age}; criterion 1.2.4 recommends CPS work that starts in early childhood and goes on over the years. Say in "program.continuity" how it builds on the CPS work the young people met before (primary school, middle school, youth work) and what follows it, or link it with a programme for younger ages.',
        fr: 'Le programme commence à {age}\u00a0ans\u00a0; le critère 1.2.4 recommande un travail des CPS qui commence dans la petite enfance et se poursuit au fil des années. Dites dans «\u00a0program.continuity\u00a0» comment il s’appuie sur le travail des CPS que les jeunes ont rencontré avant (école élémentaire, collège, animation jeunesse) et ce qui le suit, ou reliez-le à un programme pour des âges plus jeunes.',
      },
      'late-start-adult': {
        en: 'The programme starts at {age}; criterion 1.2.4 recommends CPS work that starts in early childhood and goes on over the years, and for young adults this programme is one step of that path. Say in "program.continuity" how it builds on what they met before (secondary school, vocational training, youth work, local youth services) and what follows it.',
        fr: 'Le programme commence à {age}\u00a0ans\u00a0; le critère 1.2.4 recommande un travail des CPS qui commence dans la petite enfance et se poursuit au fil des années, et pour de jeunes adultes ce programme est une étape de ce parcours. Dites dans «\u00a0program.continuity\u00a0» comment il s’appuie sur ce qu’ils ont rencontré avant (lycée, formation professionnelle, animation jeunesse, mission locale) et ce qui le suit.',
      },
    },
  },
  check({ model, options, report, assess, locale }) {
    const { minAge, agesNode, continuity } = model.program;
    if (minAge === undefined || !agesNode) return;
    if (minAge <= options.maxStartAge) {
      assess('1.2.4', 'met', locale === 'fr' ? `dès ${minAge}\u00a0ans` : `from age ${minAge}`);
      return;
    }
    // One programme cannot start earlier than its public: the modality is for the whole path of a child.
    assess('1.2.4', 'not-applicable');
    // The manual says how the programme chains with earlier work: nothing more to ask.
    if (meaningfulText(continuity?.node) !== undefined) return;
    const minValue = isMap(agesNode) ? pairOf(agesNode, 'min')?.value : undefined;
    report({ messageId: messageFor(minAge), args: { age: minAge }, ...placeOf(minValue ?? agesNode) });
  },
});
