import { readFileSync } from 'node:fs';
import type { Locale } from '@cpskit/core';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { LineIndex, analyzeText, codeActions } from '../../src/index.js';
import { createSnapshot } from '../../src/service/editing/snapshot.js';

const URI = 'file:///manuel.cps.yaml';

const WEAK = readFileSync(new URL('../../../../examples/weak/atelier-emotions.cps.yaml', import.meta.url), 'utf8');

/** A manual with hardly anything in it: no programme, one activity, a session that lists an undefined one. */
const NEAR_EMPTY = 'version: 1\nactivities:\n  - id: accueil\n    title: Accueil\n    kind: ritual\nsessions:\n  - { id: s1, year: 1, activities: [accueil, atelier] }\n';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const located = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }));
  located.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of located) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** Every quick fix offered anywhere in the manual. */
function allActions(text: string, locale: Locale): CodeAction[] {
  const snapshot = createSnapshot(URI, 1, text, { locale });
  const lines = new LineIndex(text);
  return codeActions(snapshot, { start: { line: 0, character: 0 }, end: lines.positionAt(text.length) });
}

const scoreOf = (text: string, locale: Locale): number => analyzeText(text, { locale }).criteria.score ?? 0;
const apply = (text: string, action: CodeAction): string => applyEdits(text, action.edit!.changes![URI]!);

describe('quick fixes', () => {
  for (const [name, manual] of [
    ['the weak example', WEAK],
    ['a near-empty manual', NEAR_EMPTY],
  ] as const) {
    for (const locale of ['en', 'fr'] as const) {
      // Analysing the manual again after each fix takes a few seconds on a busy machine.
      it(`never raise the score, one by one or all in turn: ${name} (${locale})`, { timeout: 120_000 }, () => {
        const before = scoreOf(manual, locale);
        const actions = allActions(manual, locale);
        expect(actions.length).toBeGreaterThan(0);
        for (const action of actions) expect(scoreOf(apply(manual, action), locale), action.title).toBeLessThanOrEqual(before);
        // Then every fix that writes something, applied one after the other as an author might.
        let text = manual;
        const applied: string[] = [];
        for (let round = 0; round < 40; round++) {
          const next = allActions(text, locale).find((action) => !/^(Disable|Désactiver)/.test(action.title) && !applied.includes(action.title));
          if (!next) break;
          applied.push(next.title);
          text = apply(text, next);
          expect(scoreOf(text, locale), `after ${applied.join(', ')}`).toBeLessThanOrEqual(before);
        }
        expect(applied.length).toBeGreaterThan(1);
      });
    }
  }
});
