import { stripVTControlCharacters } from 'node:util';
import { visible } from '@cpskit/core';
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { drawTable } from './terminal-table.js';

/**
 * Markdown as a terminal shows it: headings, bold, lists and tables drawn by marked-terminal
 * instead of raw `#`, `**` and `|`. The text is made `visible` first, so that the only escape
 * sequences in the output are the ones the renderer writes for its styles; with `colour` off
 * (not a terminal, NO_COLOR), those are taken out too and plain text is left.
 */
export function terminalMarkdown(markdown: string, options: { readonly colour: boolean; readonly width?: number }): string {
  const width = Math.max(40, Math.min(options.width ?? 80, 120));
  const marked = new Marked();
  marked.use(markedTerminal({ width, reflowText: true, tab: 2, emoji: false, showSectionPrefix: false }) as Parameters<typeof marked.use>[0]);
  // marked-terminal writes the text of a tight list item as it stands (`**bold**` and all) with
  // marked 13 and later, which hand it a token with inline tokens: render those instead.
  marked.use({
    renderer: {
      text(token) {
        return typeof token === 'object' && 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
      // marked-terminal draws a table as wide as its longest cell, past the terminal's edge (where a
      // pager or a byte-counting tool cuts its box characters): draw it within the width instead.
      table(token) {
        const cell = (each: Tokens.TableCell) => this.parser.parseInline(each.tokens);
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
