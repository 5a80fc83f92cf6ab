import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig, validateText } from '../src/index.js';

const files: Record<string, string> = {};
const read = (file: string) => files[file];
const join = (from: string, relative: string) => path.posix.join(path.posix.dirname(from), relative);
const resolve = (text: string, locale: 'en' | 'fr' = 'en') => resolveConfig('/repo/cps.config.yaml', text, read, join, locale);

describe('cps.config.yaml', () => {
  it('reads presets, locale, severities and options', () => {
    const { config, errors } = resolve(
      ['extends: cpskit:strict', 'locale: fr', 'rules:', '  thin-competency: off', '  intensity:', '    severity: error', '    options: { minSessionMinutes: 20 }'].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(config).toEqual({
      preset: 'strict',
      locale: 'fr',
      rules: { 'thin-competency': { severity: 'off' }, intensity: { severity: 'error', options: { minSessionMinutes: 20 } } },
      ignore: [],
      files: ['/repo/cps.config.yaml'],
    });
  });

  it('follows extends to other files, the later settings winning, options merged', () => {
    files['/repo/shared/base.yaml'] = 'rules:\n  intensity:\n    options: { minHoursPerYear: 5, minYears: 1 }\n  thin-competency: warning\n';
    const { config, errors } = resolve('extends: [shared/base.yaml]\nrules:\n  intensity:\n    options: { minYears: 3 }\n');
    expect(errors).toEqual([]);
    expect(config.rules).toEqual({ intensity: { options: { minHoursPerYear: 5, minYears: 3 } }, 'thin-competency': { severity: 'warning' } });
    expect(config.files).toEqual(['/repo/cps.config.yaml', '/repo/shared/base.yaml']);
  });

  it('names the bad key, rule, severity or option, at its place, in the chosen language', () => {
    const text = [
      'extend: cpskit:strict',
      'locale: de',
      'rules:',
      '  intensty: warning',
      '  early-start: warn',
      '  intensity:',
      '    options: { minSessionMinutes: -5, maxMinutes: 90 }',
      '  phase-order:',
      '    options: { x: 1 }',
    ].join('\n');
    const messages = resolve(text).errors.map((error) => `${error.range.start.line + 1}:${error.range.start.character + 1} ${error.message}`);
    expect(messages).toEqual([
      '1:1 Unknown key "extend" in the configuration; the keys are extends, locale, rules and ignore. Did you mean "extends"?',
      '2:9 "locale" is fr or en, not "de".',
      '4:3 Unknown rule "intensty". Did you mean "intensity"? "cps rules" lists the rules.',
      '5:16 The severity of "early-start" is off, info, warning or error, not "warn".',
      '7:35 Option "minSessionMinutes" of "intensity": -5 is below the minimum, 0',
      '7:39 The rule "intensity" has no option "maxMinutes"; its options are: minSessionMinutes, maxSessionMinutes, minHoursPerYear, minYears, bands.',
      '9:5 The rule "phase-order" has no options.',
    ]);
    expect(resolve('rules:\n  intensity:\n    options: { minHourPerYear: 8 }\n').errors.map((error) => error.message)).toEqual([
      'The rule "intensity" has no option "minHourPerYear". Did you mean "minHoursPerYear"?',
    ]);
    expect(resolve('rules:\n  intensity:\n    options: { minHourPerYear: 8 }\n', 'fr').errors[0]?.message).toBe(
      'La règle «\u00a0intensity\u00a0» n’a pas d’option «\u00a0minHourPerYear\u00a0». Vouliez-vous dire «\u00a0minHoursPerYear\u00a0»\u00a0?',
    );
    expect(resolve('rules:\n  intensty: warning\n', 'fr').errors[0]?.message).toBe(
      'Règle inconnue « intensty ». Vouliez-vous dire « intensity » ? « cps rules » liste les règles.',
    );
  });

  it('reads the age bands of intensity, merged band by band across files', () => {
    files['/repo/shared/bands.yaml'] = 'rules:\n  intensity:\n    options:\n      bands:\n        early-childhood: { minSessionMinutes: 10, maxSessionMinutes: 40 }\n';
    const { config, errors } = resolve(
      'extends: shared/bands.yaml\nrules:\n  intensity:\n    options:\n      bands:\n        early-childhood: { minSessionMinutes: 12 }\n        adolescence: { minHoursPerYear: 12 }\n',
    );
    expect(errors).toEqual([]);
    expect(config.rules).toEqual({
      intensity: { options: { bands: { 'early-childhood': { minSessionMinutes: 12, maxSessionMinutes: 40 }, adolescence: { minHoursPerYear: 12 } } } },
    });
  });

  it('names a bad band option by its path, at its place', () => {
    const text = ['rules:', '  intensity:', '    options:', '      bands:', '        childhood: { minSessionMinutes: -1 }', '        teens: { minSessionMinutes: 30 }'].join('\n');
    const first = (body: string, locale: 'en' | 'fr' = 'en') =>
      resolve(body, locale).errors.map((error) => `${error.range.start.line + 1}:${error.range.start.character + 1} ${error.message}`);
    expect(first(text)).toEqual(['5:41 Option "bands.childhood.minSessionMinutes" of "intensity": -1 is below the minimum, 0']);
    expect(first(text.replace('-1', '20'))).toEqual(['6:9 Option "bands" of "intensity": unknown key "teens"']);
    expect(first(text.replace('-1', '20'), 'fr')[0]).toContain('clé inconnue «\u00a0teens\u00a0»');
  });

  it('reads ignore patterns, each with the file that gave it', () => {
    files['/repo/shared/ignore.yaml'] = 'ignore: [archives/]\n';
    const { config, errors } = resolve('extends: shared/ignore.yaml\nignore: ["brouillons/", "**/*.old.cps.yaml"]\n');
    expect(errors).toEqual([]);
    expect(config.ignore).toEqual([
      { file: '/repo/shared/ignore.yaml', patterns: ['archives/'] },
      { file: '/repo/cps.config.yaml', patterns: ['brouillons/', '**/*.old.cps.yaml'] },
    ]);
    expect(resolve('ignore: brouillons\n').errors[0]?.message).toContain('"ignore" is a list of patterns');
  });

  it('reports extends that go nowhere or in a circle', () => {
    files['/repo/a.yaml'] = 'extends: b.yaml\n';
    files['/repo/b.yaml'] = 'extends: a.yaml\n';
    expect(resolve('extends: [missing.yaml, a.yaml, tool.js]\n').errors.map((error) => error.message)).toEqual([
      'The configuration file "missing.yaml" named in "extends" does not exist.',
      '"a.yaml" extends itself, through: /repo/cps.config.yaml → /repo/a.yaml → /repo/b.yaml → /repo/a.yaml.',
      '"extends" takes cpskit:recommended, cpskit:strict or the path of another configuration file (.yaml), not "tool.js".',
    ]);
  });

  it('reports broken YAML instead of throwing', () => {
    expect(resolve('rules: [\n').errors).toHaveLength(1);
    expect(resolve('- a\n').errors[0]?.message).toContain('A configuration is a set of keys');
  });

  it('changes what the engine reports', () => {
    const manual = 'version: 1\nprogram: {}\nactivities: []\n';
    const { config } = resolve('rules:\n  schema: off\n  missing-section: error\n');
    const findings = validateText(manual, { preset: config.preset, rules: config.rules }).findings;
    expect(findings.some((finding) => finding.ruleId === 'schema')).toBe(false);
    expect(findings.filter((finding) => finding.ruleId === 'missing-section').every((finding) => finding.severity === 'error')).toBe(true);
  });
});
