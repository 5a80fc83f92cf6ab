import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/rituals.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const workshop = '  - id: atelier\n    title: Atelier\n    kind: workshop\n';

describe('rituals', () => {
  it('looks for rituals that say how often they come back and gives 1.3.1 its status', () => {
    checkCases(rule, [
      {
        name: 'a ritual with its frequency: met',
        text: `activities:\n${workshop}  - id: meteo\n    title: Météo des émotions\n    kind: ritual\n    frequency: daily\n`,
        findings: [],
        assess: { '1.3.1': 'met' },
      },
      {
        name: 'a ritual whose frequency is still to write: partly met, left to the placeholder rule',
        text: `activities:\n${workshop}  - id: meteo\n    title: Météo des émotions\n    kind: ritual\n    frequency: "TO COMPLETE: daily, weekly…"\n`,
        findings: [],
        assess: { '1.3.1': 'partly-met' },
      },
      {
        name: 'a ritual that still holds a place counts for nothing',
        text: `«activities»:\n${workshop}  - id: meteo\n    title: "EXEMPLE : la météo intérieure"\n    kind: ritual\n    frequency: daily\n`,
        findings: [{ messageId: 'none' }],
        assess: { '1.3.1': 'missing' },
      },
      {
        name: 'a ritual without frequency: partly met, at its kind',
        text: `activities:\n${workshop}  - id: meteo\n    title: Météo des émotions\n    kind: «ritual»\n`,
        findings: [{ messageId: 'no-frequency', args: { id: 'meteo' }, says: 'Add its "frequency": daily, several-a-week' }],
        assess: { '1.3.1': 'partly-met' },
      },
      {
        name: 'one ritual timed, another not: met, the other still reported',
        text: `activities:\n  - id: meteo\n    kind: ritual\n    frequency: daily\n  - id: cercle\n    kind: «ritual»\n`,
        findings: [{ messageId: 'no-frequency', args: { id: 'cercle' } }],
        assess: { '1.3.1': 'met' },
      },
      {
        name: 'no ritual: missing, at the activities key',
        text: `«activities»:\n${workshop}`,
        findings: [{ messageId: 'none', says: 'an emotions weather check at the start of the day' }],
        assess: { '1.3.1': 'missing' },
      },
      {
        name: 'no ritual, in French',
        locale: 'fr',
        text: `«activities»:\n${workshop}`,
        findings: [{ messageId: 'none', says: 'des activités CPS ritualisées : de courts moments' }],
        assess: { '1.3.1': 'missing' },
      },
      { name: 'no activities at all: left to the schema', text: 'version: 1\n', findings: [], assess: { '1.3.1': 'missing' } },
    ]);
  });

  it('gives the rituals and their frequencies as evidence', () => {
    const text = 'activities:\n  - id: meteo\n    kind: ritual\n    frequency: daily\n  - id: cercle\n    kind: ritual\n    frequency: weekly\n';
    expect(runRuleFully(rule, text).assessments[0]?.evidence).toBe('meteo (daily); cercle (weekly)');
  });
});
