import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/evaluation-plan.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const PLAN = '  plan:\n    when: Avant la première séance et en fin d’année\n    by: L’équipe projet, avec l’observatoire régional de santé\n';
const TOOLS = '  tools: [Questionnaire élève]\n';

describe('evaluation-plan', () => {
  it('reads evaluation.plan (when, by) and evaluation.tools and gives A4.3 its status', () => {
    checkCases(rule, [
      { name: 'when, by and tools: met', text: `evaluation:\n${PLAN}${TOOLS}`, findings: [], assess: { 'A4.3': 'met' } },
      {
        name: 'a plan without tools: partly met, at the plan key',
        text: `evaluation:\n${PLAN.replace('plan', '«plan»')}`,
        findings: [
          {
            messageId: 'incomplete',
            says: 'The evaluation plan does not say with which tools (axis 4 of the national strategy, item A4.3: when, by whom, with which tools). Write it in "evaluation.tools".',
          },
        ],
        assess: { 'A4.3': 'partly-met' },
      },
      {
        name: 'tools only, in French: at the evaluation key, naming when and by whom',
        locale: 'fr',
        text: `«evaluation»:\n${TOOLS}`,
        findings: [{ messageId: 'incomplete', says: 'Le plan d’évaluation ne dit pas quand elle a lieu ni qui la mène (axe\u00a04' }],
        assess: { 'A4.3': 'partly-met' },
      },
      {
        name: 'a placeholder says nothing, and is the placeholder rule’s to report',
        text: `evaluation:\n  plan:\n    when: En fin d’année\n    by: À DÉFINIR\n${TOOLS}`,
        findings: [],
        assess: { 'A4.3': 'partly-met' },
      },
      {
        name: 'a placeholder beside parts not written: only those are named',
        text: 'evaluation:\n  «plan»:\n    when: TODO\n',
        findings: [{ messageId: 'incomplete', says: 'does not say who carries it out or with which tools' }],
        assess: { 'A4.3': 'missing' },
      },
      {
        name: 'nothing of a plan: missing, at the evaluation key',
        text: '«evaluation»:\n  outcomes: [Empathie]\n',
        findings: [{ messageId: 'missing', says: 'Write "evaluation.plan" with "when" and "by", and list the tools in "evaluation.tools".' }],
        assess: { 'A4.3': 'missing' },
      },
      { name: 'no evaluation section: evaluation-process says it once', text: 'version: 1\n', findings: [], assess: { 'A4.3': 'missing' } },
    ]);
  });

  it('gives the plan, under its keys, as evidence', () => {
    const evidence = runRuleFully(rule, 'evaluation:\n  plan: { when: Juin, by: ORS }\n  tools: [Grille, Questionnaire]\n').assessments[0]?.evidence;
    expect(evidence).toBe('plan.when: Juin; plan.by: ORS; tools: Grille, Questionnaire');
  });
});
