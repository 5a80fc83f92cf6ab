import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/training-structured-activities.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('training-structured-activities', () => {
  it('reads "structured-activities" in training.covers and gives 2.1.3 its status', () => {
    checkCases(rule, [
      {
        name: 'the topic is listed: met',
        text: 'training:\n  level: 2\n  hours: 18\n  covers: [own-cps, structured-activities]\n',
        findings: [],
        assess: { '2.1.3': 'met' },
      },
      {
        name: 'listed as a block sequence: met',
        text: 'training:\n  level: 1\n  hours: 6\n  covers:\n    - structured-activities\n',
        findings: [],
        assess: { '2.1.3': 'met' },
      },
      {
        name: 'another topic only: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [own-cps]\n',
        findings: [{ messageId: 'missing', says: '"training.covers" does not list "structured-activities"' }],
        assess: { '2.1.3': 'missing' },
      },
      {
        name: 'an empty list: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: []\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.1.3' }],
        assess: { '2.1.3': 'missing' },
      },
      {
        name: 'no covers: at the training key',
        text: '«training»:\n  level: 2\n  hours: 18\n',
        findings: [{ messageId: 'no-covers', says: 'covers: [structured-activities, …]' }],
        assess: { '2.1.3': 'missing' },
      },
      {
        name: 'another topic only, in French',
        locale: 'fr',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [own-cps]\n',
        findings: [{ messageId: 'missing', says: 'activités CPS structurées et séquencées' }],
        assess: { '2.1.3': 'missing' },
      },
      {
        name: 'no covers, in French',
        locale: 'fr',
        text: '«training»:\n  level: 1\n  hours: 3\n',
        findings: [{ messageId: 'no-covers', says: 'critère 2.1.3' }],
        assess: { '2.1.3': 'missing' },
      },
      {
        name: 'covers is not a list: left to the schema',
        text: 'training:\n  level: 2\n  hours: 18\n  covers: structured-activities\n',
        findings: [],
        assess: { '2.1.3': 'missing' },
      },
      { name: 'training is not a map: left to the schema', text: 'training: yes\n', findings: [], assess: { '2.1.3': 'missing' } },
      { name: 'no training section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.1.3': 'missing' } },
    ]);
  });

  it("gives the training's own keys as evidence", () => {
    const { assessments } = runRuleFully(rule, 'training:\n  level: 2\n  hours: 18\n  covers: [structured-activities]\n');
    expect(assessments).toEqual([
      { modality: '2.1.3', status: 'met', ruleId: 'training-structured-activities', evidence: 'training.covers: structured-activities; level: 2; hours: 18' },
    ]);
  });
});
