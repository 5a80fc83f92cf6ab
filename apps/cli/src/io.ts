/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  /** Where --stdin reads the manual from, and `cps init` its answers. */
  readonly stdin?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
}

/** Exit codes: 0 clean, 1 findings at or above the bar, 2 could not run. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
