import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.js';
import { fastTree } from '../src/service/parse/fast-tree.js';
import { parseManual, parseWithYaml } from '../src/service/parse/parse-manual.js';
import { toPlain } from '../src/service/parse/tree.js';

const REUSE = `version: 1
program:
  id: p
  title: Un programme
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 1 }
  evidence: { kind: evidence-informed }
activities:
  - &meteo
    id: meteo-lundi
    title: La météo intérieure
    kind: ritual
    competencies: [E1.2]
    duration: 10min
    frequency: weekly
  - <<: *meteo
    id: meteo-vendredi
    competencies: [E2.1]
  - { <<: [*meteo, { kind: workshop, pedagogy: [active] }], id: meteo-atelier, duration: 45min }
sessions:
  - { id: s1, year: 1, activities: [meteo-atelier] }
`;

describe('YAML merge keys', () => {
  it('puts the anchored keys into the map, its own keys winning, the earlier map before the later', () => {
    const activities = (toPlain(parseManual(REUSE).root) as { activities: Record<string, unknown>[] }).activities;
    expect(activities[1]).toEqual({ id: 'meteo-vendredi', competencies: ['E2.1'], title: 'La météo intérieure', kind: 'ritual', duration: '10min', frequency: 'weekly' });
    expect(activities[2]).toMatchObject({ id: 'meteo-atelier', duration: '45min', kind: 'ritual', pedagogy: ['active'], competencies: ['E1.2'] });
  });

  it.each([
    ['a block map', 'base: &x\n  b: 1\n  c: 2\nc:\n  <<: *x\n  d: 2\n  b: 3\n'],
    ['a flow map', 'base: &x { b: 1 }\nc:\n  <<: *x\n'],
    ['a list of maps', 'a: &x { b: 1 }\nz: &y { b: 2, e: 3 }\nc: { <<: [*x, *y, { f: 4 }], d: 1 }\n'],
    ['nested merges', 'a: &x { b: 1 }\nz: &y { <<: *x, e: 3 }\nc: { <<: *y, d: 1 }\n'],
    ['a merge of a text, left as it is', 'a: 1\n<<: 2\n'],
  ])('gives the same tree through the fast reader and the YAML library: %s', (_name, text) => {
    const fast = fastTree(text);
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast!.root)).toBe(JSON.stringify(parseWithYaml(text).root));
    expect(fast!.problems).toEqual(parseWithYaml(text).problems);
  });

  it('resolves a merge the same way whichever reader reads it (the fast reader leaves an anchor alone on its line to the library)', () => {
    expect(JSON.stringify(parseManual(REUSE).root)).toBe(JSON.stringify(parseWithYaml(REUSE).root));
    expect(toPlain(parseManual('a: &x { b: 1 }\nz: &y { <<: *x, e: 3 }\nc: { <<: *y, d: 1 }\n').root)).toEqual({ a: { b: 1 }, z: { b: 1, e: 3 }, c: { d: 1, b: 1, e: 3 } });
  });

  it('is accepted by the schema: no « Unknown key "<<" », and the reused activities count', () => {
    const analysis = analyzeText(REUSE, { locale: 'en' });
    expect(analysis.findings.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'yaml-syntax')).toEqual([]);
    const ids = analysis.coverage.activities.map((activity) => `${activity.id} ${activity.kind} ${activity.codes.join(',')}`);
    expect(ids).toEqual(['meteo-lundi ritual E1.2', 'meteo-vendredi ritual E2.1', 'meteo-atelier ritual E1.2']);
  });

  it('leaves a merge of something that is not a map to the schema', () => {
    const text = REUSE.replace('  - <<: *meteo\n', '  - <<: texte\n');
    const findings = analyzeText(text, { locale: 'en' }).findings.filter((finding) => finding.ruleId === 'schema');
    expect(findings.map((finding) => finding.message)).toContainEqual(expect.stringContaining('Unknown key "<<"'));
  });
});
