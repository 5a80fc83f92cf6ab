import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/evidence-references.js';
import { checkCases, runRule } from '../rule-tester.js';

const program = (evidence: string) => `program:\n  id: essai\n  evidence:\n${evidence}`;

describe('evidence-references', () => {
  it('asks an evidence-based programme, and suggests an evidence-informed intervention, to name its references', () => {
    checkCases(rule, [
      {
        name: 'an evidence-based programme with its references',
        text: program('    kind: evidence-based-program\n    references: [Faggiano et al. (2008), Prev Med]\n'),
        findings: [],
      },
      { name: 'an evidence-informed intervention with its references', text: program('    kind: evidence-informed\n    references:\n      - SpF, les CPS (2022)\n'), findings: [] },
      {
        name: 'an evidence-based programme without references: at the evidence key',
        text: program('  «evidence»:\n    kind: evidence-based-program\n').replace('  evidence:\n', ''),
        findings: [{ messageId: 'program-without-references', says: 'List the evaluations that validated the programme in "program.evidence.references".' }],
      },
      {
        name: 'an empty list of references: at the references key, in French',
        locale: 'fr',
        text: program('    kind: evidence-based-program\n    «references»: []\n'),
        findings: [
          { messageId: 'program-without-references', says: 'Le manuel présente un programme probant («\u00a0kind: evidence-based-program\u00a0») mais ne cite aucune référence' },
        ],
      },
      {
        name: 'references still to write: the placeholder rule says what to write there',
        text: program('    kind: evidence-based-program\n    references: ["À COMPLÉTER : auteurs, titre, année"]\n'),
        findings: [],
      },
      {
        name: 'an evidence-informed intervention without references: a note',
        text: program('    kind: evidence-informed\n    «references»: []\n'),
        findings: [{ messageId: 'intervention-without-references', says: 'axis 3 of the national strategy' }],
      },
      { name: 'no kind: left to the schema', text: program('    references: [x]\n'), findings: [] },
      { name: 'no programme: left to the schema', text: 'version: 1\n', findings: [] },
    ]);
  });

  it('reports an evidence-informed intervention without references as info, whatever the rule’s severity', () => {
    const [note] = runRule(rule, program('    kind: evidence-informed\n'));
    expect(note?.severity).toBe('info');
    const [fault] = runRule(rule, program('    kind: evidence-based-program\n'));
    expect(fault?.severity).toBe('warning');
  });
});
