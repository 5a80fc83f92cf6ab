import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/facilitator-own-cps.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const training = (covers: string) => `training:\n  level: 2\n  hours: 18\n  covers: [${covers}]\n`;

describe('facilitator-own-cps', () => {
  it('reads facilitators.own_cps_work, or own-cps in training.covers, and gives 1.1.2 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'facilitators:\n  profiles: [enseignants]\n  «own_cps_work»: { none: "hors du temps de service" }\n',
        findings: [{ messageId: 'left-out', says: 'hors du temps de service' }],
        assess: { '1.1.2': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'facilitators:\n  profiles: [animateurs]\n  own_cps_work: Chaque animateur tient un carnet de ses propres émotions.\n',
        findings: [],
        assess: { '1.1.2': 'met' },
      },
      {
        name: 'no declaration, but a training that covers own-cps: met',
        text: `facilitators:\n  profiles: [animateurs]\n${training('cps-knowledge, own-cps')}`,
        findings: [],
        assess: { '1.1.2': 'met' },
      },
      {
        name: 'a training that covers own-cps is enough without a facilitators section',
        text: `version: 1\n${training('own-cps')}`,
        findings: [],
        assess: { '1.1.2': 'met' },
      },
      {
        name: 'true and a training that covers it: met by the training',
        text: `facilitators:\n  profiles: [animateurs]\n  own_cps_work: true\n${training('own-cps')}`,
        findings: [],
        assess: { '1.1.2': 'met' },
      },
      {
        name: 'true, no training covering it: declared, reported by declaration-evidence',
        text: `facilitators:\n  profiles: [animateurs]\n  own_cps_work: true\n${training('cps-knowledge')}`,
        findings: [],
        assess: { '1.1.2': 'declared' },
      },
      {
        name: 'absent, and a training about other topics: at the facilitators key, naming both ways',
        text: `«facilitators»:\n  profiles: [animateurs]\n${training('cps-knowledge, pedagogy')}`,
        findings: [{ messageId: 'missing', says: 'describe it in "facilitators.own_cps_work", or list "own-cps" in "training.covers"' }],
        assess: { '1.1.2': 'missing' },
      },
      {
        name: 'absent, in French',
        locale: 'fr',
        text: '«facilitators»:\n  profiles: [animateurs]\n',
        findings: [{ messageId: 'missing', says: 'Rien ne dit comment les intervenants travaillent leurs propres CPS (critère 1.1.2)' }],
        assess: { '1.1.2': 'missing' },
      },
      {
        name: 'a facilitators key that is not a section: at that key',
        text: '«facilitators»: true\n',
        findings: [{ messageId: 'missing' }],
        assess: { '1.1.2': 'missing' },
      },
      {
        name: 'false, no training covering it: missing, at the value',
        text: 'facilitators:\n  profiles: [enseignants]\n  own_cps_work: «false»\n',
        findings: [{ messageId: 'refused', says: '"own_cps_work: false"' }],
        assess: { '1.1.2': 'missing' },
      },
      {
        name: 'a placeholder: missing, left to the placeholder rule',
        text: 'facilitators:\n  profiles: [enseignants]\n  own_cps_work: "À COMPLÉTER : comment les intervenants connaissent les CPS"\n',
        findings: [],
        assess: { '1.1.2': 'missing' },
      },
      {
        name: 'a training that covers own-cps but whose level is still to write implies nothing',
        text: 'facilitators:\n  profiles: [enseignants]\n  own_cps_work: TODO\ntraining:\n  level: TODO\n  hours: 12\n  covers: [own-cps]\n',
        findings: [],
        assess: { '1.1.2': 'missing' },
      },
      {
        name: '« néant » says there is none',
        locale: 'fr',
        text: 'facilitators:\n  profiles: [enseignants]\n  own_cps_work: «néant»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique «\u00a0own_cps_work: néant\u00a0»' }],
        assess: { '1.1.2': 'missing' },
      },
      {
        name: 'no facilitators section and no training: left to missing-section',
        text: 'version: 1\n',
        findings: [],
        assess: { '1.1.2': 'missing' },
      },
    ]);
  });

  it('gives the sentence, or the training with its level and hours, as evidence', () => {
    const sentence = runRuleFully(rule, 'facilitators:\n  profiles: [x]\n  own_cps_work: Un carnet des émotions.\n').assessments;
    expect(sentence).toEqual([{ modality: '1.1.2', status: 'met', ruleId: 'facilitator-own-cps', evidence: 'Un carnet des émotions.' }]);
    const trained = runRuleFully(rule, `facilitators:\n  profiles: [x]\n${training('own-cps')}`).assessments;
    expect(trained[0]?.evidence).toBe('training.covers: own-cps; level: 2; hours: 18');
  });

  it('gives "own_cps_work: false" the status missing', () => {
    const { assessments } = runRuleFully(rule, 'facilitators:\n  profiles: [x]\n  own_cps_work: false\n');
    expect(assessments.map((assessment) => assessment.status)).toEqual(['missing']);
  });

  it('points at the value of "own_cps_work: false", the value at fault', () => {
    const text = 'facilitators:\n  profiles: [x]\n  own_cps_work: false\n';
    const [finding] = runRuleFully(rule, text).findings;
    expect(text.slice(finding!.offsets.start, finding!.offsets.end)).toBe('false');
  });
});
