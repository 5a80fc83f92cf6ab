import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS, MAX_MANUAL_BYTES, complete, createSnapshot, documentSymbols, foldingRanges, hover, validateText } from '../src/index.js';
import { hostileManuals } from './hostile-manuals.js';

const CAPABILITIES = { markdown: true, snippets: true };

/*
 * Each text repeats one costly shape. Work that grows faster than the text shows here as a test
 * that does not finish: at a quarter of the size limit, a quadratic step takes minutes. (The
 * figures at the limit itself are in `pnpm bench`.)
 */
describe('texts written to be costly, at a quarter of the size limit', () => {
  it.each(Object.entries(hostileManuals(MAX_MANUAL_BYTES / 4)))(
    '%s: bounded findings, the same on every call, and the editing features answer',
    (_name, text) => {
      const first = validateText(text).findings;
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThanOrEqual(MAX_FINDINGS + 1);
      const snapshot = createSnapshot('file:///hostile.cps.yaml', 1, text);
      expect(JSON.stringify(snapshot.validation.findings)).toBe(JSON.stringify(first));
      const lines = snapshot.parsed.lines;
      const end = lines.positionAt(text.length);
      const middle = lines.positionAt(Math.floor(text.length / 2));
      for (const position of [end, middle]) {
        expect(() => complete(snapshot, position, CAPABILITIES)).not.toThrow();
        expect(() => hover(snapshot, position, CAPABILITIES)).not.toThrow();
      }
      expect(() => documentSymbols(snapshot)).not.toThrow();
      expect(() => foldingRanges(snapshot)).not.toThrow();
    },
    60_000,
  );
});
