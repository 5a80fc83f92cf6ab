import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-assessment.js';
import { checkCases } from '../rule-tester.js';

describe('env-assessment', () => {
  it('reads environment.social.assessment and gives 3.1.3 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  social:\n    «assessment»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.1.3': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  social:\n    assessment: Les élèves s’auto-évaluent avec un carnet de réussites.\n',
        findings: [],
        assess: { '3.1.3': 'met' },
      },
      {
        name: 'a sentence reached through an alias: met',
        text: 'texte: &texte "Les élèves s’auto-évaluent avec un carnet de réussites."\nenvironment:\n  social:\n    assessment: *texte\n',
        findings: [],
        assess: { '3.1.3': 'met' },
      },
      { name: 'true: declared, reported by declaration-evidence', text: 'environment:\n  social:\n    assessment: true\n', findings: [], assess: { '3.1.3': 'declared' } },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  social:\n    assessment: «false»\n',
        findings: [{ messageId: 'refused', says: '"assessment: false"' }],
        assess: { '3.1.3': 'missing' },
      },
      {
        name: 'false, in French',
        locale: 'fr',
        text: 'environment:\n  social:\n    assessment: «false»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique « assessment: false »' }],
        assess: { '3.1.3': 'missing' },
      },
      {
        name: 'absent from the social section: at its key',
        text: 'environment:\n  «social»:\n    relationships: true\n',
        findings: [{ messageId: 'missing', says: 'add "environment.social.assessment"' }],
        assess: { '3.1.3': 'missing' },
      },
      {
        name: 'no social section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  physical:\n    safety: true\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne décrit pas les modalités d’évaluation des adultes, des jeunes et des enfants (critère 3.1.3)' }],
        assess: { '3.1.3': 'missing' },
      },
      { name: 'an environment with nothing under it: at its key', text: '«environment»:\n', findings: [{ messageId: 'missing' }], assess: { '3.1.3': 'missing' } },
      { name: 'a number: missing, left to the schema', text: 'environment:\n  social:\n    assessment: 3\n', findings: [], assess: { '3.1.3': 'missing' } },
      { name: 'an empty text: missing, left to the schema', text: 'environment:\n  social:\n    assessment: ""\n', findings: [], assess: { '3.1.3': 'missing' } },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.1.3': 'missing' } },
    ]);
  });
});
