import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/implementation-manual.js';
import { manualWith } from '../manual-builder.js';
import { runRuleFully, type RuleCase } from '../rule-tester.js';

const activity = { id: 'atelier', codes: ['E1.2'], minutes: 60 };

// The rule never reports (see its docs page), so checkCases, which asks for a failing case,
// does not fit: the same table, with the findings always empty and the statuses checked.
const cases: readonly (RuleCase & { readonly evidence?: string })[] = [
  {
    name: 'programme, activities and sessions: met',
    text: manualWith({ activities: [activity], sessions: [{ id: 's1', year: 1, activities: ['atelier'] }] }),
    findings: [],
    assess: { '2.3.2': 'met' },
    evidence: 'Un essai: 1 activity, 1 session',
  },
  {
    name: 'in French',
    locale: 'fr',
    text: manualWith({ activities: [activity, { id: 'rituel', kind: 'ritual' }], sessions: [{ id: 's1', year: 1, activities: ['atelier'] }, { id: 's2', year: 1, activities: ['atelier'] }] }),
    findings: [],
    assess: { '2.3.2': 'met' },
    evidence: 'Un essai : 2 activités, 2 séances',
  },
  {
    name: 'no sessions: partly met, left to missing-section',
    text: manualWith({ activities: [activity] }),
    findings: [],
    assess: { '2.3.2': 'partly-met' },
    evidence: 'Un essai: 1 activity, 0 sessions',
  },
  {
    name: 'an empty list of sessions: partly met, left to structured-sequence',
    text: `${manualWith({ activities: [activity] })}sessions: []\n`,
    findings: [],
    assess: { '2.3.2': 'partly-met' },
  },
  { name: 'no programme: missing, left to the schema', text: 'activities:\n  - id: a\n    kind: workshop\n', findings: [], assess: { '2.3.2': 'missing' } },
  { name: 'no activities: missing, left to the schema', text: 'program:\n  id: essai\n', findings: [], assess: { '2.3.2': 'missing' } },
  { name: 'not a manual at all', text: '- une liste\n', findings: [], assess: { '2.3.2': 'missing' } },
];

describe('implementation-manual', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const { findings, assessments } = runRuleFully(rule, entry.text, entry.locale);
    expect(findings).toEqual([]);
    expect(Object.fromEntries(assessments.map((assessment) => [assessment.modality, assessment.status]))).toEqual(entry.assess);
    if (entry.evidence) expect(assessments[0]?.evidence).toBe(entry.evidence);
  });

  it('has no message: it never reports', () => {
    expect(Object.keys(rule.meta.messages)).toEqual([]);
  });
});
