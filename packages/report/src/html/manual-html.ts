import {
  AXIS4_ITEMS,
  GENERAL_COMPETENCIES,
  GENERAL_CRITERIA,
  INTERVENTION_KIND_LABELS,
  OPERATIONAL_CRITERIA,
  PHASES,
  SECTORS,
  SETTINGS,
  localize,
  lookupModality,
  message,
  type Locale,
  type Localized,
  type MessageArgs,
} from '@cpskit/core';
import type { ModalityStatus } from '@cpskit/language-server';
import { chartImage } from '../charts.js';
import type { ImprovementPoint, ManualReport, ModalityRow } from '../manual-report.js';
import { WORDS } from '../words.js';
import { escapeHtml } from './escape.js';
import { formatMinutes, formatNumber } from './numbers.js';
import { page } from './page.js';

type Say = (word: keyof typeof WORDS, args?: MessageArgs) => string;

function sayer(locale: Locale): Say {
  return (word, args) => escapeHtml(localize(WORDS[word], locale, args));
}

function statusText(status: ModalityStatus, locale: Locale): string {
  return `<span class="status status-${status}">${escapeHtml(message(`status.${status}`, locale))}</span>`;
}

/** The reference's label of an id the manual names, or the id itself (escaped) when the reference does not know it. */
function labelOf(id: string, table: Readonly<Record<string, Localized>>, locale: Locale): string {
  const label = Object.hasOwn(table, id) ? table[id] : undefined;
  return escapeHtml(label ? label[locale] : id);
}

const SETTING_LABELS: Readonly<Record<string, Localized>> = Object.fromEntries(Object.entries(SETTINGS).map(([id, setting]) => [id, setting.label]));

function summarySection(report: ManualReport, say: Say): string {
  const { program, locale } = report;
  const unknown = `<span class="muted">${say('unknown')}</span>`;
  const ages = program.minAge !== undefined && program.maxAge !== undefined ? say('agesValue', { min: program.minAge, max: program.maxAge }) : unknown;
  const list = (ids: readonly string[], table: Readonly<Record<string, Localized>>) => (ids.length === 0 ? unknown : ids.map((id) => labelOf(id, table, locale)).join(', '));
  const kind = program.evidenceKind;
  const evidence = kind ? labelOf(kind, INTERVENTION_KIND_LABELS, locale) : unknown;
  return `<section class="summary">
<h2>${say('summary')}</h2>
${program.summary ? `<p class="wrap">${escapeHtml(program.summary)}</p>` : ''}
<dl class="facts">
<dt>${say('ages')}</dt><dd>${ages}</dd>
<dt>${say('settings')}</dt><dd>${list(program.settings, SETTING_LABELS)}</dd>
<dt>${say('sectors')}</dt><dd>${list(program.sectors, SECTORS)}</dd>
<dt>${say('duration')}</dt><dd>${program.years !== undefined ? say('years', { count: program.years }) : unknown}</dd>
<dt>${say('evidence')}</dt><dd>${evidence}${program.references > 0 ? ` — ${say('references', { count: program.references })}` : ''}</dd>
<dt>${say('sessionsTotal')}</dt><dd>${formatNumber(report.intensity.sessions, locale)}${report.intensity.averageSessionMinutes !== undefined ? ` × ${escapeHtml(formatMinutes(report.intensity.averageSessionMinutes, locale))}` : ''}</dd>
<dt>${say('file')}</dt><dd class="wrap"><code>${escapeHtml(report.path)}</code></dd>
</dl>
</section>`;
}

function scoreSection(report: ManualReport, say: Say): string {
  const value = report.score === undefined ? say('noScore') : say('scoreOutOf', { score: Math.round(report.score) });
  return `<section class="score-section">
<h2>${say('score')}</h2>
<div class="score"><span class="value" data-score="${report.score === undefined ? '' : Math.round(report.score)}">${value}</span>
<span class="muted">${say('findingsCount', report.counts)}</span></div>
${report.provisional ? `<p class="provisional">${say('provisional', { count: report.counts.error })}</p>` : ''}
</section>`;
}

function findingsList(row: ModalityRow): string {
  if (row.findings.length === 0) return '';
  return `<ul class="findings">${row.findings.map((text) => `<li class="wrap">${escapeHtml(text)}</li>`).join('')}</ul>`;
}

