import { readFileSync } from 'node:fs';
import { analyzeText } from '@cpskit/language-server';
import { describe, expect, it } from 'vitest';

const snippets = JSON.parse(readFileSync(new URL('../snippets/cps-yaml.json', import.meta.url), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
const MINIMAL = readFileSync(new URL('../../../packages/core/test/fixtures/minimal.cps.yaml', import.meta.url), 'utf8');

/** The text VS Code inserts when each placeholder is left as it is and each choice at its first value. */
function expand(body: readonly string[], indent: string): string {
  return body
    .map((line) => indent + line)
    .join('\n')
    .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .trimEnd();
}

describe('snippets', () => {
  it('each give a block that the schema and the rules accept as written', () => {
    expect(Object.keys(snippets).length).toBe(4);
    for (const [name, snippet] of Object.entries(snippets)) {
      const isSession = snippet.prefix.includes('session');
      const block = expand(snippet.body, '  ');
      const text = isSession
        ? `${MINIMAL}sessions:\n${block.replace('[nouvel-atelier]', '[a1]')}\n`
        : MINIMAL.replace(/^activities:\n/m, `activities:\n${block}\n`);
      expect(text, name).not.toBe(MINIMAL);
      const { findings } = analyzeText(text);
      const shape = findings.filter((finding) => ['yaml-syntax', 'schema', 'duplicate-id', 'unknown-competency', 'undefined-activity', 'duplicate-key'].includes(finding.ruleId));
      expect(shape, `${name}:\n${text}`).toEqual([]);
    }
  });
});
