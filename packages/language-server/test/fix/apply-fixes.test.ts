import { describe, expect, it } from 'vitest';
import { AFTER, BEFORE, crlf, manual } from '../fixtures/fixable-manual.js';
import { applySafeFixes, fixText, validateText, type Finding, type ValidateOptions } from '../../src/index.js';

// The safe fixes, as `cps check --fix` applies them (its file side is tested in apps/cli/test/commands/fix.test.ts).

describe('applySafeFixes', () => {
  it('applies the safe fixes only, keeping every other byte', () => {
    const findings = validateText(BEFORE).findings;
    const { text, applied } = applySafeFixes(BEFORE, findings);
    expect(text).toBe(AFTER);
    expect(applied.map((finding) => [finding.ruleId, finding.messageId])).toEqual([
      ['unused-suppression', 'unused'],
      ['competency-spelling', 'spelling'],
      ['competency-spelling', 'spelling'],
      ['unused-suppression', 'unused'],
      ['competency-spelling', 'spelling'],
      ['competency-spelling', 'spelling'],
    ]);
    expect(applied.every((finding) => finding.fix?.safe === true)).toBe(true);
  });

  it('leaves the fixes meant for a person alone: a guessed code, a skeleton with placeholders', () => {
    const findings = validateText(BEFORE).findings;
    const unsafe = findings.filter((finding) => finding.fix && !finding.fix.safe);
    expect(unsafe.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['unknown-competency', 'missing-section']));
    expect(applySafeFixes(BEFORE, unsafe)).toEqual({ text: BEFORE, applied: [] });
    const fixed = applySafeFixes(BEFORE, findings).text;
    expect(fixed).toContain('- E1.3');
    expect(fixed).not.toContain('facilitators:');
  });

  it('keeps Windows line breaks, and removes a comment line with its own', () => {
    const findings = validateText(crlf(BEFORE)).findings;
    expect(applySafeFixes(crlf(BEFORE), findings).text).toBe(crlf(AFTER));
  });

  it('never applies two overlapping edits, and counts a fix identical to one applied as applied', () => {
    const text = 'abcdef';
    const fix = (start: number, end: number, newText: string, safe = true): Finding => ({
      ruleId: 'r',
      severity: 'info',
      messageId: 'm',
      args: {},
      message: '',
      range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
      offsets: { start, end },
      locale: 'en',
      fix: { title: 't', edits: [{ start, end, newText }], ...(safe ? { safe: true as const } : {}) },
    });
    const first = fix(1, 3, 'X');
    const overlapping = fix(2, 4, 'Y');
    const same = fix(1, 3, 'X');
    const touching = fix(3, 4, 'Z');
    const insertionAtEdge = fix(4, 4, '+');
    const unsafe = fix(5, 6, '!', false);
    const result = applySafeFixes(text, [first, overlapping, same, touching, insertionAtEdge, unsafe]);
    expect(result.text).toBe('aXZef');
    expect(result.applied).toEqual([first, same, touching]);
  });
});

describe('fixText', () => {
  it('fixes until nothing safe is left, and a second run changes nothing', () => {
    const once = fixText(BEFORE);
    expect(once.text).toBe(AFTER);
    expect(once.passes).toBe(1);
    expect(fixText(once.text)).toEqual({ text: AFTER, applied: [], passes: 0, unreadable: false });
    expect(fixText(crlf(BEFORE)).text).toBe(crlf(AFTER));
  });

  it('keeps a byte-order mark', () => {
    expect(fixText(`\uFEFF${BEFORE}`).text).toBe(`\uFEFF${AFTER}`);
  });

  it('never touches a text that is not valid YAML', () => {
    const broken = manual('    competencies: [e1.2', '    pedagogy: [active]');
    expect(fixText(broken)).toEqual({ text: broken, applied: [], passes: 0, unreadable: true });
  });

  it('quotes a text that holds « : », which makes it valid YAML, then applies the other safe fixes', () => {
    const text =
      'version: 1\nprogram:\n  id: p\n  title: P\n  summary: Objectif : nommer ses émotions\n  ages: { min: 8, max: 11 }\n  settings: [primary-school]\n  duration: { years: 1 }\n  evidence: { kind: evidence-informed }\nactivities:\n  - id: a\n    title: A\n    kind: workshop\n    competencies: [E1.2]\n    objectives:\n      - Étape 1 : se présenter\n';
    const result = fixText(text);
    expect(result.unreadable).toBe(false);
    expect(result.text).toContain('  summary: "Objectif : nommer ses émotions"\n');
    expect(result.text).toContain('      - "Étape 1 : se présenter"\n');
    expect(result.applied.map((finding) => finding.messageId)).toEqual(['bare-colon', 'colon-in-text']);
  });

  it.each([
    ['a stale id before one still needed', '# cps-disable-next-line schema, unknown-competency', '# cps-disable-next-line unknown-competency'],
    ['stale ids after the one still needed, in one pass', '# cps-disable-next-line unknown-competency schema duplicate-id -- r', '# cps-disable-next-line unknown-competency -- r'],
    ['stale ids on both sides', '# cps-disable-next-line schema,duplicate-id, unknown-competency, intensity', '# cps-disable-next-line unknown-competency'],
    ['an unknown id is left for a person to correct', '# cps-disable-next-line schema, unknwn-rule', '# cps-disable-next-line unknwn-rule'],
  ])('removes the stale rule ids of a comment: %s', (_, comment, fixed) => {
    const text = manual(`    ${comment}`, '    competencies: [E9.9]');
    const result = fixText(text);
    expect(result.text).toBe(manual(`    ${fixed}`, '    competencies: [E9.9]'));
    expect(result.passes).toBe(1);
  });

  it('removes a comment that silences nothing, line and all, even when several are stacked', () => {
    const clean = manual('    competencies: [E1.2]');
    expect(fixText(manual('    # cps-disable-next-line schema, duplicate-id -- plus utile', '    competencies: [E1.2]')).text).toBe(clean);
    expect(fixText(manual('    # cps-disable-next-line', '    competencies: [E1.2]')).text).toBe(clean);
    const stacked = fixText(manual('    # cps-disable-next-line schema', '    # cps-disable-next-line duplicate-id', '    competencies: [E1.2]'));
    expect(stacked.text).toBe(clean);
    expect(stacked.passes).toBe(2);
    expect(fixText(`${clean}# cps-disable intensity -- plus tard`).text).toBe(clean);
  });

  it('follows the configuration: a rule turned off fixes nothing, and its comment is not stale', () => {
    const options: ValidateOptions = { rules: { 'competency-spelling': 'off', 'duplicate-id': 'off' } };
    const text = manual('    # cps-disable-next-line duplicate-id, schema', '    competencies: [e1.2]');
    expect(fixText(text, options).text).toBe(manual('    # cps-disable-next-line duplicate-id', '    competencies: [e1.2]'));
    expect(fixText(text, { rules: { 'unused-suppression': 'off', 'competency-spelling': 'off' } }).text).toBe(text);
  });
});
