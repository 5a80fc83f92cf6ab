import { describe, expect, it } from 'vitest';
import { analyzeText, type ModalityStatus } from '../src/index.js';

/**
 * A manual with every section and little in it: each case below adds one line (or one value)
 * and looks at which modalities it raises. A line earns one modality; the implications
 * documented in docs/analysis.md ("What in the manual earns each modality") earn two.
 */
const BASE = `version: 1
program:
  id: essai
  title: Un essai
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
facilitators:
  profiles: [Enseignants]
training:
  level: 2
  hours: 18
  covers: [pedagogy]
support:
  individual: { format: interview, frequency: termly }
governance:
  stakeholders: [parents]
  advocacy:
    team: [Inspectrice]
materials:
  other: [Affiches]
activities:
  - id: roue
    title: La roue des émotions
    kind: workshop
    competencies: [E1.2]
    duration: 60
sessions:
  - { id: s1, year: 1, activities: [roue] }
environment:
  social:
    conflict_management: Un conseil de coopération chaque semaine.
  physical:
    safety: Une cour surveillée.
`;

const RANK: Readonly<Record<ModalityStatus, number>> = { missing: 0, declared: 1, 'partly-met': 2, met: 3, 'not-applicable': 4 };

function statuses(text: string): Map<string, ModalityStatus> {
  return new Map(analyzeText(text).criteria.modalities.map((modality) => [modality.id, modality.status]));
}

/** The modalities whose status a change raises. */
function raised(text: string): string[] {
  const before = statuses(BASE);
  const after = statuses(text);
  return [...after].filter(([id, status]) => RANK[status] > RANK[before.get(id)!]).map(([id]) => id);
}

const add = (after: string, line: string) => {
  expect(BASE.split(after).length, `"${after}" occurs once`).toBe(2);
  return BASE.replace(after, `${after}${line}`);
};

describe('one line earns one modality', () => {
  it.each([
    ['a sentence on the facilitators’ knowledge', add('  profiles: [Enseignants]\n', '  cps_knowledge: Une journée présente les CPS.\n'), ['1.1.1']],
    ['a bare true on their own CPS', add('  profiles: [Enseignants]\n', '  own_cps_work: true\n'), ['1.1.2']],
    ['structured activities in the training', BASE.replace('covers: [pedagogy]', 'covers: [pedagogy, structured-activities]'), ['2.1.3']],
    ['materials in the training', BASE.replace('covers: [pedagogy]', 'covers: [pedagogy, materials]'), ['2.1.4']],
    ['a facilitator guide', add('  other: [Affiches]\n', '  facilitator_guide: Guide de l’enseignant\n'), ['1.2.5']],
    ['a collective follow-up', add('support:\n', '  collective: { format: supervision, frequency: monthly }\n'), ['2.2.1']],
    ['a project team', add('  stakeholders: [parents]\n', '  project_team: [Directrice]\n'), ['2.3.1']],
    ['advocacy materials', add('    team: [Inspectrice]\n', '    materials: [Plaquette]\n'), ['2.3.4']],
    ['a sentence on relationships', add('  social:\n', '    relationships: Chacun est accueilli par son prénom.\n'), ['3.1.1']],
    ['a bare true on the layout of spaces', add('  physical:\n', '    spaces: true\n'), ['3.2.3']],
    ['a pedagogy tag', add('    duration: 60\n', '    pedagogy: [active]\n'), ['1.4.1']],
    ['a ritual with its frequency', add('    duration: 60\n', '  - { id: meteo, title: Météo, kind: ritual, frequency: daily }\n'), ['1.3.1']],
  ] as const)('%s', (_name, text, expected) => {
    expect(raised(text)).toEqual(expected);
  });
});

describe('the documented implications', () => {
  it('cps-knowledge in a described training earns 2.1.1 and implies 1.1.1', () => {
    expect(raised(BASE.replace('covers: [pedagogy]', 'covers: [pedagogy, cps-knowledge]'))).toEqual(['1.1.1', '2.1.1']);
  });

  it('own-cps in a described training earns 2.1.2 and implies 1.1.2', () => {
    expect(raised(BASE.replace('covers: [pedagogy]', 'covers: [pedagogy, own-cps]'))).toEqual(['1.1.2', '2.1.2']);
  });

  it('a training whose level or hours are still to write earns nothing, and implies nothing', () => {
    for (const text of [
      BASE.replace('covers: [pedagogy]', 'covers: [pedagogy, cps-knowledge, own-cps]').replace('level: 2', 'level: "À COMPLÉTER : 1, 2 ou 3"'),
      BASE.replace('covers: [pedagogy]', 'covers: [pedagogy, cps-knowledge, own-cps]').replace('hours: 18', 'hours: TODO'),
    ]) {
      const after = statuses(text);
      for (const id of ['1.1.1', '1.1.2', '2.1.1', '2.1.2', '2.1.6']) expect(after.get(id), id).toBe('missing');
    }
  });

  it('the file being the implementation manual earns 2.3.2 from its programme, activities and sessions', () => {
    expect(statuses(BASE).get('2.3.2')).toBe('met');
    expect(statuses(BASE.replace(/^sessions:\n.*\n/m, '')).get('2.3.2')).toBe('partly-met');
  });

  it('the competencies of the activities show two facts: each activity names its codes (1.2.3), together they cover the six (1.2.2)', () => {
    const before = statuses(BASE);
    expect([before.get('1.2.3'), before.get('1.2.2')]).toEqual(['met', 'partly-met']);
    // Naming the codes of one more activity cannot reach 1.2.2 unless they complete the six.
    expect(raised(BASE.replace('competencies: [E1.2]', 'competencies: [E1.2, C1.1]'))).toEqual([]);
    expect(raised(BASE.replace('competencies: [E1.2]', 'competencies: [C1, E1, S1, C2, E2, S2]'))).toEqual(['1.2.2']);
  });
});
