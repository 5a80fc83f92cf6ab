import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/individual-follow-up.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('individual-follow-up', () => {
  it('reads support.individual and gives 2.2.2 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'support:\n  «individual»: { none: "pas de temps de conseillère dédié" }\n',
        findings: [{ messageId: 'left-out', says: 'pas de temps' }],
        assess: { '2.2.2': 'declared' },
      },
      {
        name: 'a format and a frequency: met',
        text: 'support:\n  individual:\n    format: interview\n    frequency: termly\n',
        findings: [],
        assess: { '2.2.2': 'met' },
      },
      {
        name: 'with a description, in flow style: met',
        text: 'support: { individual: { format: interview, frequency: termly, description: Une heure avec un psychologue. } }\n',
        findings: [],
        assess: { '2.2.2': 'met' },
      },
      {
        name: 'only the other follow-up: at the support key',
        text: '«support»:\n  collective:\n    format: supervision\n    frequency: monthly\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.2.2' }],
        assess: { '2.2.2': 'missing' },
      },
      {
        name: 'an empty support section: at its key',
        text: '«support»: {}\n',
        findings: [{ messageId: 'missing', says: '"support.individual"' }],
        assess: { '2.2.2': 'missing' },
      },
      {
        name: 'only the other follow-up, in French',
        locale: 'fr',
        text: '«support»:\n  collective: { format: supervision, frequency: monthly }\n',
        findings: [{ messageId: 'missing', says: 'aucun suivi individuel aux intervenants, alors que le critère 2.2.2' }],
        assess: { '2.2.2': 'missing' },
      },
      {
        name: 'no frequency: missing, left to the schema',
        text: 'support:\n  individual:\n    format: interview\n',
        findings: [],
        assess: { '2.2.2': 'missing' },
      },
      { name: 'an empty follow-up: left to the schema', text: 'support:\n  individual:\n', findings: [], assess: { '2.2.2': 'missing' } },
      { name: 'support is not a map: left to the schema', text: 'support: none\n', findings: [], assess: { '2.2.2': 'missing' } },
      { name: 'no support section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.2.2': 'missing' } },
    ]);
  });

  it('gives the format and frequency as evidence', () => {
    const { assessments } = runRuleFully(rule, 'support:\n  individual:\n    format: interview\n    frequency: termly\n');
    expect(assessments).toEqual([{ modality: '2.2.2', status: 'met', ruleId: 'individual-follow-up', evidence: 'support.individual: interview, termly' }]);
  });
});
