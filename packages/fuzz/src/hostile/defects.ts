import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { workflowCommandProblems } from '../workflow-commands.js';
import { FIXABLE, HEAD, INJECTING, activities, manualOfSize } from './manuals.js';
import { RawLsp } from './raw-lsp.js';
import { ROOT, cps, ending, run, type Run } from './run.js';

export interface Outcome {
  readonly fixed: boolean;
  readonly detail: string;
}

export interface Defect {
  readonly id: string;
  readonly title: string;
  /** Builds its repository under `dir` (a folder of its own) and checks the built CLI or server. */
  readonly check: (dir: string) => Promise<Outcome>;
}

const CANARY = `cps-hostile-canary-${process.pid}`;

function write(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

function gitInit(dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', dir]);
}

const outcome = (fixed: boolean, detail: string): Outcome => ({ fixed, detail });
const both = (result: Run) => `${result.stdout}\n${result.stderr}`;

/** What a human output (or standard error) holds that a terminal or the Actions runner would act on. */
function injections(output: string, ownCommands = false): string[] {
  const found = workflowCommandProblems(output, ownCommands).map((problem) => `a line that ${problem.kind}: ${JSON.stringify(problem.line.slice(0, 60))}`);
  const plain = output.replace(/\u001b\[\d+(?:;\d+)*m/g, '');
  if (plain.includes('\u001b')) found.push('a raw ESC');
  if (/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f\u0080-\u009f]/.test(plain)) found.push('a raw control character (CR, BEL, NUL, C1…)');
  return found;
}

/** The reported files and their findings, from `--format json`. */
function jsonFiles(stdout: string): { path: string; findings: { ruleId: string; messageId: string; message: string; range: unknown }[] }[] | undefined {
  try {
    return (JSON.parse(stdout) as { files: { path: string; findings: { ruleId: string; messageId: string; message: string; range: unknown }[] }[] }).files;
  } catch {
    return undefined;
  }
}

export const DEFECTS: readonly Defect[] = [
  {
    id: '1a',
    title: 'symlinks env.cps.yaml -> /proc/self/environ and root -> /: no environment in the output, discovery stays in the repository',
    async check(dir) {
      write(dir, { 'ok.cps.yaml': FIXABLE });
      symlinkSync('/proc/self/environ', path.join(dir, 'env.cps.yaml'));
      symlinkSync('/', path.join(dir, 'root'));
      const env = { CPS_HOSTILE_CANARY: CANARY };
      const json = await cps(['check', '--format', 'json'], { cwd: dir, env, timeoutMs: 60_000 });
      const stylish = await cps(['check', 'env.cps.yaml', 'ok.cps.yaml'], { cwd: dir, env, timeoutMs: 60_000 });
      const leaked = both(json).includes(CANARY) || both(stylish).includes(CANARY);
      const outside = (jsonFiles(json.stdout) ?? []).map((file) => file.path).filter((file) => file.startsWith('root/') || file.startsWith('/'));
      const problems = [
        ...(leaked ? ['the environment (canary) is in the output'] : []),
        ...(json.timedOut ? ['discovery did not finish in 60 s (it walks /)'] : []),
        ...(outside.length > 0 ? [`${outside.length} manuals reported from outside, e.g. ${outside[0]}`] : []),
      ];
      return outcome(problems.length === 0, problems.join('; ') || `discovery ${ending(json)}, explicit paths ${ending(stylish)}`);
    },
  },
  {
    id: '1b',
    title: 'a FIFO named x.cps.yaml does not hang discovery or an explicit check',
    async check(dir) {
      write(dir, { 'ok.cps.yaml': FIXABLE });
      execFileSync('mkfifo', [path.join(dir, 'x.cps.yaml')]);
      const discovered = await cps(['check'], { cwd: dir, timeoutMs: 20_000 });
      const named = await cps(['check', 'x.cps.yaml', 'ok.cps.yaml'], { cwd: dir, timeoutMs: 20_000 });
      const hung = [discovered.timedOut ? 'discovery' : '', named.timedOut ? 'the explicit path' : ''].filter(Boolean);
      return outcome(hung.length === 0, hung.length ? `${hung.join(' and ')} hung (killed after 20 s)` : `discovery ${ending(discovered)}, explicit ${ending(named)}`);
    },
  },
  {
    id: '2a',
    title: '--fix through a linked manual pointing outside leaves the outside file unchanged',
    async check(dir) {
      const repo = path.join(dir, 'repo');
      write(dir, { 'outside/victim.cps.yaml': FIXABLE, 'repo/ok.cps.yaml': HEAD });
      symlinkSync('../outside/victim.cps.yaml', path.join(repo, 'linked.cps.yaml'));
      const discovered = await cps(['check', '--fix'], { cwd: repo });
      const named = await cps(['check', '--fix', 'linked.cps.yaml'], { cwd: repo });
      const changed = readFileSync(path.join(dir, 'outside/victim.cps.yaml'), 'utf8') !== FIXABLE;
      return outcome(
        !changed,
        changed
          ? `the outside file was rewritten (discovery ${ending(discovered)}, explicit ${ending(named)})`
          : `outside file intact (discovery ${ending(discovered)}, explicit ${ending(named)})`,
      );
    },
  },
  {
    id: '2b',
    title: 'a committed cps.sarif link pointing outside, given to --output-file, leaves the outside file unchanged',
    async check(dir) {
      const repo = path.join(dir, 'repo');
      write(dir, { 'outside/precious.txt': 'precious\n', 'repo/ok.cps.yaml': FIXABLE });
      symlinkSync('../outside/precious.txt', path.join(repo, 'cps.sarif'));
      const result = await cps(['check', '--format', 'sarif', '--output-file', 'cps.sarif'], { cwd: repo });
      const changed = readFileSync(path.join(dir, 'outside/precious.txt'), 'utf8') !== 'precious\n';
      return outcome(
        !changed,
        changed
          ? `the outside file was overwritten (${ending(result)})`
          : `outside file intact (${ending(result)}${result.stderr ? `: ${result.stderr.trim().split('\n')[0]!.slice(0, 100)}` : ''})`,
      );
    },
  },
  {
    id: '3a',
    title: 'a manual id with "\\n::add-mask::…", a file named "evil\\n::error title=Pwned::x.cps.yaml": no output line starts a workflow command (but github\'s own)',
    async check(dir) {
      write(dir, { 'values.cps.yaml': INJECTING, 'evil\n::error title=Pwned::x.cps.yaml': FIXABLE });
      const problems: string[] = [];
      for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown']) {
        const result = await cps(['check', '--format', format, '--summary'], { cwd: dir });
        const found = [...workflowCommandProblems(result.stdout, format === 'github'), ...workflowCommandProblems(result.stderr)].filter(
          (problem) => problem.kind !== 'holds a ##[command]',
        );
        if (found.length > 0) problems.push(`${format}: ${found.length} (${JSON.stringify(found[0]!.line.slice(0, 50))})`);
      }
      const fix = await cps(['check', '--fix', '--format', 'json'], { cwd: dir });
      const fixFound = workflowCommandProblems(fix.stderr).filter((problem) => problem.kind !== 'holds a ##[command]');
      if (fixFound.length > 0) problems.push(`--fix report on stderr: ${fixFound.length}`);
      return outcome(problems.length === 0, problems.join('; ') || 'no line starts a workflow command in any format');
    },
  },
  {
    id: '3b',
    title: 'a value holding "##[set-output name=x;]v1" (the runner\'s older form, anywhere on a line) is neutralised in every format [found by fuzzing]',
    async check(dir) {
      write(dir, { 'values.cps.yaml': INJECTING });
      const problems: string[] = [];
      for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown']) {
        const result = await cps(['check', '--format', format], { cwd: dir });
        const found = workflowCommandProblems(result.stdout, format === 'github').filter((problem) => problem.kind === 'holds a ##[command]');
        if (found.length > 0) problems.push(`${format}: ${found.length}`);
      }
      return outcome(problems.length === 0, problems.length ? `lines holding ##[set-output …] in ${problems.join(', ')}` : 'none');
    },
  },
  {
    id: '3c',
    title: 'ESC, OSC-8 links and CR in values: no raw ESC or control character in stylish, github, markdown or on stderr',
    async check(dir) {
      write(dir, { 'values.cps.yaml': INJECTING });
      const problems: string[] = [];
      for (const format of ['stylish', 'github', 'markdown']) {
        const result = await cps(['check', '--format', format, '--summary'], { cwd: dir });
        const found = [...injections(result.stdout, format === 'github'), ...injections(result.stderr)].filter((problem) => !problem.startsWith('a line'));
        if (found.length > 0) problems.push(`${format}: ${[...new Set(found)].join(', ')}`);
      }
      return outcome(problems.length === 0, problems.join('; ') || 'none');
    },
  },
  {
    id: '4',
    title: '--fix under ulimit -f: the file is left intact and cps exits 2',
    async check(dir) {
      const text = `${FIXABLE}${activities(40)}`;
      write(dir, { 'big.cps.yaml': text });
      const result = await cps(['check', '--fix', 'big.cps.yaml'], { cwd: dir, shellPrefix: 'ulimit -f 2' });
      const after = readFileSync(path.join(dir, 'big.cps.yaml'), 'utf8');
      const leftovers = readdirSync(dir).filter((name) => name !== 'big.cps.yaml');
      const intact = after === text;
      const fixed = intact && result.code === 2;
      return outcome(
        fixed,
        `${intact ? 'file intact' : `file ${after.length < text.length ? `truncated to ${after.length} of ${text.length} bytes` : 'changed'}`}, ${ending(result)}${leftovers.length ? `, left behind: ${leftovers.join(', ')}` : ''}`,
      );
    },
  },
  {
    id: '5',
    title: '130,000 findings in one manual, a manual of 140,000 sessions: no RangeError, the other manuals still reported',
    async check(dir) {
      const codes = `${HEAD}activities:\n  - id: a\n    title: A\n    kind: workshop\n    competencies: [${Array.from({ length: 130_000 }, () => 'Z9').join(',')}]\n`;
      const sessions = `${HEAD}activities:\n  - id: a\n    title: A\n    kind: workshop\nsessions:\n${Array.from({ length: 140_000 }, (_, i) => `  - {id: s${i}, year: 1, activities: [a]}\n`).join('')}`;
      write(dir, { 'codes.cps.yaml': codes, 'sessions.cps.yaml': sessions, 'small.cps.yaml': FIXABLE });
      const result = await cps(['check', '-f', 'stylish', '-f', 'markdown', '-o', 'out.md', '-f', 'github', '-o', 'out.github', '-f', 'junit', '-o', 'out.xml'], {
        cwd: dir,
        timeoutMs: 300_000,
      });
      const missing = ['out.md', 'out.github', 'out.xml'].filter(
        (file) => !existsSync(path.join(dir, file)) || !readFileSync(path.join(dir, file), 'utf8').includes('small.cps.yaml'),
      );
      const problems = [
        ...(/RangeError/.test(result.stderr) ? [`RangeError: ${result.stderr.split('\n')[0]!.slice(0, 120)}`] : []),
        ...(result.timedOut ? ['no answer in 300 s'] : []),
        ...(result.code === 2 || result.code === null ? [`could not run (${ending(result)})`] : []),
        ...(!result.stdout.includes('small.cps.yaml') ? ['stylish does not report the small manual'] : []),
        ...(missing.length ? [`not reported in ${missing.join(', ')}`] : []),
      ];
      return outcome(problems.length === 0, problems.join('; ') || ending(result));
    },
  },
  ...[10, 25, 50].map((megabytes): Defect => ({
    id: `6-${megabytes}`,
    title: `a ${megabytes} MB manual: one clear limit finding, no OOM (1 GB heap), bounded time (60 s)`,
    async check(dir) {
      write(dir, { 'huge.cps.yaml': manualOfSize(megabytes * 1024 * 1024) });
      const result = await run(
        '/usr/bin/time',
        ['-f', 'maxrss-kb %M', process.execPath, '--max-old-space-size=1024', path.join(ROOT, 'apps/cli/dist/cps.cjs'), 'check', '--format', 'json', 'huge.cps.yaml'],
        {
          cwd: dir,
          timeoutMs: 60_000,
        },
      );
      const rss = Number(/maxrss-kb (\d+)/.exec(result.stderr)?.[1]) / 1024;
      const findings = jsonFiles(result.stdout)?.[0]?.findings ?? [];
      const limit = findings.length === 1 && /\d.*(MB|Mo|MiB|Mio|bytes|octets)|size|taille|too (large|big)|trop (gros|volumineux)/i.test(findings[0]!.message);
      const oom = /heap out of memory|Allocation failed/.test(result.stderr);
      const fixed = !result.timedOut && !oom && result.code === 1 && limit;
      return outcome(
        fixed,
        `${ending(result)}, peak RSS ${Number.isFinite(rss) ? `${rss.toFixed(0)} MB` : 'unknown'}${oom ? ', out of memory' : ''}, ${findings.length} findings${findings[0] ? ` (first: ${findings[0].ruleId}: ${findings[0].message.slice(0, 80)})` : ''}`,
      );
    },
  })),
  {
    id: '7',
    title: '.gitignore "a/**/**/…/**/b" (14 **) and a 20-deep folder: discovery within 5 s',
    async check(dir) {
      gitInit(dir);
      const deep = Array.from({ length: 20 }, () => 'a').join('/');
      write(dir, { '.gitignore': 'a/**/**/**/**/**/**/**/**/**/**/**/**/**/**/b\n', [`${deep}/x.cps.yaml`]: FIXABLE, [`${deep}/b/y.cps.yaml`]: FIXABLE, 'ok.cps.yaml': FIXABLE });
      const result = await cps(['check', '--format', 'json'], { cwd: dir, timeoutMs: 60_000 });
      const fixed = !result.timedOut && result.ms < 5_000;
      return outcome(fixed, `${ending(result)}, ${(jsonFiles(result.stdout) ?? []).length} manuals found`);
    },
  },
  {
    id: '8',
    title: 'completion and hover on a 40 KB line of "- ": answered within 2 s each',
    async check() {
      const lsp = new RawLsp();
      try {
        await lsp.initialize();
        const line = '- '.repeat(20_000);
        const text = `version: 1\nactivities:\n  ${line}\n`;
        const uri = 'file:///hostile/long-line.cps.yaml';
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
        const times: string[] = [];
        let slowest = 0;
        for (const [method, character] of [
          ['textDocument/completion', line.length + 2],
          ['textDocument/hover', 20_000],
          ['textDocument/completion', 10_001],
        ] as const) {
          const start = performance.now();
          const response = await lsp.request(method, { textDocument: { uri }, position: { line: 2, character } }, 30_000);
          const ms = performance.now() - start;
          slowest = Math.max(slowest, response ? ms : Infinity);
          times.push(`${method.split('/')[1]} ${response ? `${ms.toFixed(0)} ms` : 'no answer in 30 s'}`);
        }
        return outcome(slowest < 2_000, times.join(', '));
      } finally {
        lsp.kill();
      }
    },
  },
  {
    id: '9',
    title: 'six identical copies of a long list after one misplaced line (an unclosed "["): identical findings, with CPS_THREADS=1 and by default',
    async check(dir) {
      // An unclosed "[" before a flat list: the YAML library then nests the list ever deeper, and
      // where its stack gives out depends on the thread (found while writing this check).
      const list = Array.from({ length: 400 }, (_, i) => `  - id: a${i}\n    title: t\n    kind: workshop\n`).join('');
      const text = `${HEAD}activities: [\n${list}`;
      const files: Record<string, string> = {};
      for (let i = 1; i <= 6; i++) files[`copy-${i}.cps.yaml`] = text;
      write(dir, files);
      const signatures: string[] = [];
      const runs: string[] = [];
      for (const env of [{ CPS_THREADS: '1' }, {}] as Record<string, string>[]) {
        const result = await cps(['check', '--format', 'json'], { cwd: dir, env, timeoutMs: 120_000 });
        runs.push(ending(result));
        for (const file of jsonFiles(result.stdout) ?? [])
          signatures.push(JSON.stringify(file.findings.map((finding) => [finding.ruleId, finding.messageId, finding.range, finding.message])));
      }
      const distinct = new Set(signatures).size;
      return outcome(signatures.length === 12 && distinct === 1, `${signatures.length} reports, ${distinct} distinct finding lists (${runs.join('; ')})`);
    },
  },
  {
    id: '10',
    title: 'markdown format: @user, @org/team, #123 and bare URLs neutralised, NUL shown visibly',
    async check(dir) {
      write(dir, {
        'mentions.cps.yaml': `${HEAD}activities:\n  - id: a\n    title: A\n    kind: workshop\n    competencies: ["@user", "@org/team", "#123", "https://evil.example/x", "nul\\0here"]\n`,
      });
      const result = await cps(['check', '--format', 'markdown'], { cwd: dir });
      const prose = result.stdout.replace(/(`+)[^`]*?\1/g, '');
      const problems = [
        ...(/(^|[^\w`\\])@[A-Za-z0-9][\w-]*(\/[\w-]+)?/.test(prose) ? ['a raw @mention'] : []),
        ...(/(^|[^\w&\\])#\d+/.test(prose) ? ['a raw #123 reference'] : []),
        ...(/(^|[^<(\w])https?:\/\/[^\s)]+/.test(prose) ? ['a bare URL'] : []),
        ...(result.stdout.includes('\u0000') ? ['a raw NUL'] : []),
        ...(!/␀|\\0|\\u0000|U\+0000/.test(result.stdout) ? ['the NUL is not shown'] : []),
      ];
      return outcome(problems.length === 0, problems.join('; ') || 'neutralised');
    },
  },
  {
    id: '11',
    title: 'completion and hover documentation for an activity id or title with backticks, images and links: escaped',
    async check() {
      const lsp = new RawLsp();
      try {
        await lsp.initialize();
        const payload = 'x`y ![img](https://evil.example/i.png) [link](javascript:alert(1)) <img src=x>';
        const text = `${HEAD}activities:\n  - id: "${payload}"\n    title: "${payload}"\n    kind: workshop\n  - id: ok\n    title: "${payload}"\n    kind: workshop\nsessions:\n  - id: s1\n    year: 1\n    activities: [ok, ]\n`;
        const uri = 'file:///hostile/docs.cps.yaml';
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
        const lines = text.split('\n');
        const line = lines.findIndex((entry) => entry.includes('activities: [ok, ]'));
        const completion = await lsp.request('textDocument/completion', { textDocument: { uri }, position: { line, character: lines[line]!.indexOf(', ]') + 2 } });
        const hover = await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line]!.indexOf('ok') + 1 } });
        const items = ((completion?.result as { items?: unknown[] } | unknown[] | null) ?? []) as { items?: { documentation?: unknown }[] } | { documentation?: unknown }[];
        const docs = [
          ...(Array.isArray(items) ? items : (items.items ?? [])).map((item) => markdownOf(item.documentation)),
          markdownOf((hover?.result as { contents?: unknown } | null)?.contents),
        ];
        const raw = docs.filter((doc) => unescapedMarkup(doc));
        return outcome(
          raw.length === 0,
          raw.length
            ? `${raw.length} of ${docs.length} documentation texts render the payload's markup, e.g. ${JSON.stringify(raw[0]!.slice(0, 120))}`
            : `${docs.length} documentation texts, none renders the payload's markup`,
        );
      } finally {
        lsp.kill();
      }
    },
  },
  {
    id: '12a',
    title: 'extends with an absolute path and with ../ out of the repository: refused, the file not read',
    async check(dir) {
      const repo = path.join(dir, 'repo');
      const evil = `${CANARY}-key: 1\n`;
      write(dir, {
        'outside/evil.yaml': evil,
        'repo/a/cps.config.yaml': `extends: ${path.join(dir, 'outside/evil.yaml')}\n`,
        'repo/a/m.cps.yaml': FIXABLE,
        'repo/b/cps.config.yaml': 'extends: ../../outside/evil.yaml\n',
        'repo/b/m.cps.yaml': FIXABLE,
      });
      gitInit(repo);
      const absolute = await cps(['check', 'a'], { cwd: repo });
      const relative = await cps(['check', 'b'], { cwd: repo });
      const read = [both(absolute).includes(CANARY) ? 'the absolute path' : '', both(relative).includes(CANARY) ? 'the ../ path' : ''].filter(Boolean);
      return outcome(read.length === 0, read.length ? `${read.join(' and ')} read (its content is quoted in the output)` : `refused (${ending(absolute)}; ${ending(relative)})`);
    },
  },
  {
    id: '12b',
    title: 'a cps.config.yaml in a parent folder outside the git repository is ignored',
    async check(dir) {
      write(dir, { 'cps.config.yaml': `${CANARY}-key: 1\n` });
      const repo = path.join(dir, 'repo');
      gitInit(repo);
      write(repo, { 'm.cps.yaml': FIXABLE });
      const result = await cps(['check'], { cwd: repo });
      const read = both(result).includes(CANARY);
      return outcome(!read, read ? `the parent configuration was read (${ending(result)})` : `ignored (${ending(result)})`);
    },
  },
  {
    id: '13a',
    title: 'LSP: garbage, then a request: answered (or a clean exit with a message)',
    async check() {
      const lsp = new RawLsp();
      try {
        await lsp.initialize();
        lsp.write('this is not a header\r\n\r\nContent-Length: -5\r\n\r\n');
        const response = await lsp.request('textDocument/hover', { textDocument: { uri: 'file:///none.cps.yaml' }, position: { line: 0, character: 0 } }, 10_000);
        if (response) return outcome(true, `answered; logged: ${JSON.stringify(lsp.stderr.trim().split('\n')[0]?.slice(0, 100) ?? '')}`);
        const code = lsp.process.exitCode;
        const clean = code !== null && code !== 0 && lsp.stderr.trim().length > 0;
        return outcome(clean, clean ? `exited ${code}: ${lsp.stderr.trim().slice(0, 100)}` : 'no answer in 10 s and still running, nothing logged');
      } finally {
        lsp.kill();
      }
    },
  },
  {
    id: '13b',
    title: 'LSP: a request before initialize gets -32002 (ServerNotInitialized)',
    async check() {
      const lsp = new RawLsp();
      try {
        const response = await lsp.request('textDocument/hover', { textDocument: { uri: 'file:///none.cps.yaml' }, position: { line: 0, character: 0 } }, 10_000);
        return outcome(response?.error?.code === -32002, response ? `answered ${response.error ? `error ${response.error.code}` : 'with a result'}` : 'no answer in 10 s');
      } finally {
        lsp.kill();
      }
    },
  },
  {
    id: '14',
    title: 'the composite action .github/actions/cps-check/action.yml has no ${{ inputs. }} inside run:',
    // eslint-disable-next-line @typescript-eslint/require-await -- every check has the same async signature; this one only reads a file.
    async check() {
      const file = path.join(ROOT, '.github/actions/cps-check/action.yml');
      const action = parse(readFileSync(file, 'utf8')) as { runs?: { steps?: { name?: string; run?: string }[] } };
      const bad = (action.runs?.steps ?? []).filter((step) => typeof step.run === 'string' && /\$\{\{\s*inputs\./.test(step.run)).map((step) => step.name ?? '(unnamed)');
      return outcome(bad.length === 0, bad.length ? `inputs expanded into the script of: ${bad.join(', ')}` : 'inputs reach the scripts through env only');
    },
  },
  {
    id: 'F1',
    title: 'stylish on a manual of one 70 KB line with emoji and ~20 findings: within 10 s [found by fuzzing]',
    async check(dir) {
      const title = '😀é'.repeat(23_000);
      write(dir, {
        'one-line.cps.yaml': `{version: 1, program: {id: x, title: "${title}", ages: {min: 30, max: 2}, settings: [nowhere]}, activities: [{id: a, title: b, kind: workshop, competencies: [Z1, Z2, Z3, Z4, Z5, Z6, Z7, Z8]}]}\n`,
      });
      const result = await cps(['check'], { cwd: dir, timeoutMs: 120_000 });
      return outcome(!result.timedOut && result.ms < 10_000, ending(result));
    },
  },
  {
    id: 'F2',
    title: 'duration.years of 1,000,000,000: the CLI reports the manual and the server keeps answering, on a 512 MB heap [found by fuzzing]',
    async check(dir) {
      const text = `${FIXABLE.replace('duration: { years: 2 }', 'duration: { years: 1000000000 }')}sessions:\n  - { id: s1, year: 1, activities: [meteo] }\n`;
      write(dir, { 'years.cps.yaml': text });
      const cli = await run(process.execPath, ['--max-old-space-size=512', path.join(ROOT, 'apps/cli/dist/cps.cjs'), 'check', 'years.cps.yaml'], { cwd: dir, timeoutMs: 120_000 });
      const lsp = new RawLsp(['--max-old-space-size=512']);
      try {
        await lsp.initialize();
        const uri = 'file:///hostile/years.cps.yaml';
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
        const response = await lsp.request('cps/analysis', { uri }, 120_000);
        const served = response !== undefined && lsp.process.exitCode === null;
        const cliOk = !cli.timedOut && cli.code === 1;
        return outcome(
          cliOk && served,
          `CLI ${ending(cli)}${/heap out of memory/.test(cli.stderr) ? ' (out of memory)' : ''}; server ${served ? 'answered' : `no answer${lsp.process.exitCode !== null ? `, exited ${lsp.process.exitCode}` : ''}${/heap out of memory/.test(lsp.stderr) ? ' (out of memory)' : ''}`}`,
        );
      } finally {
        lsp.kill();
      }
    },
  },
];

function markdownOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (content && typeof content === 'object' && 'value' in content) return String(content.value);
  if (Array.isArray(content)) return content.map(markdownOf).join('\n');
  return '';
}

/** Whether markdown, once its well-formed code spans are set aside, still has an image, a link or raw HTML from the payload. */
// An escaped `\<img` renders as the text "<img", as `\[` and `\!` do: only markup without its backslash counts.
function unescapedMarkup(markdown: string): boolean {
  const prose = markdown.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
  return /(?<!\\)!\[[^\]]*\]\(/.test(prose) || /(?<!\\)\[[^\]]*\]\((?:https?|javascript):/.test(prose) || /(?<!\\)<img\b/i.test(prose);
}
