import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { FIX_ALL_KIND, LineIndex, codeActions, fixText } from '../../src/index.js';
import { createSnapshot } from '../../src/service/editing/snapshot.js';

const URI = 'file:///manuel.cps.yaml';
const ANYWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const MANUAL = [
  'version: 1',
  'program:',
  '  id: essai',
  '  title: Un essai   # le titre',
  '  ages: { min: 8, max: 11 }',
  '  settings: [primary-school]',
  '  duration: { years: 2 }',
  '  evidence: { kind: evidence-informed }',
  'activities:',
  '  - id: meteo',
  '    title: Météo',
  '    kind: ritual',
  '    # cps-disable-next-line schema, duplicate-id -- plus utile',
  '    competencies: [e1.2, "E2.2 (a)", E9.9]   # E9.9 : code maison',
  '  - id: cercle',
  '    title: Cercle',
  '    kind: workshop',
  '    competencies:',
  '      - s1.1   # écoute',
  '      - C2,3',
  '',
].join('\n');

/** Applies LSP edits to a text, as an editor does: every range refers to the original text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const located = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }));
  located.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of located) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

const fixAllOf = (actions: CodeAction[]) => actions.find((action) => action.kind === FIX_ALL_KIND);

describe('the "fix all" code action', () => {
  it.each([[FIX_ALL_KIND], ['source.fixAll'], ['source']])('is given when the editor asks for %s, and makes the text cps check --fix makes', (kind) => {
    const snapshot = createSnapshot(URI, 1, MANUAL, { locale: 'fr' });
    const actions = codeActions(snapshot, ANYWHERE, { only: [kind] });
    expect(actions).toHaveLength(1);
    const action = fixAllOf(actions)!;
    expect(action.title).toBe('Corriger tous les problèmes qui peuvent l’être sans risque');
    const edits = action.edit!.changes![URI]!;
    const fixed = applyEdits(MANUAL, edits);
    expect(fixed).toBe(fixText(MANUAL, { locale: 'fr' }).text);
    expect(fixed).toContain('competencies: [E1.2, "E2.2a", E9.9]   # E9.9 : code maison');
    expect(fixed).toContain('      - S1.1   # écoute\n      - C2.3\n');
    expect(fixed).not.toContain('cps-disable');
    // Small edits, not the whole text: the editor keeps the cursor and the folds where they are.
    expect(edits.length).toBeGreaterThan(1);
    expect(edits.every((edit) => edit.newText.length < 10)).toBe(true);
  });

  it('is never among the quick fixes, and is not given when nothing is safe to fix or the text cannot be read', () => {
    const snapshot = createSnapshot(URI, 1, MANUAL);
    expect(fixAllOf(codeActions(snapshot, ANYWHERE))).toBeUndefined();
    expect(fixAllOf(codeActions(snapshot, ANYWHERE, { only: ['quickfix'] }))).toBeUndefined();
    const clean = fixText(MANUAL).text;
    expect(codeActions(createSnapshot(URI, 2, clean), ANYWHERE, { only: [FIX_ALL_KIND] })).toEqual([]);
    const broken = MANUAL.replace('E9.9]   #', 'E9.9   #');
    expect(codeActions(createSnapshot(URI, 3, broken), ANYWHERE, { only: [FIX_ALL_KIND] })).toEqual([]);
  });

  it('follows the settings the document was checked with: a rule turned off fixes nothing', () => {
    const snapshot = createSnapshot(URI, 1, MANUAL, { rules: { 'competency-spelling': 'off' } });
    const fixed = applyEdits(MANUAL, fixAllOf(codeActions(snapshot, ANYWHERE, { only: [FIX_ALL_KIND] }))!.edit!.changes![URI]!);
    expect(fixed).toContain('competencies: [e1.2, "E2.2 (a)", E9.9]');
    expect(fixed).not.toContain('cps-disable');
  });
});
