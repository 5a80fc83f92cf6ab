/** Manuals for the hostile repositories: small and valid enough that the rules have something to say. */

export const HEAD = `version: 1
program:
  id: essai
  title: Les émotions au quotidien
  ages: { min: 5, max: 8 }
  settings: [primary-school]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
`;

/** A small manual with findings, and one safe fix (the code spelling e1.2 → E1.2) next to a comment. */
export const FIXABLE = `${HEAD}activities:
  - id: meteo
    title: La météo intérieure
    kind: ritual
    frequency: daily
    competencies: [e1.2, E1.1]  # spelled in lower case on purpose
    duration: 10min
`;

/** A manual whose values carry what an output must not pass on: workflow commands, escapes, CR. */
export const INJECTING = `version: 1
program:
  id: "p\\n::add-mask::x\\n::set-output name=result::pwned"
  title: "\\e]8;;https://evil.example\\a click me \\e]8;;\\a\\e[2J"
  summary: "first\\r::warning::after a carriage return"
  ages: { min: 5, max: 8 }
  settings: [primary-school, "\\n::error title=Pwned::via a setting"]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
activities:
  - id: meteo
    title: La météo intérieure
    kind: ritual
    competencies: ["\\e[31mE9.9", "##[set-output name=x;]v1", "x\\r\\n::notice::crlf"]
    duration: 10min
`;

/** Activities, one per 190 bytes or so, to make manuals of a given size. */
export function activities(count: number, from = 0): string {
  const out: string[] = [];
  for (let i = from; i < from + count; i++) {
    out.push(`  - id: activite-${i}\n    title: "Activité ${i} : reconnaître ses émotions"\n    kind: workshop\n    competencies: [E1.1, E1.2]\n    duration: 45min\n`);
  }
  return out.join('');
}

/** A manual of about `bytes` bytes. */
export function manualOfSize(bytes: number): string {
  const per = activities(1).length;
  return `${HEAD}activities:\n${activities(Math.ceil(bytes / per))}`;
}
