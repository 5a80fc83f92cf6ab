import { readFileSync } from 'node:fs';
import { analyzeText } from '@cpskit/language-server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SNIPPETS, snippetPreview } from '../src/snippets.js';
import { CompletionItemKind, MarkdownString, Position, SnippetString, Uri, env, fakeDocument, recorded, resetFake, type CompletionItem } from './vscode-fake.js';

vi.mock('vscode-languageclient/node.js', async () => ({ LanguageClient: (await import('./fake-client.js')).FakeLanguageClient, TransportKind: { stdio: 0, ipc: 1 } }));

const { activate, deactivate } = await import('../src/extension.js');

const MINIMAL = readFileSync(new URL('../../../packages/core/test/fixtures/minimal.cps.yaml', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const context = () => ({ subscriptions: [] as { dispose(): void }[], asAbsolutePath: (relative: string) => `/ext/${relative}` });

/** What the editor's suggestion list shows at the end of `line` in a manual. */
async function suggestions(line: string): Promise<CompletionItem[]> {
  await activate(context() as never);
  const [provider] = recorded.completionProviders;
  expect(provider?.selector).toEqual({ language: 'cps-yaml' });
  const document = fakeDocument(Uri.file('/work/m.cps.yaml'), 'cps-yaml', `activities:\n${line}`);
  const items = provider!.provideCompletionItems(document, new Position(1, line.length)) ?? [];
  await deactivate();
  return items;
}

const labelOf = (item: CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const descriptionOf = (item: CompletionItem) => (typeof item.label === 'string' ? undefined : item.label.description);
const docOf = (item: CompletionItem) => (item.documentation instanceof MarkdownString ? item.documentation.value : String(item.documentation));

describe('snippets', () => {
  beforeEach(() => resetFake());

  it('each give a block that the schema and the rules accept as written', () => {
    expect(SNIPPETS.map((snippet) => snippet.id)).toEqual(['workshop', 'ritual', 'informal', 'session']);
    for (const snippet of SNIPPETS) {
      const block = snippetPreview(snippet.body)
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n');
      const text = snippet.id === 'session' ? `${MINIMAL}sessions:\n${block.replace('[nouvel-atelier]', '[a1]')}\n` : MINIMAL.replace(/^activities:\n/m, `activities:\n${block}\n`);
      expect(text, snippet.id).not.toBe(MINIMAL);
      const { findings } = analyzeText(text);
      const shape = findings.filter((finding) => ['yaml-syntax', 'schema', 'duplicate-id', 'unknown-competency', 'undefined-activity', 'duplicate-key'].includes(finding.ruleId));
      expect(shape, `${snippet.id}:\n${text}`).toEqual([]);
    }
  });

  it('are offered by the extension, not a snippets file VS Code cannot translate', () => {
    expect(manifest.contributes.snippets).toBeUndefined();
  });

  it('are named and described in French when VS Code is in French, the prefix being typed replaced', async () => {
    env.language = 'fr';
    const items = await suggestions('  ri');
    expect(items.map(labelOf)).toEqual(['activity', 'activite', 'atelier', 'workshop', 'ritual', 'rituel', 'informal', 'pratique-informelle', 'session', 'seance']);
    const rituel = items.find((item) => labelOf(item) === 'rituel')!;
    expect(rituel.kind).toBe(CompletionItemKind.Snippet);
    expect(descriptionOf(rituel)).toBe('Rituel');
    expect(rituel.detail).toBe('Rituel');
    expect(docOf(rituel)).toContain('Un rituel répété dans le temps (activités ritualisées, modalité 1.3.1)\u00a0: sa fréquence');
    expect(docOf(rituel)).toContain('```yaml\n- id: nouveau-rituel\n  title: Titre du rituel\n  kind: ritual\n  frequency: daily');
    expect(rituel.range).toMatchObject({ start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
    expect((rituel.insertText as SnippetString).value).toBe(SNIPPETS[1]!.body.join('\n'));
    const atelier = items.find((item) => labelOf(item) === 'atelier')!;
    expect(descriptionOf(atelier)).toBe('Atelier');
    expect(docOf(atelier)).toContain('Un atelier structuré (modalité 1.2.1)\u00a0:');
    for (const item of items) expect(`${descriptionOf(item)} ${docOf(item)}`).not.toMatch(/\b(A|An) (structured|ritual|session)\b| · /);
  });

  it('and in English when VS Code is in English, or when cps.locale says so', async () => {
    for (const setup of [() => (env.language = 'en'), () => ((env.language = 'fr'), (recorded.settings['cps.locale'] = 'en'))]) {
      resetFake();
      setup();
      const items = await suggestions('  ');
      const seance = items.find((item) => labelOf(item) === 'seance')!;
      expect(descriptionOf(seance)).toBe('Session');
      expect(docOf(seance)).toContain('A session of the programme (modality 1.2.1): its year and the activities it runs.');
      const informal = items.find((item) => labelOf(item) === 'pratique-informelle')!;
      expect(descriptionOf(informal)).toBe('Informal practice');
      for (const item of items) expect(`${descriptionOf(item)} ${docOf(item)}`).not.toMatch(/\b(Un|Une|Les) |modalité| · /);
      expect(items.every((item) => item.range?.start.character === 2)).toBe(true);
    }
  });

  it('are offered only where a block may start, not in the middle of a line', async () => {
    expect(await suggestions('  - id: ri')).toEqual([]);
    resetFake();
    expect(await suggestions('  title: atel')).toEqual([]);
  });
});
