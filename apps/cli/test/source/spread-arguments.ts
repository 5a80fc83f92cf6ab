import ts from 'typescript';

/** A call that passes an array as its arguments, one by one, where the array's length is not bounded. */
export interface SpreadArgument {
  readonly line: number;
  readonly text: string;
}

/**
 * A line may keep such a call when it says why the array is small, in a comment on the line
 * itself or on the line above: `// bounded-spread: two file paths`.
 */
const JUSTIFIED = /\/\/\s*bounded-spread:\s*\S/;

// Calls that take an array as their argument list, as a spread does: `f.apply(this, xs)`,
// `Reflect.apply(f, this, xs)`, `Reflect.construct(C, xs)`.
function passesArrayAsArguments(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const name = callee.name.text;
  if (name === 'apply' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Reflect') return call.arguments.length >= 3;
  if (name === 'construct' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Reflect') return call.arguments.length >= 2;
  return name === 'apply' && call.arguments.length >= 2;
}

/**
 * Every call in a source file that spreads an array into its arguments (`Math.max(...xs)`,
 * `out.push(...xs)`, `String.fromCharCode(...xs)`, `f(...xs)`) or passes one with `apply`,
 * and whose line gives no reason why the array is small. V8 puts every argument on the stack:
 * past about 120,000 of them the call throws a RangeError, so a manual with that many findings
 * or sessions would end the run.
 */
export function spreadArguments(fileName: string, source: string): SpreadArgument[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = source.split('\n');
  const found: SpreadArgument[] = [];
  const visit = (node: ts.Node): void => {
    const isCall = ts.isCallExpression(node) || ts.isNewExpression(node);
    const spreads = isCall && (node.arguments ?? []).some((argument) => ts.isSpreadElement(argument));
    if (spreads || (ts.isCallExpression(node) && passesArrayAsArguments(node))) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const justified = JUSTIFIED.test(lines[line] ?? '') || JUSTIFIED.test(lines[line - 1] ?? '');
      if (!justified) found.push({ line: line + 1, text: (lines[line] ?? '').trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
