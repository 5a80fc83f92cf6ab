import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeLanguageClient } from './fake-client.js';
import { Uri, events, fakeDocument, recorded, resetFake, window, workspace, type FakeWebviewPanel } from './vscode-fake.js';

vi.mock('vscode-languageclient/node.js', async () => ({ LanguageClient: (await import('./fake-client.js')).FakeLanguageClient, TransportKind: { stdio: 0, ipc: 1 } }));

const { activate, deactivate } = await import('../src/extension.js');

const EXAMPLE = readFileSync(new URL('../../../examples/psfp.cps.yaml', import.meta.url), 'utf8');
const WEAK = readFileSync(new URL('../../../examples/weak/atelier-emotions.cps.yaml', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const context = () => ({ subscriptions: [] as { dispose(): void }[], asAbsolutePath: (relative: string) => `/ext/${relative}` });

/** Opens a document in the fake editor, as VS Code would, and lets the extension react. */
async function focus(path: string, languageId: string, text: string) {
  const document = fakeDocument(Uri.file(path), languageId, text);
  workspace.textDocuments.push(document);
  window.activeTextEditor = { document };
  events.activeEditor.fire(window.activeTextEditor);
  await vi.waitFor(() => expect(FakeLanguageClient.last!.requests.length).toBeGreaterThan(0));
  return document;
}

describe('the extension', () => {
  beforeEach(() => {
    resetFake();
    FakeLanguageClient.last = undefined;
  });

  it('starts the bundled server over IPC for CPS manuals only, and registers every command the manifest declares', async () => {
    await activate(context() as never);
    const client = FakeLanguageClient.last!;
    expect(client.running).toBe(true);
    expect(client.serverOptions).toMatchObject({ run: { module: '/ext/dist/server.cjs', transport: 1 } });
    expect(client.clientOptions.documentSelector).toEqual([
      { scheme: 'file', language: 'cps-yaml' },
      { scheme: 'untitled', language: 'cps-yaml' },
    ]);
    // Settings reach the server without a restart, and so do changes to cps.config.yaml.
    expect(client.clientOptions.synchronize.configurationSection).toBe('cps');
    expect(client.clientOptions.synchronize.fileEvents).toMatchObject({ glob: '**/cps.config.{yaml,yml}' });
    const declared = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
    expect([...recorded.commands.keys()].sort()).toEqual(declared);
    await deactivate();
    expect(client.stopped).toBe(true);
  });

  it('shows the score of the manual in the editor in the status bar, in the chosen language, and hides it elsewhere', async () => {
    recorded.settings['cps.locale'] = 'fr';
    await activate(context() as never);
    const status = recorded.statusItems[0]!;
    await focus('/work/psfp.cps.yaml', 'cps-yaml', EXAMPLE);
    await vi.waitFor(() => expect(status.visible).toBe(true));
    expect(status.text).toMatch(/^\$\((pass|warning|error)\) CPS \d+\/100$/);
    expect(status.tooltip).toMatch(/^Score des critères de qualité : \d+\/100\./);
    expect(status.command).toBe('cps.showAnalysis');

    await focus('/work/notes.yaml', 'yaml', 'a: 1\n');
    await vi.waitFor(() => expect(status.visible).toBe(false));
    await deactivate();
  });

  it('opens the criteria and coverage of the current manual in a webview without scripts, and redraws it when the diagnostics change', async () => {
    await activate(context() as never);
    const document = await focus('/work/weak.cps.yaml', 'cps-yaml', WEAK);
    await recorded.commands.get('cps.showAnalysis')!();
    const panel: FakeWebviewPanel = recorded.panels[0]!;
    expect(panel.options.enableScripts).toBe(false);
    expect(panel.options.localResourceRoots).toEqual([]);
    expect(panel.title).toBe('CPS analysis: weak.cps.yaml');
    expect(panel.webview.html).toContain('Quality criteria (Santé publique France)');
    expect(panel.webview.html).not.toMatch(/<script/i);

    // The manual changes; the server publishes new diagnostics; the view follows.
    const fixed = WEAK.replace(/competencies: \[[^\]]*\]/, 'competencies: [C1.1, C2.1, E1.1, E2.1, S1.1, S2.1]');
    workspace.textDocuments[workspace.textDocuments.indexOf(document)] = fakeDocument(document.uri, 'cps-yaml', fixed);
    const before = panel.webview.html;
    events.diagnostics.fire({ uris: [document.uri] });
    await vi.waitFor(() => expect(panel.webview.html).not.toBe(before));
    await deactivate();
  });

  it('the analysis view’s "Export report" writes the printable report next to the manual and opens it', async () => {
    recorded.settings['cps.locale'] = 'fr';
    await activate(context() as never);
    await focus('/work/weak.cps.yaml', 'cps-yaml', WEAK);
    await recorded.commands.get('cps.showAnalysis')!();
    const panel: FakeWebviewPanel = recorded.panels[0]!;
    // The button is a command link: the page still runs no script, and no other command.
    expect(panel.options.enableScripts).toBe(false);
    expect(panel.options.enableCommandUris).toEqual(['cps.exportReport']);
    const link = /<a class="button" href="([^"]+)"[^>]*>Exporter le rapport<\/a>/.exec(panel.webview.html);
    expect(link).not.toBeNull();
    const [command, query] = link![1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).split('?');
    expect(command).toBe('command:cps.exportReport');
    const args = JSON.parse(decodeURIComponent(query!)) as string[];

    await recorded.commands.get('cps.exportReport')!(...args);
    const html = recorded.written.get('/work/weak.rapport.html');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Score provisoire');
    expect(html).not.toMatch(/<script/i);
    expect(recorded.external.map((uri) => uri.path)).toEqual(['/work/weak.rapport.html']);
    expect(recorded.messages).toContainEqual({ kind: 'info', text: 'Rapport écrit\u00a0: weak.rapport.html' });

    // Again: the earlier report is replaced, and the message says so.
    await recorded.commands.get('cps.exportReport')!();
    expect(recorded.messages).toContainEqual({ kind: 'info', text: 'Rapport écrit, à la place du précédent\u00a0: weak.rapport.html' });
    expect(manifest.contributes.menus['editor/title']).toContainEqual({ command: 'cps.exportReport', when: "activeWebviewPanelId == 'cps.analysis'", group: 'navigation' });
    await deactivate();
  });

  it('says what to do when the analysis is asked for with no manual in the editor', async () => {
    recorded.settings['cps.locale'] = 'fr';
    await activate(context() as never);
    await recorded.commands.get('cps.showAnalysis')!();
    expect(recorded.panels).toHaveLength(0);
    expect(recorded.messages).toEqual([{ kind: 'info', text: 'Ouvrez d’abord un manuel CPS (*.cps.yaml) dans l’éditeur.' }]);
    await deactivate();
  });
});
