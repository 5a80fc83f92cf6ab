/**
 * What the GitHub Actions runner would take for a workflow command in a tool's output. The
 * runner reads its output line by line (.NET's ReadLine: a line ends at CR, LF or CRLF), takes
 * a line whose text after leading white space starts with `::` for a command, and still parses
 * the older `##[command]` form anywhere on a line.
 */
const OWN_COMMAND = /^::(?:error|warning|notice) file=[^,:]*,line=[1-9]\d*,col=[1-9]\d*,endLine=[1-9]\d*,endColumn=[1-9]\d*,title=[^,:]*::.*$/;
const BAD_PERCENT = /%(?![0-9A-F]{2})/;
const OLD_FORM = /##\[[A-Za-z-]+/;

/**
 * The lines of `output` that would run a workflow command, each with why. With `ownCommands`
 * (the github format), a line that is one of cpskit's own annotations, well formed and with its
 * data escaped, is allowed.
 */
export function workflowCommandProblems(output: string, ownCommands = false): string[] {
  const problems: string[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (OLD_FORM.test(line) && !(ownCommands && OWN_COMMAND.test(line))) problems.push(`a ##[command] in ${JSON.stringify(line.slice(0, 120))}`);
    if (!line.trimStart().startsWith('::')) continue;
    if (!ownCommands) problems.push(`a line that starts a workflow command: ${JSON.stringify(line.slice(0, 120))}`);
    else if (!OWN_COMMAND.test(line)) problems.push(`a workflow command that is not one of cpskit's annotations, well formed: ${JSON.stringify(line.slice(0, 120))}`);
    else if (BAD_PERCENT.test(line)) problems.push(`an annotation with a % left unescaped: ${JSON.stringify(line.slice(0, 120))}`);
  }
  return problems;
}
