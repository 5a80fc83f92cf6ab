/**
 * A linear estimate of how deeply a YAML text nests, read before the YAML library sees it.
 *
 * Why: the library recovers from a stack overflow on very deep documents, but the Node
 * process is left damaged and a later parse can abort it (seen with yaml 2.9 on Node 20).
 * A language server parses on every keystroke, so such a text must never reach the library.
 * The estimate counts increasing indentation, compact `- - -` sequences and open brackets;
 * it can only over-count, never under-count, the real nesting.
 */
export function firstOverlyDeepLine(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  let nextBracket = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i < lineEnd && text[i] !== '#' && text[i] !== '\r') {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        dashes++;
        i += 2;
        while (text[i] === ' ') i++;
      }
      const base = indents.length + dashes;
      if (base + flow > limit) return lineStart;
      // Only the brackets of the line matter: jump from one to the next rather than read every character.
      if (nextBracket < i) nextBracket = bracketAtOrAfter(text, i);
      while (nextBracket < lineEnd) {
        const char = text.charCodeAt(nextBracket);
        if (char === 91 || char === 123) {
          if (base + ++flow > limit) return lineStart;
        } else if (flow > 0) flow--;
        nextBracket = bracketAtOrAfter(text, nextBracket + 1);
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

const BRACKETS = /[[\]{}]/g;

/** The place of the first `[`, `]`, `{` or `}` at or after `from`, or the text's length when there is none. */
function bracketAtOrAfter(text: string, from: number): number {
  BRACKETS.lastIndex = from;
  return BRACKETS.exec(text)?.index ?? text.length;
}
