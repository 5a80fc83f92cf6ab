import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateText } from '../src/index.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Each finding as `line:column rule/message`, 1-based like editors show them. */
function findingsOf(file: string): string[] {
  return validateText(readFileSync(EXAMPLES + file, 'utf8'), { locale: 'fr' }).findings.map(
    (finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.ruleId}/${finding.messageId}`,
  );
}

describe('the shipped examples produce the findings expected of them', () => {
  // The five real programmes are written to the format: nothing in their text is malformed,
  // no code is outside the classification, every session lists activities that exist.
  it.each(['unplugged', 'good-behavior-game', 'psfp', 'primavera', 'tina-et-toni'])('%s: well-formed', (name) => {
    expect(findingsOf(`${name}.cps.yaml`)).toEqual([]);
  });

  it('the weak manual: the four mistakes its header lists, each once', () => {
    expect(findingsOf('weak/atelier-emotions.cps.yaml')).toEqual([
      // `duration: { years: un }`: a word where the number of years is expected.
      '31:22 schema/wrong-type',
      // `titel:` for `title:` in the first activity.
      '45:5 schema/unknown-key',
      // E1.3 does not exist; E1.2 "Identifier ses émotions" is what the activity works.
      '69:26 unknown-competency/suggest',
      // Session 4 lists "meteo-emotion", a typo of the ritual "meteo-emotions".
      '83:57 undefined-activity/suggest',
    ]);
  });
});
