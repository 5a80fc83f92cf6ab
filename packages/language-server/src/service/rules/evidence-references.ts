import { isMap, pairOf, stringOf, valueOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';
import { holdsPlaceholder, meaningfulTexts } from './support/meaningful.js';

export default defineRule<'program-without-references' | 'intervention-without-references'>({
  meta: {
    id: 'evidence-references',
    category: 'criteria',
    description: {
      en: 'The evidence the programme rests on is named in "program.evidence.references" (axis 3 of the national strategy).',
      fr: 'Les données probantes sur lesquelles repose le programme sont nommées dans «\u00a0program.evidence.references\u00a0» (axe 3 de la stratégie nationale).',
    },
    cites: { kind: 'axis', id: '3' },
    severity: 'warning',
    messages: {
      'program-without-references': {
        en: 'The manual presents an evidence-based programme ("kind: evidence-based-program") but names no reference, although axis 3 of the national strategy asks that CPS interventions rest on evidence a reader can check. List the evaluations that validated the programme in "program.evidence.references".',
        fr: 'Le manuel présente un programme probant («\u00a0kind: evidence-based-program\u00a0») mais ne cite aucune référence, alors que l’axe\u00a03 de la stratégie nationale demande d’appuyer les interventions CPS sur des données probantes qu’un lecteur peut vérifier. Citez les évaluations qui ont validé le programme dans «\u00a0program.evidence.references\u00a0».',
      },
      'intervention-without-references': {
        en: 'The intervention is built on evidence ("kind: evidence-informed") but names no reference (axis 3 of the national strategy). Naming the studies or reference documents it draws on, in "program.evidence.references", lets a reader see what it rests on.',
        fr: 'L’intervention est fondée sur les données probantes («\u00a0kind: evidence-informed\u00a0») mais ne cite aucune référence (axe\u00a03 de la stratégie nationale). Citer les études ou les documents de référence dont elle s’inspire, dans «\u00a0program.evidence.references\u00a0», permet au lecteur de voir sur quoi elle repose.',
      },
    },
    infoMessages: ['intervention-without-references'],
  },
  check({ model, report }) {
    const program = model.program.node;
    const evidence = program ? pairOf(program, 'evidence') : undefined;
    // Without a programme or an evidence map, the schema reports.
    if (!evidence || !isMap(evidence.value)) return;
    const kind = stringOf(valueOf(evidence.value, 'kind'));
    if (kind !== 'evidence-based-program' && kind !== 'evidence-informed') return;
    const references = pairOf(evidence.value, 'references');
    if (meaningfulTexts(references?.value).length > 0) return;
    // References still to write (« À COMPLÉTER ») are the placeholder rule's to report, where they stand.
    if (holdsPlaceholder(references?.value)) return;
    const at = placeOf((references ?? evidence).key);
    if (kind === 'evidence-based-program') report({ messageId: 'program-without-references', ...at });
    else report({ messageId: 'intervention-without-references', ...at });
  },
});
