import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

/**
 * `cps tui` in a real terminal: tmux (from Debian) runs it, send-keys types, capture-pane reads
 * the screen. Every wait polls the screen; none is a fixed sleep.
 */
const CPS = fileURLToPath(new URL('../../dist/cps.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cps-tui-'));
const session = `cps-tui-${process.pid}`;
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  spawnSync('tmux', ['kill-session', '-t', session]);
});

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

const screen = () => tmux('capture-pane', '-t', session, '-p');

/** Polls the screen until `test` holds; fails with the last screen after `timeoutMs`. */
async function waitFor(test: (text: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeoutMs) {
    last = screen();
    if (test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: not on screen within ${timeoutMs} ms. Screen:\n${last}`);
}

/** The processes, of any kind, that carry this run's mark in their environment. */
function processesMarked(mark: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`CPS_E2E_MARK=${mark}`)) found.push(Number(entry));
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return found;
}

async function waitNoProcess(mark: string): Promise<void> {
  const started = Date.now();
  while (processesMarked(mark).length > 0) {
    if (Date.now() - started > 10_000) throw new Error(`processes left behind: ${processesMarked(mark).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function start(folder: string, mark: string, extraEnv: Record<string, string> = {}): void {
  const env = Object.entries({ CPS_E2E_MARK: mark, LANG: 'en_US.UTF-8', ...extraEnv })
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(' ');
  // CI is unset: the TUI is meant for a person at a terminal, and Ink behaves differently in CI.
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '80',
    '-y',
    '24',
    `cd ${JSON.stringify(folder)} && env -u CI ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(CPS)} tui . ; echo "EXITED $?"; sleep 600`,
  );
}

describe('cps tui in tmux, at 80×24', () => {
  it('lists the manuals, navigates, follows an edit on disk, opens the editor at the finding, and quits leaving no process', async () => {
    const folder = path.join(work, 'a');
    cpSync(EXAMPLES, folder, { recursive: true });
    const editorLog = path.join(work, 'editor.log');
    const editor = path.join(work, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\necho "$@" >> ${JSON.stringify(editorLog)}\n`, { mode: 0o755 });
    const mark = `a${process.pid}`;
    start(folder, mark, { EDITOR: editor });

    // Manuals join the list as the server answers for each, in any order: wait for all seven.
    const first = await waitFor(
      (text) => text.includes('Manuals (7)') && text.includes('weak/atelier-emotions.cps.yaml') && /psfp\.cps\.yaml\s+0\s+0\s+\d+/.test(text),
      'the seven manuals with their counts',
    );
    expect(first).toContain('Manuals (7)');
    for (const line of first.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    // Down to the next manual, then into its findings.
    const selected = (text: string) =>
      text
        .split('\n')
        .find((line) => line.startsWith('›'))
        ?.trim();
    const before = selected(first);
    tmux('send-keys', '-t', session, 'Down');
    await waitFor((text) => selected(text) !== before, 'the selection moving down');

    // An edit on disk: an unknown code appears in the findings of that manual, without a key press.
    const unplugged = path.join(folder, 'unplugged.cps.yaml');
    writeFileSync(unplugged, readFileSync(unplugged, 'utf8').replace(/competencies: \[([^\]]*)\]/, 'competencies: [$1, E9.9]'));
    await waitFor((text) => /unplugged\.cps\.yaml\s+1\s+1\s+\d+/.test(text), 'the new error counted for unplugged');

    // Go to that manual's findings, find the new error, and open the editor at it.
    tmux('send-keys', '-t', session, '/', 'E9.9', 'Enter');
    await waitFor((text) => text.includes('"E9.9" is not a competency'), 'the filtered finding');
    tmux('send-keys', '-t', session, 'Tab');
    tmux('send-keys', '-t', session, 'o');
    const deadline = Date.now() + 10_000;
    while (!existsSync(editorLog) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const line =
      readFileSync(unplugged, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('E9.9')) + 1;
    expect(readFileSync(editorLog, 'utf8').trim()).toBe(`+${line} ${unplugged}`);

    // Every pane at 80×24 shows all its lines: the criteria table whole, the coverage by scrolling.
    // A pause after each Escape: an Escape followed at once by a key reads as Alt+key (meta), not as two keys.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 300));
    tmux('send-keys', '-t', session, 'Escape');
    await pause();
    tmux('send-keys', '-t', session, 'Escape');
    await pause();
    tmux('send-keys', '-t', session, '3');
    const criteria = await waitFor((text) => text.includes('Axis 4 (strategy)'), 'the criteria pane');
    for (const id of ['1.1 ', '1.2 ', '1.3 ', '1.4 ', '2.1 ', '2.2 ', '2.3 ', '3.1 ', '3.2 ']) expect(criteria).toContain(id);
    tmux('send-keys', '-t', session, '4');
    const seen: string[] = [await waitFor((text) => text.includes('Competencies (minutes'), 'the coverage pane')];
    for (let step = 0; step < 12; step++) {
      tmux('send-keys', '-t', session, 'Down');
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen.push(screen());
    }
    const coverage = seen.join('\n');
    for (const line of coverage.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    for (const heading of ['Phase 1 — ', 'Phase 2 — ', 'Session by session']) expect(coverage).toContain(heading);
    for (const code of ['C1', 'E1', 'S1', 'C2', 'E2', 'S2']) {
      expect(coverage).toMatch(new RegExp(`[✔✖] ${code} `));
      expect(coverage).toMatch(new RegExp(`^\\s*${code}  [■·]+`, 'm'));
    }

    // r: the selected manual's report, written next to it; the status line says where.
    tmux('send-keys', '-t', session, 'r');
    await waitFor((text) => text.includes('Report written: unplugged.report.html'), 'the report written, said in the status line');
    expect(readFileSync(path.join(folder, 'unplugged.report.html'), 'utf8')).toContain('<html lang="en">');

    // Narrower than 80 columns: said in words, not a garbled table.
    tmux('resize-window', '-t', session, '-x', '64', '-y', '20');
    await waitFor((text) => text.includes('The window is 64 columns wide; cps tui needs at least 80.'), 'the too-narrow notice at 64 columns');

    tmux('send-keys', '-t', session, 'q');
    await waitFor((text) => text.includes('EXITED 0'), 'the TUI leaving with exit code 0');
    await waitNoProcess(mark);
  }, 90_000);

  it('says so, without a stack trace, when a path does not exist', async () => {
    const mark = `c${process.pid}`;
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '80',
      '-y',
      '24',
      `cd ${JSON.stringify(work)} && env -u CI CPS_E2E_MARK=${mark} ${JSON.stringify(process.execPath)} ${JSON.stringify(CPS)} tui nulle-part --locale fr; echo "EXITED $?"; sleep 600`,
    );
    const text = await waitFor((screenText) => screenText.includes('EXITED'), 'the TUI giving up');
    expect(text).toContain('cps\u00a0: le chemin «\u00a0nulle-part\u00a0» n’existe pas.');
    expect(text).toContain('EXITED 2');
    expect(text).not.toContain('    at ');
  }, 30_000);

  it('stops the server on Ctrl-C too', async () => {
    const folder = path.join(work, 'b');
    cpSync(path.join(EXAMPLES, 'psfp.cps.yaml'), path.join(folder, 'psfp.cps.yaml'));
    const mark = `b${process.pid}`;
    start(folder, mark);
    await waitFor((text) => text.includes('psfp.cps.yaml'), 'the manual');
    expect(processesMarked(mark).length).toBeGreaterThanOrEqual(2);
    tmux('send-keys', '-t', session, 'C-c');
    await waitFor((text) => text.includes('EXITED 0'), 'the TUI leaving on Ctrl-C');
    await waitNoProcess(mark);
  }, 60_000);

  it('says clearly what is wrong: no terminal, a path that does not exist', () => {
    const piped = spawnSync(process.execPath, [CPS, 'tui', EXAMPLES, '--locale', 'en'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toContain('cps tui needs a terminal. To read the findings in a log or a pipe, use: cps check');
    expect(piped.stderr).not.toContain('    at ');
  });
});
