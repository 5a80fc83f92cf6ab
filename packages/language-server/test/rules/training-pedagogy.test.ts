import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/training-pedagogy.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('training-pedagogy', () => {
  it('reads "pedagogy" in training.covers and gives 2.1.6 its status', () => {
    checkCases(rule, [
      {
        name: 'the topic is listed: met',
        text: 'training:\n  level: 2\n  hours: 18\n  covers: [informal-practices, pedagogy]\n',
        findings: [],
        assess: { '2.1.6': 'met' },
      },
      {
        name: 'listed as a block sequence: met',
        text: 'training:\n  level: 1\n  hours: 6\n  covers:\n    - pedagogy\n',
        findings: [],
        assess: { '2.1.6': 'met' },
      },
      {
        name: 'another topic only: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [informal-practices]\n',
        findings: [{ messageId: 'missing', says: '"training.covers" does not list "pedagogy"' }],
        assess: { '2.1.6': 'missing' },
      },
      {
        name: 'an empty list: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: []\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.1.6' }],
        assess: { '2.1.6': 'missing' },
      },
      {
        name: 'no covers: at the training key',
        text: '«training»:\n  level: 2\n  hours: 18\n',
        findings: [{ messageId: 'no-covers', says: 'covers: [pedagogy, …]' }],
        assess: { '2.1.6': 'missing' },
      },
      {
        name: 'another topic only, in French',
        locale: 'fr',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [informal-practices]\n',
        findings: [{ messageId: 'missing', says: 'pédagogie active, positive et expérientielle' }],
        assess: { '2.1.6': 'missing' },
      },
      {
        name: 'no covers, in French',
        locale: 'fr',
        text: '«training»:\n  level: 1\n  hours: 3\n',
        findings: [{ messageId: 'no-covers', says: 'critère 2.1.6' }],
        assess: { '2.1.6': 'missing' },
      },
      { name: 'covers is not a list: left to the schema', text: 'training:\n  level: 2\n  hours: 18\n  covers: pedagogy\n', findings: [], assess: { '2.1.6': 'missing' } },
      { name: 'training is not a map: left to the schema', text: 'training: yes\n', findings: [], assess: { '2.1.6': 'missing' } },
      { name: 'no training section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.1.6': 'missing' } },
    ]);
  });

  it("gives the training's own keys as evidence", () => {
    const { assessments } = runRuleFully(rule, 'training:\n  level: 2\n  hours: 18\n  covers: [pedagogy]\n');
    expect(assessments).toEqual([{ modality: '2.1.6', status: 'met', ruleId: 'training-pedagogy', evidence: 'training.covers: pedagogy; level: 2; hours: 18' }]);
  });
});
