import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/unknown-competency.js';
import { checkCases, runRule } from '../rule-tester.js';

describe('unknown-competency', () => {
  it('passes valid codes in every accepted spelling and flags the others with the nearest code', () => {
    checkCases(rule, [
      {
        name: 'a French word of a label suggests the code whose label holds it, with its fix',
        locale: 'fr',
        text: 'activities:\n  - id: a\n    competencies: [«empathie», «gestion du stress»]\n',
        findings: [
          { messageId: 'suggest', args: { suggestion: 'S1.2' } },
          { messageId: 'suggest', args: { suggestion: 'E2.3' } },
        ],
      },
      {
        name: 'a session’s own codes for an activity are checked too',
        text: 'activities:\n  - id: a\n    competencies: [E1.2]\nsessions:\n  - { id: s1, year: 1, activities: [{ ref: a, competencies: [«E1.3»] }] }\n',
        findings: [{ messageId: 'suggest', args: { suggestion: 'E1.2' } }],
      },
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
        text: 'activities:\n  - id: a\n    competencies: ["À COMPLÉTER : E1.2, S1…", TODO]\n',
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

  it("names the 2025 code(s) of a competency written with the 2022 referential's label", () => {
    checkCases(rule, [
      {
        name: 'a 2022 label with one 2025 code: that code, with a quick fix',
        text: 'activities:\n  - id: a\n    competencies: [«Capacité d’écoute empathique», «Gérer son stress»]\n',
        findings: [
          { messageId: 'from-2022', args: { code: 'Capacité d’écoute empathique', suggestion: 'S1.2' }, says: 'in the 2025 classification it is S1.2, "Communicate with empathy"' },
          { messageId: 'from-2022', args: { code: 'Gérer son stress', suggestion: 'E2.3' } },
        ],
      },
      {
        name: 'a close variant: other case, no accents, without its examples or « capacité à »',
        locale: 'fr',
        text: 'activities:\n  - id: a\n    competencies: [«connaissance de soi», «GERER SES IMPULSIONS (stop)», «ecoute empathique»]\n',
        findings: [
          {
            messageId: 'from-2022-split',
            says: 'la répartit entre C1.1 « Accroître sa connaissance de soi » et C1.3 « Connaitre ses valeurs, ses besoins et ses buts personnels » : écrivez',
          },
          { messageId: 'from-2022', args: { suggestion: 'C2.2' }, says: 'c’est C2.2, « Gérer ses impulsions »' },
          { messageId: 'from-2022', args: { suggestion: 'S1.2' } },
        ],
      },
      {
        name: 'a 2022 competency that 2025 splits: every code, no quick fix',
        text: 'activities:\n  - id: a\n    competencies: [«Résoudre des difficultés»]\n',
        findings: [{ messageId: 'from-2022-split', says: 'splits it between S2 "Resolve relationship difficulties" and C2.4 "Know how to ask for help"' }],
      },
      {
        name: 'the words of a 2025 label are the 2025 competency, even where 2022 used them too',
        text: 'activities:\n  - id: a\n    competencies: [«Prendre des décisions constructives»]\n',
        findings: [{ messageId: 'suggest', args: { suggestion: 'C1.4' } }],
      },
      {
        name: 'codes of the 2025 classification pass',
        text: 'activities:\n  - id: a\n    competencies: [S1.2, E2.3]\n',
        findings: [],
      },
    ]);
  });

  it('offers the 2025 code as a quick fix only when there is exactly one', () => {
    const text = 'activities:\n  - id: a\n    competencies: [Capacité à gérer ses impulsions, Identifier ses émotions et son stress]\n';
    const [single, split] = runRule(rule, text);
    expect(single!.fix?.edits).toEqual([{ start: text.indexOf('Capacité'), end: text.indexOf(', Identifier'), newText: 'C2.2' }]);
    expect(split!.messageId).toBe('from-2022-split');
    expect(split!.message).toContain('E1.2 "Identify one’s emotions" and E2.3 "Understand and manage one’s stress"');
    expect(split!.fix).toBeUndefined();
  });
});
