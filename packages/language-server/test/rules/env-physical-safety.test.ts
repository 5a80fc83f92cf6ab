import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-physical-safety.js';
import { checkCases } from '../rule-tester.js';

describe('env-physical-safety', () => {
  it('reads environment.physical.safety and gives 3.2.1 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  physical:\n    «safety»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.2.1': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  physical:\n    safety: Les salles sont vérifiées avant chaque séance.\n',
        findings: [],
        assess: { '3.2.1': 'met' },
      },
      {
        name: 'a sentence reached through an alias: met',
        text: 'texte: &texte "Les salles sont vérifiées avant chaque séance."\nenvironment:\n  physical:\n    safety: *texte\n',
        findings: [],
        assess: { '3.2.1': 'met' },
      },
      { name: 'true: declared, reported by declaration-evidence', text: 'environment:\n  physical:\n    safety: true\n', findings: [], assess: { '3.2.1': 'declared' } },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  physical:\n    safety: «false»\n',
        findings: [{ messageId: 'refused', says: '"safety: false"' }],
        assess: { '3.2.1': 'missing' },
      },
      {
        name: 'false, in French',
        locale: 'fr',
        text: 'environment:\n  physical:\n    safety: «false»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique « safety: false »' }],
        assess: { '3.2.1': 'missing' },
      },
      {
        name: 'absent from the physical section: at its key',
        text: 'environment:\n  «physical»:\n    spaces: true\n',
        findings: [{ messageId: 'missing', says: 'add "environment.physical.safety"' }],
        assess: { '3.2.1': 'missing' },
      },
      {
        name: 'no physical section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  social:\n    relationships: true\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne décrit pas comment la sécurité physique des personnes est assurée (critère 3.2.1)' }],
        assess: { '3.2.1': 'missing' },
      },
      { name: 'an environment with nothing under it: at its key', text: '«environment»:\n', findings: [{ messageId: 'missing' }], assess: { '3.2.1': 'missing' } },
      { name: 'a number: missing, left to the schema', text: 'environment:\n  physical:\n    safety: 3\n', findings: [], assess: { '3.2.1': 'missing' } },
      { name: 'an empty text: missing, left to the schema', text: 'environment:\n  physical:\n    safety: ""\n', findings: [], assess: { '3.2.1': 'missing' } },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.2.1': 'missing' } },
    ]);
  });
});
