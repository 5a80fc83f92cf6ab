/** An activity for test manuals: id, kind, codes, minutes. */
export interface TestActivity {
  readonly id: string;
  readonly kind?: string;
  readonly codes?: readonly string[];
  readonly minutes?: number;
  readonly frequency?: string;
  /** The ages it is for, as written: `{ min: 7, max: 11 }`. */
  readonly ages?: string;
}

/** A session for test manuals: id, year, activity ids. */
export interface TestSession {
  readonly id: string;
  readonly year: number;
  readonly activities: readonly string[];
  readonly minutes?: number;
  /** The ages it is for, as written: `{ min: 7, max: 11 }`. */
  readonly ages?: string;
}

/**
 * A small valid manual around the activities and sessions a test cares about. Markers «»
 * may be placed in ids and codes; they pass through untouched.
 */
export function manualWith(parts: {
  readonly activities: readonly TestActivity[];
  readonly sessions?: readonly TestSession[];
  readonly years?: number | string;
  readonly ages?: string;
}): string {
  const lines = [
    'version: 1',
    'program:',
    '  id: essai',
    '  title: Un essai',
    `  ages: ${parts.ages ?? '{ min: 5, max: 8 }'}`,
    '  settings: [primary-school]',
    `  duration: { years: ${parts.years ?? 2} }`,
    '  evidence: { kind: evidence-informed }',
    'activities:',
  ];
  for (const activity of parts.activities) {
    lines.push(`  - id: ${activity.id}`, `    title: Activité ${activity.id.replace(/[«»]/g, '')}`, `    kind: ${activity.kind ?? 'workshop'}`);
    if (activity.codes) lines.push(`    competencies: [${activity.codes.join(', ')}]`);
    if (activity.minutes !== undefined) lines.push(`    duration: ${activity.minutes}`);
    if (activity.frequency) lines.push(`    frequency: ${activity.frequency}`);
    if (activity.ages !== undefined) lines.push(`    ages: ${activity.ages}`);
  }
  if (parts.sessions) {
    lines.push('sessions:');
    for (const session of parts.sessions) {
      lines.push(`  - id: ${session.id}`, `    year: ${session.year}`, `    activities: [${session.activities.join(', ')}]`);
      if (session.minutes !== undefined) lines.push(`    duration: ${session.minutes}`);
      if (session.ages !== undefined) lines.push(`    ages: ${session.ages}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `count` sessions of one activity each, in `year`. */
export function sessionsOf(prefix: string, year: number, activity: string, count: number): TestSession[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, year, activities: [activity] }));
}
