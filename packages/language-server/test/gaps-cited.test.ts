import { readFileSync, readdirSync } from 'node:fs';
import { starterManual, type Locale } from '@cpskit/core';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.js';
import { manualWith } from './manual-builder.js';

const examples = new URL('../../../examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), 'utf8');

/** A manual with every section, good enough to show the gaps one change makes. */
const COMPLETE = `${manualWith({
  activities: [
    { id: 'roue', codes: ['C1.1', 'E1.2', 'S1.1'], minutes: 60 },
    { id: 'conseil', codes: ['C2.1', 'E2.1', 'S2.2'], minutes: 60 },
    { id: 'meteo', kind: 'ritual', codes: ['E1.2'], minutes: 10, frequency: 'daily' },
    { id: 'cour', kind: 'informal', codes: ['S2.2'], frequency: 'daily' },
  ],
  sessions: [
    { id: 's1', year: 1, activities: ['roue'] },
    { id: 's2', year: 2, activities: ['conseil'] },
  ],
})}facilitators:
  profiles: [Enseignants]
  cps_knowledge: Une journée présente la classification des CPS.
  own_cps_work: Des ateliers d’analyse de pratique.
training: { level: 2, hours: 18, covers: [cps-knowledge, own-cps, structured-activities, materials, informal-practices, pedagogy] }
support:
  collective: { format: supervision, frequency: monthly }
  individual: { format: interview, frequency: termly }
governance:
  project_team: [Directrice]
  advocacy: { team: [Inspecteur], materials: [Plaquette] }
  stakeholders: [professionals, decision-makers, parents, children]
materials: { facilitator_guide: Guide, participant_booklet: Carnet }
environment:
  social: { relationships: true, conflict_management: néant, assessment: "À COMPLÉTER", psychological_safety: Un temps d’accueil. }
  physical: { safety: Oui, physical_activity: TODO, spaces: Un coin calme., time: Des pauses. }
`;

const MANUALS: readonly (readonly [string, string, Locale])[] = [
  ...(['fr', 'en'] as const).flatMap((locale) =>
    [
      { ages: { min: 3, max: 6 }, years: 3 },
      { ages: { min: 8, max: 11 }, years: 1 },
      { ages: { min: 15, max: 25 }, years: 2 },
    ].map(
      (answers) =>
        [
          `the starter (${locale}, ${answers.ages.min}-${answers.ages.max}, ${answers.years} years)`,
          starterManual({ title: 'Essai', id: 'essai', setting: 'primary-school', locale, ...answers }),
          locale,
        ] as const,
    ),
  ),
  ...readdirSync(examples)
    .filter((name) => name.endsWith('.cps.yaml'))
    .map((name) => [name, read(name), 'fr'] as const),
  ['the weak example', read('weak/atelier-emotions.cps.yaml'), 'fr'],
  ['the weak example, in English', read('weak/atelier-emotions.cps.yaml'), 'en'],
  ['the minimal manual', readFileSync(new URL('../../core/test/fixtures/minimal.cps.yaml', import.meta.url), 'utf8'), 'en'],
  ['a manual with declarations, « néant » and placeholders', COMPLETE, 'fr'],
  ['the same without training', COMPLETE.replace(/^training:.*\n/m, ''), 'en'],
  ['the same with a level 1 training', COMPLETE.replace('level: 2', 'level: 1'), 'en'],
  ['the same with sessions of rituals only', COMPLETE.replace('activities: [roue]', 'activities: [meteo]').replace('activities: [conseil]', 'activities: [meteo]'), 'fr'],
  ['the same whose activities all hold a place', COMPLETE.replace(/title: Activité (\w+)/g, 'title: "TODO $1"'), 'en'],
  ['the same with a placeholder training and follow-up', COMPLETE.replace('level: 2', 'level: TODO').replace('format: supervision', 'format: "À COMPLÉTER"'), 'fr'],
];

describe('every gap of the criteria table', () => {
  it.each(MANUALS.map(([name, text, locale]) => [name, text, locale] as const))('has a finding that cites its modality or its criterion: %s', (_name, text, locale) => {
    const analysis = analyzeText(text, { locale });
    const cited = new Set(analysis.findings.flatMap((finding) => (finding.cites && finding.cites.kind !== 'competency' ? [finding.cites.id] : [])));
    const uncited = analysis.criteria.modalities
      .filter((modality) => modality.status === 'missing' || modality.status === 'declared' || modality.status === 'partly-met')
      .filter((modality) => {
        const [general, operational] = modality.id.split('.');
        return !cited.has(modality.id) && !cited.has(`${general}.${operational}`) && !cited.has(general!);
      })
      .map((modality) => `${modality.id} ${modality.status}`);
    expect(uncited).toEqual([]);
  });
});
