import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODALITIES } from '@cpskit/core';
import { describe, expect, it } from 'vitest';
import { RULE_METAS, bodyIn, messageIdsIn, renderRuleDocHeader, HEADER_END } from '../src/index.js';

const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));
const TESTS = fileURLToPath(new URL('./rules/', import.meta.url));
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((match) => match[1]))].sort();

describe('every rule', () => {
  it.each(RULE_METAS.map((meta) => [meta.id, meta] as const))('%s has its docs page, its test file and both languages', (id, meta) => {
    const page = `${DOCS}${id}.md`;
    expect(existsSync(page), `docs/rules/${id}.md`).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.slice(0, text.indexOf(HEADER_END) + HEADER_END.length + 1), 'header is up to date: run `pnpm docs:generate`').toBe(renderRuleDocHeader(meta));
    expect(bodyIn(text, 'en')?.length ?? 0, 'an English section saying how it is assessed').toBeGreaterThan(80);
    expect(bodyIn(text, 'fr')?.length ?? 0, 'a French section saying how it is assessed').toBeGreaterThan(80);
    expect(existsSync(`${TESTS}${id}.test.ts`), `test/rules/${id}.test.ts`).toBe(true);
    for (const [messageId, message] of Object.entries(meta.messages)) {
      expect(message.en, messageId).toMatch(/\S/);
      expect(message.fr, messageId).toMatch(/\S/);
      expect(placeholders(message.fr), messageId).toEqual(placeholders(message.en));
    }
    expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  // The docs header lists every message id; the rule's table must produce each one. checkCases
  // checks it (see rule-tester.ts); a test file that builds its own table calls
  // expectDocumentedMessagesProduced itself. Here: the docs list them, and the test file checks them.
  it.each(RULE_METAS.map((meta) => [meta.id, meta] as const))('%s: its docs list its message ids, and its test table must produce each', (id, meta) => {
    const page = readFileSync(`${DOCS}${id}.md`, 'utf8');
    expect(messageIdsIn(page)).toEqual(Object.keys(meta.messages));
    if (Object.keys(meta.messages).length === 0) return;
    const tests = readFileSync(`${TESTS}${id}.test.ts`, 'utf8');
    expect(/\bcheckCases\(|\bexpectDocumentedMessagesProduced\(/.test(tests), `test/rules/${id}.test.ts checks its table with checkCases or expectDocumentedMessagesProduced`).toBe(
      true,
    );
  });

  it('has a distinct id', () => {
    const ids = RULE_METAS.map((meta) => meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the criteria table', () => {
  it('has every practical modality assessed by at least one rule, whose docs page names it', () => {
    for (const modality of MODALITIES) {
      const rules = RULE_METAS.filter((meta) => meta.assesses?.includes(modality.id));
      expect(
        rules.map((meta) => meta.id),
        `modality ${modality.id}`,
      ).not.toEqual([]);
      for (const meta of rules) expect(readFileSync(`${DOCS}${meta.id}.md`, 'utf8')).toContain(modality.id);
    }
  });
});
