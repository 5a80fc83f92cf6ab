import { describe, it } from 'vitest';
import rule from '../../src/service/rules/env-physical-activity.js';
import { checkCases } from '../rule-tester.js';

describe('env-physical-activity', () => {
  it('reads environment.physical.physical_activity and gives 3.2.2 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'environment:\n  physical:\n    «physical_activity»: { none: "pas prévu dans cette structure" }\n',
        findings: [{ messageId: 'left-out', says: 'pas prévu dans cette structure' }],
        assess: { '3.2.2': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'environment:\n  physical:\n    physical_activity: Chaque atelier commence par cinq minutes de mouvement.\n',
        findings: [],
        assess: { '3.2.2': 'met' },
      },
      {
        name: 'a sentence reached through an alias: met',
        text: 'texte: &texte "Chaque atelier commence par cinq minutes de mouvement."\nenvironment:\n  physical:\n    physical_activity: *texte\n',
        findings: [],
        assess: { '3.2.2': 'met' },
      },
      { name: 'true: declared, reported by declaration-evidence', text: 'environment:\n  physical:\n    physical_activity: true\n', findings: [], assess: { '3.2.2': 'declared' } },
      {
        name: 'false: missing, at the value',
        text: 'environment:\n  physical:\n    physical_activity: «false»\n',
        findings: [{ messageId: 'refused', says: '"physical_activity: false"' }],
        assess: { '3.2.2': 'missing' },
      },
      {
        name: 'false, in French',
        locale: 'fr',
        text: 'environment:\n  physical:\n    physical_activity: «false»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique « physical_activity: false »' }],
        assess: { '3.2.2': 'missing' },
      },
      {
        name: 'absent from the physical section: at its key',
        text: 'environment:\n  «physical»:\n    safety: true\n',
        findings: [{ messageId: 'missing', says: 'add "environment.physical.physical_activity"' }],
        assess: { '3.2.2': 'missing' },
      },
      {
        name: 'no physical section: at the environment key, in French',
        locale: 'fr',
        text: '«environment»:\n  social:\n    relationships: true\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne décrit pas comment les activités physiques sont assurées (critère 3.2.2)' }],
        assess: { '3.2.2': 'missing' },
      },
      { name: 'an environment with nothing under it: at its key', text: '«environment»:\n', findings: [{ messageId: 'missing' }], assess: { '3.2.2': 'missing' } },
      { name: 'a number: missing, left to the schema', text: 'environment:\n  physical:\n    physical_activity: 3\n', findings: [], assess: { '3.2.2': 'missing' } },
      { name: 'an empty text: missing, left to the schema', text: 'environment:\n  physical:\n    physical_activity: ""\n', findings: [], assess: { '3.2.2': 'missing' } },
      { name: 'no environment at all: left to missing-section', text: 'version: 1\n', findings: [], assess: { '3.2.2': 'missing' } },
    ]);
  });
});
