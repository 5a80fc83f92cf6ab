import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import type { CodeAction } from 'vscode-languageserver-types';
import { LspClient, uriOf } from './lsp-client.js';

let client: LspClient | undefined;
afterEach(() => {
  if (client?.process.exitCode === null) client.process.kill();
  client = undefined;
});

const MANUAL = [
  'version: 1',
  'program:',
  '  id: essai',
  '  title: Un essai',
  '  ages: { min: 8, max: 11 }',
  '  settings: [primary-school]',
  '  duration: { years: 2 }',
  '  evidence: { kind: evidence-informed }',
  'activities:',
  '  - id: meteo',
  '    title: Météo',
  '    kind: ritual',
  '    # cps-disable-next-line schema',
  '    competencies: [e1.2, E2.1]',
  '',
].join('\n');

describe('"fix all" over LSP', () => {
  it('is announced, asked for by kind (as editor.codeActionsOnSave does), and follows the editor’s rule settings', async () => {
    client = new LspClient();
    client.settings = { rules: { 'competency-spelling': 'off' } };
    const init = await client.initialize<InitializeResult>();
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.cps'] });
    const uri = uriOf(path.join('/nowhere', 'a.cps.yaml'));
    await client.open(uri, MANUAL);
    const anywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: anywhere,
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.cps']);
    // The stale comment goes; the code stays as written, its rule being off in the editor's settings.
    expect(actions[0]!.edit?.changes?.[uri]).toEqual([{ range: { start: { line: 12, character: 0 }, end: { line: 13, character: 0 } }, newText: '' }]);
  });
});
