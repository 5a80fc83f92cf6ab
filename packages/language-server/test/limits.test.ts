import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS, MAX_MANUAL_BYTES, MAX_QUOTED_LENGTH, utf8LengthUpTo, validateText, type Finding } from '../src/index.js';

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** Each finding as `line:column rule/message`, 1-based, the way a person reads them. */
const summary = (findings: readonly Finding[]) =>
  findings.map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.ruleId}/${finding.messageId}`);

const MINIMAL = [
  'version: 1',
  'program:',
  '  id: essai',
  '  title: Essai',
  '  ages: { min: 8, max: 11 }',
  '  settings: [primary-school]',
  '  duration: { years: 1 }',
  '  evidence: { kind: evidence-informed }',
  'activities:',
  '  - id: a',
  '    title: A',
  '    kind: workshop',
  '    competencies: [E1.2]',
  '    duration: 45',
  '    pedagogy: [active]',
  '',
].join('\n');

/**
 * One misplaced line, then a long flat list: the YAML library reads each item as a key of the one
 * before, one level deeper each time, tens of thousands of levels deep.
 */
function flatListAfterOneSlip(items: number): string {
  return `version: 1\nactivities:\n x: y\n${'  - x: y\n'.repeat(items)}`;
}

describe('the size limit', () => {
  it('counts bytes of UTF-8, as the size of the file, without counting further than it needs', () => {
    expect(utf8LengthUpTo('abc', 10)).toBe(3);
    expect(utf8LengthUpTo('é€😀', 100)).toBe(2 + 3 + 4);
    expect(utf8LengthUpTo('a'.repeat(50), 10)).toBe(11);
    expect(utf8LengthUpTo('€'.repeat(50), 10)).toBe(11);
  });

  it('leaves a manual at the limit to be read as any other', () => {
    const text = MINIMAL + '#'.repeat(MAX_MANUAL_BYTES - Buffer.byteLength(MINIMAL) - 1) + '\n';
    expect(Buffer.byteLength(text)).toBe(MAX_MANUAL_BYTES);
    expect(summary(validateText(text).findings).filter((finding) => finding.includes('limits/'))).toEqual([]);
  });

  it('gives a manual over it one finding at its start, in both languages, and reads nothing of it', () => {
    // Broken YAML and unknown codes from the first line: none of it is reported.
    const text = `version: 1\nprogram: [\nactivities: [{ competencies: [Z9] }]\n${'# '.repeat(MAX_MANUAL_BYTES / 2)}`;
    const en = validateText(text).findings;
    expect(summary(en)).toEqual(['1:1 limits/too-large']);
    expect(en[0]!.severity).toBe('error');
    expect(en[0]!.message).toBe(
      'This file is larger than 1 MB, the most cpskit reads in one manual, so it is not checked. Split it into several manuals, for instance one per programme or per age group.',
    );
    expect(validateText(text, { locale: 'fr' }).findings[0]!.message).toBe(
      'Ce fichier dépasse 1\u00a0Mo, la taille maximale d’un manuel pour cpskit\u00a0; il n’est donc pas vérifié. Découpez-le en plusieurs manuels, par exemple un par programme ou par tranche d’âge.',
    );
  });

  it('measures bytes, not characters, so that the editor and the CLI agree on the same file', () => {
    const accented = MINIMAL + `# ${'é'.repeat(MAX_MANUAL_BYTES / 2)}\n`;
    expect(accented.length).toBeLessThan(MAX_MANUAL_BYTES);
    expect(summary(validateText(accented).findings)).toEqual(['1:1 limits/too-large']);
  });

  it('answers at once on a document of 50 MB', () => {
    const text = 'x: y\n'.repeat(10_000_000);
    expect(summary(validateText(text).findings)).toEqual(['1:1 limits/too-large']);
  }, 60_000);
});

