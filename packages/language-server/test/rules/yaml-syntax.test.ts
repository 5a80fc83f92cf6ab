import { describe, it } from 'vitest';
import rule from '../../src/service/rules/yaml-syntax.js';
import { checkCases } from '../rule-tester.js';

describe('yaml-syntax', () => {
  it('reports problems of the YAML text, once per line', () => {
    checkCases(rule, [
      { name: 'well-formed', text: 'version: 1\nprogram:\n  title: "Les émotions"\n', findings: [] },
      { name: 'unclosed quote, reported where it opens', text: 'program:\n  title: «"Les émotions»\n', findings: [{ messageId: 'syntax-UNCLOSED_QUOTE' }] },
      { name: 'key without a colon', text: 'program:\n  title: x\n  «ages»\n', findings: [{ messageId: 'syntax-MISSING_COLON' }] },
      { name: 'tab as indentation', text: 'program:\n«\t»title: x\n', findings: [{ messageId: 'syntax-TAB_AS_INDENT' }] },
      { name: 'two documents', text: 'version: 1\n«---»\nversion: 1\n', findings: [{ messageId: 'multiple-documents' }] },
      { name: 'alias to no anchor', text: 'a: «*nowhere»\n', findings: [{ messageId: 'unknown-anchor', args: { name: 'nowhere' } }] },
      { name: 'alias inside its own anchor', text: 'a: &self\n  b: «*self»\n', findings: [{ messageId: 'alias-cycle' }] },
      { name: 'a list as a key', text: '? «[a, b]»\n: 1\n', findings: [{ messageId: 'complex-key' }] },
    ]);
  });
});