function modalityRow(row: ModalityRow, wording: string, locale: Locale, say: Say): string {
  return `<tr data-modality="${escapeHtml(row.id)}" data-status="${row.status}"><td class="num">${escapeHtml(row.id)}</td><td>${escapeHtml(wording)}</td><td>${statusText(row.status, locale)}</td><td class="wrap">${row.evidence !== undefined ? escapeHtml(row.evidence) : say('none')}</td><td>${findingsList(row)}</td></tr>`;
}

function criteriaSection(report: ManualReport, say: Say): string {
  const { locale } = report;
  const rows: string[] = [];
  const score = (value: number | undefined) => (value === undefined ? say('none') : String(Math.round(value)));
  for (const general of GENERAL_CRITERIA) {
    const own = report.general.find((entry) => entry.id === general.id);
    rows.push(`<tr class="criterion"><td class="num">${general.id}</td><td colspan="3">${escapeHtml(general.label[locale])}</td><td class="num">${score(own?.score)}</td></tr>`);
    for (const operational of OPERATIONAL_CRITERIA.filter((entry) => entry.general === general.id)) {
      const mine = report.operational.find((entry) => entry.id === operational.id);
      rows.push(
        `<tr class="criterion"><td class="num">${operational.id}</td><td colspan="3">${escapeHtml(operational.label[locale])}</td><td class="num">${score(mine?.score)}</td></tr>`,
      );
      for (const row of report.modalities.filter((entry) => entry.criterion === operational.id))
        rows.push(modalityRow(row, lookupModality(row.id)?.label[locale] ?? row.id, locale, say));
    }
  }
  const axisRows = report.axis4.map((row) => modalityRow(row, AXIS4_ITEMS.find((item) => item.id === row.id)?.label[locale] ?? row.id, locale, say));
  const head = `<thead><tr><th class="num">#</th><th>${say('modality')}</th><th>${say('status')}</th><th>${say('evidenceColumn')}</th><th>${say('findingsColumn')}</th></tr></thead>`;
  return `<section class="criteria-table">
<h2>${say('criteria')}</h2>
<table class="criteria">${head}<tbody>${rows.join('\n')}</tbody></table>
<h3>${say('axis4')}</h3>
<table class="axis4">${head}<tbody>${axisRows.join('\n')}</tbody></table>
</section>`;
}

