import { readFileSync } from 'node:fs';
import { MESSAGES, localize, type Localized, type MessageArgs } from '@cpskit/core';
import { RULE_METAS, STATUS_MEANINGS, explainReference, explainRule } from '@cpskit/language-server';
import { ruleDocsPage } from '../../src/rule-docs-source.js';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/main.js';
import { TUI_MESSAGES } from '../../src/tui/messages.js';
import { initialState, reduce } from '../../src/tui/state.js';
import { TEXT as VSCODE_TEXT } from '../../../vscode/src/messages.js';
import { ANALYSIS_WORDS } from '../../../vscode/src/analysis-html.js';
import { fixtureManuals } from '../tui/fixtures.js';
import { draw } from '../tui/harness.js';

/**
 * The guard of issue 13: every French text a person reads — each message id of each rule,
 * the CLI's catalogue and --help texts, the TUI's words and screens, the VS Code extension's
 * strings — follows French typography (U+00A0 before « : ; ! ? » and inside « », ’ between
 * letters) and lets no English severity or family name through.
 */

const NBSP = '\u00a0';

/** Sample arguments for a template: a word for `{name}`, 2 for a `{name|one|many}` choice. */
function sampleArgs(template: string): MessageArgs {
  const args: Record<string, string | number> = {};
  for (const match of template.matchAll(/\{(\w+)(\|[^}]*)?\}/g)) args[match[1]!] = match[2] ? 2 : (args[match[1]!] ?? 'valeur');
  return args;
}

function rendered(text: Localized): string {
  return localize(text, 'fr', sampleArgs(text.fr));
}

