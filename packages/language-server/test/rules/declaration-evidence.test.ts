import { describe, expect, it } from 'vitest';
import rule, { DECLARATIONS } from '../../src/service/rules/declaration-evidence.js';
import { checkCases, runRule } from '../rule-tester.js';

describe('declaration-evidence', () => {
  it('asks for a sentence where the manual only says true', () => {
    checkCases(rule, [
      {
        name: 'sentences everywhere',
        text: [
          'facilitators:',
          '  profiles: [enseignants]',
          '  cps_knowledge: Une journée présente la classification de SpF.',
          '  own_cps_work: Chaque enseignant tient un carnet de ses émotions.',
          'environment:',
          '  social:',
          '    relationships: Les adultes accueillent chaque enfant par son prénom.',
          '  physical:',
          '    spaces: Un coin calme est aménagé dans chaque classe.',
          '',
        ].join('\n'),
        findings: [],
      },
      {
        name: 'false, absent keys and absent sections are for the rules of each modality',
        text: 'facilitators:\n  profiles: [enseignants]\n  own_cps_work: false\nenvironment:\n  social:\n    relationships: false\n',
        findings: [],
      },
      {
        name: 'true, at the value, citing the modality',
        text: 'facilitators:\n  profiles: [enseignants]\n  cps_knowledge: «true»\n',
        findings: [{ messageId: 'no-evidence', args: { key: 'cps_knowledge', modality: '1.1.1' }, says: '"cps_knowledge: true" declares criterion 1.1.1 without saying how' }],
      },
      {
        name: 'every true of the environment, in document order, whatever YAML spelling of true',
        text: 'environment:\n  social:\n    conflict_management: «True»\n    assessment: Une phrase.\n  physical:\n    time: «TRUE»\n',
        findings: [
          { messageId: 'no-evidence', args: { key: 'conflict_management', modality: '3.1.2' } },
          { messageId: 'no-evidence', args: { key: 'time', modality: '3.2.4' } },
        ],
      },
      {
        name: 'true reached through an alias: at the alias',
        text: 'oui: &oui true\nenvironment:\n  physical:\n    safety: «*oui»\n',
        findings: [{ messageId: 'no-evidence', args: { key: 'safety', modality: '3.2.1' } }],
      },
      {
        name: 'in French',
        locale: 'fr',
        text: 'environment:\n  social:\n    psychological_safety: «true»\n',
        findings: [{ messageId: 'no-evidence', says: '« psychological_safety: true » déclare le critère 3.1.4 sans dire comment' }],
      },
      {
        name: 'a true under a key of the same name elsewhere is not a declaration',
        text: 'program:\n  safety: true\nevaluation:\n  spaces: true\n',
        findings: [],
      },
    ]);
  });

  it('cites the modality of each declaration, for all ten of them', () => {
    const text = [
      'facilitators:',
      '  cps_knowledge: true',
      '  own_cps_work: true',
      'environment:',
      '  social:',
      '    relationships: true',
      '    conflict_management: true',
      '    assessment: true',
      '    psychological_safety: true',
      '  physical:',
      '    safety: true',
      '    physical_activity: true',
      '    spaces: true',
      '    time: true',
      '',
    ].join('\n');
    const findings = runRule(rule, text);
    expect(findings.map((finding) => finding.cites)).toEqual(DECLARATIONS.map(({ modality }) => ({ kind: 'modality', id: modality })));
    expect(findings.map((finding) => finding.severity)).toEqual(DECLARATIONS.map(() => 'info'));
  });
});
