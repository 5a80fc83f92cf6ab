import { describe, expect, it } from 'vitest';
import { KEY_DOCS } from '../../src/service/editing/key-docs.js';
import rule, { citationFor } from '../../src/service/rules/placeholder.js';
import { checkCases, runRule } from '../rule-tester.js';

describe('placeholder', () => {
  it('reports each value that holds a place, where it stands, citing what the key serves', () => {
    checkCases(rule, [
      {
        name: 'written values: nothing to report, « à compléter » inside a sentence included',
        text: 'materials:\n  facilitator_guide: Guide de l’enseignant\n  participant_booklet: Un carnet à compléter par l’élève après chaque séance\n',
        findings: [],
      },
      {
        name: 'a guide still to write: at the value, citing 1.2.5, with what to write there',
        text: 'materials:\n  facilitator_guide: «"À COMPLÉTER : titre ou lien du guide"»\n',
        findings: [
          {
            messageId: 'placeholder',
            args: { criterion: '1.2.5' },
            says: '"À COMPLÉTER : titre ou lien du guide" holds the place of what "materials › facilitator_guide" should say (criterion 1.2.5), and counts as missing until it is written. The guide for the facilitator',
          },
        ],
      },
      {
        name: 'in French, with French typography',
        locale: 'fr',
        text: 'materials:\n  participant_booklet: «TODO»\n',
        findings: [
          {
            messageId: 'placeholder',
            says: '« TODO » tient la place de ce que doit dire « materials › participant_booklet » (critère 1.2.5) et compte comme absent tant qu’il n’est pas écrit. Le livret pour le participant',
          },
        ],
      },
      {
        name: 'where a number is expected: the training level cites criterion 2.1',
        text: 'training:\n  level: «"TO COMPLETE: 1, 2 or 3"»\n  hours: «TBD»\n',
        findings: [
          { messageId: 'placeholder', args: { criterion: '2.1' } },
          { messageId: 'placeholder', args: { criterion: '2.1' } },
        ],
      },
      {
        name: 'a key that serves several modalities of one criterion cites the criterion: pedagogy 1.4, covers 2.1',
        text: 'training:\n  covers: [«TODO»]\nactivities:\n  - id: a\n    pedagogy: «"À COMPLÉTER"»\n',
        findings: [
          { messageId: 'placeholder', args: { criterion: '2.1' } },
          { messageId: 'placeholder', args: { criterion: '1.4' } },
        ],
      },
      {
        name: 'a key that serves nothing itself cites its section: an activity’s title, 1.2.1',
        text: 'activities:\n  - id: a\n    title: «"EXEMPLE : la roue des émotions"»\n',
        findings: [{ messageId: 'placeholder', args: { criterion: '1.2.1' } }],
      },
      {
        name: 'every item of a list, and a declaration',
        text: 'governance:\n  project_team: [«"..."», Directrice, «xxx»]\nenvironment:\n  social:\n    relationships: «"[à préciser]"»\n',
        findings: [
          { messageId: 'placeholder', args: { criterion: '2.3.1' } },
          { messageId: 'placeholder', args: { criterion: '2.3.1' } },
          { messageId: 'placeholder', args: { criterion: '3.1.1' }, says: 'Write a sentence saying how it is done' },
        ],
      },
      {
        name: 'a key that serves an axis of the national strategy names the axis, not a criterion',
        text: 'evaluation:\n  tools: [«"TO COMPLETE: questionnaires…"»]\n  plan:\n    by: «TODO»\n',
        findings: [
          { messageId: 'placeholder-axis', args: { axis: '4' }, says: '(axis 4 of the national CPS strategy), and counts as missing until it is written. The evaluation tools' },
          { messageId: 'placeholder-axis', args: { axis: '4' } },
        ],
      },
      {
        name: 'the same in French: « axe 4 », never « critère 4 »',
        locale: 'fr',
        text: 'evaluation:\n  process:\n    fidelity: «"À COMPLÉTER : comment la fidélité est mesurée"»\n',
        findings: [
          {
            messageId: 'placeholder-axis',
            says: 'tient la place de ce que doit dire «\u00a0evaluation › process › fidelity\u00a0» (axe\u00a04 de la stratégie nationale CPS) et compte comme absent',
          },
        ],
      },
      {
        name: 'the manual’s identity, when the format refuses it, and unknown keys are the schema’s',
        text: 'version: TODO\nprogram:\n  id: "À COMPLÉTER"\n  budget: TODO\n',
        findings: [],
      },
      {
        name: 'a valid programme id that holds a place is reported here',
        text: 'program:\n  id: «a-completer»\n',
        findings: [{ messageId: 'placeholder', args: { criterion: '2.3.2' } }],
      },
      {
        name: 'a value anchored once and aliased is reported once, where it is written',
        text: 'materials:\n  facilitator_guide: &g «TODO»\n  participant_booklet: *g\n',
        findings: [{ messageId: 'placeholder' }],
      },
    ]);
  });

  it('cites what the key serves', () => {
    const [finding] = runRule(rule, 'support:\n  individual:\n    format: TODO\n');
    expect(finding?.cites).toEqual({ kind: 'modality', id: '2.2.2' });
    const [axis] = runRule(rule, 'evaluation:\n  outcomes: [TODO]\n', 'fr');
    expect(axis?.cites).toEqual({ kind: 'axis', id: '4' });
    expect(axis?.message).not.toContain('critère');
  });

  it('has a citation for every key of the format but `version`, whose placeholder is the schema’s', () => {
    // `activities[].steps` stands for the path activities › 0 › steps.
    const pathOf = (pattern: string) => pattern.split('.').flatMap((key) => (key.endsWith('[]') ? [key.slice(0, -2), 0] : [key]));
    const uncited = Object.keys(KEY_DOCS).filter((pattern) => !citationFor(pathOf(pattern)));
    expect(uncited).toEqual(['version']);
  });
});
