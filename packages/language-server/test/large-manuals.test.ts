import { describe, expect, it } from 'vitest';
import { MAX_MANUAL_BYTES, validateText } from '../src/index.js';
import { formatMinuteRange } from '@cpskit/core';

/**
 * A valid manual with `count` sessions, each of one 5- or 15-minute activity: every session is
 * shorter than the intensity rule's bar, so its message gives the range of all of them.
 */
function manualWithSessions(count: number): string {
  const lines = [
    'version: 1',
    'program:',
    '  id: grand',
    '  title: Un grand manuel',
    '  ages: { min: 6, max: 11 }',
    '  settings: [primary-school]',
    '  duration: { years: 3 }',
    '  evidence: { kind: evidence-informed }',
    'activities:',
    '  - { id: court, title: Court, kind: workshop, competencies: [E1.1], duration: 5min }',
    '  - { id: moyen, title: Moyen, kind: workshop, competencies: [E1.2], duration: 15min }',
    'sessions:',
  ];
  for (let i = 0; i < count; i++) lines.push(`  - { id: s${i}, year: ${1 + (i % 3)}, activities: [${i % 2 ? 'court' : 'moyen'}] }`);
  return `${lines.join('\n')}\n`;
}

describe('manuals far larger than any real one', () => {
  it('a range of minutes over more values than a call can take as arguments', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => 5 + (i % 11));
    expect(formatMinuteRange(values)).toBe('5 min–15 min');
    expect(formatMinuteRange([20])).toBe('20 min');
  });

  it('are checked, not crashed on: 140,000 sessions is over the size limit, and the most sessions under it are checked', () => {
    const huge = validateText(manualWithSessions(140_000), { locale: 'en' });
    expect(huge.findings.map((finding) => `${finding.ruleId}/${finding.messageId}`)).toEqual(['limits/too-large']);
    let count = 140_000;
    while (manualWithSessions(count).length > MAX_MANUAL_BYTES) count = Math.floor(count * 0.9);
    const validation = validateText(manualWithSessions(count), { locale: 'en' });
    const intensity = validation.findings.find((finding) => finding.ruleId === 'intensity' && finding.messageId === 'short-sessions');
    expect(intensity?.args).toMatchObject({ count, total: count, range: '5 min–15 min' });
  }, 300_000);

  it('lists each competency’s sessions once, year by year (with a set, no longer a list searched for each session)', () => {
    const validation = validateText(manualWithSessions(6), { locale: 'en' });
    const e1 = validation.coverage.generals.find((general) => general.code === 'E1');
    expect(e1?.sessionIds).toEqual(['s0', 's3', 's1', 's4', 's2', 's5']);
  }, 60_000);
});
