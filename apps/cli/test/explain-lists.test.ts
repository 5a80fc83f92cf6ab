import { stripVTControlCharacters } from 'node:util';
import { explainRule, findRuleMeta } from '@cpskit/language-server';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ruleDocsPage } from '../src/rule-docs-source.js';

// chalk, under marked-terminal, chooses whether to colour when it loads, from the environment
// (vitest's output is no terminal): it is told to before terminal-markdown is loaded.
process.env['FORCE_COLOR'] = '1';
const { terminalMarkdown } = await import('../src/terminal-markdown.js');

const BULLET = /^( *)(\* |\d+\. )/;

/** The lists of a page: each run of lines that starts at a bullet and ends at a blank line. */
function lists(page: string): string[][] {
  const runs: string[][] = [];
  let run: string[] | undefined;
  for (const line of page.split('\n')) {
    if (line.trim() === '') run = undefined;
    else if (run) run.push(line);
    else if (BULLET.test(line)) runs.push((run = [line]));
  }
  return runs;
}

async function page(id: string, locale: 'en' | 'fr', width: number, colour: boolean): Promise<string> {
  const out = terminalMarkdown(explainRule(findRuleMeta(id)!, await ruleDocsPage(id), locale), { colour, width });
  if (colour) expect(out).toMatch(/\u001b\[/);
  return stripVTControlCharacters(out);
}

describe('the lists of cps explain', () => {
  const cases = ['all-main-cps', 'thin-competency'].flatMap((id) =>
    (['en', 'fr'] as const).flatMap((locale) => [60, 80].flatMap((width) => [false, true].map((colour) => [id, locale, width, colour] as const))),
  );

  it.each(cases)('%s (%s) at %i columns (colour: %s): every item within the width, its continuation lines under its text', async (id, locale, width, colour) => {
    const shown = await page(id, locale, width, colour);
    const runs = lists(shown);
    expect(runs.length).toBeGreaterThan(1);
    let continued = 0;
    for (const run of runs) {
      let textIndent = 0;
      for (const line of run) {
        expect(stringWidth(line), line).toBeLessThanOrEqual(width);
        const bullet = BULLET.exec(line);
        if (bullet) textIndent = bullet[1]!.length + bullet[2]!.length;
        else {
          continued += 1;
          expect(line.length - line.trimStart().length, `${line}\nin\n${run.join('\n')}`).toBe(textIndent);
        }
        // French puts a no-break space before « : ; ! ? »: a line never starts with one.
        expect(line.trimStart(), line).not.toMatch(/^[»:;!?]/);
      }
    }
    expect(continued).toBeGreaterThan(3);
    // This page has no code block wider than 60 columns: all of it fits, not only its lists.
    if (id === 'all-main-cps') for (const line of shown.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  });

  it('nests a list under its item’s text and numbers an ordered list in order, its bold and code kept', async () => {
    const shown = await page('thin-competency', 'en', 60, false);
    expect(shown).toContain(
      [
        '  2. otherwise cpskit counts, over the whole programme:',
        '     * its occurrences: how many times a session schedules',
        '       an activity that works it (an activity in four',
        '       sessions counts four times);',
      ].join('\n'),
    );
    expect(shown).toContain('  3. it is thin when it has fewer minutes than minMinutes or\n     fewer occurrences than minOccurrences.');
    const coloured = terminalMarkdown('1. it is thin when it has **fewer minutes than `minMinutes`** or not', { colour: true, width: 40 });
    expect(coloured).toMatch(/\u001b\[1m/);
    expect(stripVTControlCharacters(coloured)).toBe('  1. it is thin when it has fewer\n     minutes than minMinutes or not\n\n');
  });

  it('draws a long item and a nested one within a narrow terminal, in colour and in plain text alike', () => {
    const markdown =
      '- **Severity**: warning; `error` under `strict`, as the rule says in its long explanation\n  - a nested item that also runs well past the edge of forty columns';
    const plain = terminalMarkdown(markdown, { colour: false, width: 40 });
    expect(plain).toBe(
      [
        '  * Severity: warning; error under',
        '    strict, as the rule says in its long',
        '    explanation',
        '    * a nested item that also runs well',
        '      past the edge of forty columns',
        '',
        '',
      ].join('\n'),
    );
    expect(stripVTControlCharacters(terminalMarkdown(markdown, { colour: true, width: 40 }))).toBe(plain);
  });

  it('puts back the colons of code spans in table cells', () => {
    const out = terminalMarkdown('| option | example |\n| --- | --- |\n| bands | `{ early-childhood: { minSessionMinutes: 10 } }` |', { colour: false, width: 80 });
    expect(out).toContain('{ early-childhood: { minSessionMinutes: 10 } }');
    expect(out).not.toContain('COLON');
  });
});

describe('a table too narrow for its words, in colour', () => {
  it('cuts its words without cutting an escape sequence', async () => {
    const out = terminalMarkdown(explainRule(findRuleMeta('limits')!, await ruleDocsPage('limits'), 'en'), { colour: true, width: 60 });
    // Every ESC starts a whole colour sequence: none is cut from its `[…m` by a line break or a border.
    expect(out.match(/\u001b(?!\[[0-9;]*m)/g)).toBeNull();
    for (const line of stripVTControlCharacters(out)
      .split('\n')
      .filter((line) => /^[┌│├└]/.test(line)))
      expect(stringWidth(line), line).toBeLessThanOrEqual(60);
  });
});
