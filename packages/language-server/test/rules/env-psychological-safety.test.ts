import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-psychological-safety.js';
import { checkCases } from '../rule-tester.js';

describe('env-psychological-safety', () => {
  it('reads environment.social.psychological_safety and gives 3.1.4 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  social:\n    «psychological_safety»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.1.4': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  social:\n    psychological_safety: Chaque séance s’ouvre sur un rituel d’accueil ; personne n’est obligé de parler.\n',
        findings: [],
        assess: { '3.1.4': 'met' },
      },
      {
        name: 'a sentence reached through an alias: met',
        text: 'texte: &texte "Chaque séance s’ouvre sur un rituel d’accueil ; personne n’est obligé de parler."\nenvironment:\n  social:\n    psychological_safety: *texte\n',
        findings: [],
        assess: { '3.1.4': 'met' },
      },
      {
        name: 'true: declared, reported by declaration-evidence',
        text: 'environment:\n  social:\n    psychological_safety: true\n',
        findings: [],
        assess: { '3.1.4': 'declared' },
      },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  social:\n    psychological_safety: «false»\n',
        findings: [{ messageId: 'refused', says: '"psychological_safety: false"' }],
        assess: { '3.1.4': 'missing' },
      },
      {
        name: 'false, in French',
        locale: 'fr',
        text: 'environment:\n  social:\n    psychological_safety: «false»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique « psychological_safety: false »' }],
        assess: { '3.1.4': 'missing' },
      },
      {
        name: 'absent from the social section: at its key',
        text: 'environment:\n  «social»:\n    relationships: true\n',
        findings: [{ messageId: 'missing', says: 'add "environment.social.psychological_safety"' }],
        assess: { '3.1.4': 'missing' },
      },
      {
        name: 'no social section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  physical:\n    safety: true\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne décrit pas comment la sécurité psychologique est assurée (critère 3.1.4)' }],
        assess: { '3.1.4': 'missing' },
      },
      { name: 'an environment with nothing under it: at its key', text: '«environment»:\n', findings: [{ messageId: 'missing' }], assess: { '3.1.4': 'missing' } },
      { name: 'a number: missing, left to the schema', text: 'environment:\n  social:\n    psychological_safety: 3\n', findings: [], assess: { '3.1.4': 'missing' } },
      { name: 'an empty text: missing, left to the schema', text: 'environment:\n  social:\n    psychological_safety: ""\n', findings: [], assess: { '3.1.4': 'missing' } },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.1.4': 'missing' } },
    ]);
  });
});
