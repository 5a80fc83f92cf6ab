import {
  AXIS4_ITEMS,
  GENERAL_COMPETENCIES,
  GENERAL_CRITERIA,
  MODALITIES,
  OPERATIONAL_CRITERIA,
  PHASES,
  formatMinutes,
  localize,
  message,
  type Locale,
  type Localized,
} from '@cpskit/core';
import { ageGroupLabel, evidenceText, statusMeaning, type Analysis } from '@cpskit/language-server';

/** Everything a manual puts on the page goes through here: it is text, never markup. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface AnalysisPage {
  readonly analysis: Analysis;
  /** The manual's file name, shown in the heading. */
  readonly file: string;
  readonly locale: Locale;
  /** A fresh random value per render: the only style sheet allowed carries it. */
  readonly nonce: string;
  /** The command link of the "Export report" button (a command URI: the page runs no script). */
  readonly exportCommand?: string;
}

export const ANALYSIS_WORDS = {
  heading: { en: 'Criteria and coverage', fr: 'Critères et couverture' },
  score: { en: 'Score', fr: 'Score' },
  findings: {
    en: '{error} {error|error|errors}, {warning} {warning|warning|warnings}, {info} {info|info|info}',
    fr: '{error} {error|erreur|erreurs}, {warning} {warning|avertissement|avertissements}, {info} {info|info|infos}',
  },
  criteria: { en: 'Quality criteria (Santé publique France)', fr: 'Critères de qualité (Santé publique France)' },
  modality: { en: 'Practical modality', fr: 'Modalité pratique' },
  status: { en: 'Status', fr: 'Statut' },
  evidence: { en: 'What the manual shows', fr: 'Ce que montre le manuel' },
  coverage: { en: 'Competencies worked', fr: 'Compétences travaillées' },
  chart: { en: 'Minutes of sessions and practices per general competency', fr: 'Minutes de séances et de pratiques par compétence générale' },
  competency: { en: 'General competency', fr: 'Compétence générale' },
  worked: { en: 'Worked', fr: 'Travaillée' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  sessions: { en: 'Sessions', fr: 'Séances' },
  sessionMinutes: { en: 'Minutes of sessions', fr: 'Minutes de séances' },
  practiceMinutes: { en: 'Minutes of practices outside sessions', fr: 'Minutes de pratiques hors séances' },
  totalMinutes: { en: 'Total', fr: 'Total' },
  allRow: { en: 'All competencies', fr: 'Toutes compétences' },
  minutes: { en: '{minutes} min', fr: '{minutes} min' },
  noScore: { en: 'no criterion applies', fr: 'aucun critère ne s’applique' },
  axis4: { en: 'Monitoring and evaluation (axis 4 of the national strategy)', fr: 'Suivi et évaluation (axe\u00a04 de la stratégie nationale)' },
  axis4Note: {
    en: 'Not in SpF’s table of quality criteria, nor in the score: cpskit’s reading of axis 4 of the national CPS strategy.',
    fr: 'Hors du tableau des critères de qualité de SpF et du score\u00a0: lecture que fait cpskit de l’axe\u00a04 de la stratégie nationale CPS.',
  },
  item: { en: 'Item', fr: 'Élément' },
  provisional: { en: 'provisional — the manual has errors', fr: 'provisoire — le manuel a des erreurs' },
  byAgeGroup: { en: 'By age group', fr: 'Par groupe d’âge' },
  byAgeGroupNote: {
    en: 'A participant receives only the sessions for their ages and those for everyone; rituals and practices that no session lists are for everyone. Hours of sessions and practices together, over the years of the group’s sessions.',
    fr: 'Un participant ne reçoit que les séances de son âge et celles pour tous\u00a0; les rituels et pratiques qu’aucune séance ne liste sont pour tous. Heures de séances et de pratiques ensemble, sur les années des séances du groupe.',
  },
  ageGroup: { en: 'Age group', fr: 'Groupe d’âge' },
  hoursPerYear: { en: 'Hours per year', fr: 'Heures par an' },
  yearHours: { en: 'year {year}: {time}', fr: 'année {year}\u00a0: {time}' },
  generalsWorked: { en: 'General competencies', fr: 'Compétences générales' },
  workedState: { en: 'worked', fr: 'travaillée' },
  notWorked: { en: 'not worked', fr: 'non travaillée' },
  exportReport: { en: 'Export report', fr: 'Exporter le rapport' },
  exportHint: {
    en: 'A page to print or share (HTML, A4), written next to the manual and opened in the browser.',
    fr: 'Une page à imprimer ou à partager (HTML, A4), écrite à côté du manuel et ouverte dans le navigateur.',
  },
} satisfies Record<string, Localized>;

const STATUS_MARK: Readonly<Record<string, string>> = { met: '✔', 'partly-met': '◐', declared: '○', missing: '✖', 'not-applicable': '–' };

/** A status as a compact badge that never wraps: its mark and its word on one line, whatever the width. */
function statusBadge(statusId: string, locale: Locale): string {
  return `<span class="badge"><span aria-hidden="true">${STATUS_MARK[statusId] ?? ''}</span>\u00a0${escapeHtml(message(`status.${statusId}` as Parameters<typeof message>[0], locale))}</span>`;
}

function scoreText(score: number | undefined, locale: Locale): string {
  return score === undefined ? localize(ANALYSIS_WORDS.noScore, locale) : `${Math.round(score)}/100`;
}

/** A bar for a score or an amount, as a sized block: readable in every theme, and without colour. */
function bar(fraction: number, label: string): string {
  const width = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return `<span class="bar" role="img" aria-label="${escapeHtml(label)}"><span class="fill w${width}"></span></span>`;
}

/** One CSS class per percentage: inline styles would need 'unsafe-inline'. */
function widthClasses(): string {
  return Array.from({ length: 101 }, (_, i) => `.w${i}{width:${i}%}`).join('');
}

/**
 * The age-group table's own rules, only on a page that has one (a manual with one group gets the
 * page it always had): each year's hours and each competency stay whole and wrap between them;
 * under 720 px the table reflows like the coverage, each cell named by its column.
 */
const AGE_GROUP_STYLE = `.age-groups th[scope=row]{white-space:nowrap}.age-groups .year,.age-groups .competency{display:inline-block;white-space:nowrap;margin-right:.8em}.age-groups .competency.not-worked{color:var(--vscode-errorForeground)}
@media (max-width:720px){
.age-groups,.age-groups tbody,.age-groups tr,.age-groups th,.age-groups td{display:block;width:auto}
.age-groups thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.age-groups th,.age-groups td{border-bottom:0;padding:.1em 0}.age-groups tr{border-bottom:1px solid var(--vscode-editorWidget-border,transparent);padding:.3em 0}
.age-groups td::before{content:attr(data-label) " ";color:var(--vscode-descriptionForeground)}
}`;

/**
 * What each age group receives, when sessions give their ages and the programme splits into
 * several groups: its sessions, its hours year by year over its years (the intensity of criterion
 * 1.2.4 as a participant of those ages lives it) and their total, and which of the six general
 * competencies it works. Nothing at all for a manual with one group: it reads exactly as before.
 */
function ageGroupTable(analysis: Analysis, locale: Locale): string {
  const groups = analysis.coverage.ageGroups;
  if (groups.length < 2) return '';
  const t = (text: Localized, args?: Record<string, string | number>) => escapeHtml(localize(text, locale, args));
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const labelled = (column: Localized) => ` data-label="${escapeHtml(localize(column, locale) + colon)}"`;
  const rows = groups.map((group) => {
    // Over the group's years (see `AgeGroupCoverage.years`): a year between with nothing shows as nothing.
    const perYear = group.years
      .map((year) => `<span class="year">${t(ANALYSIS_WORDS.yearHours, { year, time: formatMinutes(group.totals.minutesByYear[year] ?? 0) })}</span>`)
      .join(' ');
    const generals = GENERAL_COMPETENCIES.map((general) => {
      const worked = group.generals.find((candidate) => candidate.code === general.code)?.worked ?? false;
      const state = localize(worked ? ANALYSIS_WORDS.workedState : ANALYSIS_WORDS.notWorked, locale);
      return `<span class="competency ${worked ? 'worked' : 'not-worked'}" title="${escapeHtml(`${general.code} ${localize(general.label, locale)}${colon} ${state}`)}"><span aria-hidden="true">${worked ? '✔' : '✖'}</span>\u00a0${escapeHtml(general.code)}${worked ? '' : ` (${escapeHtml(state)})`}</span>`;
    }).join(' ');
    return `<tr class="age-group"><th scope="row">${t(ageGroupLabel(group))}</th><td class="count"${labelled(ANALYSIS_WORDS.sessions)}>${escapeHtml(group.totals.sessions)}</td><td class="years"${labelled(ANALYSIS_WORDS.hoursPerYear)}>${perYear}</td><td class="total"${labelled(ANALYSIS_WORDS.totalMinutes)}>${escapeHtml(formatMinutes(group.totals.minutes))}</td><td class="generals"${labelled(ANALYSIS_WORDS.generalsWorked)}>${generals}</td></tr>`;
  });
  return `<h2>${t(ANALYSIS_WORDS.byAgeGroup)}</h2>
<p class="evidence">${t(ANALYSIS_WORDS.byAgeGroupNote)}</p>
<table class="age-groups">
<thead><tr><th scope="col">${t(ANALYSIS_WORDS.ageGroup)}</th><th scope="col">${t(ANALYSIS_WORDS.sessions)}</th><th scope="col">${t(ANALYSIS_WORDS.hoursPerYear)}</th><th scope="col">${t(ANALYSIS_WORDS.totalMinutes)}</th><th scope="col">${t(ANALYSIS_WORDS.generalsWorked)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/**
 * The analysis view: the score, the criteria table (3 general, 9 operational, every modality
 * with its status and evidence), the items of axis 4 (monitoring and evaluation) in a table
 * of their own, apart from SpF's criteria and score, and the coverage (the six general competencies, phase 1 then
 * phase 2, as a table and a bar chart of their minutes), with, when sessions give their ages, what each age group
 * receives. No script; one style sheet with a nonce;
 * colours from the theme's variables, so it reads in light, dark and high-contrast themes.
 */
export function analysisHtml({ analysis, file, locale, nonce, exportCommand }: AnalysisPage): string {
  const t = (text: Localized, args?: Record<string, string | number>) => escapeHtml(localize(text, locale, args));
  const { criteria, coverage, counts } = analysis;

  const criteriaRows: string[] = [];
  for (const general of GENERAL_CRITERIA) {
    const result = criteria.general.find((entry) => entry.id === general.id);
    criteriaRows.push(
      `<tr class="general"><th scope="rowgroup" colspan="2">${escapeHtml(general.id)}. ${t(general.label)}</th><td>${bar((result?.score ?? 0) / 100, scoreText(result?.score, locale))} ${escapeHtml(scoreText(result?.score, locale))}</td></tr>`,
    );
    for (const operational of OPERATIONAL_CRITERIA.filter((entry) => entry.general === general.id)) {
      const opResult = criteria.operational.find((entry) => entry.id === operational.id);
      criteriaRows.push(
        `<tr class="operational"><th scope="row" colspan="2">${escapeHtml(operational.id)} ${t(operational.label)}</th><td>${bar((opResult?.score ?? 0) / 100, scoreText(opResult?.score, locale))} ${escapeHtml(scoreText(opResult?.score, locale))}</td></tr>`,
      );
      for (const modality of MODALITIES.filter((entry) => entry.criterion === operational.id)) {
        const status = criteria.modalities.find((entry) => entry.id === modality.id);
        const statusId = status?.status ?? 'missing';
        criteriaRows.push(
          `<tr class="modality ${escapeHtml(statusId)}"><td>${escapeHtml(modality.id)} ${t(modality.label)}</td><td class="status">${statusBadge(statusId, locale)}</td><td class="evidence">${escapeHtml(status ? (evidenceText(status, locale) ?? statusMeaning(status.status, locale)) : statusMeaning('missing', locale))}</td></tr>`,
        );
      }
    }
  }

  const axis4Rows = AXIS4_ITEMS.map((item) => {
    const result = criteria.axis4.items.find((entry) => entry.id === item.id);
    const statusId = result?.status ?? 'missing';
    return `<tr class="item ${escapeHtml(statusId)}"><td>${escapeHtml(item.id)} ${t(item.label)}</td><td class="status">${statusBadge(statusId, locale)}</td><td class="evidence">${result?.evidence ? escapeHtml(result.evidence) : ''}</td></tr>`;
  });

  // Each coverage cell names its column, for the narrow layout where the cells follow one another under the competency.
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const label = [ANALYSIS_WORDS.worked, ANALYSIS_WORDS.sessions, ANALYSIS_WORDS.sessionMinutes, ANALYSIS_WORDS.practiceMinutes, ANALYSIS_WORDS.totalMinutes].map(
    (column) => ` data-label="${escapeHtml(localize(column, locale) + colon)}"`,
  );
  const maxMinutes = coverage.generals.reduce((most, entry) => Math.max(most, entry.minutes), 1);
  const coverageRows: string[] = [];
  const chartRows: string[] = [];
  for (const phase of [1, 2] as const) {
    coverageRows.push(
      `<tr class="phase"><th scope="rowgroup" colspan="6">${escapeHtml(message('summary.phase', locale, { phase }))}${locale === 'fr' ? '\u00a0:' : ':'} ${t(PHASES[phase])}</th></tr>`,
    );
    for (const general of GENERAL_COMPETENCIES.filter((entry) => entry.phase === phase)) {
      const entry = coverage.generals.find((candidate) => candidate.code === general.code);
      const minutes = Math.round(entry?.minutes ?? 0);
      const worked = entry?.worked ?? false;
      const cells = [entry?.sessionMinutes ?? 0, entry?.practiceMinutes ?? 0, entry?.minutes ?? 0]
        .map((value, index) => `<td${label[index + 2]}>${t(ANALYSIS_WORDS.minutes, { minutes: Math.round(value) })}</td>`)
        .join('');
      coverageRows.push(
        `<tr class="${worked ? 'worked' : 'not-worked'}"><th scope="row">${escapeHtml(general.code)} ${t(general.label)}</th><td${label[0]}>${worked ? '✔ ' + t(ANALYSIS_WORDS.yes) : '✖ ' + t(ANALYSIS_WORDS.no)}</td><td${label[1]}>${escapeHtml(entry?.sessionIds.length ?? 0)}</td>${cells}</tr>`,
      );
      chartRows.push(
        `<div class="chart-row"><span class="chart-label">${escapeHtml(general.code)}</span>${bar(minutes / maxMinutes, `${general.code}: ${minutes} min`)}<span class="chart-value">${t(ANALYSIS_WORDS.minutes, { minutes })}</span></div>`,
      );
    }
  }

  // The manual's minutes, sessions and practices apart, then their total: the competencies' rows plus what names none.
  const totals = [coverage.totals.sessionMinutes, coverage.totals.practiceMinutes, coverage.totals.minutes]
    .map((value, index) => `<td${label[index + 2]}>${t(ANALYSIS_WORDS.minutes, { minutes: Math.round(value) })}</td>`)
    .join('');
  coverageRows.push(`<tr class="all"><th scope="row">${t(ANALYSIS_WORDS.allRow)}</th><td></td><td${label[1]}>${escapeHtml(coverage.totals.sessions)}</td>${totals}</tr>`);

  const ageGroupRows = ageGroupTable(analysis, locale);

  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${escapeHtml(nonce)}'; img-src 'none'; script-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(file)}</title>
<style nonce="${escapeHtml(nonce)}">
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 1rem 2rem}
h1{font-size:1.4em;font-weight:600;overflow-wrap:anywhere}h2{font-size:1.15em;font-weight:600;margin-top:1.6em;border-bottom:1px solid var(--vscode-panel-border,var(--vscode-foreground));padding-bottom:.2em}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.25em .5em;border-bottom:1px solid var(--vscode-editorWidget-border,transparent)}
tr.general th{font-size:1.05em;padding-top:.8em}tr.operational th{font-weight:600;padding-left:1em}tr.modality td:first-child{padding-left:2em}
tr.phase th{padding-top:.8em}
.missing .status{color:var(--vscode-errorForeground)}.declared .status,.partly-met .status{color:var(--vscode-editorWarning-foreground)}.met .status{color:var(--vscode-testing-iconPassed,var(--vscode-foreground))}
.not-worked th,.not-worked td{color:var(--vscode-errorForeground)}
.evidence{color:var(--vscode-descriptionForeground)}
td,th{overflow-wrap:break-word}.evidence,tr.modality td:first-child,tr.item td:first-child{overflow-wrap:anywhere}
td.status{white-space:nowrap;width:1%}.badge{display:inline-block;white-space:nowrap;padding:0 .45em;border:1px solid currentColor;border-radius:.7em;line-height:1.35}
@media (max-width:720px){
.criteria,.axis4,.coverage,.criteria tbody,.axis4 tbody,.coverage tbody,.criteria tr,.axis4 tr,.coverage tr,.criteria th,.criteria td,.axis4 td,.coverage th{display:block;width:auto}
.criteria thead,.axis4 thead,.coverage thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.criteria th,.criteria td,.axis4 td,.coverage th,.coverage td{border-bottom:0;padding:.1em 0}
.criteria tr,.axis4 tr,.coverage tr{border-bottom:1px solid var(--vscode-editorWidget-border,transparent);padding:.3em 0}
tr.operational th{padding-left:0}tr.modality,tr.item{padding-left:1em}tr.modality td:first-child{padding-left:0}
.criteria td.status,.axis4 td.status{display:inline-block;margin-right:.5em}.criteria td.evidence,.axis4 td.evidence{display:inline}
.coverage td{display:inline-block;margin-right:1.2em}.coverage td:empty{display:none}.coverage td::before{content:attr(data-label) " ";color:var(--vscode-descriptionForeground)}
}
.bar{display:inline-block;width:8em;height:.8em;border:1px solid var(--vscode-foreground);vertical-align:middle;margin-right:.4em}
.fill{display:block;height:100%;background:var(--vscode-charts-blue,var(--vscode-foreground))}
.chart-row{display:flex;align-items:center;gap:.5em;margin:.2em 0}.chart-row .bar{width:60%}.chart-label{width:2.5em;font-weight:600}
.summary{font-size:1.1em}
.actions{margin:.6em 0}.button{display:inline-block;padding:.3em .9em;border-radius:2px;text-decoration:none;color:var(--vscode-button-foreground);background:var(--vscode-button-background)}.button:hover{background:var(--vscode-button-hoverBackground)}
${widthClasses()}${ageGroupRows ? `\n${AGE_GROUP_STYLE}` : ''}
</style>
</head>
<body>
<h1>${t(ANALYSIS_WORDS.heading)}${locale === 'fr' ? '\u00a0:' : ':'} ${escapeHtml(file)}</h1>
<p class="summary"><strong>${t(ANALYSIS_WORDS.score)}</strong> ${bar((criteria.score ?? 0) / 100, scoreText(criteria.score, locale))} ${escapeHtml(scoreText(criteria.score, locale))}${criteria.provisional && criteria.score !== undefined ? ` ${t(ANALYSIS_WORDS.provisional)}` : ''} · ${t(ANALYSIS_WORDS.findings, { error: counts.error, warning: counts.warning, info: counts.info })}</p>
${exportCommand ? `<p class="actions"><a class="button" href="${escapeHtml(exportCommand)}" title="${t(ANALYSIS_WORDS.exportHint)}">${t(ANALYSIS_WORDS.exportReport)}</a></p>` : ''}
<h2>${t(ANALYSIS_WORDS.criteria)}</h2>
<table class="criteria">
<thead><tr><th scope="col">${t(ANALYSIS_WORDS.modality)}</th><th scope="col">${t(ANALYSIS_WORDS.status)}</th><th scope="col">${t(ANALYSIS_WORDS.evidence)}</th></tr></thead>
<tbody>
${criteriaRows.join('\n')}
</tbody>
</table>
<h2>${t(ANALYSIS_WORDS.axis4)}</h2>
<p class="evidence">${t(ANALYSIS_WORDS.axis4Note)}</p>
<table class="axis4">
<thead><tr><th scope="col">${t(ANALYSIS_WORDS.item)}</th><th scope="col">${t(ANALYSIS_WORDS.status)}</th><th scope="col">${t(ANALYSIS_WORDS.evidence)}</th></tr></thead>
<tbody>
${axis4Rows.join('\n')}
</tbody>
</table>
<h2>${t(ANALYSIS_WORDS.coverage)}</h2>
<table class="coverage">
<thead><tr><th scope="col">${t(ANALYSIS_WORDS.competency)}</th><th scope="col">${t(ANALYSIS_WORDS.worked)}</th><th scope="col">${t(ANALYSIS_WORDS.sessions)}</th><th scope="col">${t(ANALYSIS_WORDS.sessionMinutes)}</th><th scope="col">${t(ANALYSIS_WORDS.practiceMinutes)}</th><th scope="col">${t(ANALYSIS_WORDS.totalMinutes)}</th></tr></thead>
<tbody>
${coverageRows.join('\n')}
</tbody>
</table>
<h2>${t(ANALYSIS_WORDS.chart)}</h2>
<div class="chart" role="list">
${chartRows.join('\n')}
</div>
${ageGroupRows ? `${ageGroupRows}\n` : ''}</body>
</html>
`;
}
