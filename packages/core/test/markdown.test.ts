import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText, visible } from '../src/index.js';

// A CommonMark renderer with raw HTML allowed and bare links made links, as GitHub and VS Code do
// (GitHub links `www.` and `http(s)://` but not bare domains: fuzzy links off).
const renderer = new MarkdownIt({ html: true, linkify: true });
renderer.linkify.set({ fuzzyLink: false });

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![](http://tracker.example/p.png)',
  '![x](http://evil/img.png) [link](javascript:alert(1))',
  'see https://evil.example and http://evil.example/a?b=c and www.evil.example',
  '<https://evil.example>',
  'mail me: someone@evil.example',
  '*bold* _em_ **strong** ~~gone~~ `code` ``two``',
  '&lt;b&gt; &amp; &#x41;',
  'a | b \\| c',
  '# heading',
  '- item',
  '1. first',
  '===',
  '> quote',
  '$x^2$',
  'line\nbreak\r\nand \u001b[31mred\u001b[0m \u0000 \u202eevil',
];

/** HTML text with its entities read. */
function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The text a reader sees in the rendered HTML: tags removed, entities read, zero-width spaces gone. */
function seen(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''))
    .replace(/\u200b/g, '')
    .trim();
}

describe('markdownText', () => {
  it.each(HOSTILE)('renders %j as that very text and nothing else', (text) => {
    const html = renderer.renderInline(markdownText(text));
    expect(html).not.toMatch(/<(a|img|script|code|em|strong|s|del)\b/);
    expect(seen(html)).toBe(visible(text).trim());
  });

  it('renders as text at the start of a line too: no heading, list, quote or rule', () => {
    for (const text of ['# heading', '- item', '+ item', '1. first', '2) second', '===', '---', '> quote']) {
      expect(renderer.render(markdownText(text)), text).toBe(`<p>${renderer.utils.escapeHtml(text)}</p>\n`);
    }
  });

  it('breaks mentions, issue references and bare links with a zero-width space, so that GitHub neither notifies nor links', () => {
    expect(markdownText('@octocat and @org/team')).toBe('@\u200boctocat and @\u200borg/team');
    expect(markdownText('#123, GH-45, owner/repo#6')).toBe('\\#\u200b123, GH-\u200b45, owner/repo\\#\u200b6');
    expect(markdownText('https://evil.example www.evil.example')).toBe('https:\u200b//evil.example www\u200b.evil.example');
    expect(markdownText('Les émotions « au quotidien » : 10 min')).toBe('Les émotions « au quotidien » : 10 min');
  });
});

describe('markdownCode', () => {
  it.each(['plain', 'with `one` backtick', '``double``', '`starts', 'ends`', ' spaced ', 'a | b', '<img src=x onerror=alert(1)>', '@octocat #1 https://evil.example'])(
    'holds %j exactly, in one code span',
    (text) => {
      const html = renderer.renderInline(markdownCode(text));
      expect(html).toMatch(/^<code>[^<]*<\/code>$/);
      expect(decode(html.slice('<code>'.length, -'</code>'.length))).toBe(text);
    },
  );

  it('shows control characters as pictures, on one line', () => {
    expect(markdownCode('a\nb\u001b')).toBe('`a␊b␛`');
  });
});
