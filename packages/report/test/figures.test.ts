import { describe, expect, it } from 'vitest';
import { GENERAL_COMPETENCIES } from '@cpskit/core';
import { manualHtml, territoryCsv, territoryHtml, territoryJson, territoryReport } from '../src/index.js';
import { exampleManuals } from './examples.js';

const manuals = exampleManuals('en');

function attribute(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1]!);
}

describe('the manual report shows the analysis values', () => {
  it('covers every example, the weak one included', () => {
    expect(manuals.length).toBeGreaterThanOrEqual(6);
    expect(manuals.some((manual) => manual.analysis.criteria.provisional)).toBe(true);
  });

  for (const manual of manuals) {
    it(`${manual.path}: score, statuses, minutes, sessions and counts`, async () => {
      const html = await manualHtml(manual.report, '0.0.0-test');
      const { criteria, coverage, counts } = manual.analysis;
      expect(attribute(html, /data-score="(\d*)"/g)).toEqual([criteria.score === undefined ? '' : String(Math.round(criteria.score))]);
      const statuses = Object.fromEntries([...html.matchAll(/data-modality="([^"]+)" data-status="([^"]+)"/g)].map((match) => [match[1], match[2]]));
      for (const modality of criteria.modalities) expect(statuses[modality.id], modality.id).toBe(modality.status);
      for (const item of criteria.axis4.items) expect(statuses[item.id], item.id).toBe(item.status);
      for (const general of GENERAL_COMPETENCIES) {
        const own = coverage.generals.find((entry) => entry.code === general.code);
        expect(attribute(html, new RegExp(`data-competency="${general.code}" data-worked="(\\w+)" data-minutes="\\d+"`, 'g'))).toEqual([String(own?.worked ?? false)]);
        expect(attribute(html, new RegExp(`data-competency="${general.code}" data-worked="\\w+" data-minutes="(\\d+)"`, 'g'))).toEqual([String(Math.round(own?.minutes ?? 0))]);
      }
      expect(attribute(html, /data-sessions="(\d+)"/g)).toEqual([String(coverage.totals.sessions)]);
      expect(html).toContain(`${counts.error} error`);
      expect(html).toContain(`${counts.warning} warning`);
      if (criteria.provisional) expect(html).toContain('Provisional score');
      else expect(html).not.toContain('Provisional score');
      expect(html).toContain(manual.report.reference.id);
    });
  }

  it('lists the improvement points weakest first, each citing a criterion, a competency, an axis or a rule', () => {
    const weak = manuals.find((manual) => manual.analysis.criteria.provisional)!;
    const points = weak.report.improvements;
    expect(points[0]!.reason).toBe('error');
    const order = ['error', 'missing', 'declared', 'partly-met', 'warning', 'info'];
    const ranks = points.map((point) => order.indexOf(point.reason));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const missing = weak.analysis.criteria.modalities.filter((modality) => modality.status === 'missing').map((modality) => modality.id);
    expect(
      points
        .filter((point) => point.reason === 'missing')
        .map((point) => point.cites.id)
        .sort(),
    ).toEqual(missing.sort());
  });
});

describe('the territory counts what the analyses say', () => {
  const report = territoryReport(
    manuals.map((manual) => manual.report),
    'en',
  );

  it('counts each manual in the cells of its ages, settings and competencies', () => {
    for (const cell of report.cube) {
      const expected = manuals.filter(({ report: own }) => {
        const { minAge, maxAge, settings } = own.program;
        const worked = own.competencies.find((entry) => entry.code === cell.competency)!.worked;
        return minAge !== undefined && maxAge !== undefined && minAge <= cell.age && cell.age <= maxAge && settings.includes(cell.setting) && worked;
      }).length;
      expect(cell.programmes, `${cell.age} ${cell.setting} ${cell.competency}`).toBe(expected);
    }
    expect(report.cube.length).toBeGreaterThan(0);
  });

  it('names the gaps from the data, in both languages', () => {
    const en = JSON.parse(territoryJson(report, 'test')) as { gaps: { kind: string; text: string }[] };
    // No example is in vocational training: the gap is named, in words.
    expect(en.gaps.map((gap) => gap.text)).toContain('No programme for ages 16–25 in Vocational training, employment support.');
    const fr = JSON.parse(
      territoryJson(
        territoryReport(
          exampleManuals('fr').map((manual) => manual.report),
          'fr',
        ),
        'test',
      ),
    ) as { gaps: { text: string }[] };
    expect(fr.gaps.map((gap) => gap.text)).toContain('Aucun programme pour les 16–25 ans en milieu «\u00a0Formation professionnelle, insertion\u00a0».');
    // The youngest age at which each competency is worked comes from the manuals.
    for (const gap of report.gaps) {
      if (gap.kind !== 'competency-before') continue;
      const youngest = Math.min(
        ...manuals // bounded-spread: the handful of examples
          .filter((manual) => manual.report.competencies.find((entry) => entry.code === gap.competency)!.worked)
          .map((manual) => manual.report.program.minAge ?? Infinity),
      );
      expect(gap.age).toBe(youngest);
    }
  });

  it('gives the modalities most often missing first, and the same figures in CSV as in the analyses', async () => {
    const first = report.modalities[0]!;
    expect(first.missing).toBe(
      manuals.filter((manual) => manual.analysis.criteria.modalities.some((modality) => modality.id === first.id && modality.status === 'missing')).length,
    );
    const csv = territoryCsv(report).trimEnd().split('\r\n');
    expect(csv).toHaveLength(manuals.length + 1);
    for (const manual of manuals) {
      const row = csv.find((line) => line.startsWith(`${manual.path},`))!;
      expect(row, manual.path).toBeDefined();
      const score = manual.analysis.criteria.score;
      expect(row).toContain(`,${score === undefined ? '' : Math.round(score * 10) / 10},${manual.analysis.criteria.provisional},`);
    }
    const html = await territoryHtml(report, 'test');
    expect(html).toContain('Modalities most often missing');
    expect(html).toContain(`data-modality="${first.id}"`);
  });
});
