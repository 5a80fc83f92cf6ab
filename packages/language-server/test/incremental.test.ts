import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IncrementalParser } from '../src/service/parse/incremental.js';
import { parseManual, type ParsedManual } from '../src/index.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.cps.yaml'));

/** The parse without its line index, as text, for a fast exact comparison. */
const essence = (parsed: ParsedManual) => JSON.stringify({ root: parsed.root, problems: parsed.problems, expandable: parsed.expandable });

/** Where two essences first differ, to read a failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 120), i + 80)}\n  vs\n…${b.slice(Math.max(0, i - 120), i + 80)}`;
}

function expectSame(incremental: ParsedManual, full: ParsedManual, label: string): void {
  const [a, b] = [essence(incremental), essence(full)];
  if (a !== b) throw new Error(`${label}: the incremental parse differs from the full parse:\n${firstDifference(a, b)}`);
}

/** A long manual: the examples' activities many times over, without their anchors. */
function longManual(copiesCount = 12): string {
  const base = readFileSync(`${EXAMPLES}psfp.cps.yaml`, 'utf8').replace(/&[\w-]+ ?/g, '').replace(/\*[\w-]+/g, '[active]');
  const [head, rest] = base.split('\nactivities:\n');
  const [activities, tail] = rest!.split('\nsessions:\n');
  const copies = Array.from({ length: copiesCount }, (_, i) => activities!.replace(/id: ([\w-]+)/g, `id: $1-${i}`)).join('\n');
  return `${head}\nactivities:\n${copies}\nsessions:\n${tail}`;
}

describe('IncrementalParser', () => {
  it('reads every example exactly as the full parse does', () => {
    const parser = new IncrementalParser();
    for (const name of examples) {
      const text = readFileSync(EXAMPLES + name, 'utf8');
      expectSame(parser.parse(text), parseManual(text), name);
    }
  });

  it("gives the full parse’s result after each of 60 random one-character edits of a long manual", { timeout: 120_000 }, () => {
    let text = longManual(4);
    expect(text.length).toBeGreaterThan(20_000);
    const parser = new IncrementalParser();
    let state = 7;
    const random = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
    const alphabet = ['a', 'é', ' ', '\n', ':', '-', '#', '"', '[', ']', '1', '  '];
    for (let edit = 0; edit < 60; edit++) {
      const at = random(text.length);
      const kind = random(3);
      if (kind === 0) text = text.slice(0, at) + text.slice(at + 1);
      else if (kind === 1) text = text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at);
      else text = text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at + 1);
      expectSame(parser.parse(text), parseManual(text), `edit ${edit} at ${at}: ${JSON.stringify(text.slice(at - 20, at + 20))}`);
    }
  });

  it('parses only the piece that changed', () => {
    const text = longManual();
    const parser = new IncrementalParser();
    // The first parse reads the whole and keeps its pieces.
    parser.parse(text);
    expect(parser.lastStats).toEqual({ pieces: 0, parsed: 0 });
    const edited = text.replace('duration: 120', 'duration: 121');
    expectSame(parser.parse(edited), parseManual(edited), 'one edit');
    expect(parser.lastStats.pieces).toBeGreaterThan(100);
    expect(parser.lastStats.parsed).toBe(1);
  });

  it('keeps the nodes of the pieces an edit does not touch, and places twin pieces apart', () => {
    const text = longManual(4);
    const parser = new IncrementalParser();
    const first = parser.parse(text);
    const edited = `${text.slice(0, 200)}#${text.slice(200)}`.replace('title:', 'titre:');
    const second = parser.parse(edited);
    expectSame(second, parseManual(edited), 'edit');
    const activities = (root: ParsedManual['root']) => (root?.kind === 'map' ? root.pairs.find((pair) => pair.key.value === 'activities')?.value : undefined);
    const [before, after] = [activities(first.root), activities(second.root)];
    if (before?.kind !== 'seq' || after?.kind !== 'seq') throw new Error('activities is a list');
    // The last activity moved by one character but is the same node, at its new place.
    expect(after.items.at(-1)).toBe(before.items.at(-1));
    // The same activity written twice: one text, two pieces, each with its own nodes.
    const listStart = edited.indexOf('\nactivities:\n') + '\nactivities:\n'.length;
    const secondItem = edited.indexOf('\n  - ', listStart) + 1;
    const twins = edited.slice(0, secondItem) + edited.slice(listStart, secondItem) + edited.slice(secondItem);
    const parsedTwins = parser.parse(twins);
    expect(parser.lastStats.parsed).toBeLessThanOrEqual(1);
    expectSame(parsedTwins, parseManual(twins), 'twins');
  });

  it('parses the whole when pieces could read differently: anchors, several documents', () => {
    const parser = new IncrementalParser();
    const anchored = longManual().replace('pedagogy: [active]', 'pedagogy: &p [active]');
    expectSame(parser.parse(anchored), parseManual(anchored), 'anchors');
    expect(parser.lastStats.pieces).toBe(0);
    const documents = `${longManual()}---\nversion: 1\n`;
    expectSame(parser.parse(documents), parseManual(documents), 'documents');
    expect(parser.lastStats.pieces).toBe(0);
  });
});
