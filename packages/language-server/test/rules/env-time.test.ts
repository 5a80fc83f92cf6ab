import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-time.js';
import { checkCases } from '../rule-tester.js';

describe('env-time', () => {
  it('reads environment.physical.time and gives 3.2.4 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  physical:\n    «time»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.2.4': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  physical:\n    time: Les ateliers ont lieu à heure fixe, le lundi matin.\n',
        findings: [],
        assess: { '3.2.4': 'met' },
      },
      {
        name: 'a sentence reached through an alias: met',
        text: 'texte: &texte "Les ateliers ont lieu à heure fixe, le lundi matin."\nenvironment:\n  physical:\n    time: *texte\n',
        findings: [],
        assess: { '3.2.4': 'met' },
      },
      { name: 'true: declared, reported by declaration-evidence', text: 'environment:\n  physical:\n    time: true\n', findings: [], assess: { '3.2.4': 'declared' } },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  physical:\n    time: «false»\n',
        findings: [{ messageId: 'refused', says: '"time: false"' }],
        assess: { '3.2.4': 'missing' },
      },
      {
        name: 'false, in French',
        locale: 'fr',
        text: 'environment:\n  physical:\n    time: «false»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique « time: false »' }],
        assess: { '3.2.4': 'missing' },
      },
      {
        name: 'absent from the physical section: at its key',
        text: 'environment:\n  «physical»:\n    safety: true\n',
        findings: [{ messageId: 'missing', says: 'add "environment.physical.time"' }],
        assess: { '3.2.4': 'missing' },
      },
      {
        name: 'no physical section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  social:\n    relationships: true\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne décrit pas les aménagements du temps qui favorisent les CPS (critère 3.2.4)' }],
        assess: { '3.2.4': 'missing' },
      },
      { name: 'an environment with nothing under it: at its key', text: '«environment»:\n', findings: [{ messageId: 'missing' }], assess: { '3.2.4': 'missing' } },
      { name: 'a number: missing, left to the schema', text: 'environment:\n  physical:\n    time: 3\n', findings: [], assess: { '3.2.4': 'missing' } },
      { name: 'an empty text: missing, left to the schema', text: 'environment:\n  physical:\n    time: ""\n', findings: [], assess: { '3.2.4': 'missing' } },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.2.4': 'missing' } },
    ]);
  });
});