async function coverageSection(report: ManualReport, say: Say): Promise<string> {
  const { locale } = report;
  const plain = (word: keyof typeof WORDS, args?: MessageArgs) => localize(WORDS[word], locale, args);
  const values: { code: string; phase: string; year: string; minutes: number }[] = [];
  for (const entry of report.competencies) {
    for (const year of report.years) {
      const minutes = entry.minutesByYear[year] ?? 0;
      if (minutes > 0) values.push({ code: entry.code, phase: plain('phase', { phase: entry.phase }), year: plain('year', { year }), minutes: Math.round(minutes) });
    }
  }
  const chart =
    values.length === 0
      ? ''
      : await chartImage(
          {
            data: { values },
            width: 200,
            height: 180,
            mark: { type: 'bar' },
            encoding: {
              column: { field: 'phase', type: 'nominal', title: null, sort: [plain('phase', { phase: 1 }), plain('phase', { phase: 2 })] },
              x: { field: 'code', type: 'nominal', title: plain('competency'), axis: { labelAngle: 0 } },
              y: { field: 'minutes', type: 'quantitative', title: plain('minutesAxis'), aggregate: 'sum' },
              color: { field: 'year', type: 'ordinal', title: plain('yearAxis'), scale: { scheme: 'blues' }, sort: report.years.map((year) => plain('year', { year })) },
            },
            resolve: { scale: { x: 'independent' } },
          },
          plain('coverage'),
          escapeHtml,
        );
  const yearHeads = report.years.map((year) => `<th class="num">${say('year', { year })}</th>`).join('');
  const rows = GENERAL_COMPETENCIES.map((general) => {
    const entry = report.competencies.find((own) => own.code === general.code)!;
    const cells = report.years.map((year) => `<td class="num" data-year="${year}">${escapeHtml(formatMinutes(entry.minutesByYear[year] ?? 0, locale))}</td>`).join('');
    const label = `${general.code} — ${general.label[locale]}`;
    return `<tr data-competency="${general.code}" data-worked="${entry.worked}" data-minutes="${Math.round(entry.minutes)}"><td>${escapeHtml(label)}${entry.worked ? '' : ` <span class="muted">(${say('notWorked')})</span>`}</td><td>${escapeHtml(PHASES[general.phase][locale])}</td>${cells}<td class="num">${escapeHtml(formatMinutes(entry.minutes, locale))}</td></tr>`;
  }).join('\n');
  return `<section class="coverage">
<h2>${say('coverage')}</h2>
<p class="muted">${say('coverageNote')}</p>
<figure>${chart}</figure>
<table class="coverage-table"><thead><tr><th>${say('competency')}</th><th>${say('phase', { phase: '' }).trim()}</th>${yearHeads}<th class="num">${say('total')}</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

function intensitySection(report: ManualReport, say: Say): string {
  const { intensity, locale } = report;
  const row = (label: string, cells: (year: number) => string, attribute: string) =>
    `<tr data-row="${attribute}"><th>${label}</th>${report.years.map((year) => `<td class="num">${cells(year)}</td>`).join('')}</tr>`;
  const minutes = (record: Readonly<Record<number, number>>) => (year: number) => escapeHtml(formatMinutes(record[year] ?? 0, locale));
  const years = report.years.map((year) => `<th class="num">${say('year', { year })}</th>`).join('');
  return `<section class="intensity">
<h2>${say('intensity')}</h2>
<dl class="facts">
<dt>${say('sessionsTotal')}</dt><dd data-sessions="${intensity.sessions}">${formatNumber(intensity.sessions, locale)}</dd>
<dt>${say('averageSession')}</dt><dd>${intensity.averageSessionMinutes !== undefined ? escapeHtml(formatMinutes(intensity.averageSessionMinutes, locale)) : say('none')}</dd>
<dt>${say('minutesPerYear')}</dt><dd>${escapeHtml(formatMinutes(intensity.meanMinutesPerYear, locale))}</dd>
<dt>${say('activities')}</dt><dd>${formatNumber(intensity.activities, locale)}</dd>
</dl>
${
  report.years.length === 0
    ? ''
    : `<table class="intensity-table"><thead><tr><th></th>${years}</tr></thead><tbody>
${row(say('sessionsPerYear'), (year) => formatNumber(intensity.sessionsByYear[year] ?? 0, locale), 'sessions')}
${row(say('sessionTime'), minutes(intensity.sessionMinutesByYear), 'session-minutes')}
${row(say('practiceTime'), minutes(intensity.practiceMinutesByYear), 'practice-minutes')}
${row(say('minutesPerYear'), minutes(intensity.minutesByYear), 'minutes')}
</tbody></table>`
}
</section>`;
}

function citation(point: ImprovementPoint, say: Say): string {
  const { kind, id } = point.cites;
  if (kind === 'modality' || kind === 'criterion') return say('cites', { id });
  if (kind === 'competency') return say('citesCompetency', { id });
  if (kind === 'axis') return say('citesAxis', { id });
  return say('citesRule', { id });
}

function improvementsSection(report: ManualReport, say: Say): string {
  const { locale } = report;
  if (report.improvements.length === 0) return `<section class="improvements"><h2>${say('improvements')}</h2><p>${say('noImprovement')}</p></section>`;
  const items = report.improvements.map((point) => {
    const wording = point.cites.kind === 'modality' ? lookupModality(point.cites.id)?.label[locale] : undefined;
    const head =
      point.reason === 'error'
        ? say('fixError')
        : point.status !== undefined
          ? `${say('reachModality', { id: point.cites.id, status: message(`status.${point.status}`, locale) })}${wording ? ` — ${escapeHtml(wording)}` : ''}`
          : '';
    const advice = point.advice.map((text) => `<div class="wrap">${escapeHtml(text)}</div>`).join('');
    return `<li data-cites="${escapeHtml(point.cites.id)}" data-reason="${point.reason}">${head ? `<strong>${head}</strong> ` : ''}<span class="cite">(${citation(point, say)})</span>${advice}</li>`;
  });
  return `<section class="improvements"><h2>${say('improvements')}</h2><ol class="points">${items.join('\n')}</ol></section>`;
}

/** One manual's report as one self-contained HTML page. */
export async function manualHtml(report: ManualReport, version: string): Promise<string> {
  const say = sayer(report.locale);
  const title = report.program.title ?? report.program.id ?? report.path;
  const body = `<header><p class="lead">${say('manualTitle')}</p><h1 class="wrap">${escapeHtml(title)}</h1></header>
${summarySection(report, say)}
${scoreSection(report, say)}
${improvementsSection(report, say)}
${criteriaSection(report, say)}
${await coverageSection(report, say)}
${intensitySection(report, say)}
<footer>${say('reference', { label: report.reference.label[report.locale], id: report.reference.id, version })}</footer>`;
  return page({ locale: report.locale, title: `${localize(WORDS.manualTitle, report.locale)} — ${title}`, body });
}
