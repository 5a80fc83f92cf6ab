/**
 * What the GitHub Actions runner would take for a workflow command in a tool's output. The
 * runner reads its output line by line (.NET's ReadLine: a line ends at CR, LF or CRLF), takes
 * a line whose text after leading white space (TrimStart) starts with `::` for a command, and still parses
 * the older `##[command]` form anywhere on a line (ActionCommandManager tries one, then the other).
 */
// `s`: U+2028 and U+2029 end no line for the runner, so they may be in an annotation's data.
const OWN_COMMAND = /^::(?:error|warning|notice) file=[^,:]*,line=[1-9]\d*,col=[1-9]\d*,endLine=[1-9]\d*,endColumn=[1-9]\d*,title=[^,:]*::.*$/s;
const BAD_PERCENT = /%(?![0-9A-F]{2})/;
// The commands the runner registers (its command extensions and stop-commands), matched without regard to case.
const OLD_FORM = /##\[(?:set-env|set-output|save-state|add-mask|add-path|add-matcher|remove-matcher|debug|warning|error|notice|group|endgroup|echo|stop-commands)[\s\]]/i;
// .NET's TrimStart: white space as JavaScript knows it, and NEL, which .NET counts too.
const LEADING_SPACE = /^[\s\u0085]+/;

export interface CommandProblem {
  readonly kind: 'starts a workflow command' | 'holds a ##[command]' | 'is a malformed annotation' | 'has an unescaped %';
  readonly line: string;
}

/**
 * The lines of `output` that would run a workflow command. With `ownCommands` (the github
 * format), a line that is one of cpskit's own annotations, well formed and with its data
 * escaped, is allowed.
 */
export function workflowCommandProblems(output: string, ownCommands = false): CommandProblem[] {
  const problems: CommandProblem[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const own = ownCommands && OWN_COMMAND.test(line);
    if (OLD_FORM.test(line) && !own) problems.push({ kind: 'holds a ##[command]', line });
    if (!line.replace(LEADING_SPACE, '').startsWith('::')) continue;
    if (!ownCommands) problems.push({ kind: 'starts a workflow command', line });
    else if (!own) problems.push({ kind: 'is a malformed annotation', line });
    else if (BAD_PERCENT.test(line)) problems.push({ kind: 'has an unescaped %', line });
  }
  return problems;
}