/**
 * What is not French prose is left out before the checks: code spans, URLs, option names and
 * their values (`--fail-on error`), YAML written as an example (`level: 2`, a lower-case ASCII
 * key before its colon), identifiers with dots or hyphens (`yaml-syntax`, `training.covers`).
 */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/--fail-on[^;.\n]*/g, ' ')
    .replace(/--[\w-]+(?:[ =](?:[A-ZÉ]+|[\w|-]+))?/g, ' ')
    .replace(/(^|[\s«"(\[{,])[a-z_][A-Za-z0-9_.[\]-]*:(?= |$)/gm, '$1 ');
}

const ENGLISH_WORDS = /(?<![\w.\-/$%])(error|errors|warning|warnings|hint|hints|syntax|coverage|criteria)(?![\w.\-/])/i;

/** The faults of one French text, each with the bit of text around it. */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  const body = prose(text);
  const around = (index: number) => JSON.stringify(body.slice(Math.max(0, index - 25), index + 10));
  for (const match of body.matchAll(/([^\s])?([ \u202f]?)([:;!?])(?=\s|$|»|\))/gu)) {
    const [, before, space, mark] = match;
    if (space === NBSP) continue;
    // A colon right after a digit is a time or a ratio; `89?` is the TUI's mark of a provisional score.
    if (before !== undefined && /\d/.test(before) && space === '') continue;
    if (before === NBSP) continue;
    // A mark standing alone is a key or a symbol (`?  show this help`), not punctuation.
    if (before === undefined) continue;
    faults.push(`${space === ' ' ? 'ordinary space' : 'no space'} before « ${mark} »: ${around(match.index)}`);
  }
  for (const match of body.matchAll(/«(?!\u00a0)|(?<!\u00a0)»/g)) faults.push(`guillemet without U+00A0: ${around(match.index)}`);
  for (const match of body.matchAll(/\p{L}'\p{L}/gu)) faults.push(`straight apostrophe: ${around(match.index)}`);
  const english = ENGLISH_WORDS.exec(body);
  if (english) faults.push(`English word « ${english[1]} »: ${around(english.index)}`);
  return faults;
}

function expectFrench(texts: Readonly<Record<string, string>>): void {
  const faults = Object.entries(texts).flatMap(([where, text]) => typographyFaults(text).map((fault) => `${where}: ${fault}`));
  expect(faults).toEqual([]);
}

async function cliOutput(argv: string[]): Promise<string> {
  let out = '';
  const sink = { write: (chunk: string) => ((out += chunk), true) } as unknown as NodeJS.WriteStream;
  await main(argv, { cwd: process.cwd(), env: {}, stdout: sink, stderr: sink, stdin: undefined });
  return out;
}

describe('French typography and words, everywhere a person reads French', () => {
  test('the checker finds what it guards against', () => {
    expect(typographyFaults('Filtre : valeur')).toHaveLength(1);
    expect(typographyFaults('Filtre: valeur')).toHaveLength(1);
    expect(typographyFaults(`« texte»`)).toHaveLength(2);
    expect(typographyFaults("l'école")).toHaveLength(1);
    expect(typographyFaults('gravité : warning')).toHaveLength(2);
    expect(typographyFaults(`Filtre${NBSP}: «${NBSP}level: 2${NBSP}», à 10:30, l’école, yaml-syntax, \`error\`.`)).toEqual([]);
  });

  test('every message id of every rule, with sample arguments, and every rule description', () => {
    const texts: Record<string, string> = {};
    for (const meta of RULE_METAS) {
      texts[`${meta.id} (description)`] = rendered(meta.description);
      for (const [id, text] of Object.entries<Localized>(meta.messages)) texts[`${meta.id}/${id}`] = rendered(text);
      for (const [name, doc] of Object.entries<Localized>(meta.options?.docs ?? {})) texts[`${meta.id} option ${name}`] = rendered(doc);
    }
    expectFrench(texts);
  });

  test('the CLI catalogue and what the status words mean', () => {
    expectFrench(Object.fromEntries([...Object.entries(MESSAGES), ...Object.entries(STATUS_MEANINGS)].map(([id, text]) => [id, rendered(text)])));
  });

  test('every --help, cps rules and cps explain of a rule', async () => {
    const texts: Record<string, string> = {
      'cps --help': await cliOutput(['--help', '--locale', 'fr']),
      'cps diff --help': await cliOutput(['diff', '--help', '--locale', 'fr']),
      'cps init --help': await cliOutput(['init', '--help', '--locale', 'fr']),
      'cps rules': await cliOutput(['rules', '--locale', 'fr']),
    };
    // The Markdown `cps explain` draws, where code spans still tell code from prose: a rule's page, a modality, a criterion, a competency.
    for (const meta of RULE_METAS) texts[`cps explain ${meta.id}`] = explainRule(meta, await ruleDocsPage(meta.id), 'fr');
    for (const id of ['1.2.4', '2.1', '3', 'E1.2', 'S2']) texts[`cps explain ${id}`] = explainReference(id, 'fr')!;
    // And what it prints: drawn, its words unchanged.
    expect(await cliOutput(['explain', '1.2.4', '--locale', 'fr'])).toContain(`Ce que veut dire chaque statut`);
    expectFrench(texts);
  }, 60_000);

  test('every TUI string, and its screens', () => {
    const texts: Record<string, string> = Object.fromEntries(Object.entries(TUI_MESSAGES).map(([id, text]) => [id, rendered(text)]));
    let state = initialState({ locale: 'fr', width: 100, height: 40, manuals: fixtureManuals('fr') });
    state = reduce(state, { type: 'pane', to: 'criteria' });
    texts['criteria pane'] = draw(state);
    texts['coverage pane'] = draw(reduce(state, { type: 'pane', to: 'coverage' }));
    texts['help'] = draw(reduce(state, { type: 'help' }));
    expectFrench(texts);
  });

  test('every VS Code string: package.nls.fr.json, the extension’s words, the analysis view', () => {
    const nls = JSON.parse(readFileSync(new URL('../../../vscode/package.nls.fr.json', import.meta.url), 'utf8')) as Record<string, string>;
    expectFrench({
      ...Object.fromEntries(Object.entries(nls).map(([id, text]) => [`package.nls.fr.json ${id}`, text])),
      ...Object.fromEntries(Object.entries(VSCODE_TEXT).map(([id, text]) => [`vscode ${id}`, rendered(text)])),
      ...Object.fromEntries(Object.entries(ANALYSIS_WORDS).map(([id, text]) => [`analysis view ${id}`, rendered(text)])),
    });
  });
});
