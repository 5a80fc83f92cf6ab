import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/training-cps-knowledge.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('training-cps-knowledge', () => {
  it('reads "cps-knowledge" in training.covers and gives 2.1.1 its status', () => {
    checkCases(rule, [
      {
        name: 'the topic is listed: met',
        text: 'training:\n  level: 2\n  hours: 18\n  covers: [own-cps, cps-knowledge]\n',
        findings: [],
        assess: { '2.1.1': 'met' },
      },
      {
        name: 'listed as a block sequence: met',
        text: 'training:\n  level: 1\n  hours: 6\n  covers:\n    - cps-knowledge\n',
        findings: [],
        assess: { '2.1.1': 'met' },
      },
      {
        name: 'another topic only: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [own-cps]\n',
        findings: [{ messageId: 'missing', says: '"training.covers" does not list "cps-knowledge"' }],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'an empty list: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: []\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.1.1' }],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'no covers: at the training key',
        text: '«training»:\n  level: 2\n  hours: 18\n',
        findings: [{ messageId: 'no-covers', says: 'covers: [cps-knowledge, …]' }],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'another topic only, in French',
        locale: 'fr',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [own-cps]\n',
        findings: [{ messageId: 'missing', says: 'bonne connaissance des CPS' }],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'no covers, in French',
        locale: 'fr',
        text: '«training»:\n  level: 1\n  hours: 3\n',
        findings: [{ messageId: 'no-covers', says: 'critère 2.1.1' }],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'a level still to write: no training described, so nothing is earned; the placeholder rule says so',
        text: 'training:\n  level: "À COMPLÉTER : 1, 2 ou 3"\n  hours: 12\n  covers: [cps-knowledge]\n',
        findings: [],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'hours still to write: nothing is earned either',
        text: 'training:\n  level: 2\n  hours: TODO\n  covers: [cps-knowledge]\n',
        findings: [],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'covers that only holds a place: left to the placeholder rule',
        text: 'training:\n  level: 2\n  hours: 12\n  covers: ["TO COMPLETE: what the training covers"]\n',
        findings: [],
        assess: { '2.1.1': 'missing' },
      },
      {
        name: 'a placeholder beside another topic: the topic is still missing',
        text: 'training:\n  level: 2\n  hours: 12\n  «covers»: [own-cps, TODO]\n',
        findings: [{ messageId: 'missing' }],
        assess: { '2.1.1': 'missing' },
      },
      { name: 'covers is not a list: left to the schema', text: 'training:\n  level: 2\n  hours: 18\n  covers: cps-knowledge\n', findings: [], assess: { '2.1.1': 'missing' } },
      { name: 'training is not a map: left to the schema', text: 'training: yes\n', findings: [], assess: { '2.1.1': 'missing' } },
      { name: 'no training section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.1.1': 'missing' } },
    ]);
  });

  it("gives the training's own keys as evidence", () => {
    const { assessments } = runRuleFully(rule, 'training:\n  level: 2\n  hours: 18\n  covers: [cps-knowledge]\n');
    expect(assessments).toEqual([{ modality: '2.1.1', status: 'met', ruleId: 'training-cps-knowledge', evidence: 'training.covers: cps-knowledge; level: 2; hours: 18' }]);
  });
});
