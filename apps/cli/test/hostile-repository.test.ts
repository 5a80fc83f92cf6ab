import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { FORMAT_NAMES } from '../src/format/formats.js';

/**
 * A repository whose pull request controls the manuals' text and file names: values and names
 * with line breaks followed by workflow commands, terminal escapes (colours, an OSC 8 link), CR,
 * NUL, a right-to-left override, the older `##[` command syntax, mentions and links.
 */
const HOSTILE_MANUAL = String.raw`version: 1
program:
  id: "p\n::add-mask::x\n::set-output name=result::pwned"
  title: "T \e[31mred\e[0m \e]8;;http://evil.example/\aclick\e]8;;\a \r::warning::cr \0 nul \u202Eevil ##[set-output name=x;]y"
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 2 }
  evidence: { kind: evidence-informed }
  "k\n::error::key": 1
activities:
  - id: "a\e[31m\n::error::act"
    title: Un atelier
    kind: workshop
    competencies: [E1.2, "E9\e[31m\u202E", "##[add-mask]zz", "\e]8;;http://evil.example/\aE1\e]8;;\a"]
    duration: 45min
  - id: "@octocat #123 https://evil.example www.evil.example <img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b \u0060tick\u0060"
    title: Un autre
    kind: workshop
    competencies: [e1.2]
    duration: 45min
sessions:
  - { id: "s\r::error::s", year: 1, activities: ["a\e[31m\n::error::act", "ghost\n::error::ghost\u2066"] }
`;

const NAMES = [
  'evil\n::error title=Pwned::x.cps.yaml',
  '::warning::y.cps.yaml',
  ' ::notice::leading-space.cps.yaml',
  '##[add-mask]z.cps.yaml',
  'e\u001b[31mred\u202e\r.cps.yaml',
  'osc\u001b]8;;mailto:evil\u0007link\u001b]8;;\u0007.cps.yaml',
];

