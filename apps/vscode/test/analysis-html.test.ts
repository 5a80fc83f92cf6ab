import { readFileSync } from 'node:fs';
import { MODALITIES } from '@cpskit/core';
import { analyzeText } from '@cpskit/language-server';
import { describe, expect, it } from 'vitest';
import { analysisHtml, escapeHtml } from '../src/analysis-html.js';

const EXAMPLE = readFileSync(new URL('../../../examples/primavera.cps.yaml', import.meta.url), 'utf8');
/** Sessions for the 7–11 and for the 12–15, a daily ritual for everyone; the 12–15 never work E2 (see its header). */
const AGE_BANDS = readFileSync(new URL('../../../packages/language-server/test/fixtures/age-bands.cps.yaml', import.meta.url), 'utf8');

describe('the analysis view', () => {
  const page = (text: string, locale: 'fr' | 'en' = 'en', file = 'primavera.cps.yaml') =>
    analysisHtml({ analysis: analyzeText(text, { locale }), file, locale, nonce: 'bm9uY2U=' });

  it('allows nothing but its own style sheet: no script, no remote resource, no inline style', () => {
    for (const html of [page(EXAMPLE), page(AGE_BANDS, 'fr')]) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'none'");
      expect(csp).toContain("style-src 'nonce-bm9uY2U='");
      expect(csp).not.toContain('unsafe');
      expect(html).not.toMatch(/<script|\sstyle="|\son[a-z]+=|https?:\/\//i);
      expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="bm9uY2U=">']);
    }
  });

  it('takes every colour from the theme, so that it reads in light, dark and high-contrast themes', () => {
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(page(AGE_BANDS))![1]!;
    const colours = [...style.matchAll(/(?:^|[;{])\s*((?:background|color|border)[\w-]*)\s*:\s*([^;}]+)/g)].map((match) => [match[1], match[2]!.trim()]);
    expect(colours.length).toBeGreaterThan(8);
    for (const [property, value] of colours) {
      if (property!.startsWith('border') && !/var\(|#|rgb/.test(value!)) continue;
      expect(value, `${property}: ${value}`).toMatch(/^(?:[\d.]+(?:px|em)? \w+ )?var\(--vscode-[\w-]+(?:,\s*(?:var\(--vscode-[\w-]+\)|transparent))?\)$/);
    }
  });

  it('shows every modality of the criteria table with its status, and the six general competencies', () => {
    const html = page(EXAMPLE);
    for (const modality of MODALITIES) expect(html, modality.id).toContain(`<td>${modality.id} `);
    expect(html.match(/<tr class="modality /g)).toHaveLength(MODALITIES.length);
    for (const code of ['C1', 'E1', 'S1', 'C2', 'E2', 'S2']) expect(html).toContain(`<span class="chart-label">${code}</span>`);
    expect(html).toMatch(/<strong>Score<\/strong> .*\d+\/100/);
    expect(html).toContain('Phase 1: Understanding and acceptance');
  });

  it('shows axis 4 of the national strategy as a table of its own, apart from SpF’s modalities', () => {
    const html = page(EXAMPLE);
    const axis4 = html.slice(html.indexOf('<table class="axis4">'));
    expect(html.indexOf('<table class="axis4">')).toBeGreaterThan(html.indexOf('<table class="criteria">'));
    expect(axis4.slice(0, axis4.indexOf('</table>')).match(/<tr class="item /g)).toHaveLength(3);
    for (const id of ['A4.1', 'A4.2', 'A4.3']) expect(axis4).toContain(`<td>${id} `);
    expect(html).toContain('Monitoring and evaluation (axis 4 of the national strategy)');
    expect(page(EXAMPLE, 'fr')).toContain('Suivi et évaluation (axe\u00a04 de la stratégie nationale)');
  });

  it('shows the minutes of sessions and of practices outside sessions apart, and their total', () => {
    const gbg = readFileSync(new URL('../../../examples/good-behavior-game.cps.yaml', import.meta.url), 'utf8');
    const html = page(gbg);
    expect(html).toContain('<th scope="col">Minutes of sessions</th><th scope="col">Minutes of practices outside sessions</th><th scope="col">Total</th>');
    // S1: sessions, the game and the daily reminders; the row of all competencies adds up to the manual's minutes.
    // Each cell names its column (data-label) for the narrow layout; the values are compared without it.
    const row = (label: string) =>
      new RegExp(`<th scope="row">${label}</th>((?:<td[^>]*>[^<]*</td>)+)</tr>`)
        .exec(html)?.[1]
        ?.match(/<td[^>]*>([^<]*)<\/td>/g)
        ?.map((cell) => cell.replace(/^<td[^>]*>/, '<td>'));
    expect(row('All competencies')).toEqual(['<td></td>', '<td>10</td>', '<td>450 min</td>', '<td>2880 min</td>', '<td>3330 min</td>']);
    const s1 = row('S1 Develop constructive relationships')!;
    const [sessions, practices, total] = s1.slice(2).map((cell) => Number(cell.replace(/\D/g, '')));
    expect(sessions! + practices!).toBeCloseTo(total!, -1);
    expect(practices).toBeGreaterThan(0);
  });

  it('says when the score is provisional: the manual has errors', () => {
    expect(page(EXAMPLE)).not.toContain('provisional');
    const broken = EXAMPLE.replace(/^version: 1$/m, 'version: 2');
    expect(page(broken)).toMatch(/<strong>Score<\/strong> .*\d+\/100 provisional — the manual has errors · 1 error/);
    expect(page(broken, 'fr')).toContain('/100 provisoire — le manuel a des erreurs · 1 erreur');
  });

  it('speaks French when asked, with SpF’s own labels', () => {
    const html = page(EXAMPLE, 'fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Critères de qualité (Santé publique France)');
    expect(html).toContain('Phase 1\u00a0: Compréhension et acceptation');
  });

  it('draws each status as a badge whose words stay together, and names each coverage cell for the narrow layout', () => {
    const weak = readFileSync(new URL('../../../examples/weak/atelier-emotions.cps.yaml', import.meta.url), 'utf8');
    const html = page(weak, 'fr', 'atelier-emotions.cps.yaml');
    expect(html).toContain('<td class="status"><span class="badge"><span aria-hidden="true">○</span>\u00a0déclaré sans preuve</span></td>');
    expect(html).toMatch(/\.badge\{[^}]*white-space:nowrap/);
    expect(html).toContain('<td data-label="Minutes de séances\u00a0:">');
    expect(html).toContain('<h1>Critères et couverture\u00a0: atelier-emotions.cps.yaml</h1>');
    // The layout changes with the view's width (a webview's viewport is the panel), never with a script.
    expect(html).toMatch(/@media \(max-width:720px\)\{/);
  });

  /** The age-group table's rows, each as its cells' text (the marks and the no-break spaces kept). */
  const ageRows = (html: string) =>
    [...html.matchAll(/<tr class="age-group">(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')));

  it('shows what each age group receives when sessions give their ages: sessions, hours per year, competencies (English)', () => {
    const html = page(AGE_BANDS, 'en', 'age-bands.cps.yaml');
    expect(html).toContain('<h2>By age group</h2>');
    expect(html).toContain(
      '<th scope="col">Age group</th><th scope="col">Sessions</th><th scope="col">Hours per year</th><th scope="col">Total</th><th scope="col">General competencies</th>',
    );
    // 7–11: six 45-minute sessions over two years; 12–15: four of 40 minutes; the daily 5-minute ritual (12 h a year) for both.
    expect(ageRows(html)).toEqual([
      ['ages 7–11', '6', 'year 1: 14 h 15 year 2: 14 h 15', '28 h 30', '✔\u00a0C1 ✔\u00a0E1 ✔\u00a0S1 ✔\u00a0C2 ✔\u00a0E2 ✔\u00a0S2'],
      ['ages 12–15', '4', 'year 1: 13 h 20 year 2: 13 h 20', '26 h 40', '✔\u00a0C1 ✔\u00a0E1 ✔\u00a0S1 ✔\u00a0C2 ✖\u00a0E2 (not worked) ✔\u00a0S2'],
    ]);
    // A competency the group leaves out stands out in the theme's error colour, named in full on hover.
    expect(html).toContain('<span class="competency not-worked" title="E2 Regulate one’s emotions and stress: not worked">');
    expect(html).toContain('<td class="years" data-label="Hours per year:">');
    // After the whole programme's coverage and chart: the programme as a whole first, then each group.
    expect(html.indexOf('<table class="age-groups">')).toBeGreaterThan(html.indexOf('<div class="chart"'));
    expect(html).toMatch(/@media \(max-width:720px\)\{\n\.age-groups,/);
  });

  it('and in French, with the group named as the CLI names it and French typography', () => {
    const html = page(AGE_BANDS, 'fr', 'age-bands.cps.yaml');
    expect(html).toContain('<h2>Par groupe d’âge</h2>');
    expect(html).toContain('séances de son âge et celles pour tous\u00a0; les rituels');
    expect(ageRows(html).map((row) => [row[0], row[2], row[4]])).toEqual([
      ['7–11 ans', 'année 1\u00a0: 14 h 15 année 2\u00a0: 14 h 15', '✔\u00a0C1 ✔\u00a0E1 ✔\u00a0S1 ✔\u00a0C2 ✔\u00a0E2 ✔\u00a0S2'],
      ['12–15 ans', 'année 1\u00a0: 13 h 20 année 2\u00a0: 13 h 20', '✔\u00a0C1 ✔\u00a0E1 ✔\u00a0S1 ✔\u00a0C2 ✖\u00a0E2 (non travaillée) ✔\u00a0S2'],
    ]);
    expect(html).toContain('<td class="count" data-label="Séances\u00a0:">6</td>');
    expect(html).toContain('title="E2 Réguler ses émotions et son stress\u00a0: non travaillée"');
  });

  it('reads each group over the years of its own sessions when the units follow one another as the children grow', () => {
    // The 12–15 now come in years 3 and 4: the daily ritual for everyone does not make the 7–11 of years 1–2 receive anything in years 3–4.
    const cohort = AGE_BANDS.replace('duration: { years: 2 }', 'duration: { years: 4 }')
      .replace(/\{ id: c([12]), year: 1,/g, '{ id: c$1, year: 3,')
      .replace(/\{ id: c([34]), year: 2,/g, '{ id: c$1, year: 4,');
    expect(ageRows(page(cohort)).map((row) => row.slice(0, 4))).toEqual([
      ['ages 7–11', '6', 'year 1: 14 h 15 year 2: 14 h 15', '28 h 30'],
      ['ages 12–15', '4', 'year 3: 13 h 20 year 4: 13 h 20', '26 h 40'],
    ]);
  });

  it('shows no age-group table, nor its style, for a manual with one group', () => {
    for (const locale of ['en', 'fr'] as const) expect(page(EXAMPLE, locale)).not.toMatch(/age-group|By age group|Par groupe/);
    // Sessions that all give the programme's own ages make one group too: the page is the one without ages.
    const whole = AGE_BANDS.replace(/ages: \{ min: (7|12), max: (11|15) \}, /g, 'ages: { min: 7, max: 15 }, ');
    const without = AGE_BANDS.replace(/ages: \{ min: (7|12), max: (11|15) \}, /g, '');
    expect(whole).not.toBe(without);
    expect(page(whole, 'fr')).toBe(page(without, 'fr'));
    expect(page(whole, 'fr')).not.toContain('age-group');
  });

  it('shows what a manual says as text, never as markup', () => {
    const hostile = EXAMPLE.replace(/title: .*/, 'title: "<img src=x onerror=alert(1)><script>alert(2)</script>"');
    const html = page(hostile, 'en', '<b>x</b>.cps.yaml');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;.cps.yaml');
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;');
  });
});
