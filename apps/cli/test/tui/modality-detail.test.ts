import { describe, expect, test } from 'vitest';
import { initialState, reduce, type TuiAction } from '../../src/tui/state.js';
import type { TuiState } from '../../src/tui/types.js';
import { keyIntent } from '../../src/tui/useKeys.js';
import { draw } from './harness.js';
import { fixtureManuals } from './fixtures.js';

const run = (state: TuiState, ...actions: TuiAction[]) => actions.reduce(reduce, state);

/** The criteria pane over the fixture with findings, at 100×40 so that the whole detail shows. */
function criteria(locale: 'en' | 'fr'): TuiState {
  return run(initialState({ locale, width: 100, height: 40, manuals: fixtureManuals(locale) }), { type: 'move', by: 1 }, { type: 'pane', to: 'criteria' });
}

/** How many times → reaches a modality from the first one (1.1.1). */
function stepsTo(state: TuiState, id: string): TuiAction[] {
  const ids = state.manuals[0]!.analysis!.criteria.modalities.map((modality) => modality.id);
  return Array.from({ length: ids.indexOf(id) }, () => ({ type: 'modality', by: 1 }) as const);
}

describe('drill-down into a practical modality', () => {
  test('← → choose a modality in the criteria pane, and the pane says which', () => {
    const state = criteria('en');
    expect(draw(state)).toContain('← → modality 1.1.1  Enter: in detail');
    const right = keyIntent('', { rightArrow: true } as never, state);
    expect(right).toEqual({ kind: 'action', action: { type: 'modality', by: 1 } });
    expect(draw(run(state, { type: 'modality', by: 1 }))).toContain('← → modality 1.1.2');
    // Not past either end of SpF's table.
    expect(run(state, { type: 'modality', by: -1 })).toBe(state);
  });

  test('Enter shows its SpF wording, why it has its status, its evidence in words and the findings that cite it; Esc goes back', () => {
    const base = criteria('fr');
    const manual = base.manuals.find((entry) => entry.displayPath.includes('findings'))!;
    const findingsIndex = base.manuals.indexOf(manual);
    const state = run({ ...base, selectedManual: findingsIndex }, ...stepsTo(base, '1.2.4'), { type: 'confirm' });
    const screen = draw(state);
    expect(screen).toContain('Modalité 1.2.4 du critère 1.2');
    expect(screen).toContain('Les activités CPS sont intensives et s’inscrivent dans la durée');
    expect(screen).toMatch(/Statut\u00a0: (rempli|en partie|manquant|déclaré sans preuve|sans objet) — /);
    expect(screen).toMatch(/Preuve\u00a0: |aucune dans le manuel/);
    const citing = manual.diagnostics.filter((diagnostic) => (diagnostic.data as { cites?: { id?: string } } | undefined)?.cites?.id === '1.2.4');
    if (citing.length > 0) {
      expect(screen).toContain(`Constats qui la citent (${citing.length})`);
      expect(screen).toContain(`${citing[0]!.range.start.line + 1}:${citing[0]!.range.start.character + 1}`);
    } else expect(screen).toContain('Aucun constat ne la cite.');
    const back = run(state, { type: 'cancel' });
    expect(back.modalityDetail).toBe(false);
    expect(draw(back)).toContain('Critères de qualité (SpF)');
  });

  test('a finding that cites the modality is listed under it', () => {
    const base = criteria('en');
    const index = base.manuals.findIndex((entry) => entry.displayPath.includes('findings'));
    const manual = base.manuals[index]!;
    const cited = manual.diagnostics
      .map((diagnostic) => (diagnostic.data as { cites?: { kind?: string; id?: string } } | undefined)?.cites)
      .find((cites) => cites?.kind === 'modality');
    expect(cited?.id).toBeDefined();
    const state = run({ ...base, selectedManual: index }, ...stepsTo(base, cited!.id!), { type: 'confirm' });
    expect(draw(state)).toMatch(/Findings that cite it \(\d+\):/);
  });
});
