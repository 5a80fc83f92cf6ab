import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../formats/helpers.js';
import { spreadArguments } from './spread-arguments.js';

/** Every TypeScript source of every package and app. */
function sources(): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
    }
  };
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(path.join(ROOT, group)).sort()) {
      const src = path.join(ROOT, group, name, 'src');
      if (statSync(path.join(ROOT, group, name)).isDirectory() && readdirSync(path.join(ROOT, group, name)).includes('src')) walk(src);
    }
  }
  return out;
}

describe('no array is spread into a call’s arguments', () => {
  it('finds the calls that would throw a RangeError with a large array', () => {
    const found = spreadArguments(
      'sample.ts',
      [
        'const a = Math.max(...xs);',
        'const b = Math.min(0, ...xs.map((x) => x.length));',
        'out.push(...rows);',
        'out.unshift(...rows);',
        'const c = String.fromCharCode(...codes);',
        'f(...args);',
        'new Thing(...parts);',
        'Math.max.apply(null, xs);',
        'Reflect.apply(f, undefined, xs);',
        'const d = [...xs, ...ys];',
        'const e = { ...options };',
        'let m = 0; for (const x of xs) m = Math.max(m, x);',
        'out.push(...pair); // bounded-spread: a key and its value',
        '// bounded-spread: the two halves of a split',
        'out.push(...halves);',
      ].join('\n'),
    );
    expect(found.map((entry) => entry.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reads TSX', () => {
    expect(spreadArguments('view.tsx', 'const w = Math.max(...rows.map((row) => row.width));\nconst v = <Box {...props} />;').map((entry) => entry.line)).toEqual([1]);
  });

  it('holds for every source file of every package and app', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) => spreadArguments(file, readFileSync(file, 'utf8')).map((entry) => `${path.relative(ROOT, file)}:${entry.line}: ${entry.text}`));
    expect(offending).toEqual([]);
  }, 120_000);
});
