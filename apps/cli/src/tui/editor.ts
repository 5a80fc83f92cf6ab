import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The editor `o` opens a finding in: the user's own ($VISUAL, then $EDITOR), else the system's
 * choice (`editor`, Debian's alternative) or `nano`, which a trainer can use without learning
 * it. Never `vi` by default: someone who does not know it is stuck in it. Undefined when there
 * is none, and the TUI then says how to set $EDITOR.
 */
export function chooseEditor(env: Environment, isProgram: (name: string) => boolean = onPath(env)): string | undefined {
  for (const name of ['VISUAL', 'EDITOR'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return FALLBACKS.find(isProgram);
}

const FALLBACKS = ['editor', 'nano'];

/** Whether a program of that name is an executable file in one of the folders of $PATH. */
export function onPath(env: Environment): (name: string) => boolean {
  const folders = (env['PATH'] ?? '').split(path.delimiter).filter((folder) => path.isAbsolute(folder));
  return (name) =>
    folders.some((folder) => {
      const file = path.join(folder, name);
      try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
}
