import { stripVTControlCharacters } from 'node:util';
import { visible } from '@cpskit/core';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import wrapAnsi from 'wrap-ansi';
import { drawTable } from './terminal-table.js';

/** marked-terminal's renderer as an extension: each function runs with marked's renderer as `this`. */
interface TerminalExtension {
  readonly renderer: { readonly paragraph: (this: unknown, token: Tokens.Paragraph) => string };
}

/** Where a list starts, and how far a nested list is indented past its item's marker. */
const LIST_INDENT = 2;

/**
 * The lines of a list drawn within `width` columns: each item's marker (`*`, or its number),
 * its text wrapped with the continuation lines indented under the text, and its nested lists
 * indented under the text too. Widths are string-width's, escape sequences left out.
 */
function listLines(list: Tokens.List, indent: number, width: number, textOf: (tokens: Token[]) => string, blockOf: (block: Token) => string): string[] {
  const lines: string[] = [];
  const first = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, index) => {
    const marker = list.ordered ? `${first + index}. ` : '* ';
    const textIndent = indent + marker.length;
    const room = Math.max(10, width - textIndent);
    let started = false;
    const push = (line: string) => {
      lines.push(`${started ? ' '.repeat(textIndent) : ' '.repeat(indent) + marker}${line}`.trimEnd());
      started = true;
    };
    let checkbox = '';
    for (const block of item.tokens) {
      if (block.type === 'checkbox') checkbox = block.checked ? '[X] ' : '[ ] ';
      else if (block.type === 'list') {
        if (!started) push(checkbox);
        for (const line of listLines(block as Tokens.List, textIndent, width, textOf, blockOf)) lines.push(line);
      } else if (block.type === 'text' || block.type === 'paragraph') {
        const text = checkbox + textOf((block as Tokens.Text).tokens ?? [block]);
        checkbox = '';
        for (const line of wrapAnsi(text, room, { hard: true, trim: true }).split('\n')) push(line);
      } else if (block.type !== 'space') {
        for (const line of blockOf(block).split('\n')) push(line);
      }
    }
    if (!started) push(checkbox);
  });
  return lines;
}

/**
 * Markdown as a terminal shows it: headings, bold, lists and tables drawn by marked-terminal
 * instead of raw `#`, `**` and `|`. The text is made `visible` first, so that the only escape
 * sequences in the output are the ones the renderer writes for its styles; with `colour` off
 * (not a terminal, NO_COLOR), those are taken out too and plain text is left.
 */
export function terminalMarkdown(markdown: string, options: { readonly colour: boolean; readonly width?: number }): string {
  const width = Math.max(40, Math.min(options.width ?? 80, 120));
  const settings = { width, reflowText: true, tab: 2, emoji: false, showSectionPrefix: false };
  const marked = new Marked();
  marked.use(markedTerminal(settings) as Parameters<typeof marked.use>[0]);
  // The text of a list item or a table cell is drawn as marked-terminal draws a paragraph (its
  // styles, its entities and colons put back) but not reflowed: they are wrapped where their room is known.
  const unwrapped = markedTerminal({ ...settings, reflowText: false }) as unknown as TerminalExtension;
  const inlineText = (renderer: unknown, tokens: Token[]) => unwrapped.renderer.paragraph.call(renderer, { type: 'paragraph', raw: '', text: '', tokens }).replace(/\n+$/, '');
  // marked-terminal writes the text of a tight list item as it stands (`**bold**` and all) with
  // marked 13 and later, which hand it a token with inline tokens: render those instead.
  marked.use({
    renderer: {
      text(token) {
        return typeof token === 'object' && 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
      // marked-terminal leaves a list item on one line, however long, and draws nested lists by
      // rewriting its own output: each item is wrapped here instead, its continuation lines under its text.
      list(token) {
        const textOf = (tokens: Token[]) => inlineText(this, tokens);
        const blockOf = (block: Token) => this.parser.parse([block]).replace(/\n+$/, '');
        return `${listLines(token, LIST_INDENT, width, textOf, blockOf).join('\n')}\n\n`;
      },
      // marked-terminal draws a table as wide as its longest cell, past the terminal's edge (where a
      // pager or a byte-counting tool cuts its box characters): draw it within the width instead. Its
      // cells are drawn as paragraphs are, so that the colons of their code spans are put back.
      table(token) {
        const cell = (each: Tokens.TableCell) => inlineText(this, each.tokens);
        return `${drawTable(
          token.header.map(cell),
          token.rows.map((row) => row.map(cell)),
          width,
        )}\n\n`;
      },
    },
  });
  const text = marked.parse(markdown.split('\n').map(visible).join('\n'), { async: false });
  return options.colour ? text : stripVTControlCharacters(text);
}
