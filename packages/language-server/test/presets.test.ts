import { describe, expect, it } from 'vitest';
import { RULE_METAS, presetSeverity, settingFor, validateText } from '../src/index.js';

const weak =
  'version: 1\nprogram: { id: a, title: A, ages: { min: 8, max: 9 }, settings: [primary-school], duration: { years: 1 }, evidence: { kind: evidence-informed } }\nactivities: [{ id: x, title: X, kind: workshop }]\n';

describe('presets', () => {
  it('recommended keeps each rule’s default severity; strict makes the criteria errors, advice stays lower', () => {
    for (const meta of RULE_METAS) {
      expect(presetSeverity(meta, 'recommended')).toBe(meta.severity);
      expect(presetSeverity(meta, 'strict')).toBe(meta.strictSeverity ?? 'error');
    }
    const recommended = validateText(weak).findings;
    const strict = validateText(weak, { preset: 'strict' }).findings;
    expect(recommended.map((finding) => finding.ruleId)).toEqual(strict.map((finding) => finding.ruleId));
    expect(recommended.some((finding) => finding.severity === 'warning')).toBe(true);
    // Below error under strict: a rule whose strict severity says so, or a message that is a note by nature (infoMessages).
    const strictWarnings = strict.filter((finding) => finding.severity !== 'error');
    for (const finding of strictWarnings) {
      const meta = RULE_METAS.find((entry) => entry.id === finding.ruleId);
      if (meta?.infoMessages?.includes(finding.messageId)) expect(finding.severity, finding.messageId).toBe('info');
      else expect(meta?.strictSeverity, finding.ruleId).toBeDefined();
    }
    expect(strict.find((finding) => finding.ruleId === 'evidence-references')?.severity).toBe('info');
    expect(strict.find((finding) => finding.ruleId === 'intensity')?.severity).toBe('error');
  });

  it('neither strict nor a severity set for the rule raises a note by nature: validated-dose’s no-dose stays info', () => {
    const ebp = weak.replace('evidence: { kind: evidence-informed }', 'evidence: { kind: evidence-based-program, references: [Faggiano 2008] }');
    for (const config of [{}, { preset: 'strict' as const }, { rules: { 'validated-dose': 'error' as const } }]) {
      const noDose = validateText(ebp, config).findings.filter((finding) => finding.messageId === 'no-dose');
      expect(
        noDose.map((finding) => finding.severity),
        JSON.stringify(config),
      ).toEqual(['info']);
    }
    expect(validateText(ebp, { rules: { 'validated-dose': 'off' } }).findings.some((finding) => finding.messageId === 'no-dose')).toBe(false);
  });

  it('a severity set for a rule wins over the preset, and its options over the defaults', () => {
    const intensity = RULE_METAS.find((meta) => meta.id === 'intensity')!;
    expect(settingFor(intensity, { preset: 'strict', rules: { intensity: 'info' } })).toEqual({ severity: 'info', options: intensity.options!.defaults });
    expect(settingFor(intensity, { rules: { intensity: { options: { minYears: 1 } } } })).toEqual({
      severity: 'warning',
      options: { ...intensity.options!.defaults, minYears: 1 },
    });
    expect(validateText(weak, { rules: { intensity: { options: { minYears: 1 } } } }).findings.some((finding) => finding.messageId === 'few-years')).toBe(false);
  });
});
