import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters } from '@cpskit/core';
import type { Finding } from '@cpskit/language-server';
import stringWidth from 'string-width';
import { ONE_COLUMN_GRAPHEMES, displayWidth, frameLine } from '../../src/format/code-frame.js';
import { stylish } from '../../src/format/stylish.js';
import { ANSI } from '../../src/format/types.js';
import { ROOT, SMALL, context, exampleReports, reportOf, unreadable, withFindings } from './helpers.js';

const ONLY = ['schema', 'unknown-competency'];
const clean = SMALL.replace('titel', 'title').replace('E1.3', 'E1.2');

describe('stylish', () => {
  it('prints each finding with its place, severity, message, rule and citation, then the line at fault with carets', () => {
    const reports = [reportOf('manuels/ateliers.cps.yaml', SMALL, { only: ONLY }), reportOf('manuels/propre.cps.yaml', clean, { only: ONLY })];
    expect(stylish(reports, context())).toBe(
      [
        'manuels/ateliers.cps.yaml',
        '  4:3    error  Unknown key "titel" in "program". Did you mean "title"?  schema',
        '     4 |   titel: Ateliers émotions',
        '       |   ^^^^^',
        '  13:20  error  "E1.3" is not a competency of the SpF classification. Did you mean E1.2 (Identify one’s emotions)?  unknown-competency 1.2.3',
        '    13 |     competencies: [E1.3]',
        '       |                    ^^^^',
        '',
        '✖ 2 problems: 2 errors, 0 warnings, 0 info, in 1 of 2 manuals.',
        'Why a rule asks this, and what to do: cps explain <rule> (for instance cps explain schema).',
        '',
      ].join('\n'),
    );
  });

  it('speaks French when asked', () => {
    const report = reportOf('ateliers.cps.yaml', SMALL, { only: ONLY, locale: 'fr' });
    const out = stylish([report], context({ locale: 'fr' }));
    expect(out).toContain('  4:3    erreur  Clé inconnue «\u00a0titel\u00a0»');
    expect(out).toContain('✖ 2 problèmes\u00a0: 2 erreurs, 0 avertissement, 0 info, dans 1 manuel sur 1.\n');
  });

  it('says so when there is nothing to report', () => {
    expect(stylish([reportOf('propre.cps.yaml', clean, { only: ONLY })], context())).toBe('✔ 1 manual checked, no problems.\n');
  });

  it('puts the carets under the range on a line with emoji, counting each emoji as two columns', () => {
    const text = clean.replace(/activities:\n[\s\S]*$/, 'activities:\n  - { id: m, title: "🌦️ 😀", kind: ritual, competencies: [E1.3] }\n');
    const report = reportOf('emoji.cps.yaml', text, { only: ONLY });
    expect(report.findings.map((finding) => finding.range.start)).toEqual([{ line: 9, character: 59 }]);
    expect(stylish([report], context()).split('\n').slice(2, 4)).toEqual([
      '    10 |   - { id: m, title: "🌦️ 😀", kind: ritual, competencies: [E1.3] }',
      // 59 UTF-16 units before the code, but 🌦️ (3 units) and 😀 (2 units) take two columns each.
      `       | ${' '.repeat(58)}^^^^`,
    ]);
  });

  it('underlines a range over several lines to the end of its first line', () => {
    const report = reportOf('ateliers.cps.yaml', SMALL, { only: ONLY });
    const first = report.findings[0]!;
    const spanning: Finding = { ...first, range: { start: { line: 1, character: 0 }, end: { line: 3, character: 7 } } };
    expect(
      stylish([withFindings(report, [spanning])], context())
        .split('\n')
        .slice(1, 4),
    ).toEqual(['  2:1  error  Unknown key "titel" in "program". Did you mean "title"?  schema', '    2 | program:', '      | ^^^^^^^^']);
  });

  it('shows one caret for an empty range, after the end of the line when it points there', () => {
    const report = reportOf('ateliers.cps.yaml', SMALL, { only: ONLY });
    const first = report.findings[0]!;
    const empty: Finding = { ...first, range: { start: { line: 1, character: 8 }, end: { line: 1, character: 8 } } };
    expect(
      stylish([withFindings(report, [empty])], context())
        .split('\n')
        .slice(2, 4),
    ).toEqual(['    2 | program:', '      |         ^']);
  });

  it('gives findings in a row on the same range one frame, after the last of them', () => {
    const report = reportOf('ateliers.cps.yaml', SMALL, { only: ONLY });
    const first = report.findings[0]!;
    const twice = withFindings(report, [first, { ...first, severity: 'warning', message: 'Another view of the same key.' }]);
    const lines = stylish([twice], context()).split('\n');
    expect(lines.slice(1, 5)).toEqual([
      '  4:3  error    Unknown key "titel" in "program". Did you mean "title"?  schema',
      '  4:3  warning  Another view of the same key.  schema',
      '    4 |   titel: Ateliers émotions',
      '      |   ^^^^^',
    ]);
  });

  it('shows the line without its CR in a file with CRLF line ends', () => {
    const report = reportOf('crlf.cps.yaml', SMALL.replace(/\n/g, '\r\n'), { only: ONLY });
    expect(stylish([report], context()).split('\n').slice(2, 4)).toEqual(['     4 |   titel: Ateliers émotions', '       |   ^^^^^']);
  });

  it('prints no frame for a file that could not be read', () => {
    expect(stylish([unreadable('locked.cps.yaml')], context())).toBe(
      'locked.cps.yaml\n  1:1  error  The file cannot be read: EACCES.  file-unreadable\n\n✖ 1 problem: 1 error, 0 warnings, 0 info, in 1 of 1 manual.\nWhy a rule asks this, and what to do: cps explain <rule> (for instance cps explain file-unreadable).\n',
    );
  });

  it('colours only through the context’s colours', () => {
    const report = reportOf('ateliers.cps.yaml', SMALL, { only: ONLY });
    expect(stylish([report], context())).not.toMatch(/\u001b/);
    const coloured = stylish([report], context({ colours: ANSI }));
    expect(coloured).toContain('\u001b[31m^^^^^\u001b[39m');
    expect(coloured).toContain('\u001b[4mateliers.cps.yaml\u001b[24m');
  });

  it('adds the criteria table and the coverage with --summary', () => {
    const report = reportOf('ateliers.cps.yaml', SMALL, { only: ONLY });
    const out = stylish([report], context({ summary: true }));
    // The manual has two errors: its score is provisional, and the summary says why.
    expect(out).toMatch(/\nateliers\.cps\.yaml\n {2}Quality criteria \(SpF\) — provisional score \d+\/100 — the manual has errors\n/);
    expect(out).toContain('Competencies (minutes of sessions and practices)');
    expect(stylish([report], context())).not.toContain('Quality criteria');
  });

  it('shows the practices outside sessions apart from the sessions, and their total', () => {
    const gbg = exampleReports().find((report) => report.displayPath.includes('good-behavior-game'))!;
    const lines = stylish([gbg], context({ summary: true })).split('\n');
    const row = (label: string) =>
      lines
        .find((line) => line.trimStart().startsWith(label))
        ?.trim()
        .split(/\s{2,}/);
    expect(row('Sessions (10)')).toEqual(['Sessions (10)', '4 h 30', '3 h', '7 h 30']);
    expect(row('Practices outside sessions (2)')).toEqual(['Practices outside sessions (2)', '24 h', '24 h', '48 h']);
    expect(row('Sessions and practices')).toEqual(['Sessions and practices', '28 h 30', '27 h', '55 h 30']);
  });

  it('shows what each age group receives when sessions give their ages, and nothing more when none does', () => {
    const text = readFileSync(path.join(ROOT, 'packages/language-server/test/fixtures/age-bands.cps.yaml'), 'utf8');
    const lines = stylish([reportOf('grandir.cps.yaml', text)], context({ summary: true })).split('\n');
    const at = lines.findIndex((line) => line === '  By age group (minutes of sessions and practices)');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['C1', 'E1', 'S1', 'C2', 'E2', 'S2', 'total'],
      ['ages 7–11', '45 min', '25 h 30', '45 min', '30 min', '30 min', '30 min', '28 h 30'],
      ['ages 12–15', '40 min', '24 h', '40 min', '40 min', 'none', '40 min', '26 h 40'],
    ]);
    for (const line of lines.slice(at, at + 4)) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const fr = stylish([reportOf('grandir.cps.yaml', text, { locale: 'fr' })], context({ summary: true, locale: 'fr' }));
    expect(fr).toContain('  Par groupe d’âge (minutes de séances et de pratiques)\n');
    expect(fr).toMatch(/\n {2}12–15 ans +40 min +24 h +40 min +40 min +aucune +40 min +26 h 40\n/);
    const gbg = exampleReports().find((report) => report.displayPath.includes('good-behavior-game'))!;
    expect(stylish([gbg], context({ summary: true }))).not.toContain('By age group');
  });

  it('shows what each age group receives when activities give their ages: the same sessions, each group its own activities', () => {
    const text = readFileSync(path.join(ROOT, 'packages/language-server/test/fixtures/activity-ages.cps.yaml'), 'utf8');
    const lines = stylish([reportOf('grandir.cps.yaml', text)], context({ summary: true })).split('\n');
    const at = lines.findIndex((line) => line === '  By age group (minutes of sessions and practices)');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 2, at + 4).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['ages 7–11', 'none', '25 h 30', '1 h', '30 min', '30 min', '30 min', '28 h'],
      ['ages 12–15', '18 h 30', '1 h 30', '30 min', '30 min', '30 min', '30 min', '22 h'],
    ]);
  });

  it('keeps every frame of the shipped examples within 80 columns, a frame under each place', () => {
    const out = stylish(exampleReports(), context());
    const lines = out.split('\n');
    const frames = lines.filter((line) => /^ {4}[ \d]*\d? \|/.test(line));
    expect(frames.length).toBeGreaterThan(20);
    for (const line of frames) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    lines.forEach((line, index) => {
      if (/^ {2}\d+:\d+ /.test(line) && !/^ {2}\d+:\d+ /.test(lines[index + 1] ?? '')) {
        expect(lines[index + 1]).toMatch(/^ {4} *\d+ \|/);
        expect(lines[index + 2]).toMatch(/^ {4} + \| +\^+$/);
      }
    });
  });
});

