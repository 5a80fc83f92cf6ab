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
const offsetOf = (text: string, position: { line: number; character: number }) =>
  text
    .split('\n')
    .slice(0, position.line)
    .reduce((sum, line) => sum + line.length + 1, 0) + position.character;
const docOf = (item: CompletionItem) => (item.documentation instanceof MarkdownString ? item.documentation.value : String(item.documentation));

describe('snippets', () => {
  beforeEach(() => resetFake());

  /** The manual with one snippet inserted as it comes, each placeholder left and each choice at its first value. */
  const inserted = (snippet: (typeof SNIPPETS)[number], locale: 'fr' | 'en', base = MINIMAL) => {
    const block = snippetPreview(snippet.body[locale])
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    return snippet.id === 'session' ? `${base}sessions:\n${block}\n` : base.replace(/^activities:\n/m, `activities:\n${block}\n`);
  };

  it('each give a block that the schema and the rules accept as written, in both languages', () => {
    expect(SNIPPETS.map((snippet) => snippet.id)).toEqual(['workshop', 'ritual', 'informal', 'session']);
    for (const locale of ['fr', 'en'] as const) {
      for (const snippet of SNIPPETS) {
        // The session's activity is the workshop's id: the manual defines it, as after inserting both blocks.
        const base = snippet.id === 'session' ? inserted(SNIPPETS[0]!, locale) : MINIMAL;
        const text = inserted(snippet, locale, base);
        expect(text, snippet.id).not.toBe(base);
        const { findings } = analyzeText(text, { locale });
        const shape = findings.filter((finding) => ['yaml-syntax', 'schema', 'duplicate-id', 'unknown-competency', 'undefined-activity', 'duplicate-key'].includes(finding.ruleId));
        expect(shape, `${locale} ${snippet.id}:\n${text}`).toEqual([]);
      }
    }
  });

  it('left as inserted, hold a place: cpskit reports them to complete, and the score and coverage do not move', () => {
    for (const locale of ['fr', 'en'] as const) {
      const before = analyzeText(MINIMAL, { locale });
      for (const snippet of SNIPPETS) {
        const text = inserted(snippet, locale);
        const after = analyzeText(text, { locale });
        expect(after.criteria.score, `${locale} ${snippet.id}`).toBe(before.criteria.score);
        expect(after.coverage.totals, `${locale} ${snippet.id}`).toEqual(before.coverage.totals);
        expect(
          after.coverage.generals.filter((general) => general.worked).map((general) => general.code),
          `${locale} ${snippet.id}`,
        ).toEqual([]);
        const flagged = after.findings
          .filter((finding) => finding.ruleId === 'placeholder')
          .map((finding) => text.slice(0, offsetOf(text, finding.range.start)).split('\n').length);
        // The title (and the workshop's objective) are flagged on their own lines, in the manual's language.
        const lines = text.split('\n');
        const expected = lines.flatMap((line, index) => (/TO COMPLETE: |À COMPLÉTER\u00a0: /.test(line) ? [index + 1] : []));
        expect(flagged, `${locale} ${snippet.id}`).toEqual(expected);
        expect(expected.length, `${locale} ${snippet.id}`).toBe(snippet.id === 'workshop' ? 2 : 1);
        expect(lines.join('\n'), `${locale} ${snippet.id}`).toMatch(locale === 'fr' ? /À COMPLÉTER\u00a0: / : /TO COMPLETE: /);
      }
      // Both blocks as they come: the session runs only the workshop to complete, so it counts for nothing either.
      const both = inserted(SNIPPETS[3]!, locale, inserted(SNIPPETS[0]!, locale));
      expect(analyzeText(both, { locale }).criteria.score, locale).toBe(before.criteria.score);
      expect(analyzeText(both, { locale }).coverage.totals.sessions, locale).toBe(0);
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
    expect(docOf(rituel)).toContain('```yaml\n- id: nouveau-rituel\n  title: "À COMPLÉTER\u00a0: titre du rituel"\n  kind: ritual\n  frequency: daily');
    expect(rituel.range).toMatchObject({ start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
    expect((rituel.insertText as SnippetString).value).toBe(SNIPPETS[1]!.body.fr.join('\n'));
    expect((rituel.insertText as SnippetString).value).toContain('- id: ${1:nouveau-rituel}\n  title: "${2:À COMPLÉTER\u00a0: titre du rituel}"');
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
      // What the person types over is English too, and nothing French is left in what is inserted.
      const atelier = items.find((item) => labelOf(item) === 'atelier')!;
      expect((atelier.insertText as SnippetString).value).toBe(SNIPPETS[0]!.body.en.join('\n'));
      expect(docOf(atelier)).toContain('```yaml\n- id: new-workshop\n  title: "TO COMPLETE: title of the workshop"\n  kind: workshop');
      expect(docOf(atelier)).toContain('  objectives:\n    - "TO COMPLETE: what the participants will be able to do"');
      expect(docOf(seance)).toContain('- id: s1\n  title: "TO COMPLETE: title of the session"\n  year: 1\n  activities: [new-workshop]');
      for (const item of items) expect((item.insertText as SnippetString).value, labelOf(item)).not.toMatch(/[àâçéèêëîïôûù]|nouvel|titre|séance/i);
      expect(items.every((item) => item.range?.start.character === 2)).toBe(true);
    }
  });

  it('are offered only where a block may start, not in the middle of a line', async () => {
    expect(await suggestions('  - id: ri')).toEqual([]);
    resetFake();
    expect(await suggestions('  title: atel')).toEqual([]);
  });
});
