import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/yaml-syntax.js';
import { checkCases, runRule } from '../rule-tester.js';

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
      {
        name: 'a French colon in a plain text: said as such, not as indentation',
        locale: 'fr',
        text: 'program:\n  summary: «Objectif : nommer ses émotions» # une note\n  title: x\n',
        findings: [{ messageId: 'bare-colon', says: 'contient deux-points suivis d’une espace' }],
      },
      {
        name: 'a colon without a space before it, in a plain text',
        text: 'a:\n  title: «Séance 1: les émotions»\n',
        findings: [{ messageId: 'bare-colon', args: { value: 'Séance 1: les émotions' } }],
      },
      { name: 'a key out of line with its section', text: 'program:\n    title: x\n« » id: y\n', findings: [{ messageId: 'syntax-BAD_INDENT' }] },
      {
        name: 'a list item less indented than the list: a list as a key',
        text: 'a:\n  - b\n« »«- c\n»',
        findings: [{ messageId: 'syntax-BLOCK_AS_IMPLICIT_KEY' }, { messageId: 'complex-key' }],
      },
      { name: 'a value on the line under its key, then a key', text: 'a:\n  «b\n  c»: d\n', findings: [{ messageId: 'syntax-MULTILINE_IMPLICIT_KEY' }] },
      { name: 'a closing bracket with no opening one', text: 'a: «]»\n', findings: [{ messageId: 'syntax-UNEXPECTED_TOKEN' }] },
      { name: 'a value starting with a reserved character', text: 'a: «@»b\n', findings: [{ messageId: 'syntax-BAD_SCALAR_START', says: 'between quotes' }] },
      { name: 'a block list inside brackets', text: 'a: [\n  «- b\n»]\n', findings: [{ messageId: 'syntax-BLOCK_IN_FLOW' }] },
      { name: 'a comment glued to a value', text: 'a: b\nd: "e"«#f»\n', findings: [{ messageId: 'syntax-MISSING_CHAR' }] },
      { name: 'a mistake with no words of its own: the library’s, quoted', text: 'a: &x «&y» b\n', findings: [{ messageId: 'syntax', says: 'at most one anchor' }] },
    ]);
  });

  it('offers a safe fix that quotes the text', () => {
    const text = 'program:\n  summary: Objectif : "nommer" ses émotions\n';
    const [finding] = runRule(rule, text, 'fr');
    expect(finding!.fix).toEqual({ title: 'Mettre le texte entre guillemets', edits: [{ start: 20, end: 52, newText: '"Objectif : \\"nommer\\" ses émotions"' }], safe: true });
  });
});
