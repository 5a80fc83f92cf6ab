import { describe, expect, it } from 'vitest';
import rule, { RECOMMENDED_SECTIONS } from '../../src/service/rules/missing-section.js';
import { parseManual, type Finding, type TextEdit } from '../../src/index.js';
import { checkCases, runRule } from '../rule-tester.js';

const SECTIONS = Object.keys(RECOMMENDED_SECTIONS);

/** A manual with the sections named, each one present (its content is not this rule's concern). */
const withSections = (sections: readonly string[]) => `version: 1\nprogram:\n  id: essai\n${sections.map((section) => `${section}: {}\n`).join('')}`;

/** Applies edits given in offsets of `text`, from the last to the first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

const editsOf = (findings: readonly Finding[]) => findings.flatMap((finding) => finding.fix?.edits ?? []);

describe('missing-section', () => {
  it('reports each section the criteria need and the manual lacks, at its first key', () => {
    checkCases(rule, [
      { name: 'every section present', text: withSections(SECTIONS), findings: [] },
      {
        name: 'a section present but empty is present: its content is for other rules',
        text: withSections(SECTIONS.filter((section) => section !== 'training')) + 'training:\n',
        findings: [],
      },
      {
        name: 'one section missing',
        text: `«version»: 1\nprogram:\n  id: essai\n${SECTIONS.filter((section) => section !== 'support')
          .map((section) => `${section}: {}\n`)
          .join('')}`,
        findings: [
          {
            messageId: 'missing',
            args: { section: 'support', criterion: '2.2' },
            says: 'The manual has no "support" section: nothing describes the collective and individual follow-up of facilitators',
          },
        ],
      },
      {
        name: 'every section missing: one finding each, in the order of the criteria',
        text: '«««««««version»»»»»»»: 1\nprogram:\n  id: essai\n',
        findings: [
          { messageId: 'missing', args: { section: 'facilitators', criterion: '1.1' } },
          { messageId: 'missing', args: { section: 'sessions', criterion: '1.2' } },
          { messageId: 'missing', args: { section: 'materials', criterion: '1.2.5' } },
          { messageId: 'missing', args: { section: 'training', criterion: '2.1' } },
          { messageId: 'missing', args: { section: 'support', criterion: '2.2' } },
          { messageId: 'missing', args: { section: 'governance', criterion: '2.3' } },
          { messageId: 'missing', args: { section: 'environment', criterion: '3' } },
        ],
      },
      {
        name: 'a comment above the first key: still at the first key, in French',
        locale: 'fr',
        text: `# Mon manuel\n«program»:\n  id: essai\n${SECTIONS.filter((section) => section !== 'environment')
          .map((section) => `${section}: {}\n`)
          .join('')}`,
        findings: [{ messageId: 'missing', says: 'Le manuel n’a pas de section « environment » : rien ne décrit l’environnement social et physique de la structure (critère 3)' }],
      },
      { name: 'an empty file is the schema’s to report', text: '', findings: [] },
      { name: 'a list instead of a manual is the schema’s to report', text: '- version: 1\n', findings: [] },
    ]);
  });

  it('cites the criterion of each section', () => {
    const findings = runRule(rule, 'version: 1\n');
    expect(findings.map((finding) => [finding.args['section'], finding.cites])).toEqual(SECTIONS.map((section) => [section, RECOMMENDED_SECTIONS[section]!.cites]));
  });

  it('offers a fix that appends the section’s skeleton at the end of the file, and the result parses', () => {
    const text = 'version: 1\nprogram:\n  id: essai\nactivities:\n  - id: a1\n';
    const findings = runRule(rule, text);
    expect(findings).toHaveLength(SECTIONS.length);
    for (const finding of findings) {
      const section = String(finding.args['section']);
      expect(finding.fix?.title).toContain(`"${section}"`);
      expect(finding.fix?.edits).toEqual([{ start: text.length, end: text.length, newText: RECOMMENDED_SECTIONS[section]!.skeleton('en') }]);
      const fixed = applyEdits(text, finding.fix!.edits);
      expect(fixed.startsWith(text)).toBe(true);
      const parsed = parseManual(fixed);
      expect(parsed.problems, `${section}: the fixed text parses`).toEqual([]);
      expect(runRule(rule, fixed).map((remaining) => remaining.args['section'])).toEqual(SECTIONS.filter((other) => other !== section));
    }
    // Every fix at once: a complete manual, as far as this rule goes.
    const all = applyEdits(text, editsOf(findings));
    expect(parseManual(all).problems).toEqual([]);
    expect(runRule(rule, all)).toEqual([]);
  });

  it('writes placeholders in the finding’s language, never true or a plausible value, so that no fix can earn a modality', () => {
    const text = 'version: 1\nprogram:\n  id: essai\nactivities:\n  - id: a1\n';
    for (const locale of ['en', 'fr'] as const) {
      const fixed = applyEdits(text, editsOf(runRule(rule, text, locale)));
      const added = fixed.slice(text.length);
      // Every value line holds a place, in the locale's words (the session's id and year are ids, not evidence).
      const values = added.split('\n').filter((line) => /:\s*\S/.test(line) && !/^\s*(- )?(id|year):/.test(line));
      expect(values.length).toBeGreaterThan(20);
      for (const line of values) expect(line, line).not.toMatch(/:\s*(true|false|\d+|\[\]|""|\{\})\s*$/);
      for (const line of values) expect(line, line).toContain(locale === 'fr' ? '"À COMPLÉTER : ' : '"TO COMPLETE: ');
    }
  });

  it('starts the skeleton on a line of its own when the file does not end with a line break', () => {
    const text = 'version: 1\nprogram:\n  id: essai';
    const [finding] = runRule(rule, text, 'fr');
    expect(finding?.fix?.title).toBe('Ajouter la section « facilitators »');
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(fixed).toBe(`${text}\n${RECOMMENDED_SECTIONS['facilitators']!.skeleton('fr')}`);
    expect(parseManual(fixed).problems).toEqual([]);
    expect(runRule(rule, fixed).map((remaining) => remaining.args['section'])).not.toContain('facilitators');
  });

  it('offers no fix for a manual written between braces, where block text would break it', () => {
    const text = '{version: 1, program: {id: essai}}\n';
    const [finding] = runRule(rule, text);
    expect(finding?.messageId).toBe('missing');
    expect(finding?.fix).toBeUndefined();
  });

  it('keeps Windows line endings', () => {
    const text = 'version: 1\r\nprogram:\r\n  id: essai\r\n';
    const [finding] = runRule(rule, text);
    expect(finding!.fix!.edits[0]!.newText).not.toMatch(/[^\r]\n/);
  });

  it('keeps a manual that ends with the document-end marker "..." readable', () => {
    const text = 'version: 1\nprogram:\n  id: essai\n...\n';
    const [finding] = runRule(rule, text);
    expect(parseManual(applyEdits(text, finding!.fix!.edits)).problems).toEqual([]);
  });
});
