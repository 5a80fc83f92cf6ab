import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/facilitator-knowledge.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const training = (covers: string) => `training:\n  level: 2\n  hours: 18\n  covers: [${covers}]\n`;

describe('facilitator-knowledge', () => {
  it('reads facilitators.cps_knowledge, or cps-knowledge in training.covers, and gives 1.1.1 its status', () => {
    checkCases(rule, [
      {
        name: 'left out on purpose, with the reason: declared, an info citing it',
        text: 'facilitators:\n  profiles: [enseignants]\n  «cps_knowledge»: { none: "les enseignants sont déjà formés par l’académie" }\n',
        findings: [{ messageId: 'left-out', says: 'déjà formés' }],
        assess: { '1.1.1': 'declared' },
      },
      {
        name: 'a sentence saying how: met',
        text: 'facilitators:\n  profiles: [enseignants]\n  cps_knowledge: Une journée présente la classification des CPS de SpF.\n',
        findings: [],
        assess: { '1.1.1': 'met' },
      },
      {
        name: 'no declaration, but a training that covers cps-knowledge: met',
        text: `facilitators:\n  profiles: [enseignants]\n${training('cps-knowledge, structured-activities')}`,
        findings: [],
        assess: { '1.1.1': 'met' },
      },
      {
        name: 'a training that covers cps-knowledge is enough without a facilitators section',
        text: `version: 1\n${training('cps-knowledge')}`,
        findings: [],
        assess: { '1.1.1': 'met' },
      },
      {
        name: 'true and a training that covers it: met by the training',
        text: `facilitators:\n  profiles: [enseignants]\n  cps_knowledge: true\n${training('cps-knowledge')}`,
        findings: [],
        assess: { '1.1.1': 'met' },
      },
      {
        name: 'true, no training covering it: declared, reported by declaration-evidence',
        text: `facilitators:\n  profiles: [enseignants]\n  cps_knowledge: true\n${training('own-cps')}`,
        findings: [],
        assess: { '1.1.1': 'declared' },
      },
      {
        name: 'absent, and a training about other topics: at the facilitators key, naming both ways',
        text: `«facilitators»:\n  profiles: [enseignants]\n${training('own-cps, pedagogy')}`,
        findings: [{ messageId: 'missing', says: 'describe it in "facilitators.cps_knowledge", or list "cps-knowledge" in "training.covers"' }],
        assess: { '1.1.1': 'missing' },
      },
      {
        name: 'absent, in French',
        locale: 'fr',
        text: '«facilitators»:\n  profiles: [enseignants]\n',
        findings: [{ messageId: 'missing', says: 'Rien ne dit comment les intervenants connaissent les CPS (critère 1.1.1)' }],
        assess: { '1.1.1': 'missing' },
      },
      {
        name: 'an empty text: missing, at the facilitators key',
        text: '«facilitators»:\n  profiles: [enseignants]\n  cps_knowledge: ""\n',
        findings: [{ messageId: 'missing' }],
        assess: { '1.1.1': 'missing' },
      },
      {
        name: 'false, no training covering it: missing, at the value',
        text: 'facilitators:\n  profiles: [enseignants]\n  cps_knowledge: «false»\n',
        findings: [{ messageId: 'refused', says: '"cps_knowledge: false"' }],
        assess: { '1.1.1': 'missing' },
      },
      {
        name: 'a placeholder: missing, left to the placeholder rule',
        text: 'facilitators:\n  profiles: [enseignants]\n  cps_knowledge: "À COMPLÉTER : comment les intervenants connaissent les CPS"\n',
        findings: [],
        assess: { '1.1.1': 'missing' },
      },
      {
        name: 'a training that covers cps-knowledge but whose level is still to write implies nothing',
        text: 'facilitators:\n  profiles: [enseignants]\n  cps_knowledge: TODO\ntraining:\n  level: TODO\n  hours: 12\n  covers: [cps-knowledge]\n',
        findings: [],
        assess: { '1.1.1': 'missing' },
      },
      {
        name: '« néant » says there is none',
        locale: 'fr',
        text: 'facilitators:\n  profiles: [enseignants]\n  cps_knowledge: «néant»\n',
        findings: [{ messageId: 'refused', says: 'Le manuel indique «\u00a0cps_knowledge: néant\u00a0»' }],
        assess: { '1.1.1': 'missing' },
      },
      {
        name: 'no facilitators section and no training: left to missing-section',
        text: 'version: 1\n',
        findings: [],
        assess: { '1.1.1': 'missing' },
      },
    ]);
  });

  it('gives the sentence, or the training with its level and hours, as evidence', () => {
    const sentence = runRuleFully(rule, 'facilitators:\n  profiles: [x]\n  cps_knowledge: Une journée de sensibilisation.\n').assessments;
    expect(sentence).toEqual([{ modality: '1.1.1', status: 'met', ruleId: 'facilitator-knowledge', evidence: 'Une journée de sensibilisation.' }]);
    const trained = runRuleFully(rule, `facilitators:\n  profiles: [x]\n${training('cps-knowledge')}`).assessments;
    expect(trained[0]?.evidence).toBe('training.covers: cps-knowledge; level: 2; hours: 18');
  });

  it('gives "cps_knowledge: false" the status missing', () => {
    const { assessments } = runRuleFully(rule, 'facilitators:\n  profiles: [x]\n  cps_knowledge: false\n');
    expect(assessments.map((assessment) => assessment.status)).toEqual(['missing']);
  });

  it('points at the value of "cps_knowledge: false", the value at fault', () => {
    const text = 'facilitators:\n  profiles: [x]\n  cps_knowledge: false\n';
    const [finding] = runRuleFully(rule, text).findings;
    expect(text.slice(finding!.offsets.start, finding!.offsets.end)).toBe('false');
  });
});
