import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/evaluation-process.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const FIDELITY = 'fidelity: Carnet de bord rempli par l’animateur après chaque séance';
const DOSE = 'dose: Nombre de séances suivies par chaque classe';
const REACH = 'reach: Part des élèves du niveau qui ont participé';

/** An `evaluation` section whose `process` holds these lines. */
const processWith = (...lines: string[]) => `version: 1\nevaluation:\n  «process»:\n${lines.map((line) => `    ${line}\n`).join('')}`;
const unmarked = (text: string) => text.replace(/[«»]/g, '');

describe('evaluation-process', () => {
  it('reads fidelity, dose and reach in evaluation.process and gives A4.1 its status', () => {
    checkCases(rule, [
      { name: 'fidelity, dose and reach: met', text: unmarked(processWith(FIDELITY, DOSE, REACH)), findings: [], assess: { 'A4.1': 'met' } },
      {
        name: 'fidelity only: partly met, at the process key, naming the two others',
        text: processWith(FIDELITY),
        findings: [
          {
            messageId: 'incomplete',
            args: { count: 2 },
            says: '"evaluation.process" does not say how the dose received and reach are measured (axis 4 of the national strategy, item A4.1',
          },
        ],
        assess: { 'A4.1': 'partly-met' },
      },
      {
        name: 'in French, one missing',
        locale: 'fr',
        text: processWith(FIDELITY, DOSE),
        findings: [{ messageId: 'incomplete', says: '«\u00a0evaluation.process\u00a0» ne dit pas comment est mesurée la portée (axe\u00a04' }],
        assess: { 'A4.1': 'partly-met' },
      },
      {
        name: 'a placeholder counts as nothing, and is the placeholder rule’s to report',
        text: unmarked(processWith(FIDELITY, 'dose: À COMPLÉTER', REACH)),
        findings: [],
        assess: { 'A4.1': 'partly-met' },
      },
      {
        name: 'a placeholder beside an aspect not written: only the one not written is named',
        text: processWith(FIDELITY, 'dose: TODO'),
        findings: [{ messageId: 'incomplete', args: { count: 1 }, says: 'does not say how reach is measured' }],
        assess: { 'A4.1': 'partly-met' },
      },
      {
        name: 'an evaluation without process: missing, at the evaluation key',
        text: 'version: 1\n«evaluation»:\n  outcomes: [Bien-être déclaré]\n',
        findings: [{ messageId: 'missing', says: 'Say how each is measured in "evaluation.process", under "fidelity", "dose" and "reach".' }],
        assess: { 'A4.1': 'missing' },
      },
      {
        name: 'a process of placeholders only: missing, and the placeholders say what to write',
        text: 'version: 1\nevaluation:\n  process:\n    fidelity: TODO\n    dose: TODO\n    reach: "À COMPLÉTER : part des élèves touchés"\n',
        findings: [],
        assess: { 'A4.1': 'missing' },
      },
      {
        name: 'one placeholder, the two others not written: missing, naming those two at the process key',
        text: processWith('fidelity: TODO'),
        findings: [{ messageId: 'incomplete', args: { count: 2 } }],
        assess: { 'A4.1': 'missing' },
      },
      {
        name: 'no evaluation section at all: one finding for the whole of axis 4, at the top of the manual',
        text: '«version»: 1\nprogram:\n  id: essai\n',
        findings: [{ messageId: 'no-evaluation', says: 'Add an "evaluation" section: "process"' }],
        assess: { 'A4.1': 'missing' },
      },
      {
        name: 'no evaluation section, in French',
        locale: 'fr',
        text: '«version»: 1\n',
        findings: [{ messageId: 'no-evaluation', says: 'Ajoutez une section «\u00a0evaluation\u00a0»\u00a0:' }],
        assess: { 'A4.1': 'missing' },
      },
      { name: 'a process that is not a map: left to the schema', text: 'version: 1\nevaluation:\n  process: Un carnet de bord\n', findings: [], assess: { 'A4.1': 'missing' } },
      { name: 'an evaluation that is not a map: left to the schema', text: 'version: 1\nevaluation: oui\n', findings: [], assess: { 'A4.1': 'missing' } },
      { name: 'not a manual: nothing to say', text: '- une liste\n', findings: [], assess: { 'A4.1': 'missing' } },
    ]);
  });

  it('gives what the manual says, under its keys, as evidence', () => {
    const { assessments } = runRuleFully(rule, unmarked(processWith('fidelity: Carnet', 'dose: Séances suivies', 'reach: Élèves touchés')));
    expect(assessments[0]?.evidence).toBe('fidelity: Carnet; dose: Séances suivies; reach: Élèves touchés');
  });
});
