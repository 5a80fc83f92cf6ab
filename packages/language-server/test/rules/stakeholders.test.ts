import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/stakeholders.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

/** A programme for adults only: parents are no longer expected. */
const adults = 'program:\n  ages: { min: 18, max: 25 }\n';

describe('stakeholders', () => {
  it('checks that every group of stakeholders is involved and gives 2.3.5 its status', () => {
    checkCases(rule, [
      {
        name: 'all four groups: met',
        text: 'governance:\n  stakeholders: [cps-professionals, decision-makers, parents, young-people]\n',
        findings: [],
        assess: { '2.3.5': 'met' },
      },
      {
        name: 'either value of a group will do',
        text: 'governance:\n  stakeholders: [professionals, decision-makers, parents, children, partners]\n',
        findings: [],
        assess: { '2.3.5': 'met' },
      },
      {
        name: 'parents and decision-makers missing: partly met, at the stakeholders key',
        text: 'governance:\n  «stakeholders»: [professionals, children]\n',
        findings: [{ messageId: 'incomplete', says: 'Stakeholders are missing: decision-makers and parents, although criterion 2.3.5' }],
        assess: { '2.3.5': 'partly-met' },
      },
      {
        name: 'children only, in French: the other groups, with the values to add',
        locale: 'fr',
        text: 'governance:\n  «stakeholders»:\n    - children\n',
        findings: [{ messageId: 'incomplete', says: 'Des parties prenantes manquent\u00a0: professionnels, décideurs et parents, alors que le critère 2.3.5' }],
        assess: { '2.3.5': 'partly-met' },
      },
      {
        name: 'partners only: none of the groups, missing',
        text: 'governance:\n  «stakeholders»: [partners]\n',
        findings: [{ messageId: 'incomplete', says: 'Add "professionals" (or "cps-professionals"), "decision-makers", "parents" and "children" (or "young-people")' }],
        assess: { '2.3.5': 'missing' },
      },
      {
        name: 'no stakeholders: missing, at the governance key',
        text: '«governance»:\n  project_team: [Équipe]\n',
        findings: [
          { messageId: 'none', says: 'criterion 2.3.5 asks that all of them be involved in the project: professionals, decision-makers, parents and children or young people.' },
        ],
        assess: { '2.3.5': 'missing' },
      },
      {
        name: 'adults only (18 and over), without parents: met',
        text: `${adults}governance:\n  stakeholders: [professionals, decision-makers, young-people]\n`,
        findings: [],
        assess: { '2.3.5': 'met' },
      },
      {
        name: 'adults only, with parents too: met',
        text: `${adults}governance:\n  stakeholders: [professionals, decision-makers, parents, young-people]\n`,
        findings: [],
        assess: { '2.3.5': 'met' },
      },
      {
        name: 'adults only, missing the young people themselves: parents are not asked for',
        text: `${adults}governance:\n  «stakeholders»: [professionals, decision-makers]\n`,
        findings: [{ messageId: 'incomplete', args: { missing: 'children or young people' } }],
        assess: { '2.3.5': 'partly-met' },
      },
      {
        name: 'adults only, no stakeholders, in French: the groups expected, without parents',
        locale: 'fr',
        text: `${adults}«governance»:\n  project_team: [Équipe]\n`,
        findings: [
          { messageId: 'none', says: 'associé au projet\u00a0: professionnels, décideurs et enfants ou jeunes. Indiquez-les dans «\u00a0governance.stakeholders\u00a0».' },
        ],
        assess: { '2.3.5': 'missing' },
      },
      {
        name: 'from 16: minors among the public, parents expected',
        text: 'program:\n  ages: { min: 16, max: 25 }\ngovernance:\n  «stakeholders»: [professionals, decision-makers, young-people]\n',
        findings: [{ messageId: 'incomplete', args: { missing: 'parents' } }],
        assess: { '2.3.5': 'partly-met' },
      },
      {
        name: 'an empty list: missing, at its key',
        text: 'governance:\n  «stakeholders»: []\n',
        findings: [{ messageId: 'none' }],
        assess: { '2.3.5': 'missing' },
      },
      { name: 'stakeholders with no value: left to the schema', text: 'governance:\n  stakeholders:\n', findings: [], assess: { '2.3.5': 'missing' } },
      { name: 'no governance section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.3.5': 'missing' } },
    ]);
  });

  it('gives the listed stakeholders as evidence', () => {
    const text = 'governance:\n  stakeholders: [parents, children]\n';
    expect(runRuleFully(rule, text).assessments[0]?.evidence).toBe('parents, children');
  });
});

describe('stakeholders: the evidence', () => {
  it('names every value the format knows, unclipped, so that reports can put each in words', () => {
    const text = 'governance:\n  stakeholders: [cps-professionals, professionals, decision-makers, parents, children, young-people, partners, parents]\n';
    const { assessments } = runRuleFully(rule, text);
    expect(assessments.find((assessment) => assessment.modality === '2.3.5')?.evidence).toBe(
      'cps-professionals, professionals, decision-makers, parents, children, young-people, partners',
    );
  });
});
