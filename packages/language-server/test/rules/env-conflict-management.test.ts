import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-conflict-management.js';
import { checkCases } from '../rule-tester.js';

describe('env-conflict-management', () => {
  it('reads environment.social.conflict_management and gives 3.1.2 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  social:\n    «conflict_management»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.1.2': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  social:\n    conflict_management: Les conflits sont repris à froid en cercle de parole.\n',
        findings: [],
        assess: { '3.1.2': 'met' },
      },
      {
        name: 'a sentence reached through an alias: met',
        text: 'texte: &texte "Les conflits sont repris à froid en cercle de parole."\nenvironment:\n  social:\n    conflict_management: *texte\n',
        findings: [],
        assess: { '3.1.2': 'met' },
      },
      { name: 'true: declared, reported by declaration-evidence', text: 'environment:\n  social:\n    conflict_management: true\n', findings: [], assess: { '3.1.2': 'declared' } },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  social:\n    conflict_management: «false»\n',
        findings: [{ messageId: 'refused', says: '"conflict_management: false"' }],
        assess: { '3.1.2': 'missing' },
      },
      {
        name: 'false, in French',
        locale: 'fr',
        text: 'environment:\n  social:\n    conflict_management: «false»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique « conflict_management: false »' }],
        assess: { '3.1.2': 'missing' },
      },
      {
        name: 'absent from the social section: at its key',
        text: 'environment:\n  «social»:\n    relationships: true\n',
        findings: [{ messageId: 'missing', says: 'add "environment.social.conflict_management"' }],
        assess: { '3.1.2': 'missing' },
      },
      {
        name: 'no social section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  physical:\n    safety: true\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne décrit pas la gestion des conflits interpersonnels (critère 3.1.2)' }],
        assess: { '3.1.2': 'missing' },
      },
      { name: 'an environment with nothing under it: at its key', text: '«environment»:\n', findings: [{ messageId: 'missing' }], assess: { '3.1.2': 'missing' } },
      { name: 'a number: missing, left to the schema', text: 'environment:\n  social:\n    conflict_management: 3\n', findings: [], assess: { '3.1.2': 'missing' } },
      { name: 'an empty text: missing, left to the schema', text: 'environment:\n  social:\n    conflict_management: ""\n', findings: [], assess: { '3.1.2': 'missing' } },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.1.2': 'missing' } },
    ]);
  });
});
