import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/materials.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('materials', () => {
  it('reads the facilitator guide and the participant booklet and gives 1.2.5 its status', () => {
    checkCases(rule, [
      {
        name: 'a booklet left out on purpose: declared, an info citing the reason, no missing-booklet',
        locale: 'fr',
        text: 'materials:\n  facilitator_guide: Guide de l’enseignant\n  «participant_booklet»: { none: "les enfants de 4 ans ne lisent pas" }\n',
        findings: [{ messageId: 'booklet-left-out', says: 'les enfants de 4 ans ne lisent pas' }],
        assess: { '1.2.5': 'declared' },
      },
      {
        name: 'a guide left out on purpose and no booklet: both said',
        text: '«materials»:\n  «facilitator_guide»: { none: "the activities are in the booklet" }\n',
        findings: [{ messageId: 'missing-booklet' }, { messageId: 'guide-left-out', says: 'the activities are in the booklet' }],
        assess: { '1.2.5': 'declared' },
      },
      {
        name: 'a sentence that says there is none is no booklet: read as left out, with the sentence as its reason',
        text: 'materials:\n  facilitator_guide: Guide\n  «participant_booklet»: Pas de livret, les enfants ne lisent pas\n',
        findings: [{ messageId: 'booklet-left-out', says: 'Pas de livret, les enfants ne lisent pas' }],
        assess: { '1.2.5': 'declared' },
      },
      {
        name: 'a booklet whose title starts with a negation-like word is still a booklet',
        text: 'materials:\n  facilitator_guide: Guide\n  participant_booklet: Sans filtre, le carnet des émotions\n',
        findings: [],
        assess: { '1.2.5': 'met' },
      },
      {
        name: 'a reason still to write is no reason: left to the schema and the placeholder rule',
        text: 'materials:\n  facilitator_guide: Guide\n  participant_booklet: { none: "TODO" }\n',
        findings: [],
        assess: { '1.2.5': 'partly-met' },
      },
      {
        name: 'both: met',
        text: 'materials:\n  facilitator_guide: Guide d’animation, un module par année\n  participant_booklet: Carnet de bord de l’élève\n',
        findings: [],
        assess: { '1.2.5': 'met' },
      },
      {
        name: 'no booklet: partly met, at the materials key',
        text: '«materials»:\n  facilitator_guide: Guide de l’enseignant\n  other: [Affiche des règles]\n',
        findings: [{ messageId: 'missing-booklet', says: '"materials.participant_booklet"' }],
        assess: { '1.2.5': 'partly-met' },
      },
      {
        name: 'no guide: partly met, at the materials key',
        text: '«materials»:\n  participant_booklet: Carnet de l’élève\n',
        findings: [{ messageId: 'missing-guide', says: 'criterion 1.2.5' }],
        assess: { '1.2.5': 'partly-met' },
      },
      {
        name: 'neither: missing, at the materials key',
        text: '«materials»:\n  other: [Scènes sonores]\n',
        findings: [{ messageId: 'missing-both', says: 'neither a facilitator guide nor a participant booklet' }],
        assess: { '1.2.5': 'missing' },
      },
      {
        name: 'a blank booklet names nothing',
        text: '«materials»:\n  facilitator_guide: Guide\n  participant_booklet: "   "\n',
        findings: [{ messageId: 'missing-booklet' }],
        assess: { '1.2.5': 'partly-met' },
      },
      {
        name: 'a guide still to write: missing, left to the placeholder rule',
        text: 'materials:\n  facilitator_guide: "À COMPLÉTER : titre ou lien du guide"\n  participant_booklet: "TO COMPLETE: title of the booklet"\n',
        findings: [],
        assess: { '1.2.5': 'missing' },
      },
      {
        name: 'a guide still to write and no booklet: only the booklet is reported',
        text: '«materials»:\n  facilitator_guide: "À COMPLÉTER : titre ou lien du guide"\n',
        findings: [{ messageId: 'missing-booklet', says: 'Name the booklet, by its title or link, in "materials.participant_booklet"' }],
        assess: { '1.2.5': 'missing' },
      },
      {
        name: '« néant » names no booklet: the key is there, so the message says where to name it',
        locale: 'fr',
        text: '«materials»:\n  facilitator_guide: Guide de l’enseignant\n  participant_booklet: néant\n',
        findings: [{ messageId: 'missing-booklet', says: 'Nommez le livret, par son titre ou son lien, dans «\u00a0materials.participant_booklet\u00a0»' }],
        assess: { '1.2.5': 'partly-met' },
      },
      {
        name: 'no booklet, in French',
        locale: 'fr',
        text: '«materials»:\n  facilitator_guide: Guide de l’enseignant\n',
        findings: [{ messageId: 'missing-booklet', says: 'ne cite aucun livret du participant, alors que le critère 1.2.5' }],
        assess: { '1.2.5': 'partly-met' },
      },
      {
        name: 'neither, in French',
        locale: 'fr',
        text: '«materials»: {}\n',
        findings: [{ messageId: 'missing-both', says: '« materials.facilitator_guide » et « materials.participant_booklet »' }],
        assess: { '1.2.5': 'missing' },
      },
      {
        name: 'an empty guide and no booklet: the guide is left to the schema',
        text: '«materials»:\n  facilitator_guide: ""\n',
        findings: [{ messageId: 'missing-booklet' }],
        assess: { '1.2.5': 'missing' },
      },
      {
        name: 'both empty, as the missing-section skeleton leaves them: left to the schema',
        text: 'materials:\n  facilitator_guide: ""\n  participant_booklet: ""\n',
        findings: [],
        assess: { '1.2.5': 'missing' },
      },
      { name: 'materials is not a map: left to the schema', text: 'materials: guide\n', findings: [], assess: { '1.2.5': 'missing' } },
      { name: 'no materials section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '1.2.5': 'missing' } },
    ]);
  });

  it('gives the titles as evidence', () => {
    const both = runRuleFully(rule, 'materials:\n  facilitator_guide: Guide\n  participant_booklet: Livret\n').assessments;
    expect(both).toEqual([{ modality: '1.2.5', status: 'met', ruleId: 'materials', evidence: 'facilitator_guide: Guide; participant_booklet: Livret' }]);
    const one = runRuleFully(rule, 'materials:\n  participant_booklet: Livret\n').assessments;
    expect(one[0]?.evidence).toBe('participant_booklet: Livret');
  });
});
