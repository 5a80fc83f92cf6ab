import { GENERAL_COMPETENCIES, SETTINGS, localize, lookupModality, type Locale, type MessageArgs } from '@cpskit/core';
import { chartImage } from '../charts.js';
import { gapSentence } from '../gap-words.js';
import type { TerritoryReport } from '../territory.js';
import { WORDS } from '../words.js';
import { escapeHtml } from './escape.js';
import { formatNumber } from './numbers.js';
import { page } from './page.js';

function heatmap(
  values: readonly Record<string, string | number>[],
  y: { field: string; title: string; sort: readonly string[] },
  x: { field: string; title: string },
  locale: Locale,
) {
  return {
    data: { values: values as Record<string, string | number>[] },
    width: { step: 22 },
    height: { step: 20 },
    encoding: {
      x: { field: x.field, type: 'ordinal' as const, title: x.title, axis: { labelAngle: 0 } },
      y: { field: y.field, type: 'nominal' as const, title: y.title, sort: [...y.sort], axis: { labelLimit: 260 } },
    },
    layer: [
      {
        mark: { type: 'rect' as const, stroke: 'white' },
        encoding: {
          // No programme: a pale grey, apart from the greens of the cells served.
          color: {
            condition: { test: 'datum.programmes === 0', value: '#f1f2f5' },
            field: 'programmes',
            type: 'quantitative' as const,
            title: localize(WORDS.programmes, locale),
            scale: { scheme: 'greens', domainMin: 0 },
            legend: { tickMinStep: 1, format: 'd' },
          },
        },
      },
      { mark: { type: 'text' as const, fontSize: 10 }, encoding: { text: { field: 'label', type: 'nominal' as const } } },
    ],
  };
}