describe('code frames', () => {
  const at = (line: number, start: number, end = start, endLine = line) => ({ start: { line, character: start }, end: { line: endLine, character: end } });

  it('expands tabs and keeps the carets under the range', () => {
    expect(frameLine('\tkey:\tvalue', at(0, 6, 11), 70)).toEqual({ source: '    key:    value', caretColumn: 12, caretLength: 5 });
  });

  it('shows control characters as their pictures, one column each', () => {
    expect(frameLine('a\u0007b', at(0, 2, 3), 70)).toEqual({ source: 'a␇b', caretColumn: 2, caretLength: 1 });
  });

  it('shows bidirectional controls, line separators and C1 controls as �, one column each, so that they cannot reorder the line', () => {
    expect(frameLine('id: "a\u202eb\u2066c\u2028d\u009be"', at(0, 4, 16), 70)).toEqual({ source: 'id: "a�b�c�d�e"', caretColumn: 4, caretLength: 11 });
    expect(frameLine('a\r\nb', at(0, 1, 3), 70)).toEqual({ source: 'a␍␊b', caretColumn: 1, caretLength: 2 });
  });

  it('counts East Asian wide characters as two columns and combining marks as none', () => {
    expect(frameLine('名前: e\u0301té', at(0, 4, 8), 70)).toEqual({ source: '名前: e\u0301té', caretColumn: 6, caretLength: 3 });
  });

  it('counts emoji sequences as two columns: a family joined by ZWJ, a flag, a keycap, a skin tone', () => {
    const line = 'x: 👨\u200d👩\u200d👧 🇫🇷 1\ufe0f\u20e3 👍🏽!';
    expect(frameLine(line, at(0, line.indexOf('!'), line.length), 70)).toEqual({ source: line, caretColumn: 14, caretLength: 1 });
    expect(displayWidth(line)).toBe(15);
  });

  it('measures without string-width only characters it measures as one column, none of them one that `visible` changes', () => {
    // The path that skips the segmenter and string-width on a cold `cps check` must agree with them, and must not let a control through.
    const skipped = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => char !== '\t' && ONE_COLUMN_GRAPHEMES.test(char));
    expect(skipped.length).toBeGreaterThan(700);
    expect(skipped.filter((char) => stringWidth(char) !== 1 || hasUnsafeCharacters(char))).toEqual([]);
  });

  it('underlines the whole character when a range starts inside an emoji', () => {
    expect(frameLine('x: 😀!', at(0, 4, 6), 70)).toEqual({ source: 'x: 😀!', caretColumn: 3, caretLength: 3 });
  });

  it('cuts a long line around the range with ellipses and fits the width', () => {
    const line = `${'a'.repeat(100)}TARGET${'b'.repeat(100)}`;
    const frame = frameLine(line, at(0, 100, 106), 40);
    expect(displayWidth(frame.source)).toBe(40);
    expect(frame.source.startsWith('…')).toBe(true);
    expect(frame.source.endsWith('…')).toBe(true);
    expect(frame.source.slice(frame.caretColumn, frame.caretColumn + frame.caretLength)).toBe('TARGET');
  });

  it('frames a line of a megabyte from a window around the range, as it frames a short one', () => {
    // Segmenting the whole line for each finding took minutes on a one-line manual of 70,000 characters.
    const line = `${'a'.repeat(500_000)}TARGET${'é\u0301'.repeat(500_000)}`;
    const frame = frameLine(line, at(0, 500_000, 500_006), 40);
    expect(displayWidth(frame.source)).toBeLessThanOrEqual(40);
    expect(frame.source.startsWith('…')).toBe(true);
    expect(frame.source.endsWith('…')).toBe(true);
    expect(frame.source.slice(frame.caretColumn, frame.caretColumn + frame.caretLength)).toBe('TARGET');
    const runOn = frameLine(line, { start: { line: 0, character: 500_000 }, end: { line: 1, character: 0 } }, 40);
    expect(runOn.source.slice(runOn.caretColumn, runOn.caretColumn + 6)).toBe('TARGET');
  });

  it('keeps the start of a long line when the range is near it', () => {
    const frame = frameLine(`key: ${'v'.repeat(200)}`, at(0, 0, 3), 40);
    expect(frame).toEqual({ source: `key: ${'v'.repeat(34)}…`, caretColumn: 0, caretLength: 3 });
  });

  it('gives French lines the same frame whether or not they take the path without a grapheme segmenter', () => {
    // The second line of each pair holds a combining mark, so it goes through Intl.Segmenter.
    const lines = ['« Émotions » – l’œuvre : 20 € …', 'titre: "Ça va ?" \u2014 été', 'x: ¿ñ? ß Ø ǅ'];
    for (const line of lines) {
      const plain = frameLine(line, at(0, 3, 9), 70);
      const segmented = frameLine(`${line}e\u0301`, at(0, 3, 9), 70);
      expect(segmented.source).toBe(`${plain.source}e\u0301`);
      expect([segmented.caretColumn, segmented.caretLength]).toEqual([plain.caretColumn, plain.caretLength]);
      expect(displayWidth(line)).toBe(line.length);
    }
  });

  it('clips carets that run past the cut', () => {
    const frame = frameLine('x'.repeat(200), at(0, 0, 200), 40);
    expect(frame.caretColumn).toBe(0);
    expect(frame.caretLength).toBe(39);
  });
});
