import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-spaces.js';
import { checkCases } from '../rule-tester.js';

describe('env-spaces', () => {
  it('reads environment.physical.spaces and gives 3.2.3 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  physical:\n    «spaces»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.2.3': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  physical:\n    spaces: Un coin calme est aménagé dans chaque classe.\n',
        findings: [],
        assess: { '3.2.3': 'met' },
      },
      {
        name: 'a sentence reached through an alias: met',
        text: 'texte: &texte "Un coin calme est aménagé dans chaque classe."\nenvironment:\n  physical:\n    spaces: *texte\n',
        findings: [],
        assess: { '3.2.3': 'met' },
      },
      { name: 'true: declared, reported by declaration-evidence', text: 'environment:\n  physical:\n    spaces: true\n', findings: [], assess: { '3.2.3': 'declared' } },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  physical:\n    spaces: «false»\n',
        findings: [{ messageId: 'refused', says: '"spaces: false"' }],
        assess: { '3.2.3': 'missing' },
      },
      {
        name: 'false, in French',
        locale: 'fr',
        text: 'environment:\n  physical:\n    spaces: «false»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique « spaces: false »' }],
        assess: { '3.2.3': 'missing' },
      },
      {
        name: 'absent from the physical section: at its key',
        text: 'environment:\n  «physical»:\n    safety: true\n',
        findings: [{ messageId: 'missing', says: 'add "environment.physical.spaces"' }],
        assess: { '3.2.3': 'missing' },
      },
      {
        name: 'no physical section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  social:\n    relationships: true\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne décrit pas les aménagements des espaces qui favorisent les CPS (critère 3.2.3)' }],
        assess: { '3.2.3': 'missing' },
      },
      { name: 'an environment with nothing under it: at its key', text: '«environment»:\n', findings: [{ messageId: 'missing' }], assess: { '3.2.3': 'missing' } },
      { name: 'a number: missing, left to the schema', text: 'environment:\n  physical:\n    spaces: 3\n', findings: [], assess: { '3.2.3': 'missing' } },
      { name: 'an empty text: missing, left to the schema', text: 'environment:\n  physical:\n    spaces: ""\n', findings: [], assess: { '3.2.3': 'missing' } },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.2.3': 'missing' } },
    ]);
  });
});
