import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { terminalMarkdown } from '../src/terminal-markdown.js';

const CPS = fileURLToPath(new URL('../dist/cps.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `cps explain` with its output in a pipe, as `cps explain … | less` gets it: the raw bytes. */
function piped(args: string[]): Buffer {
  const run = spawnSync(process.execPath, [CPS, 'explain', ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '' } });
  expect(run.status, run.stderr.toString()).toBe(0);
  return run.stdout;
}

const TABLE_LINE = /^[┌│├└]/;
/** Each line of a table starts and ends with a border, and the line's corners match. */
const WHOLE = [/^┌[─┬]*┐$/, /^│.*│$/, /^├[─┼]*┤$/, /^└[─┴]*┘$/];

describe('cps explain in a pipe', () => {
  it.each([
    ['1.2.4', 'en'],
    ['E1.2', 'fr'],
    ['intensity', 'en'],
    ['intensity', 'fr'],
    ['thin-competency', 'fr'],
  ])('%s (%s): valid UTF-8 without U+FFFD, its tables whole and within 80 columns', (id, locale) => {
    const bytes = piped([id, '--locale', locale]);
    // A cut multi-byte character would make the bytes invalid UTF-8: a fatal decoder refuses them.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).not.toContain('\ufffd');
    const tableLines = text.split('\n').filter((line) => TABLE_LINE.test(line));
    if (id === 'intensity' || id === 'thin-competency') expect(tableLines.length).toBeGreaterThan(3);
    for (const line of tableLines) {
      expect(Array.from(line).length, line).toBeLessThanOrEqual(80);
      expect(
        WHOLE.some((shape) => shape.test(line)),
        line,
      ).toBe(true);
    }
  });
});

describe('a table in the terminal', () => {
  const markdown = [
    '| option | default | meaning |',
    '| --- | --- | --- |',
    '| minSessionMinutes | — | Shortest session, in minutes, that counts as a workshop of "about one hour", for every age band (unset: each band’s own, see below). |',
    '| minYears | 2 | Years. |',
  ].join('\n');

  it.each([60, 80, 120])('wraps its long cells to a terminal %i columns wide, keeping every word and the short columns on one line', (width) => {
    const out = terminalMarkdown(markdown, { colour: false, width });
    const lines = out.split('\n').filter((line) => TABLE_LINE.test(line));
    for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(width);
    expect(lines.every((line) => Array.from(line).length === Array.from(lines[0]!).length)).toBe(true);
    expect(out).toContain('│ minSessionMinutes │');
    const words = lines
      .map((line) => line.split('│')[3] ?? '')
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);
    expect(words.join(' ')).toBe(
      'meaning Shortest session, in minutes, that counts as a workshop of "about one hour", for every age band (unset: each band’s own, see below). Years.',
    );
  });

  it('in a terminal too narrow for its longest words, cuts them over lines rather than lose a character', () => {
    const out = terminalMarkdown(markdown, { colour: false, width: 40 });
    const lines = out.split('\n').filter((line) => TABLE_LINE.test(line));
    for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(40);
    const firstColumn = lines.map((line) => (line.split('│')[1] ?? '').trim()).join('');
    expect(firstColumn).toBe('optionminSessionMinutesminYears');
    expect(out).not.toContain('…');
  });

  it('stays at its natural width when it fits', () => {
    const out = terminalMarkdown('| a | b |\n| --- | --- |\n| 1 | 2 |', { colour: false, width: 80 });
    expect(out.split('\n').filter((line) => TABLE_LINE.test(line))).toEqual(['┌───┬───┐', '│ a │ b │', '├───┼───┤', '│ 1 │ 2 │', '└───┴───┘']);
  });
});
