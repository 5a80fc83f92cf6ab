import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/duplicate-id.js';
import { checkCases, runRule } from '../rule-tester.js';

describe('duplicate-id', () => {
  it('flags the second activity or session with an id already used', () => {
    checkCases(rule, [
      { name: 'distinct ids', text: 'activities:\n  - id: a\n  - id: b\nsessions:\n  - id: a\n', findings: [] },
      {
        name: 'two activities named alike',
        text: 'activities:\n  - id: a\n  - id: «a»\n',
        findings: [{ messageId: 'activity', args: { id: 'a' } }],
      },
      {
        name: 'two sessions named alike',
        text: 'activities:\n  - id: a\nsessions:\n  - id: s1\n  - id: «s1»\n  - id: «s1»\n',
        findings: [{ messageId: 'session' }, { messageId: 'session' }],
      },
    ]);
  });

  it('points at the first use too', () => {
    const [finding] = runRule(rule, 'activities:\n  - id: a\n  - id: a\n');
    expect(finding?.related?.[0]?.range.start).toEqual({ line: 1, character: 8 });
  });
});
