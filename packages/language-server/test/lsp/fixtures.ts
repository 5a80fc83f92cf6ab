/** A manual with a known set of problems, for the server tests. */
export const MANUAL = `version: 1
program:
  id: essai
  title: Les émotions au quotidien
  ages: { min: 5, max: 8 }
  settings: [primary-school]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
activities:
  - id: meteo
    title: La météo intérieure
    kind: ritual
    frequency: daily
    competencies: [E1.2, E1.3]
    duration: 10min
  - id: cercle
    title: Le cercle de parole
    kind: workshop
    competencies: [S1.2, E2.1]
    duration: 50min
sessions:
  - id: s1
    year: 1
    activities: [cercle, meteo]
  - id: s2
    year: 2
    activities: [cercle, jeu]
`;
