import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The main entry (`@cpskit/language-server`) is the pure language service: a tool that only
 * checks texts (a browser bundle, a worker) must be able to load it without the file system.
 * What reads files lives under src/node, behind its own entry (`@cpskit/language-server/node`).
 */

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const CORE_SRC = fileURLToPath(new URL('../../core/src/', import.meta.url));
const NODE_DIR = path.join(SRC, 'node');
/** The Node modules that reach the file system, other processes or the network. */
const IO_MODULES = new Set(['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'dgram', 'worker_threads']);

const isIoModule = (specifier: string) => IO_MODULES.has(specifier.replace(/^node:/, ''));

/** The modules a file names in its imports and re-exports (static and dynamic). */
function specifiersOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"\n]+)['"]/g)].map((match) => match[1]!);
}

/** The TypeScript source a specifier leads to, for the modules of this repository; undefined for a package. */
function resolve(from: string, specifier: string): string | undefined {
  if (specifier === '@cpskit/core') return path.join(CORE_SRC, 'index.ts');
  if (!specifier.startsWith('.')) return undefined;
  const target = path.resolve(path.dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), `${target}.ts`, path.join(target, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Every I/O module and every module under src/node that `entry` reaches, each with the file that imports it. */
function forbiddenImports(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(file)) {
      const shown = path.relative(SRC, file);
      if (isIoModule(specifier)) found.push(`${shown} imports ${specifier}`);
      const target = resolve(file, specifier);
      if (!target) continue;
      if (target.startsWith(`${NODE_DIR}${path.sep}`)) found.push(`${shown} imports ${path.relative(SRC, target)}`);
      queue.push(target);
    }
  }
  return found;
}

describe('the main entry', () => {
  it('reaches no module that reads files, starts processes or opens sockets, and nothing under src/node', () => {
    expect(forbiddenImports(path.join(SRC, 'index.ts'))).toEqual([]);
  });

  it('is checked by a walk that does find them where they are (the server reads configuration files)', () => {
    const found = forbiddenImports(path.join(SRC, 'server', 'server.ts'));
    expect(found).toContain(`node${path.sep}config-finder.ts imports node:fs`);
    expect(found.some((line) => line.endsWith(`imports node${path.sep}config-finder.ts`) || line.endsWith(`imports node${path.sep}index.ts`))).toBe(true);
  });
});
