import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/pedagogy-experiential.js';
import { DEBRIEF_MARKERS, isDebriefText } from '../../src/service/rules/support/pedagogy.js';
import { checkCases } from '../rule-tester.js';

/** Activities, one per list of pedagogies, each with a debrief; `activities` marked when `mark` is set. */
const manual = (lists: string[][], mark = false) =>
  `${mark ? '«activities»' : 'activities'}:\n${lists
    .map((list, i) => `  - id: a${i + 1}\n    kind: workshop\n    pedagogy: [${list.join(', ')}]\n    debrief: Chacun dit ce qu’il a ressenti pendant le jeu.\n`)
    .join('')}`;

/** Two activities listing "experiential", with what each says; the first one is where `activities` is marked. */
const two = (first: string, second = first) =>
  `«activities»:\n  - id: a1\n    kind: workshop\n    pedagogy: [experiential]\n${first}  - id: a2\n    kind: workshop\n    pedagogy: [experiential]\n${second}`;
const shown = (text: string) => text.replace('«activities»', 'activities');

describe('pedagogy-experiential', () => {
  it('counts the activities that list "experiential" against minShare and gives 1.4.3 its status', () => {
    checkCases(rule, [
      { name: '3 of 4 activities: met', text: manual([['experiential'], ['active', 'experiential'], ['experiential'], ['active']]), findings: [], assess: { '1.4.3': 'met' } },
      {
        name: '1 of 3: partly met, with the figures',
        text: manual([['experiential'], ['active'], []], true),
        findings: [{ messageId: 'few', says: '1 of 3 activities (33%) use an experiential pedagogy; the bar is 50% (criterion 1.4.3)' }],
        assess: { '1.4.3': 'partly-met' },
      },
      {
        name: 'none, in French: missing',
        locale: 'fr',
        text: manual([['active'], []], true),
        findings: [
          {
            messageId: 'none',
            says: 'Aucune activité n’indique «\u00a0experiential\u00a0» dans sa «\u00a0pedagogy\u00a0», alors que le critère 1.4.3 demande aux intervenants d’utiliser une pédagogie expérientielle',
          },
        ],
        assess: { '1.4.3': 'missing' },
      },
      { name: 'option minShare lowers the bar', options: { minShare: 0.3 }, text: manual([['experiential'], ['active'], []]), findings: [], assess: { '1.4.3': 'met' } },
      {
        name: 'listed, but neither debrief nor objectives: declared, naming what shows it',
        text: two('    description: Un jeu de coopération en équipes.\n'),
        findings: [
          {
            messageId: 'declared-only',
            says: 'the manual declares an experiential pedagogy without showing it. For those activities, add a time to look back on what was lived ("debrief"), a debrief step in "steps", or the "objectives" participants can recognise.',
          },
        ],
        assess: { '1.4.3': 'declared' },
      },
      {
        name: 'declared only, in French',
        locale: 'fr',
        text: two(''),
        findings: [{ messageId: 'declared-only', says: 'ajoutez un temps de retour sur ce qui a été vécu («\u00a0debrief\u00a0»)' }],
        assess: { '1.4.3': 'declared' },
      },
      { name: 'a debrief shows it', text: shown(two('    debrief: Qu’avez-vous ressenti quand le groupe a réussi ?\n')), findings: [], assess: { '1.4.3': 'met' } },
      {
        name: 'a step that is a debrief shows it',
        text: shown(two('    steps:\n      - Jeu des chaises coopératives.\n      - Mise en commun de ce qu’ils ont vécu.\n')),
        findings: [],
        assess: { '1.4.3': 'met' },
      },
      {
        name: 'steps without a look back do not',
        text: two('    steps: [Jeu des chaises coopératives, Rangement de la salle]\n'),
        findings: [{ messageId: 'declared-only' }],
        assess: { '1.4.3': 'declared' },
      },
      {
        name: 'a description that includes the debrief shows it',
        text: shown(two('    description: Un jeu de rôle, puis un retour sur ce que chacun a ressenti.\n')),
        findings: [],
        assess: { '1.4.3': 'met' },
      },
      {
        name: 'objectives participants can recognise show it',
        text: shown(two('    objectives: [Reconnaître la colère dans son corps]\n')),
        findings: [],
        assess: { '1.4.3': 'met' },
      },
      {
        name: 'a debrief or objectives left to fill show nothing',
        text: two('    debrief: À COMPLÉTER\n', '    objectives: [TODO]\n'),
        findings: [{ messageId: 'declared-only', args: { shown: 0 } }],
        assess: { '1.4.3': 'declared' },
      },
      { name: 'no activities: left to the schema', text: 'version: 1\n', findings: [], assess: { '1.4.3': 'missing' } },
    ]);
  });

  it('reads a debrief in words, French or English, whatever the accents and apostrophes', () => {
    for (const text of ['Débriefing en cercle', 'Retour sur le jeu', 'BILAN de la séance', 'Qu’avez-vous ressenti ?', "ce qu'elles ont vécu", 'Looking back on the game']) {
      expect(isDebriefText(text), text).toBe(true);
    }
    for (const text of ['Jeu des chaises', 'Retourner les cartes', 'Rangement']) expect(isDebriefText(text), text).toBe(false);
    expect(DEBRIEF_MARKERS.every((marker) => marker === marker.toLowerCase())).toBe(true);
  });
});
