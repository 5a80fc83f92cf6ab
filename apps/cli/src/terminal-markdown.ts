import { stripVTControlCharacters } from 'node:util';
import { visible } from '@cpskit/core';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';

/**
 * Markdown as a terminal shows it: headings, bold, lists and tables drawn by marked-terminal
 * instead of raw `#`, `**` and `|`. The text is made `visible` first, so that the only escape
 * sequences in the output are the ones the renderer writes for its styles; with `colour` off
 * (not a terminal, NO_COLOR), those are taken out too and plain text is left.
 */
export function terminalMarkdown(markdown: string, options: { readonly colour: boolean; readonly width?: number }): string {
  const marked = new Marked();
  marked.use(
    markedTerminal({ width: Math.max(40, Math.min(options.width ?? 80, 120)), reflowText: true, tab: 2, emoji: false, showSectionPrefix: false }) as Parameters<typeof marked.use>[0],
  );
  // marked-terminal writes the text of a tight list item as it stands (`**bold**` and all) with
  // marked 13 and later, which hand it a token with inline tokens: render those instead.
  marked.use({
    renderer: {
      text(token) {
        return typeof token === 'object' && 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
    },
  });
  const text = marked.parse(markdown.split('\n').map(visible).join('\n'), { async: false });
  return options.colour ? text : stripVTControlCharacters(text);
}
