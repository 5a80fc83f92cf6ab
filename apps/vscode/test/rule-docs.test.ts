import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '@cpskit/language-server';
import { describe, expect, it } from 'vitest';
import { bundledRuleDocs, ruleIdOf } from '../src/rule-docs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the rules’ docs pages inside the extension (built by `pnpm build`)', () => {
  it('has a page for every rule, which a finding’s link opens offline', () => {
    const pages = readdirSync(new URL('../dist/docs/rules/', import.meta.url)).filter((name) => name.endsWith('.md'));
    for (const id of RULE_IDS) {
      expect(pages, id).toContain(`${id}.md`);
      expect(bundledRuleDocs(ROOT, id), id).toMatch(new RegExp(`dist[\\\\/]docs[\\\\/]rules[\\\\/]${id}\\.md$`));
    }
  });

  it('opens nothing for what is not a rule id', () => {
    expect(bundledRuleDocs(ROOT, '../../package')).toBeUndefined();
    expect(bundledRuleDocs(ROOT, 'no-such-rule')).toBeUndefined();
    expect(ruleIdOf({ value: 'intensity' })).toBe('intensity');
    expect(ruleIdOf(3)).toBeUndefined();
  });
});
