import { describe, expect, it } from 'vitest';
import type { MessageArgs } from '@cpskit/core';
import { validateText, type ValidateOptions } from '../../src/index.js';
import { expectDocumentedMessagesProduced, unmark } from '../rule-tester.js';

/** A valid manual around the activities a case cares about. */
const manual = (activities: string) =>
  [
    'version: 1',
    'program:',
    '  id: essai',
    '  title: Un essai',
    '  ages: { min: 8, max: 11 }',
    '  settings: [primary-school]',
    '  duration: { years: 2 }',
    '  evidence: { kind: evidence-informed }',
    'activities:',
    activities,
  ].join('\n');

/** The rules a case looks at: the suppression check and a rule whose findings are easy to place. */
const WATCHED = ['unused-suppression', 'unknown-competency', 'schema'];

interface Expected {
  readonly ruleId: string;
  readonly messageId: string;
  readonly args?: MessageArgs;
  readonly says?: string;
}

/**
 * Suppression comments are applied by the engine after every rule, so they are tested through
 * `validateText`: the findings of the watched rules, at the «» ranges, in document order.
 */
/** The message ids of unused-suppression the cases below produce, checked against its docs page at the end. */
const produced = new Set<string>();

function expectFindings(marked: string, expected: readonly Expected[], options: ValidateOptions = {}): void {
  const { text, ranges } = unmark(marked);
  for (const entry of expected) if (entry.ruleId === 'unused-suppression') produced.add(entry.messageId);
  const findings = validateText(text, options).findings.filter((finding) => WATCHED.includes(finding.ruleId));
  expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.offsets.start, finding.offsets.end])).toEqual(
    expected.map((entry, i) => [entry.ruleId, entry.messageId, ranges[i]?.start, ranges[i]?.end]),
  );
  expected.forEach((entry, i) => {
    if (entry.args) expect(findings[i]!.args).toMatchObject(entry.args);
    if (entry.says) expect(findings[i]!.message).toContain(entry.says);
  });
}

const meteo = (lines: string) => `  - id: meteo\n    title: Météo\n    kind: ritual\n${lines}`;

