import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-relationships.js';
import { checkCases } from '../rule-tester.js';

describe('env-relationships', () => {
  it('reads environment.social.relationships and gives 3.1.1 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  social:\n    «relationships»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.1.1': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  social:\n    relationships: Les adultes accueillent chaque enfant par son prénom.\n',
        findings: [],
        assess: { '3.1.1': 'met' },
      },
      { name: 'true: declared, reported by declaration-evidence', text: 'environment:\n  social:\n    relationships: true\n', findings: [], assess: { '3.1.1': 'declared' } },
      {
        name: 'a placeholder left by a starter manual: missing, reported by the placeholder rule',
        text: 'environment:\n  social:\n    relationships: "À COMPLÉTER : décrire les relations"\n',
        findings: [],
        assess: { '3.1.1': 'missing' },
      },
      { name: 'a bare placeholder: missing', text: 'environment:\n  social:\n    relationships: À COMPLÉTER\n', findings: [], assess: { '3.1.1': 'missing' } },
      { name: 'TODO: missing', text: 'environment:\n  social:\n    relationships: TODO\n', findings: [], assess: { '3.1.1': 'missing' } },
      {
        name: '« néant » says there is none, as false does',
        locale: 'fr',
        text: 'environment:\n  social:\n    relationships: «néant»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique «\u00a0relationships: néant\u00a0»' }],
        assess: { '3.1.1': 'missing' },
      },
      { name: 'a yes word declares', text: 'environment:\n  social:\n    relationships: oui\n', findings: [], assess: { '3.1.1': 'declared' } },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  social:\n    relationships: «false»\n',
        findings: [{ messageId: 'refused' }],
        assess: { '3.1.1': 'missing' },
      },
      {
        name: 'absent from a social section: at its key',
        text: 'environment:\n  «social»:\n    assessment: true\n',
        findings: [{ messageId: 'missing', says: 'environment.social.relationships' }],
        assess: { '3.1.1': 'missing' },
      },
      {
        name: 'no social section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  physical:\n    safety: true\n',
        findings: [{ messageId: 'missing', says: 'les modalités relationnelles' }],
        assess: { '3.1.1': 'missing' },
      },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.1.1': 'missing' } },
    ]);
  });
});
