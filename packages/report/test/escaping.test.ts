import { describe, expect, it } from 'vitest';
import { analyzeText } from '@cpskit/language-server';
import { csvField, escapeHtml, manualHtml, manualReport, territoryCsv, territoryHtml, territoryReport } from '../src/index.js';
import { hostileManual } from './hostile-manual.js';

function report(text: string, path = 'a"><img src=x onerror=alert(9)>.cps.yaml') {
  return manualReport({ path, text, analysis: analyzeText(text, { locale: 'en' }), locale: 'en' });
}

/** No element, attribute or style that the manual wrote: its words are only text (checked without printing the page). */
function assertInert(html: string): void {
  const found = (pattern: RegExp) => ({ pattern: pattern.source, found: pattern.test(html) });
  expect(found(/<script/i)).toEqual({ pattern: /<script/i.source, found: false });
  // The only images are the charts, drawn from data URLs; no SVG element in the page itself.
  expect(found(/<img(?![^>]*class="chart" alt="[^"]*" src="data:image\/svg\+xml;base64,)/i).found).toBe(false);
  expect(found(/<svg/i).found).toBe(false);
  // No tag has an event handler, a style attribute or a link to anywhere.
  expect(found(/<[^>]*\son\w+\s*=/i).found).toBe(false);
  expect(found(/<[^>]*\sstyle\s*=/i).found).toBe(false);
  expect(found(/<[^>]*\s(href|src)\s*=\s*(?!"data:)/i).found).toBe(false);
  expect(html.match(/<style>/g)).toHaveLength(1);
  expect(html.match(/<\/style>/g)).toHaveLength(1);
}

describe('a hostile manual renders as text', () => {
  const text = hostileManual();

  it('in the manual report', async () => {
    const model = report(text);
    expect(model.program.title).toContain('<script>');
    const html = await manualHtml(model, 'test');
    assertInert(html);
    expect(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;')).toBe(true);
    expect(html.includes('&#34;&#62;&#60;img src=x onerror=alert(2)&#62;')).toBe(true);
    expect(html.includes('&#60;/style&#62;&#60;style&#62;body{display:none}')).toBe(true);
  });

  it('in the territory report, HTML and CSV', async () => {
    const territory = territoryReport([report(text), report(hostileManual('psfp.cps.yaml'), '=cmd|x.cps.yaml')], 'en', ['<b>unreadable</b>.cps.yaml']);
    const html = await territoryHtml(territory, 'test');
    assertInert(html);
    expect(html.includes('&#60;script&#62;')).toBe(true);
    expect(html.includes('&#60;b&#62;unreadable&#60;/b&#62;')).toBe(true);
    const csv = territoryCsv(territory);
    for (const line of csv.split('\r\n').slice(1, -1)) expect(line.startsWith("'=cmd|x") || line.startsWith('a"') || line.startsWith('"a')).toBe(true);
    expect(csv).toContain("'=cmd|x.cps.yaml");
  });
});

describe('escaping helpers', () => {
  it('turns markup and control characters into text', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\u0007\``)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;\ufffd&#96;');
  });

  it('quotes CSV fields as RFC 4180 says and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@']) expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvField('=HYPERLINK("x"),y')).toBe(`"'=HYPERLINK(""x""),y"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });
});
