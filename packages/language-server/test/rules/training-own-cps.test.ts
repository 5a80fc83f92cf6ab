import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/training-own-cps.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('training-own-cps', () => {
  it('reads "own-cps" in training.covers and gives 2.1.2 its status', () => {
    checkCases(rule, [
      {
        name: 'the topic is listed: met',
        text: 'training:\n  level: 2\n  hours: 18\n  covers: [cps-knowledge, own-cps]\n',
        findings: [],
        assess: { '2.1.2': 'met' },
      },
      {
        name: 'listed as a block sequence: met',
        text: 'training:\n  level: 1\n  hours: 6\n  covers:\n    - own-cps\n',
        findings: [],
        assess: { '2.1.2': 'met' },
      },
      {
        name: 'another topic only: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [cps-knowledge]\n',
        findings: [{ messageId: 'missing', says: '"training.covers" does not list "own-cps"' }],
        assess: { '2.1.2': 'missing' },
      },
      {
        name: 'an empty list: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: []\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.1.2' }],
        assess: { '2.1.2': 'missing' },
      },
      {
        name: 'no covers: at the training key',
        text: '«training»:\n  level: 2\n  hours: 18\n',
        findings: [{ messageId: 'no-covers', says: 'covers: [own-cps, …]' }],
        assess: { '2.1.2': 'missing' },
      },
      {
        name: 'another topic only, in French',
        locale: 'fr',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [cps-knowledge]\n',
        findings: [{ messageId: 'missing', says: 'renforcer leurs propres CPS' }],
        assess: { '2.1.2': 'missing' },
      },
      {
        name: 'no covers, in French',
        locale: 'fr',
        text: '«training»:\n  level: 1\n  hours: 3\n',
        findings: [{ messageId: 'no-covers', says: 'critère 2.1.2' }],
        assess: { '2.1.2': 'missing' },
      },
      { name: 'covers is not a list: left to the schema', text: 'training:\n  level: 2\n  hours: 18\n  covers: own-cps\n', findings: [], assess: { '2.1.2': 'missing' } },
      { name: 'training is not a map: left to the schema', text: 'training: yes\n', findings: [], assess: { '2.1.2': 'missing' } },
      { name: 'no training section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.1.2': 'missing' } },
    ]);
  });

  it("gives the training's own keys as evidence", () => {
    const { assessments } = runRuleFully(rule, 'training:\n  level: 2\n  hours: 18\n  covers: [own-cps]\n');
    expect(assessments).toEqual([{ modality: '2.1.2', status: 'met', ruleId: 'training-own-cps', evidence: 'training.covers: own-cps; level: 2; hours: 18' }]);
  });
});