// Every character that acts on a terminal or a log instead of being shown, but line feeds and tabs.
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const SGR = /\u001b\[[0-9;]*m/g;
const WORKFLOW_COMMAND = /^::(error|warning|notice) file=[^\n]*::/;

/**
 * What the Actions runner and a terminal would make of a text: no line that the runner reads as a
 * workflow command (one that starts with `::` once its leading white space is trimmed, or holds
 * `##[` anywhere) unless `github` lets cpskit's own annotations through, and no character that
 * acts instead of being shown, once cpskit's own colours (when `colours`) are set aside.
 */
function expectSafe(text: string, options: { colours?: boolean; github?: boolean } = {}): void {
  for (const line of text.split('\n')) {
    const shown = options.colours ? line.replace(SGR, '') : line;
    expect(shown, JSON.stringify(line)).not.toMatch(ACTING);
    if (options.github) {
      if (line !== '') expect(line, JSON.stringify(line)).toMatch(WORKFLOW_COMMAND);
      continue;
    }
    expect(shown.trimStart().startsWith('::'), JSON.stringify(line)).toBe(false);
    expect(shown.includes('##['), JSON.stringify(line)).toBe(false);
  }
}

let root: string;

async function run(args: readonly string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { CPS_THREADS: '1' },
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cps-hostile-'));
  const manuals = path.join(root, 'manuels');
  mkdirSync(manuals);
  for (const name of NAMES) writeFileSync(path.join(manuals, name), HOSTILE_MANUAL);
  // A pipe is reported on standard error and skipped.
  execFileSync('mkfifo', [path.join(manuals, 'pipe\n::error::p.cps.yaml')]);
  // A folder whose configuration is wrong: its errors name the file, on standard error.
  const configured = path.join(root, 'conf\n::error::c');
  mkdirSync(configured);
  writeFileSync(path.join(configured, 'cps.config.yaml'), 'rules:\n  "x\\n::error::rule\\u001b[31m": warning\n');
  writeFileSync(path.join(configured, 'a.cps.yaml'), HOSTILE_MANUAL);
  // Manuals for --fix: one it fixes (e1.2), one it cannot (a syntax error).
  const fixing = path.join(root, 'fix');
  mkdirSync(fixing);
  writeFileSync(path.join(fixing, 'f\n::error::fixed\u001b[31m.cps.yaml'), HOSTILE_MANUAL);
  writeFileSync(path.join(fixing, 's\n::error::syntax.cps.yaml'), 'version: 1\nprogram: [\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a hostile repository cannot speak through cps check', { timeout: 60_000 }, () => {
  it.each(FORMAT_NAMES)('--format %s: no workflow command but cpskit’s own, no control character', async (format) => {
    const { code, stdout, stderr } = await run(['check', 'manuels', '--format', format, '--fail-on', 'never']);
    expect(code).toBe(0);
    expectSafe(stdout, { github: format === 'github' });
    expectSafe(stderr);
    expect(stderr).toContain('pipe␊::error::p.cps.yaml');
  });

  it('stylish shows what the manual says, visibly, paths included', async () => {
    const { stdout } = await run(['check', 'manuels', '--fail-on', 'never']);
    expect(stdout).toContain('"p␊::add-mask::x␊::set-output name=result::pwned" is not a valid id');
    expect(stdout).toContain('Unknown key "k␊::error::key"');
    expect(stdout).toContain('"E9␛[31m�" is not a competency');
    expect(stdout.split('\n')).toContain('manuels/evil␊::error title=Pwned::x.cps.yaml');
    expect(stdout.split('\n')).toEqual(expect.arrayContaining(['manuels/ ::notice::leading-space.cps.yaml', 'manuels/e␛[31mred�␍.cps.yaml']));
  });

  it('stylish in colour keeps only its own colours', async () => {
    const { stdout } = await run(['check', 'manuels', '--fail-on', 'never', '--color', '--summary']);
    expect(stdout).toMatch(SGR);
    expectSafe(stdout, { colours: true });
  });

  it('a path that starts with :: is shown ./::…, which names the same file', async () => {
    const { stdout } = await run(['check', '.', '--fail-on', 'never'], path.join(root, 'manuels'));
    expectSafe(stdout);
    expect(stdout.split('\n')).toContain('./::warning::y.cps.yaml');
    expect(stdout.split('\n')).toContain('./ ::notice::leading-space.cps.yaml');
    expect(stdout).toContain('#\u200b#[add-mask]z.cps.yaml');
  });

  it('the data formats keep the data exact', async () => {
    const { stdout } = await run(['check', 'manuels', '--format', 'json', '--fail-on', 'never']);
    const report = JSON.parse(stdout) as { files: { path: string; findings: { message: string; args?: Record<string, unknown> }[] }[] };
    expect(report.files.map((file) => file.path)).toEqual(expect.arrayContaining(NAMES.map((name) => `manuels/${name}`)));
    expect(stdout).not.toContain('##[');
    expect(stdout).toContain('#\\u0023[add-mask]z.cps.yaml');
    expect(stdout).toContain('\\u202e');
  });

  it('the github format escapes what the runner reads back, and shows the rest', async () => {
    const { stdout } = await run(['check', 'manuels', '--format', 'github', '--fail-on', 'never']);
    expect(stdout).toContain('file=manuels/evil%0A%3A%3Aerror title=Pwned%3A%3Ax.cps.yaml,');
    expect(stdout).toContain('::"p␊::add-mask::x␊::set-output name=result::pwned" is not a valid id');
  });

  it('the markdown format links, mentions and references nothing', async () => {
    const { stdout } = await run(['check', 'manuels', '--format', 'markdown', '--fail-on', 'never']);
    // Markup escaped with a backslash renders as text; what GitHub finds in text is broken by a zero-width space.
    expect(stdout).not.toMatch(/@octocat|#123|https:\/\/evil|www\.evil|(?<!\\)<img|(?<!\\)\]\(javascript|(?<!\\)`tick/);
    expect(stdout).toContain(
      '"@\u200boctocat \\#\u200b123 https:\u200b//evil.example www\u200b.evil.example \\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1)) a\\|b \\`tick\\`" is not a valid id',
    );
  });
});

describe('nor through standard error', { timeout: 60_000 }, () => {
  it('a missing path', async () => {
    const { code, stderr } = await run(['check', 'gone\n::error::gone\u001b[31m.cps.yaml']);
    expect(code).toBe(2);
    expectSafe(stderr);
    expect(stderr).toContain('gone␊::error::gone␛[31m.cps.yaml');
  });

  it('a bad configuration', async () => {
    const { code, stderr } = await run(['check', 'conf\n::error::c']);
    expect(code).toBe(2);
    expectSafe(stderr);
    expect(stderr).toContain('conf␊::error::c/cps.config.yaml:2:3:');
  });

  it('what --fix did', async () => {
    const { stderr } = await run(['check', 'fix', '--fix', '--fail-on', 'never']);
    expectSafe(stderr);
    expect(stderr).toContain('fix/f␊::error::fixed␛[31m.cps.yaml: fixed');
    expect(stderr).toContain('fix/s␊::error::syntax.cps.yaml: not fixed');
  });

  it('bad arguments', async () => {
    for (const args of [
      ['\u001b[31m::error::command'],
      ['check', '--format', 'x\n::error::format'],
      ['check', '--locale', 'x\n::error::locale'],
      ['explain', 'r\n::error::rule'],
    ]) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expectSafe(stderr);
    }
  });
});
