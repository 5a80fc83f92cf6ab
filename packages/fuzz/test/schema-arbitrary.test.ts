import { activitySchema, manualSchema } from '@cpskit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryOf } from '../src/schema-arbitrary.js';

describe('arbitraryOf', () => {
  it('gives manuals the zod schema accepts, straight from its definition', { timeout: 60_000 }, () => {
    const rejected = fc.sample(arbitraryOf(manualSchema), { numRuns: 300, seed: 1 }).filter((value) => !manualSchema.safeParse(value).success);
    expect(rejected).toEqual([]);
  });

  it('leaves optional keys out sometimes and keeps the required ones', () => {
    const activities = fc.sample(arbitraryOf(activitySchema), { numRuns: 200, seed: 2 }) as Record<string, unknown>[];
    expect(activities.every((activity) => 'id' in activity && 'title' in activity && 'kind' in activity)).toBe(true);
    expect(activities.some((activity) => !('duration' in activity))).toBe(true);
    expect(activities.some((activity) => 'duration' in activity)).toBe(true);
  });

  it('uses an override for the values at its path', () => {
    const values = fc.sample(arbitraryOf(activitySchema, { overrides: { 'competencies[]': fc.constant('E1.2') } }), { numRuns: 100, seed: 3 }) as { competencies?: string[] }[];
    expect(values.flatMap((value) => value.competencies ?? []).every((code) => code === 'E1.2')).toBe(true);
  });
});
