import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/collective-follow-up.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('collective-follow-up', () => {
  it('reads support.collective and gives 2.2.1 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'support:\n  «collective»: { none: "une seule intervenante sur le territoire" }\n',
        findings: [{ messageId: 'left-out', says: 'une seule intervenante' }],
        assess: { '2.2.1': 'declared' },
      },
      {
        name: 'a format and a frequency: met',
        text: 'support:\n  collective:\n    format: practice-analysis\n    frequency: monthly\n',
        findings: [],
        assess: { '2.2.1': 'met' },
      },
      {
        name: 'with a description, in flow style: met',
        text: 'support: { collective: { format: practice-analysis, frequency: monthly, description: Une heure avec un psychologue. } }\n',
        findings: [],
        assess: { '2.2.1': 'met' },
      },
      {
        name: 'a format and a frequency still to write: missing, left to the placeholder rule',
        text: 'support:\n  collective:\n    format: "À COMPLÉTER : supervision, practice-analysis…"\n    frequency: TODO\n',
        findings: [],
        assess: { '2.2.1': 'missing' },
      },
      {
        name: 'only the other follow-up: at the support key',
        text: '«support»:\n  individual:\n    format: interview\n    frequency: termly\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.2.1' }],
        assess: { '2.2.1': 'missing' },
      },
      {
        name: 'an empty support section: at its key',
        text: '«support»: {}\n',
        findings: [{ messageId: 'missing', says: '"support.collective"' }],
        assess: { '2.2.1': 'missing' },
      },
      {
        name: 'only the other follow-up, in French',
        locale: 'fr',
        text: '«support»:\n  individual: { format: interview, frequency: termly }\n',
        findings: [{ messageId: 'missing', says: 'aucun suivi collectif aux intervenants, alors que le critère 2.2.1' }],
        assess: { '2.2.1': 'missing' },
      },
      {
        name: 'no frequency: missing, left to the schema',
        text: 'support:\n  collective:\n    format: practice-analysis\n',
        findings: [],
        assess: { '2.2.1': 'missing' },
      },
      { name: 'an empty follow-up: left to the schema', text: 'support:\n  collective:\n', findings: [], assess: { '2.2.1': 'missing' } },
      { name: 'support is not a map: left to the schema', text: 'support: none\n', findings: [], assess: { '2.2.1': 'missing' } },
      { name: 'no support section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.2.1': 'missing' } },
    ]);
  });

  it('gives the format and frequency as evidence', () => {
    const { assessments } = runRuleFully(rule, 'support:\n  collective:\n    format: practice-analysis\n    frequency: monthly\n');
    expect(assessments).toEqual([{ modality: '2.2.1', status: 'met', ruleId: 'collective-follow-up', evidence: 'support.collective: practice-analysis, monthly' }]);
  });
});
