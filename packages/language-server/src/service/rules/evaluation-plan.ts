import { joinList, type Localized, displayed } from '@cpskit/core';
import { pairOf, valueOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { evaluationSection, quoteKey, subMap } from './support/evaluation.js';
import { clip, placeOf } from './support/places.js';
import { holdsPlaceholder, meaningfulText, meaningfulTexts } from './support/meaningful.js';

/** What an evaluation plan says, each at its key under `evaluation`. */
const PLAN_PARTS: readonly { readonly key: string; readonly name: Localized }[] = [
  { key: 'plan.when', name: { en: 'when it takes place', fr: 'quand elle a lieu' } },
  { key: 'plan.by', name: { en: 'who carries it out', fr: 'qui la mène' } },
  { key: 'tools', name: { en: 'with which tools', fr: 'avec quels outils' } },
];

/** After a negation, the last item joins with "or" (« ni » in French): "when it takes place or who carries it out". */
function joinAbsent(items: readonly string[], locale: 'en' | 'fr'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'ni' : 'or'} ${items[items.length - 1]}`;
}

export default defineRule<'missing' | 'incomplete'>({
  meta: {
    id: 'evaluation-plan',
    category: 'criteria',
    description: {
      en: 'The manual has an evaluation plan: when, by whom and with which tools (axis 4 of the national strategy).',
      fr: 'Le manuel a un plan d’évaluation\u00a0: quand, par qui et avec quels outils (axe 4 de la stratégie nationale).',
    },
    cites: { kind: 'axis', id: '4' },
    assesses: ['A4.3'],
    severity: 'warning',
    messages: {
      missing: {
        en: 'The evaluation has no plan: nothing says when it takes place, who carries it out or with which tools (axis 4 of the national strategy, item A4.3). Write "evaluation.plan" with "when" and "by", and list the tools in "evaluation.tools".',
        fr: 'L’évaluation n’a pas de plan\u00a0: rien ne dit quand elle a lieu, qui la mène ni avec quels outils (axe\u00a04 de la stratégie nationale, élément A4.3). Écrivez «\u00a0evaluation.plan\u00a0» avec «\u00a0when\u00a0» et «\u00a0by\u00a0», et nommez les outils dans «\u00a0evaluation.tools\u00a0».',
      },
      incomplete: {
        en: 'The evaluation plan does not say {missing} (axis 4 of the national strategy, item A4.3: when, by whom, with which tools). Write it in {keys}.',
        fr: 'Le plan d’évaluation ne dit pas {missing} (axe\u00a04 de la stratégie nationale, élément A4.3\u00a0: quand, par qui, avec quels outils). Écrivez-le dans {keys}.',
      },
    },
  },
  check({ model, report, assess, locale }) {
    const section = evaluationSection(model);
    // No section at all is evaluation-process's to report, once; a section of the wrong shape the schema's.
    if (!section?.map) {
      assess('A4.3', 'missing');
      return;
    }
    const plan = subMap(section, 'plan');
    const nodes = [plan.map ? pairOf(plan.map, 'when')?.value : undefined, plan.map ? pairOf(plan.map, 'by')?.value : undefined, valueOf(section.map, 'tools')];
    const tools = meaningfulTexts(nodes[2]);
    const written = [meaningfulText(nodes[0]), meaningfulText(nodes[1]), tools.length > 0 ? tools.join(', ') : undefined];
    const given = PLAN_PARTS.flatMap((part, i) => (written[i] === undefined ? [] : [`${part.key}: ${written[i]}`]));
    // What still holds a place (« À COMPLÉTER ») is the placeholder rule's to report, where it stands.
    const absent = PLAN_PARTS.filter((_part, i) => written[i] === undefined && !holdsPlaceholder(nodes[i]));
    if (given.length === PLAN_PARTS.length) {
      assess('A4.3', 'met', clip(given.join('; ')));
      return;
    }
    if (given.length === 0) assess('A4.3', 'missing');
    else assess('A4.3', 'partly-met', clip(given.join('; ')));
    if (absent.length === 0) return;
    if (absent.length === PLAN_PARTS.length) {
      report({ messageId: 'missing', ...placeOf(section.pair.key) });
      return;
    }
    report({
      messageId: 'incomplete',
      args: {
        missing: joinAbsent(
          absent.map((part) => displayed(part.name, locale)),
          locale,
        ),
        keys: joinList(
          absent.map((part) => quoteKey(`evaluation.${part.key}`, locale)),
          locale,
        ),
      },
      ...placeOf((plan.pair ?? section.pair).key),
    });
  },
});
