import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/evaluation-outcomes.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('evaluation-outcomes', () => {
  it('reads evaluation.outcomes, or the older evaluation.indicators, and gives A4.2 its status', () => {
    checkCases(rule, [
      { name: 'outcomes: met', text: 'evaluation:\n  outcomes: [Capacité à nommer ses émotions, Climat de classe]\n', findings: [], assess: { 'A4.2': 'met' } },
      { name: 'indicators, the older key, read as outcomes: met', text: 'evaluation:\n  indicators:\n    - Comportements prosociaux\n', findings: [], assess: { 'A4.2': 'met' } },
      {
        name: 'no outcomes: missing, at the evaluation key',
        text: '«evaluation»:\n  tools: [Questionnaire]\n',
        findings: [{ messageId: 'missing', says: 'List them in "evaluation.outcomes", one text each.' }],
        assess: { 'A4.2': 'missing' },
      },
      {
        name: 'in French',
        locale: 'fr',
        text: '«evaluation»:\n  outcomes: []\n',
        findings: [{ messageId: 'missing', says: 'Nommez-les dans «\u00a0evaluation.outcomes\u00a0», un texte pour chacun.' }],
        assess: { 'A4.2': 'missing' },
      },
      {
        name: 'outcomes still to write: missing, and the placeholder rule says what to write',
        text: 'evaluation:\n  outcomes: [À COMPLÉTER]\n  indicators: ["TO COMPLETE: for instance, the number of sessions run each year"]\n',
        findings: [],
        assess: { 'A4.2': 'missing' },
      },
      { name: 'no evaluation section: evaluation-process says it once', text: 'version: 1\n', findings: [], assess: { 'A4.2': 'missing' } },
      { name: 'an evaluation that is not a map: left to the schema', text: 'evaluation: [a]\n', findings: [], assess: { 'A4.2': 'missing' } },
    ]);
  });

  it('gives the indicators as evidence', () => {
    expect(runRuleFully(rule, 'evaluation:\n  outcomes: [Empathie]\n  indicators: [Climat]\n').assessments[0]?.evidence).toBe('Empathie; Climat');
  });
});