/** The territory's picture as one self-contained HTML page. */
export async function territoryHtml(report: TerritoryReport, version: string): Promise<string> {
  const { locale } = report;
  const plain = (word: keyof typeof WORDS, args?: MessageArgs) => localize(WORDS[word], locale, args);
  const say = (word: keyof typeof WORDS, args?: MessageArgs) => escapeHtml(plain(word, args));
  const settingLabel = (id: keyof typeof SETTINGS) => SETTINGS[id].label[locale];
  const scored = report.manuals.filter((manual) => manual.score !== undefined && !manual.provisional).length;
  const sections: string[] = [];

  sections.push(`<header><p class="lead">${say('territoryTitle')}</p><h1>${say('manualsFound', { count: report.manuals.length, scored })}</h1>
${report.unreadable.length > 0 ? `<p class="provisional wrap">${say('unreadable', { count: report.unreadable.length, paths: report.unreadable.join(', ') })}</p>` : ''}</header>`);

  // The competencies first (a hole across every setting), then the settings.
  const gapItems = [...report.gaps.filter((gap) => gap.kind !== 'setting'), ...report.gaps.filter((gap) => gap.kind === 'setting')].map(
    (gap) => `<li class="gap" data-kind="${gap.kind}">${escapeHtml(gapSentence(gap, locale))}</li>`,
  );
  sections.push(`<section class="gaps"><h2>${say('gaps')}</h2>${gapItems.length === 0 ? `<p>${say('noGap')}</p>` : `<ul>${gapItems.join('\n')}</ul>`}</section>`);

  const settingSort = report.settings.map(settingLabel);
  const ageSetting = report.byAgeSetting.map((cell) => ({
    age: cell.age,
    setting: settingLabel(cell.setting),
    programmes: cell.programmes,
    label: cell.programmes === 0 ? '' : String(cell.programmes),
  }));
  const ageCompetency = report.byAgeCompetency.map((cell) => ({
    age: cell.age,
    competency: cell.competency,
    programmes: cell.programmes,
    label: cell.programmes === 0 ? '' : String(cell.programmes),
  }));
  const codes = GENERAL_COMPETENCIES.map((general) => general.code);
  const servedCharts: string[] = [];
  if (report.settings.length > 0) {
    servedCharts.push(
      `<h3>${say('byAgeSetting')}</h3><figure>${await chartImage(heatmap(ageSetting, { field: 'setting', title: plain('setting'), sort: settingSort }, { field: 'age', title: plain('age') }, locale), plain('byAgeSetting'), escapeHtml)}</figure>`,
    );
  }
  servedCharts.push(
    `<h3>${say('byAgeCompetency')}</h3><figure>${await chartImage(heatmap(ageCompetency, { field: 'competency', title: plain('competency'), sort: codes }, { field: 'age', title: plain('age') }, locale), plain('byAgeCompetency'), escapeHtml)}</figure>`,
  );
  const settingRows = report.settings.map((setting) => {
    const cells = codes.map((code) => {
      const count = report.bySettingCompetency.find((cell) => cell.setting === setting && cell.competency === code)?.programmes ?? 0;
      return `<td class="num" data-competency="${code}">${formatNumber(count, locale)}</td>`;
    });
    return `<tr data-setting="${setting}"><td>${escapeHtml(settingLabel(setting))}</td>${cells.join('')}</tr>`;
  });
  servedCharts.push(
    `<h3>${say('bySettingCompetency')}</h3><table class="setting-competency"><thead><tr><th>${say('setting')}</th>${codes.map((code) => `<th class="num">${code}</th>`).join('')}</tr></thead><tbody>${settingRows.join('\n')}</tbody></table>`,
  );
  sections.push(`<section class="served"><h2>${say('served')}</h2>${servedCharts.join('\n')}</section>`);

  const bandValues: { band: string; competency: string; hours: number }[] = [];
  for (const band of report.hoursByBand) {
    for (const code of codes) {
      const hours = band.hoursPerYearByCompetency[code];
      if (hours > 0) bandValues.push({ band: plain('band', { from: band.from, to: band.to }), competency: code, hours });
    }
  }
  const bandChart =
    bandValues.length === 0
      ? ''
      : await chartImage(
          {
            data: { values: bandValues },
            width: 420,
            height: 200,
            mark: { type: 'bar' },
            encoding: {
              x: { field: 'band', type: 'nominal', title: null, sort: report.hoursByBand.map((band) => plain('band', { from: band.from, to: band.to })), axis: { labelAngle: 0 } },
              y: { field: 'hours', type: 'quantitative', title: plain('hoursAxis'), aggregate: 'sum' },
              color: { field: 'competency', type: 'nominal', title: plain('competency'), sort: codes, scale: { scheme: 'tableau10' } },
            },
          },
          plain('hoursByBand'),
          escapeHtml,
        );
  const bandRows = report.hoursByBand.map(
    (band) =>
      `<tr data-band="${band.from}-${band.to}"><td>${say('band', { from: band.from, to: band.to })}</td><td class="num">${formatNumber(band.programmes, locale)}</td><td class="num">${band.medianHoursPerYear === undefined ? '—' : formatNumber(band.medianHoursPerYear, locale)}</td>${codes.map((code) => `<td class="num">${formatNumber(band.hoursPerYearByCompetency[code], locale)}</td>`).join('')}</tr>`,
  );
  sections.push(`<section class="hours"><h2>${say('hoursByBand')}</h2><p class="muted">${say('hoursNote')}</p><figure>${bandChart}</figure>
<table class="bands"><thead><tr><th></th><th class="num">${say('programmes')}</th><th class="num">${say('medianHours')}</th>${codes.map((code) => `<th class="num">${code}</th>`).join('')}</tr></thead><tbody>${bandRows.join('\n')}</tbody></table></section>`);

  const modalityRows = report.modalities
    .slice(0, 15)
    .map(
      (entry) =>
        `<tr data-modality="${entry.id}"><td class="num">${entry.id}</td><td>${escapeHtml(lookupModality(entry.id)?.label[locale] ?? entry.id)}</td><td class="num">${formatNumber(entry.missing, locale)}</td><td class="num">${formatNumber(entry.notFullyMet, locale)}</td></tr>`,
    );
  sections.push(
    `<section class="modalities"><h2>${say('mostMissing')}</h2><table><thead><tr><th class="num">#</th><th>${say('modality')}</th><th class="num">${say('missingIn')}</th><th class="num">${say('notFullyMet')}</th></tr></thead><tbody>${modalityRows.join('\n')}</tbody></table></section>`,
  );

  const manualRows = report.manuals.map(
    (manual) =>
      `<tr><td class="wrap">${escapeHtml(manual.title ?? '')}<div class="muted wrap"><code>${escapeHtml(manual.path)}</code></div></td><td class="num">${manual.minAge ?? '?'}–${manual.maxAge ?? '?'}</td><td>${escapeHtml(manual.settings.map(settingLabel).join(', '))}</td><td>${escapeHtml(manual.worked.join(' '))}</td><td class="num">${formatNumber(manual.hoursPerYear, locale)}</td><td class="num">${manual.score === undefined ? '—' : `${Math.round(manual.score)}${manual.provisional ? '*' : ''}`}</td></tr>`,
  );
  sections.push(
    `<section class="manuals"><h2>${say('manuals')}</h2><table><thead><tr><th>${say('title')}</th><th class="num">${say('ages')}</th><th>${say('settings')}</th><th>${say('competency')}</th><th class="num">${say('hoursAxis')}</th><th class="num">${say('score')}</th></tr></thead><tbody>${manualRows.join('\n')}</tbody></table></section>`,
  );

  sections.push(`<footer>${say('reference', { label: report.reference.label[locale], id: report.reference.id, version })}</footer>`);
  return page({ locale, title: plain('territoryTitle'), body: sections.join('\n') });
}
