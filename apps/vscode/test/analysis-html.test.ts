import { readFileSync } from 'node:fs';
import { MODALITIES } from '@cpskit/core';
import { analyzeText } from '@cpskit/language-server';
import { describe, expect, it } from 'vitest';
import { analysisHtml, escapeHtml } from '../src/analysis-html.js';

const EXAMPLE = readFileSync(new URL('../../../examples/primavera.cps.yaml', import.meta.url), 'utf8');

describe('the analysis view', () => {
  const page = (text: string, locale: 'fr' | 'en' = 'en', file = 'primavera.cps.yaml') =>
    analysisHtml({ analysis: analyzeText(text, { locale }), file, locale, nonce: 'bm9uY2U=' });

  it('allows nothing but its own style sheet: no script, no remote resource, no inline style', () => {
    const html = page(EXAMPLE);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("style-src 'nonce-bm9uY2U='");
    expect(csp).not.toContain('unsafe');
    expect(html).not.toMatch(/<script|\sstyle="|\son[a-z]+=|https?:\/\//i);
    expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="bm9uY2U=">']);
  });

  it('takes every colour from the theme, so that it reads in light, dark and high-contrast themes', () => {
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(page(EXAMPLE))![1]!;
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

  it('shows what a manual says as text, never as markup', () => {
    const hostile = EXAMPLE.replace(/title: .*/, 'title: "<img src=x onerror=alert(1)><script>alert(2)</script>"');
    const html = page(hostile, 'en', '<b>x</b>.cps.yaml');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;.cps.yaml');
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;');
  });
});