describe('unused-suppression', () => {
  it('leaves the findings alone without a comment', () => {
    expectFindings(manual(meteo('    competencies: [«E9.9»]\n')), [{ ruleId: 'unknown-competency', messageId: 'suggest' }]);
  });

  it('removes the finding of another rule that a cps-disable-next-line comment names, and reports nothing', () => {
    expectFindings(manual(meteo('    # cps-disable-next-line unknown-competency -- code maison, en discussion\n    competencies: [E9.9]\n')), []);
  });

  it('reports a comment that silences nothing, at the rule id it names', () => {
    expectFindings(manual(meteo('    # cps-disable-next-line «unknown-competency»\n    competencies: [E1.2]\n')), [
      { ruleId: 'unused-suppression', messageId: 'unused', args: { rule: 'unknown-competency' }, says: '"unknown-competency" reports nothing here' },
    ]);
  });

  it('silences the line just below the comment only', () => {
    expectFindings(manual(meteo('    # cps-disable-next-line «unknown-competency»\n    duration: 10min\n    competencies: [«E9.9»]\n')), [
      { ruleId: 'unused-suppression', messageId: 'unused' },
      { ruleId: 'unknown-competency', messageId: 'suggest' },
    ]);
  });

  it('judges each rule a comment names on its own, with commas or spaces between them', () => {
    expectFindings(manual(meteo('    # cps-disable-next-line unknown-competency, «schema» «duplicate-id» -- raison\n    competencies: [E9.9]\n')), [
      { ruleId: 'unused-suppression', messageId: 'unused', args: { rule: 'schema' } },
      { ruleId: 'unused-suppression', messageId: 'unused', args: { rule: 'duplicate-id' } },
    ]);
  });

  it('reports an unknown rule id, with the nearest rule when there is one, and silences nothing with it', () => {
    expectFindings(manual(meteo('    # cps-disable-next-line «unknwn-competency», «pas-une-regle-du-tout»\n    competencies: [«E9.9»]\n')), [
      { ruleId: 'unused-suppression', messageId: 'unknown-rule-suggest', args: { rule: 'unknwn-competency', suggestion: 'unknown-competency' } },
      { ruleId: 'unused-suppression', messageId: 'unknown-rule', args: { rule: 'pas-une-regle-du-tout' }, says: '"cps rules" lists them' },
      { ruleId: 'unknown-competency', messageId: 'suggest' },
    ]);
  });

  it('silences a rule in the whole file with cps-disable, wherever the comment is', () => {
    const activities = `${meteo('    competencies: [E9.9]\n')}  - id: cercle\n    title: Cercle\n    kind: workshop\n    competencies: [bien-être]\n`;
    expectFindings(`${manual(activities)}# cps-disable unknown-competency -- codes maison du programme\n`, []);
    expectFindings(`# cps-disable «unknown-competency»\n${manual(meteo('    competencies: [E1.2]\n'))}`, [{ ruleId: 'unused-suppression', messageId: 'unused' }]);
  });

  it('silences every rule on the next line when the comment names none, and reports it when there is nothing to silence', () => {
    expectFindings(manual(meteo('    # cps-disable-next-line\n    competencies: [E9.9]\n')), []);
    expectFindings(manual(meteo('    #«cps-disable-next-line»\n    competencies: [E1.2]\n')).replace('#«', '«#'), [
      { ruleId: 'unused-suppression', messageId: 'unused-all', says: 'This comment disables every rule' },
    ]);
  });

  it('speaks French', () => {
    expectFindings(
      manual(meteo('    # cps-disable-next-line «unknown-competency»\n    competencies: [E1.2]\n')),
      [{ ruleId: 'unused-suppression', messageId: 'unused', says: 'Ce commentaire désactive « unknown-competency », mais « unknown-competency » ne signale rien ici' }],
      { locale: 'fr' },
    );
  });

  it('still silences, but reports nothing, when unused-suppression is off', () => {
    expectFindings(manual(meteo('    # cps-disable-next-line unknown-competency schema\n    competencies: [E9.9]\n')), [], { rules: { 'unused-suppression': 'off' } });
  });

  it('honours only comments on a line of their own, never text inside a value', () => {
    expectFindings(manual(meteo('    competencies: [«E9.9»] # cps-disable-next-line unknown-competency\n')), [{ ruleId: 'unknown-competency', messageId: 'suggest' }]);
    expectFindings(manual(meteo('    description: "# cps-disable unknown-competency"\n    competencies: [«E9.9»]\n')), [{ ruleId: 'unknown-competency', messageId: 'suggest' }]);
  });

  it('does not honour a directive inside a block text', () => {
    expectFindings(manual(meteo('    description: |\n      Pour taire une règle :\n      # cps-disable-next-line unknown-competency\n    competencies: [«E9.9»]\n')), [
      { ruleId: 'unknown-competency', messageId: 'suggest' },
    ]);
  });

  it('does not honour a directive inside a quoted text written over several lines', () => {
    expectFindings(
      manual(meteo('    description: "Pour taire une règle :\n      # cps-disable-next-line unknown-competency\n      puis la ligne."\n    competencies: [«E9.9»]\n')),
      [{ ruleId: 'unknown-competency', messageId: 'suggest' }],
    );
  });

  it('points an unused-all finding at the whole comment, from its "#"', () => {
    expectFindings(manual(meteo('    «# cps-disable-next-line»\n    competencies: [E1.2]\n')), [{ ruleId: 'unused-suppression', messageId: 'unused-all' }]);
  });

  // Runs last: the cases above, together, produce every message id the docs page lists.
  it('produces, across its cases, every message id its docs page lists', () => {
    expectDocumentedMessagesProduced('unused-suppression', produced);
  });
});
