import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/duplicate-key.js';
import { checkCases, runRule } from '../rule-tester.js';

describe('duplicate-key', () => {
  it('flags a key given twice in the same section', () => {
    checkCases(rule, [
      { name: 'same key in different sections', text: 'program:\n  title: a\nactivities:\n  - title: b\n', findings: [] },
      { name: 'twice in one section', text: 'program:\n  title: a\n  «title»: b\n', findings: [{ messageId: 'duplicate', args: { key: 'title' } }] },
      { name: 'twice in a flow map', text: 'ages: { min: 3, «min»: 4 }\n', findings: [{ messageId: 'duplicate' }] },
    ]);
  });

  it('relates the duplicate to the first key', () => {
    const [finding] = runRule(rule, 'a: 1\nb: 2\na: 3\n', 'fr');
    expect(finding?.related?.[0]).toEqual({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'Première clé « a »' });
  });
});
