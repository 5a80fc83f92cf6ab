import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/training-materials.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('training-materials', () => {
  it('reads "materials" in training.covers and gives 2.1.4 its status', () => {
    checkCases(rule, [
      {
        name: 'the topic is listed: met',
        text: 'training:\n  level: 2\n  hours: 18\n  covers: [pedagogy, materials]\n',
        findings: [],
        assess: { '2.1.4': 'met' },
      },
      {
        name: 'listed as a block sequence: met',
        text: 'training:\n  level: 1\n  hours: 6\n  covers:\n    - materials\n',
        findings: [],
        assess: { '2.1.4': 'met' },
      },
      {
        name: 'another topic only: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [pedagogy]\n',
        findings: [{ messageId: 'missing', says: '"training.covers" does not list "materials"' }],
        assess: { '2.1.4': 'missing' },
      },
      {
        name: 'an empty list: at the covers key',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: []\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.1.4' }],
        assess: { '2.1.4': 'missing' },
      },
      {
        name: 'no covers: at the training key',
        text: '«training»:\n  level: 2\n  hours: 18\n',
        findings: [{ messageId: 'no-covers', says: 'covers: [materials, …]' }],
        assess: { '2.1.4': 'missing' },
      },
      {
        name: 'another topic only, in French',
        locale: 'fr',
        text: 'training:\n  level: 2\n  hours: 18\n  «covers»: [pedagogy]\n',
        findings: [{ messageId: 'missing', says: 'guide d’intervention, livret participant' }],
        assess: { '2.1.4': 'missing' },
      },
      {
        name: 'no covers, in French',
        locale: 'fr',
        text: '«training»:\n  level: 1\n  hours: 3\n',
        findings: [{ messageId: 'no-covers', says: 'critère 2.1.4' }],
        assess: { '2.1.4': 'missing' },
      },
      { name: 'covers is not a list: left to the schema', text: 'training:\n  level: 2\n  hours: 18\n  covers: materials\n', findings: [], assess: { '2.1.4': 'missing' } },
      { name: 'training is not a map: left to the schema', text: 'training: yes\n', findings: [], assess: { '2.1.4': 'missing' } },
      { name: 'no training section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.1.4': 'missing' } },
    ]);
  });

  it("gives the training's own keys as evidence", () => {
    const { assessments } = runRuleFully(rule, 'training:\n  level: 2\n  hours: 18\n  covers: [materials]\n');
    expect(assessments).toEqual([{ modality: '2.1.4', status: 'met', ruleId: 'training-materials', evidence: 'training.covers: materials; level: 2; hours: 18' }]);
  });
});
