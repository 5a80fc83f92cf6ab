import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IgnoreList, compileIgnorePattern } from '../src/ignore-patterns.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-ignore-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('gitignore patterns', () => {
  it('collapses runs of ** and anchors what git anchors', () => {
    const source = (line: string) => compileIgnorePattern(line)?.source;
    expect(source('a/**/**/**/**/**/**/**/**/**/**/**/**/**/**/b')).toBe('a/**/b');
    expect(source('**/**/b/**/**')).toBe('**/b/*/**');
    expect(source('brouillons/')).toBe('**/brouillons');
    expect(source('/build')).toBe('build');
    expect(source('# a comment')).toBeUndefined();
    expect(source('   ')).toBeUndefined();
    expect(compileIgnorePattern('!keep/')).toMatchObject({ negated: true, dirOnly: true, source: '**/keep' });
  });

  it('ignores what is inside an ignored folder, which no !pattern can take back, as git does', () => {
    const list = new IgnoreList('build/\n!build/keep.cps.yaml\n*.cps.yaml\n!garder.cps.yaml\n');
    expect(list.ignores('build/keep.cps.yaml', false)).toBe(true);
    expect(list.ignores('a/b.cps.yaml', false)).toBe(true);
    expect(list.test('a/garder.cps.yaml', false)).toEqual({ ignored: false, unignored: true });
    expect(list.ignores('a', true)).toBe(false);
    // `a/**` is what is inside `a`, not `a` itself: `git status` then shows a/keep.
    const inside = new IgnoreList('a/**\n!a/keep\n');
    expect([inside.ignores('a', true), inside.ignores('a/other', false), inside.ignores('a/keep', false)]).toEqual([false, true, false]);
  });

  it('agrees with git check-ignore on a table of patterns and paths', () => {
    const patterns = [
      'foo',
      '/foo',
      'foo/',
      'a/b',
      'a/**/b',
      '**/b',
      'a/**',
      '*.cps.yaml',
      'd*',
      'a/*/c',
      '**/a/**/c',
      'a?c',
      '[ab]x',
      '[!a]x',
      '[a-c]y',
      '[[:digit:]]z',
      'x\\*y',
      'foo\\ ',
      'foo  ',
      '\\#h',
      '\\!b',
      'a/**/**/b',
      '**',
      '*',
      'a/b/',
      '**/b/',
      'A',
      'b*/',
      'a**b',
      'a/**/b/**/c',
    ];
    const paths: [string, boolean][] = [
      ['foo', false],
      ['foo', true],
      ['x/foo', false],
      ['x/foo', true],
      ['a/b', false],
      ['a/b', true],
      ['a/x/b', false],
      ['a/x/y/b', false],
      ['a/x', false],
      ['b', false],
      ['x/b', false],
      ['m.cps.yaml', false],
      ['x/m.cps.yaml', false],
      ['dd', false],
      ['x/dd', true],
      ['a/x/c', false],
      ['a/x/y/c', false],
      ['abc', false],
      ['bx', false],
      ['ax', false],
      ['cx', false],
      ['by', false],
      ['5z', false],
      ['x*y', false],
      ['xzy', false],
      ['foo ', false],
      ['#h', false],
      ['!b', false],
      ['a', false],
      ['b/c/a/k/c', false],
      ['y/a/c', false],
      ['bz', true],
      ['aXb', false],
      ['ab', false],
      ['a/b/c', false],
      ['a/q/b/r/c', false],
    ];
    const repo = path.join(work, 'git');
    execFileSync('git', ['init', '-q', repo]);
    // One folder per pattern, each with its own .gitignore: one call to git answers for all.
    const asked: string[] = [];
    patterns.forEach((pattern, k) => {
      mkdirSync(path.join(repo, `p${k}`));
      writeFileSync(path.join(repo, `p${k}`, '.gitignore'), `${pattern}\n`);
      for (const [file, isFolder] of paths) asked.push(`p${k}/${file}${isFolder ? '/' : ''}`);
    });
    let answer = '';
    try {
      answer = execFileSync('git', ['-c', 'core.ignorecase=true', 'check-ignore', '--no-index', '--stdin'], { cwd: repo, input: `${asked.join('\n')}\n`, encoding: 'utf8' });
    } catch (error) {
      answer = String((error as { stdout?: string }).stdout ?? '');
    }
    const byGit = new Set(answer.split('\n').filter(Boolean));
    const disagreements: string[] = [];
    patterns.forEach((pattern, k) => {
      const list = new IgnoreList(pattern);
      for (const [file, isFolder] of paths) {
        const line = `p${k}/${file}${isFolder ? '/' : ''}`;
        if (list.ignores(file, isFolder) !== byGit.has(line)) disagreements.push(`${pattern} ${file}${isFolder ? '/' : ''}: git says ${byGit.has(line)}`);
      }
    });
    expect(byGit.size).toBeGreaterThan(100);
    expect(disagreements).toEqual([]);
  });
});
