// Realistic manuals for the benchmarks, generated the same way at every run.

const CODES = ['C1.1', 'C1.2', 'C1.4', 'C1.6', 'C2.2', 'C2.3', 'E1.1', 'E1.2', 'E2.1', 'E2.2a', 'E2.3', 'S1.1', 'S1.2', 'S1.3', 'S2.1', 'S2.2'];
const KINDS = ['workshop', 'workshop', 'workshop', 'ritual', 'informal'];

/** A deterministic generator, so that every run checks the same text. */
export function random(seed: number): (n: number) => number {
  let state = seed;
  return (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
}

/** A manual of about `lines` lines: a full header, activities with descriptions, then sessions. */
export function manual(lines: number, seed = 1): string {
  const pick = random(seed);
  const out = [
    '# Manuel généré pour les mesures de cpskit',
    'version: 1',
    'program:',
    `  id: programme-${seed}`,
    `  title: "Programme ${seed} : les compétences psychosociales au quotidien"`,
    '  summary: >-',
    '    Un programme pluriannuel de développement des compétences psychosociales,',
    '    en milieu scolaire, avec des ateliers, des rituels et des pratiques informelles.',
    '  ages: { min: 6, max: 11 }',
    '  sectors: [national-education, health]',
    '  settings: [primary-school]',
    '  duration: { years: 3 }',
    '  evidence:',
    '    kind: evidence-informed',
    '    references: ["Santé publique France (2022). Les compétences psychosociales : état des connaissances."]',
    'facilitators:',
    '  profiles: [enseignants, infirmières scolaires]',
    '  cps_knowledge: Formation de niveau 2 de trois jours, puis échanges de pratiques.',
    '  own_cps_work: Les animateurs vivent chaque activité avant de l’animer.',
    'training: { level: 2, hours: 18, covers: [cps-knowledge, own-cps, structured-activities, materials, informal-practices, pedagogy] }',
    'support:',
    '  collective: { format: practice-analysis, frequency: monthly }',
    '  individual: { format: interview, frequency: termly }',
    'governance:',
    '  project_team: [directrice, infirmière, deux enseignants]',
    '  advocacy: { team: [coordinatrice], materials: [plaquette pour les familles] }',
    '  stakeholders: [parents, children, professionals, decision-makers]',
    'materials: { facilitator_guide: Guide de l’animateur, participant_booklet: Carnet de l’élève }',
    'environment:',
    '  social: { relationships: Accueil bienveillant., conflict_management: Médiation par les pairs., assessment: Évaluation positive., psychological_safety: Règles de vie co-construites. }',
    '  physical: { safety: Cour surveillée., physical_activity: Récréations actives., spaces: Coin calme., time: Temps de pause. }',
    'activities:',
  ];
  const activityCount = Math.max(4, Math.floor((lines - out.length) / 12.5));
  const ids: string[] = [];
  for (let i = 0; i < activityCount; i++) {
    const id = `activite-${i}`;
    ids.push(id);
    const kind = KINDS[pick(KINDS.length)]!;
    const codes = [CODES[pick(CODES.length)], CODES[pick(CODES.length)]].filter((code, j, all) => all.indexOf(code) === j);
    out.push(
      `  - id: ${id}`,
      `    title: "Activité ${i} : reconnaître et nommer ce que l’on ressent"`,
      `    kind: ${kind}`,
      `    competencies: [${codes.join(', ')}]`,
      `    duration: ${kind === 'workshop' ? 50 : 10}min`,
    );
    if (kind !== 'workshop') out.push('    frequency: daily');
    out.push(
      '    pedagogy: [active, positive, experiential]',
      '    description: >-',
      '      Les enfants observent une situation, nomment les émotions des personnages,',
      '      puis partagent un moment vécu, dans un cadre bienveillant posé par l’adulte.',
    );
  }
  out.push('sessions:');
  const workshops = ids;
  let session = 0;
  while (out.length < lines - 3) {
    const year = 1 + (session % 3);
    out.push(`  - id: s${session}`, `    year: ${year}`, `    activities: [${workshops[pick(workshops.length)]!}, ${workshops[pick(workshops.length)]!}]`);
    session++;
  }
  return `${out.join('\n')}\n`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
