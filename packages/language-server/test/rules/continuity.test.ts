import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/continuity.js';
import { manualWith, sessionsOf } from '../manual-builder.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const hour = { id: 'atelier', codes: ['E1.2'], minutes: 60 };

/** An evidence-based programme for 12-14-year-olds, with extra lines under `program` and a validated dose. */
function ebp(years: number | string, options: { dose?: string; program?: readonly string[] } = {}): string {
  const evidence = ['  evidence:', '    kind: evidence-based-program', ...(options.dose ? [`    validated_dose: ${options.dose}`] : []), ...(options.program ?? [])].join('\n');
  return manualWith({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 12), years, ages: '{ min: 12, max: 14 }' }).replace(
    '  evidence: { kind: evidence-informed }',
    evidence,
  );
}

describe('continuity', () => {
  it('asks a one-year evidence-based programme how the territory chains it with others', () => {
    checkCases(rule, [
      {
        name: 'one year by design, nothing said: advice at the programme’s years',
        text: ebp('«1»', { dose: '{ sessions: 12, years: 1 }' }),
        findings: [{ messageId: 'one-year', says: 'This evidence-based programme lasts 1 year by design, less than the 2 years of multi-year CPS work' }],
      },
      {
        name: 'in French',
        locale: 'fr',
        text: ebp('«1»'),
        findings: [{ messageId: 'one-year', says: 'Dites dans «\u00a0program.continuity\u00a0» comment le territoire l’enchaîne' }],
      },
      {
        name: 'continuity described: nothing to add',
        text: ebp(1, { program: ['  continuity: Suit le programme CPS des écoles du secteur ; la vie de classe en prend le relais.'] }),
        findings: [],
      },
      {
        name: 'a placeholder describes nothing, and the advice stands at it',
        text: ebp(1, { program: ['  continuity: «"À COMPLÉTER : les programmes avant et après"»'] }),
        findings: [{ messageId: 'one-year' }],
      },
      { name: 'validated over two years: a multi-year path already', text: ebp(1, { dose: '{ years: 2 }' }), findings: [] },
      { name: 'planned over two years', text: ebp(2), findings: [] },
      { name: 'an evidence-informed intervention is intensity’s to judge', text: manualWith({ activities: [hour], years: 1 }), findings: [] },
      { name: 'the bar is an option', options: { minYears: 1 }, text: ebp(1), findings: [] },
    ]);
  });

  it('is never more than information and assesses nothing', () => {
    const { findings, assessments } = runRuleFully(rule, ebp(1));
    expect(findings.map((finding) => finding.severity)).toEqual(['info']);
    expect(rule.meta.strictSeverity).toBe('info');
    expect(assessments).toEqual([]);
  });
});
