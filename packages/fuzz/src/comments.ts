import { CST, Lexer } from 'yaml';

/** The comments of a YAML text (`# ...` to the end of the line), as the YAML lexer finds them, in order. */
export function commentsOf(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) if (CST.tokenType(token) === 'comment') comments.push(token);
  return comments;
}

/** The comments of `before` that `after` lost (each counted as often as it occurs). */
export function lostComments(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const comment of commentsOf(after)) left.set(comment, (left.get(comment) ?? 0) + 1);
  const lost: string[] = [];
  for (const comment of commentsOf(before)) {
    const count = left.get(comment) ?? 0;
    if (count === 0) lost.push(comment);
    else left.set(comment, count - 1);
  }
  return lost;
}
