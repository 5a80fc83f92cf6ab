import { describe, expect, it } from 'vitest';
import { workflowCommandProblems } from '../src/workflow-commands.js';

const kinds = (output: string, own = false) => workflowCommandProblems(output, own).map((problem) => problem.kind);

describe('workflowCommandProblems', () => {
  it('finds a line that starts a command, after leading white space and after CR, LF, CRLF or NEL', () => {
    expect(kinds('ok\n::add-mask::x\n')).toEqual(['starts a workflow command']);
    expect(kinds('  \t::error::x')).toEqual(['starts a workflow command']);
    expect(kinds('a\r::warning::x')).toEqual(['starts a workflow command']);
    expect(kinds('a\r\n::notice::x')).toEqual(['starts a workflow command']);
    expect(kinds('\u0085::error::x')).toEqual(['starts a workflow command']);
  });

  it('does not take :: inside a line, or a line break the runner does not split on, for a command', () => {
    expect(kinds('message :: not a command\nfile.cps.yaml: ::x')).toEqual([]);
    expect(kinds('a\u2028::error::x')).toEqual([]);
  });

  it('finds the older ##[command] form anywhere on a line, for the commands the runner registers only', () => {
    expect(kinds('text ##[set-output name=x;]v')).toEqual(['holds a ##[command]']);
    expect(kinds('text ##[ADD-MASK]secret')).toEqual(['holds a ##[command]']);
    expect(kinds('text ##[section]Title ##[unknown]x')).toEqual([]);
  });

  it("allows the github format's own annotations, well formed and escaped, and nothing else", () => {
    const own = '::error file=a%2Cb.cps.yaml,line=1,col=2,endLine=1,endColumn=5,title=schema::50%25 done%0A::x ##[add-mask]y\u2028z';
    expect(kinds(own, true)).toEqual([]);
    expect(kinds('::add-mask::x', true)).toEqual(['is a malformed annotation']);
    expect(kinds('::error file=a,line=0,col=1,endLine=1,endColumn=1,title=t::m', true)).toEqual(['is a malformed annotation']);
    expect(kinds('::error file=a,line=1,col=1,endLine=1,endColumn=1,title=t::100% sure', true)).toEqual(['has an unescaped %']);
  });
});
