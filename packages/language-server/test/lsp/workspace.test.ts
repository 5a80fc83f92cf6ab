import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MANUAL } from './fixtures.js';
import { LspClient, uriOf } from './lsp-client.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-lsp-ws-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let clients: LspClient[] = [];
afterEach(() => {
  for (const client of clients) if (client.process.exitCode === null) client.process.kill();
  clients = [];
});

const severityOf = (diagnostics: { code?: unknown; severity?: number }[], code: string) => diagnostics.find((diagnostic) => diagnostic.code === code)?.severity;

describe('the language server and the workspace', () => {
  it('follows cps.config.yaml, and checks again when it changes on disk', async () => {
    const folder = path.join(work, 'projet');
    mkdirSync(folder, { recursive: true });
    const config = path.join(folder, 'cps.config.yaml');
    writeFileSync(config, 'locale: fr\nrules:\n  undefined-activity: warning\n');
    const client = new LspClient();
    clients.push(client);
    await client.initialize();
    const uri = uriOf(path.join(folder, 'manuel.cps.yaml'));
    const opened = await client.open(uri, MANUAL);
    expect(severityOf(opened.diagnostics, 'undefined-activity')).toBe(2);
    expect(opened.diagnostics.find((diagnostic) => diagnostic.code === 'undefined-activity')?.message).toContain('La séance « s2 »');

    writeFileSync(config, 'locale: en\nrules:\n  undefined-activity: off\n');
    const rechecked = client.diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    const after = await rechecked;
    expect(severityOf(after.diagnostics, 'undefined-activity')).toBeUndefined();
    expect(after.diagnostics.find((diagnostic) => diagnostic.code === 'unknown-competency')?.message).toContain('is not a competency');

    writeFileSync(config, 'rules:\n  intensty: warning\n');
    const broken = client.diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    const configError = (await broken).diagnostics.find((diagnostic) => diagnostic.code === 'config');
    expect(configError?.message).toMatch(/cps\.config\.yaml:2:3: Unknown rule "intensty"\. Did you mean "intensity"\?/);
    await client.stop();
  });

  it('applies the editor’s settings (locale, rule severities) and reads them again when they change', async () => {
    const client = new LspClient();
    clients.push(client);
    client.settings = { locale: 'fr', rules: { 'unknown-competency': 'warning' } };
    await client.initialize();
    const uri = uriOf(path.join(work, 'settings.cps.yaml'));
    const opened = await client.open(uri, MANUAL);
    expect(severityOf(opened.diagnostics, 'unknown-competency')).toBe(2);
    expect(opened.diagnostics.find((diagnostic) => diagnostic.code === 'unknown-competency')?.message).toContain('n’est pas une compétence');

    client.settings = { locale: 'en', rules: { 'unknown-competency': 'info' } };
    const rechecked = client.diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await rechecked;
    expect(severityOf(after.diagnostics, 'unknown-competency')).toBe(3);
    expect(after.diagnostics.find((diagnostic) => diagnostic.code === 'unknown-competency')?.message).toContain('is not a competency');
    await client.stop();
  });

  it('bounds the configuration by the workspace: no cps.config.yaml from above it, no cps.configPath leading out of it', async () => {
    // Outside a git repository, the workspace folder is where the lookup stops.
    const above = path.join(work, 'au-dessus');
    const workspace = path.join(above, 'espace');
    mkdirSync(workspace, { recursive: true });
    writeFileSync(path.join(above, 'cps.config.yaml'), 'rules:\n  undefined-activity: off\n');
    writeFileSync(path.join(above, 'etranger.yaml'), 'cle_secrete: hunter2\n');
    const client = new LspClient();
    clients.push(client);
    await client.initialize(undefined, { rootUri: uriOf(workspace) });
    const uri = uriOf(path.join(workspace, 'manuel.cps.yaml'));
    const opened = await client.open(uri, MANUAL);
    expect(severityOf(opened.diagnostics, 'undefined-activity')).toBe(1);

    client.settings = { locale: 'fr', configPath: '../etranger.yaml' };
    const rechecked = client.diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await rechecked;
    const refusal = after.diagnostics.find((diagnostic) => diagnostic.code === 'config');
    expect(refusal?.message).toBe(
      'cps.configPath:1:1: Le réglage cps.configPath («\u00a0../etranger.yaml\u00a0») mène hors du dossier de l’espace de travail\u00a0; il n’est pas utilisé. Donnez un chemin dans l’espace de travail, ou un chemin absolu dans vos réglages utilisateur.',
    );
    expect(JSON.stringify(after.diagnostics)).not.toContain('hunter2');
    await client.stop();
  });

  it('sends what a minimal client can take: no related information or docs links it did not ask for', async () => {
    const client = new LspClient();
    clients.push(client);
    await client.initialize({});
    const uri = uriOf(path.join(work, 'minimal.cps.yaml'));
    const text = MANUAL.replace('  - id: cercle', '  - id: meteo');
    const opened = await client.open(uri, text);
    const duplicate = opened.diagnostics.find((diagnostic) => diagnostic.code === 'duplicate-id');
    expect(duplicate).toBeDefined();
    expect(duplicate?.relatedInformation).toBeUndefined();
    expect(duplicate?.codeDescription).toBeUndefined();
    expect(opened.version).toBeUndefined();
    // A full client gets both.
    const full = new LspClient();
    clients.push(full);
    await full.initialize();
    const fullOpened = await full.open(uri, text);
    const fullDuplicate = fullOpened.diagnostics.find((diagnostic) => diagnostic.code === 'duplicate-id');
    expect(fullDuplicate?.relatedInformation?.[0]?.message).toBe('First use of "meteo"');
    await client.stop();
    await full.stop();
  });
});
