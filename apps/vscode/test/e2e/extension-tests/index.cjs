// Level (b): runs inside VS Code's extension host, with the real `vscode` API, against the
// extension under development (apps/vscode, built) and the workspace in ../workspace. Each test
// is recorded; the result goes to the JSON file named by CPS_E2E_RESULT_FILE, which the
// vitest side (../vscode-api.e2e.test.ts) reads. CommonJS: the extension host requires it.
const vscode = require('vscode');
const fs = require('node:fs');
const assert = require('node:assert/strict');

/** Polls until `test` gives something truthy; fails with `what` after `ms`. */
async function until(test, what, ms = 30_000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const value = await test();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const cpskit = (uri) => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'cpskit');
const codeOf = (diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
const hoverText = (hovers) => hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');

exports.run = async function run() {
  const result = { ok: true, passed: 0, failed: 0, failures: [], names: [] };
  const test = async (name, body) => {
    result.names.push(name);
    try {
      await body();
      result.passed++;
    } catch (error) {
      result.ok = false;
      result.failed++;
      result.failures.push({ name, message: String((error && error.stack) || error) });
    }
  };

  const folder = vscode.workspace.workspaceFolders[0].uri;
  const atelier = vscode.Uri.joinPath(folder, 'atelier.cps.yaml');
  const second = vscode.Uri.joinPath(folder, 'other', 'second.cps.yaml');
  const settings = () => vscode.workspace.getConfiguration('cps');
  // Line 13 of atelier.cps.yaml: `    competencies: [E1.2, E1.3]`.
  const CODES_LINE = 12;
  let document;

  await test('a *.cps.yaml file opens as a CPS manual and starts the extension', async () => {
    await settings().update('locale', 'en', vscode.ConfigurationTarget.Global);
    document = await vscode.workspace.openTextDocument(atelier);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'cps-yaml');
    const extension = vscode.extensions.getExtension('cpskit.cpskit-vscode');
    assert.ok(extension, 'the extension is installed');
    await until(() => extension.isActive, 'the extension to be active');
  });

  await test('the findings arrive as diagnostics, with their rule, docs link and exact place', async () => {
    const unknown = await until(() => cpskit(atelier).find((diagnostic) => codeOf(diagnostic) === 'unknown-competency'), 'the unknown-competency diagnostic');
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([unknown.range.start.line, unknown.range.start.character, unknown.range.end.character], [CODES_LINE, 25, 29]);
    assert.match(unknown.message, /E1\.3.*E1\.2/);
    assert.match(String(unknown.code.target), /unknown-competency/);
  });

  await test('hover on a competency code gives its SpF label', async () => {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', atelier, new vscode.Position(CODES_LINE, 21));
    assert.match(hoverText(hovers), /Identify one’s emotions/);
  });

  await test('completion offers the competency codes inside a list of codes', async () => {
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', atelier, new vscode.Position(CODES_LINE, 20));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const code of ['C1.1', 'E1.1', 'S2.2']) assert.ok(labels.includes(code), `${code} in ${labels.slice(0, 30).join(', ')}`);
  });

  await test('settings are read again without a restart: the language, a rule turned off, a configuration file', async () => {
    await settings().update('locale', 'fr', vscode.ConfigurationTarget.Global);
    await until(() => cpskit(atelier).some((diagnostic) => /n’est pas une compétence de la classification de SpF/.test(diagnostic.message)), 'the findings in French');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', atelier, new vscode.Position(CODES_LINE, 21));
    assert.match(hoverText(hovers), /Identifier ses émotions/);
    await settings().update('rules', { 'unknown-competency': 'off' }, vscode.ConfigurationTarget.Global);
    await until(() => cpskit(atelier).length > 0 && !cpskit(atelier).some((diagnostic) => codeOf(diagnostic) === 'unknown-competency'), 'the rule to be off');
    await settings().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await until(() => cpskit(atelier).some((diagnostic) => codeOf(diagnostic) === 'unknown-competency'), 'the rule back');
    // A configuration file named by cps.configPath (relative to the workspace) replaces the nearest one.
    await settings().update('configPath', 'configs/quiet.yaml', vscode.ConfigurationTarget.Global);
    await until(() => cpskit(atelier).length > 0 && !cpskit(atelier).some((diagnostic) => codeOf(diagnostic) === 'unknown-competency'), 'configs/quiet.yaml to turn the rule off');
    await settings().update('configPath', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('locale', 'en', vscode.ConfigurationTarget.Global);
    await until(
      () => cpskit(atelier).some((diagnostic) => codeOf(diagnostic) === 'unknown-competency' && /is not a competency/.test(diagnostic.message)),
      'the rule back, in English',
    );
  });

  await test('the snippets are named and described in the chosen language', async () => {
    // A new untitled manual: the block snippets are offered at the start of a line, in place of the prefix typed.
    const scratch = await vscode.workspace.openTextDocument({ language: 'cps-yaml', content: 'activities:\n  ri' });
    const snippet = async (label) => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', scratch.uri, new vscode.Position(1, 4));
      const item = list.items.find(
        (candidate) => candidate.kind === vscode.CompletionItemKind.Snippet && (typeof candidate.label === 'string' ? candidate.label : candidate.label.label) === label,
      );
      assert.ok(item, `${label} among ${list.items.map((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label)).join(', ')}`);
      const markdown = typeof item.documentation === 'string' ? item.documentation : item.documentation.value;
      // MarkdownString.appendText writes spaces as &nbsp; and escapes punctuation: the text as a reader sees it.
      return { description: typeof item.label === 'string' ? undefined : item.label.description, documentation: markdown.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1') };
    };
    await settings().update('locale', 'fr', vscode.ConfigurationTarget.Global);
    try {
      const french = await snippet('rituel');
      assert.equal(french.description, 'Rituel');
      assert.match(french.documentation, /Un rituel répété dans le temps \(activités ritualisées, modalité 1\.3\.1\)\u00a0: sa fréquence/);
    } finally {
      await settings().update('locale', 'en', vscode.ConfigurationTarget.Global);
    }
    const english = await snippet('rituel');
    assert.equal(english.description, 'Ritual');
    assert.match(english.documentation, /A ritual repeated over time/);
    assert.doesNotMatch(english.documentation, /Un rituel/);
  });

  await test('the commands are there', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['cps.checkWorkspace', 'cps.showAnalysis', 'cps.newManual', 'cps.restartServer']) assert.ok(commands.includes(command), command);
  });

  await test('the analysis of the manual opens in a webview beside it', async () => {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('cps.showAnalysis');
    await until(
      () =>
        vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && /CPS analysis: atelier\.cps\.yaml/.test(tab.label)),
      'the analysis tab',
    );
  });

  await test('checking the workspace puts the findings of a manual that is not open in the Problems panel', async () => {
    assert.equal(
      vscode.workspace.textDocuments.some((candidate) => candidate.uri.toString() === second.toString()),
      false,
    );
    await vscode.commands.executeCommand('cps.checkWorkspace');
    const found = await until(() => cpskit(second).find((diagnostic) => codeOf(diagnostic) === 'unknown-competency'), 'diagnostics for other/second.cps.yaml');
    assert.match(found.message, /S9\.9/);
  });

  await test('the quick fix replaces the unknown code with the suggestion, and the finding goes', async () => {
    await vscode.window.showTextDocument(document);
    const range = new vscode.Range(CODES_LINE, 25, CODES_LINE, 29);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', atelier, range);
    const fix = actions.find((action) => action.edit && /E1\.2/.test(action.title));
    assert.ok(fix, `a fix among ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(CODES_LINE).text, '    competencies: [E1.2, E1.2]');
    await until(() => !cpskit(atelier).some((diagnostic) => codeOf(diagnostic) === 'unknown-competency'), 'the finding to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  const file = process.env.CPS_E2E_RESULT_FILE;
  if (!file) throw new Error('CPS_E2E_RESULT_FILE is not set');
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
  fs.renameSync(`${file}.tmp`, file);
};