describe('the limit of findings', () => {
  const codes = (count: number) => Array.from({ length: count }, (_, i) => `Z${i}`).join(', ');
  const manyUnknownCodes = (count: number) => MINIMAL.replace('competencies: [E1.2]', `competencies: [E1.2, ${codes(count)}]`);

  it('shows the first findings in document order, then one that counts the others, with their severity', () => {
    const text = manyUnknownCodes(MAX_FINDINGS + 500);
    const others = validateText(text, { rules: { 'unknown-competency': 'off' } }).findings.length;
    const hidden = MAX_FINDINGS + 500 + others - MAX_FINDINGS;
    const findings = validateText(text).findings;
    expect(findings).toHaveLength(MAX_FINDINGS + 1);
    const shown = findings.slice(0, -1);
    expect(shown.every((finding, i) => i === 0 || shown[i - 1]!.offsets.start <= finding.offsets.start)).toBe(true);
    const codesShown = shown.filter((finding) => finding.ruleId === 'unknown-competency').map((finding) => finding.args['code']);
    expect(codesShown).toEqual(Array.from({ length: codesShown.length }, (_, i) => `Z${i}`));
    const last = findings[findings.length - 1]!;
    expect(last).toMatchObject({ ruleId: 'limits', messageId: 'more-findings', severity: 'error', args: { count: hidden } });
    expect(last.message).toBe(`${hidden} more findings are not shown: cpskit shows at most 1,000 findings per manual and per rule. Fix the ones shown, then check again.`);
    expect(last.offsets.start).toBeGreaterThanOrEqual(shown[shown.length - 1]!.offsets.start);
    expect(validateText(text, { locale: 'fr' }).findings.at(-1)!.message).toBe(
      `${hidden} autres constats ne sont pas affichés\u00a0: cpskit affiche au plus 1\u202f000 constats par manuel et par règle. Corrigez ceux qui sont affichés, puis vérifiez de nouveau.`,
    );
  });

  it('counts a finding silenced by a comment as no finding at all', () => {
    const text = `# cps-disable unknown-competency -- codes of our own\n${manyUnknownCodes(MAX_FINDINGS + 500)}`;
    const rules = new Set(validateText(text).findings.map((finding) => finding.ruleId));
    expect(rules.has('unknown-competency')).toBe(false);
    expect(rules.has('limits')).toBe(false);
    expect(rules.has('unused-suppression')).toBe(false);
  });

  it('says nothing more when the rule of limits is off, but still shows no more than the limit', () => {
    const findings = validateText(manyUnknownCodes(MAX_FINDINGS + 10), { rules: { limits: 'off' } }).findings;
    expect(findings).toHaveLength(MAX_FINDINGS);
    expect(findings.some((finding) => finding.ruleId === 'limits')).toBe(false);
  });

  it('cuts a long text quoted in a message', () => {
    const long = 'Z'.repeat(100_000);
    const finding = validateText(MINIMAL.replace('competencies: [E1.2]', `competencies: [E1.2, ${long}]`)).findings.find((each) => each.ruleId === 'unknown-competency');
    expect(finding?.args['code']).toBe(`${'Z'.repeat(MAX_QUOTED_LENGTH - 1)}…`);
    expect(finding!.message.length).toBeLessThan(MAX_QUOTED_LENGTH + 200);
  });
});

describe('nesting as the YAML library reads it', () => {
  it('is measured on what the library builds, so that a flat list after one slip is not read past the limit', () => {
    const findings = summary(validateText(flatListAfterOneSlip(5_000)).findings);
    // The slip and the lines that follow it, up to the limit; then the rest, once.
    expect(findings[0]).toBe('3:5 yaml-syntax/syntax-BLOCK_AS_IMPLICIT_KEY');
    expect(findings.filter((finding) => finding.includes('limits/'))).toEqual(['201:1 limits/rest-unread']);
    expect(findings.at(-1)).toBe('201:1 limits/rest-unread');
    expect(findings.some((finding) => finding.includes('too-deep'))).toBe(false);
  });

  it('gives the same findings on every call, cold or with the JIT warmed up', () => {
    const text = flatListAfterOneSlip(50_000);
    const first = JSON.stringify(validateText(text).findings);
    for (let i = 0; i < 4; i++) expect(JSON.stringify(validateText(text).findings)).toBe(first);
    // Warm up the library's code on other broken texts, then again.
    for (let i = 0; i < 30; i++) validateText(flatListAfterOneSlip(300 + i));
    expect(JSON.stringify(validateText(text).findings)).toBe(first);
  }, 120_000);

  it('gives the same findings in fresh processes, whatever their stack size', () => {
    const script = [
      `const { validateText } = await import(${JSON.stringify(DIST)});`,
      `const text = 'version: 1\\nactivities:\\n x: y\\n' + '  - x: y\\n'.repeat(50000);`,
      'const findings = validateText(text).findings.map((f) => [f.ruleId, f.messageId, f.offsets.start, f.offsets.end]);',
      'process.stdout.write(JSON.stringify(findings));',
    ].join('\n');
    const runs = [[], ['--stack-size=400'], ['--stack-size=700'], []].map((flags) => {
      const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    });
    expect(JSON.parse(runs[0]!).length).toBeGreaterThan(0);
    for (const run of runs) expect(run).toBe(runs[0]);
  }, 300_000);
});
