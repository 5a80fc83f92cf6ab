import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/competency-spelling.js';
import type { TextEdit } from '../../src/index.js';
import { checkCases, runRule } from '../rule-tester.js';

/** Applies edits given in offsets of `text`, from the last to the first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

const activity = (competencies: string) => `activities:\n  - id: a\n    competencies: ${competencies}\n`;

describe('competency-spelling', () => {
  it('reports valid codes written in another spelling than the classification’s', () => {
    checkCases(rule, [
      {
        name: 'canonical codes, general and specific, and E2.2 on its own',
        text: activity('[C1, E1.2, E2.2, E2.2a, "E2.2b", S2.1]'),
        findings: [],
      },
      {
        name: 'unknown codes are unknown-competency’s, not this rule’s',
        text: activity('[E1.3, bien-être, e9.9]'),
        findings: [],
      },
      {
        name: 'lower case, a dot, brackets, a hyphen, a comma',
        text: activity('[«e2.2a», «E2.2.a», «"E2.2 (b)"», «E2.2-A», «"C1,2"», «s1»]'),
        findings: [
          { messageId: 'spelling', args: { code: 'e2.2a', canonical: 'E2.2a' }, says: 'Write "e2.2a" as E2.2a (Regulate one’s pleasant emotions)' },
          { messageId: 'spelling', args: { code: 'E2.2.a', canonical: 'E2.2a' } },
          { messageId: 'spelling', args: { code: 'E2.2 (b)', canonical: 'E2.2b' } },
          { messageId: 'spelling', args: { code: 'E2.2-A', canonical: 'E2.2a' } },
          { messageId: 'spelling', args: { code: 'C1,2', canonical: 'C1.2' } },
          { messageId: 'spelling', args: { code: 's1', canonical: 'S1' } },
        ],
      },
      {
        name: 'a block list and a lone code, in French',
        locale: 'fr',
        text: 'activities:\n  - id: a\n    competencies:\n      - «e1.2»\n  - id: b\n    competencies: «c1.6»\n',
        findings: [
          { messageId: 'spelling', says: 'Écrivez « e1.2 » sous la forme E1.2 (Identifier ses émotions), comme le fait la classification de SpF' },
          { messageId: 'spelling', args: { canonical: 'C1.6' } },
        ],
      },
      {
        name: 'a list shared through an alias is reported once, where the anchor wrote it',
        text: 'shared: &codes [S1.1, «e1.2»]\nactivities:\n  - id: a\n    competencies: *codes\n  - id: b\n    competencies: *codes\n',
        findings: [{ messageId: 'spelling' }],
      },
      {
        name: 'a code reached through an alias is reported at its anchor only',
        text: 'activities:\n  - id: a\n    competencies: [&c «e1.2»]\n  - id: b\n    competencies: [*c]\n',
        findings: [{ messageId: 'spelling' }],
      },
    ]);
  });

  it('offers a safe fix that rewrites the code alone, keeping its quotes', () => {
    const text = activity(`[e2.2a, "E2.2 (b)", 'c1,2', !!str s1, &x e1.1]  # a comment`);
    const findings = runRule(rule, text);
    expect(findings.map((finding) => finding.fix?.safe)).toEqual([true, true, true, true, true]);
    expect(findings.map((finding) => finding.fix?.title)).toEqual(['Write E2.2a', 'Write E2.2b', 'Write C1.2', 'Write S1', 'Write E1.1']);
    expect(
      applyEdits(
        text,
        findings.flatMap((finding) => finding.fix!.edits),
      ),
    ).toBe(activity(`[E2.2a, "E2.2b", 'C1.2', !!str S1, &x E1.1]  # a comment`));
    expect(
      runRule(
        rule,
        applyEdits(
          text,
          findings.flatMap((finding) => finding.fix!.edits),
        ),
      ),
    ).toEqual([]);
  });

  it('offers no fix for a code written as a block text, whose rewriting is not one token', () => {
    const findings = runRule(rule, 'activities:\n  - id: a\n    competencies:\n      - >-\n        e1.2\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('titles the fix in French', () => {
    expect(runRule(rule, activity('[e1.2]'), 'fr')[0]!.fix?.title).toBe('Écrire E1.2');
  });
});
