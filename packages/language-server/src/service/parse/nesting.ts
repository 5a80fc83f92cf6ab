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
      for (let j = i; j < lineEnd; j++) {
        const char = text.charCodeAt(j);
        if (char === 91 || char === 123) {
          if (base + ++flow > limit) return lineStart;
        } else if ((char === 93 || char === 125) && flow > 0) flow--;
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
