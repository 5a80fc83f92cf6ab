import { describe, it } from 'vitest';
import rule from '../../src/service/rules/unknown-competency.js';
import { checkCases } from '../rule-tester.js';

describe('unknown-competency', () => {
  it('passes valid codes in every accepted spelling and flags the others with the nearest code', () => {
    checkCases(rule, [
      {
        name: 'valid codes, general and specific, in several spellings',
        text: 'activities:\n  - id: a\n    competencies: [C1, E1.2, e2.2a, "E2.2 (b)", S2.1]\n',
        findings: [],
      },
      {
        name: 'E1.3 does not exist: E1.2 is suggested',
        text: 'activities:\n  - id: a\n    competencies: [E1.1, «E1.3»]\n',
        findings: [{ messageId: 'suggest', args: { code: 'E1.3', suggestion: 'E1.2' }, says: 'Identify one’s emotions' }],
      },
      {
        name: 'in French, with the French label',
        locale: 'fr',
        text: 'activities:\n  - id: a\n    competencies:\n      - «C1.7»\n',
        findings: [{ messageId: 'suggest', args: { suggestion: 'C1.6' }, says: 'Renforcer sa pleine attention' }],
      },
      {
        name: 'a code still to write is left to the placeholder rule',
        text: 'activities:\n  - id: a\n    competencies: ["À COMPLÉTER : E1.2, S1…", TODO]\n',
        findings: [],
      },
      {
        name: 'text that is no code at all',
        text: 'activities:\n  - id: a\n    competencies: [«bien-être»]\n',
        findings: [{ messageId: 'unknown' }],
      },
      {
        name: 'codes reached through an alias are reported where the anchor wrote them',
        text: 'shared: &codes [S1.1, «zzz»]\nactivities:\n  - id: a\n    competencies: *codes\n  - id: b\n    competencies: *codes\n',
        findings: [{ messageId: 'unknown' }],
      },
      {
        name: 'a code anchored in one list and aliased in another is reported once, at the anchor',
        text: 'activities:\n  - id: a\n    competencies: [&c «zzz»]\n  - id: b\n    competencies: [*c]\n',
        findings: [{ messageId: 'unknown' }],
      },
    ]);
  });
});
