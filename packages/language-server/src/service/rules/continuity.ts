import { z } from 'zod';
import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';
import { meaningfulText } from './support/meaningful.js';

export interface ContinuityOptions {
  readonly minYears: number;
}

export default defineRule<'one-year', ContinuityOptions>({
  meta: {
    id: 'continuity',
    category: 'coverage',
    description: {
      en: 'An evidence-based programme shorter than a multi-year path says how the territory chains it with CPS work for other ages.',
      fr: 'Un programme probant plus court qu’un parcours pluriannuel dit comment le territoire l’enchaîne avec le travail des CPS à d’autres âges.',
    },
    cites: { kind: 'modality', id: '1.2.4' },
    severity: 'info',
    strictSeverity: 'info',
    options: {
      schema: z.strictObject({ minYears: z.number().min(0) }).partial(),
      defaults: { minYears: 2 },
      docs: {
        minYears: {
          en: 'Years that count as "multi-year" (the same reading as intensity’s minYears).',
          fr: 'Années qui comptent comme «\u00a0pluriannuel\u00a0» (la même lecture que l’option minYears d’intensity).',
        },
      },
    },
    messages: {
      'one-year': {
        en: 'This evidence-based programme lasts {years} {years|year|years} by design, less than the {bar} years of multi-year CPS work (criterion 1.2.4: over several years, starting in early childhood); that is no fault of the programme, but the children need a path. Say in "program.continuity" how the territory chains it with CPS programmes for other ages, before and after it.',
        fr: 'Ce programme probant dure {years} {years|an|ans} par construction, moins que les {bar} ans d’un travail pluriannuel des CPS (critère 1.2.4\u00a0: sur plusieurs années, dès la petite enfance)\u00a0; ce n’est pas un défaut du programme, mais les enfants ont besoin d’un parcours. Dites dans «\u00a0program.continuity\u00a0» comment le territoire l’enchaîne avec des programmes CPS pour d’autres âges, avant et après lui.',
      },
    },
  },
  check({ model, options, report }) {
    const { program } = model;
    if (program.evidenceKind !== 'evidence-based-program') return;
    if (meaningfulText(program.continuity?.node) !== undefined) return;
    // The validated years are the programme's design; without them, the years planned here.
    const dose = program.validatedDose;
    const byDesign = dose?.years !== undefined && dose.yearsNode ? { years: dose.years, node: dose.yearsNode } : undefined;
    const planned = program.years !== undefined && program.yearsNode ? { years: program.years, node: program.yearsNode } : undefined;
    const years = byDesign ?? planned;
    if (!years || years.years >= options.minYears) return;
    // Pointed at the programme's own years, where a reader looks for its length.
    const at = program.continuity?.node ?? planned?.node ?? years.node;
    report({ messageId: 'one-year', args: { years: years.years, bar: options.minYears }, ...placeOf(at) });
  },
});
