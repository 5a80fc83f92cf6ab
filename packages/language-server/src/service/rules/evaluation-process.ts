import { joinList, type Localized, displayed } from '@cpskit/core';
import { pairOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { evaluationSection, quoteKey, subMap } from './support/evaluation.js';
import { clip, documentPlace, placeOf } from './support/places.js';
import { holdsPlaceholder, meaningfulText } from './support/meaningful.js';

/** What the process indicators of axis 4 follow, each under its key of `evaluation.process`. */
export const PROCESS_ASPECTS: readonly { readonly key: 'fidelity' | 'dose' | 'reach'; readonly name: Localized }[] = [
  { key: 'fidelity', name: { en: 'fidelity of implementation', fr: 'la fidélité de mise en œuvre' } },
  { key: 'dose', name: { en: 'the dose received', fr: 'la dose reçue' } },
  { key: 'reach', name: { en: 'reach', fr: 'la portée' } },
];

export default defineRule<'no-evaluation' | 'missing' | 'incomplete'>({
  meta: {
    id: 'evaluation-process',
    category: 'criteria',
    description: {
      en: 'The manual says how the process is followed: fidelity of implementation, dose received and reach (axis 4 of the national strategy).',
      fr: 'Le manuel dit comment le processus est suivi\u00a0: fidélité de mise en œuvre, dose reçue et portée (axe 4 de la stratégie nationale).',
    },
    cites: { kind: 'axis', id: '4' },
    assesses: ['A4.1'],
    severity: 'warning',
    messages: {
      'no-evaluation': {
        en: 'The manual does not say how the programme is followed and evaluated, although axis 4 of the national CPS strategy asks for monitoring and evaluation in every sector. Add an "evaluation" section: "process" (how fidelity, dose received and reach are measured), "outcomes" (outcome indicators), "plan" (when and by whom) and "tools".',
        fr: 'Le manuel ne dit pas comment le programme est suivi et évalué, alors que l’axe\u00a04 de la stratégie nationale CPS demande un suivi et une évaluation dans tous les secteurs. Ajoutez une section «\u00a0evaluation\u00a0»\u00a0: «\u00a0process\u00a0» (comment la fidélité, la dose reçue et la portée sont mesurées), «\u00a0outcomes\u00a0» (indicateurs de résultats), «\u00a0plan\u00a0» (quand et par qui) et «\u00a0tools\u00a0» (outils).',
      },
      missing: {
        en: 'The evaluation does not say how the process is followed: fidelity of implementation, dose received and reach (axis 4 of the national strategy, item A4.1). Say how each is measured in "evaluation.process", under "fidelity", "dose" and "reach".',
        fr: 'L’évaluation ne dit pas comment le processus est suivi\u00a0: fidélité de mise en œuvre, dose reçue et portée (axe\u00a04 de la stratégie nationale, élément A4.1). Dites comment chacune est mesurée dans «\u00a0evaluation.process\u00a0», sous «\u00a0fidelity\u00a0», «\u00a0dose\u00a0» et «\u00a0reach\u00a0».',
      },
      incomplete: {
        en: '"evaluation.process" does not say how {missing} {count|is|are} measured (axis 4 of the national strategy, item A4.1: fidelity of implementation, dose received and reach). Write it under {keys}, a sentence each.',
        fr: '«\u00a0evaluation.process\u00a0» ne dit pas comment {count|est mesurée|sont mesurées} {missing} (axe\u00a04 de la stratégie nationale, élément A4.1\u00a0: fidélité de mise en œuvre, dose reçue et portée). Écrivez-le sous {keys}, une phrase pour chacune.',
      },
    },
  },
  check({ model, report, assess, locale }) {
    const section = evaluationSection(model);
    if (!section) {
      // One finding for the whole missing section: evaluation-outcomes and evaluation-plan stay quiet.
      assess('A4.1', 'missing');
      if (model.root) report({ messageId: 'no-evaluation', ...documentPlace(model) });
      return;
    }
    // A section that is not a map is the schema's to report.
    if (!section.map) {
      assess('A4.1', 'missing');
      return;
    }
    const process = subMap(section, 'process');
    const written = PROCESS_ASPECTS.map((aspect) => {
      const node = process.map ? pairOf(process.map, aspect.key)?.value : undefined;
      return { aspect, text: meaningfulText(node), placeholder: holdsPlaceholder(node) };
    });
    const given = written.filter((entry) => entry.text !== undefined);
    // What still holds a place (« À COMPLÉTER ») is the placeholder rule's to report, where it stands.
    const absent = written.filter((entry) => entry.text === undefined && !entry.placeholder).map((entry) => entry.aspect);
    const evidence = clip(given.map((entry) => `${entry.aspect.key}: ${entry.text}`).join('; '));
    if (given.length === PROCESS_ASPECTS.length) {
      assess('A4.1', 'met', evidence);
      return;
    }
    if (given.length === 0) assess('A4.1', 'missing');
    else assess('A4.1', 'partly-met', evidence);
    if (absent.length === 0) return;
    if (absent.length === PROCESS_ASPECTS.length) {
      // `process` written as something else than a map is the schema's to report.
      if (!process.pair || process.map) report({ messageId: 'missing', ...placeOf(section.pair.key) });
      return;
    }
    report({
      messageId: 'incomplete',
      args: {
        missing: joinList(
          absent.map((aspect) => displayed(aspect.name, locale)),
          locale,
        ),
        count: absent.length,
        keys: joinList(
          absent.map((aspect) => quoteKey(aspect.key, locale)),
          locale,
        ),
      },
      ...placeOf(process.pair!.key),
    });
  },
});
