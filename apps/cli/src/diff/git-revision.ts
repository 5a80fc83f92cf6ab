import { execFile } from 'node:child_process';
import path from 'node:path';
import { visible } from '@cpskit/core';
import { findGitRoot, isInside, realPathOf } from '@cpskit/language-server/node';

/** What reading a manual as it was at a git revision gave. */
export type RevisionRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'bad-revision' | 'not-in-repository' | 'outside-repository' | 'unknown-revision' | 'absent' }
  | { readonly ok: false; readonly problem: 'git-missing'; readonly reason: string }
  | { readonly ok: false; readonly problem: 'git-failed'; readonly detail: string }
  | { readonly ok: false; readonly problem: 'timeout'; readonly seconds: number };

/** Git answers a local question in far less; past this, something is wrong (a stalled file system, a lazy fetch that hangs). */
const GIT_TIMEOUT_SECONDS = 120;
/** A manual is a few hundred kilobytes at most; this bounds what a blob can make cps hold. */
const MAX_BYTES = 64 * 1024 * 1024;

interface GitResult {
  readonly status: 'ok' | 'failed' | 'missing' | 'timeout';
  readonly exitCode?: number;
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly reason?: string;
}

/**
 * Runs git with an argument array (never a shell: nothing in a revision or a path is read as a
 * command), in `cwd`, without a terminal prompt or optional locks, and never waits forever.
 */
function runGit(args: readonly string[], cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<GitResult> {
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) childEnv[key] = value;
  childEnv['GIT_TERMINAL_PROMPT'] = '0';
  childEnv['GIT_OPTIONAL_LOCKS'] = '0';
  return new Promise((resolve) => {
    try {
      execFile(
        'git',
        [...args],
        { cwd, env: childEnv, encoding: 'buffer', maxBuffer: MAX_BYTES, timeout: GIT_TIMEOUT_SECONDS * 1000, killSignal: 'SIGKILL', windowsHide: true },
        (error, stdout, stderr) => {
          const err = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
          const stderrText = stderr.toString('utf8');
          if (!err) return resolve({ status: 'ok', exitCode: 0, stdout, stderr: stderrText });
          if (err.code === 'ENOENT' || err.code === 'EACCES') return resolve({ status: 'missing', stdout, stderr: stderrText, reason: String(err.code) });
          if (err.killed && err.code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve({ status: 'timeout', stdout, stderr: stderrText });
          const exitCode = typeof err.code === 'number' ? err.code : undefined;
          resolve({
            status: 'failed',
            ...(exitCode !== undefined ? { exitCode } : {}),
            stdout,
            stderr: stderrText,
            reason: exitCode === undefined ? String(err.code ?? err.message) : '',
          });
        },
      );
    } catch (error) {
      // execFile throws synchronously on arguments it refuses (a NUL byte in a revision).
      resolve({ status: 'failed', stdout: Buffer.alloc(0), stderr: '', reason: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** The first line git wrote on stderr (or the reason it failed), shown as text. */
function detailOf(result: GitResult): string {
  const line = result.stderr.split('\n').find((text) => text.trim() !== '') ?? result.reason ?? '';
  const shown = visible(line.trim());
  return shown.length > 300 ? `${shown.slice(0, 299)}…` : shown || `exit ${result.exitCode ?? '?'}`;
}

function failure(result: GitResult): RevisionRead {
  if (result.status === 'missing') return { ok: false, problem: 'git-missing', reason: result.reason ?? 'ENOENT' };
  if (result.status === 'timeout') return { ok: false, problem: 'timeout', seconds: GIT_TIMEOUT_SECONDS };
  return { ok: false, problem: 'git-failed', detail: detailOf(result) };
}

/**
 * The text of the file at `absolute` as it was at `revision`, read with `git show <commit>:<path> --` from the
 * repository that holds the file. The file must exist now and, every link followed, lie inside
 * that repository: a path that leads out is not looked up at all. A revision that starts with
 * `-` is refused before git runs, so that it can never be read as one of git's options.
 */
export async function readAtRevision(absolute: string, revision: string, env: Readonly<Record<string, string | undefined>>): Promise<RevisionRead> {
  if (revision.startsWith('-') || revision === '') return { ok: false, problem: 'bad-revision' };
  const root = findGitRoot(path.dirname(absolute));
  if (root === undefined) return { ok: false, problem: 'not-in-repository' };
  const realRoot = realPathOf(root);
  const realFile = realPathOf(absolute);
  if (realRoot === undefined || realFile === undefined || !isInside(realFile, realRoot)) return { ok: false, problem: 'outside-repository' };
  const inRepository = path.relative(realRoot, realFile).split(path.sep).join('/');

  const commit = await runGit(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], realRoot, env);
  // --quiet: an unknown revision is exit 1 with nothing said; anything else (not a repository git
  // accepts, a repository owned by someone else) is git's own error, passed on.
  if (commit.status === 'failed' && commit.exitCode === 1 && commit.stderr.trim() === '') return { ok: false, problem: 'unknown-revision' };
  if (commit.status !== 'ok') return failure(commit);
  const sha = commit.stdout.toString('utf8').trim();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return { ok: false, problem: 'git-failed', detail: visible(sha.slice(0, 100)) };

  const object = `${sha}:${inRepository}`;
  const kind = await runGit(['cat-file', '-t', object], realRoot, env);
  if (kind.status === 'failed') return { ok: false, problem: 'absent' };
  if (kind.status !== 'ok') return failure(kind);
  if (kind.stdout.toString('utf8').trim() !== 'blob') return { ok: false, problem: 'absent' };

  // `--` ends the revisions: what comes before it is an object name, never a path or an option.
  const shown = await runGit(['show', '--no-textconv', object, '--'], realRoot, env);
  if (shown.status !== 'ok') return failure(shown);
  return { ok: true, text: shown.stdout.toString('utf8') };
}
