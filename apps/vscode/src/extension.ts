import path from 'node:path';
import type { Locale } from '@cpskit/core';
import { RULE_IDS, type Analysis } from '@cpskit/language-server';
import { AnalysisRequest } from '@cpskit/language-server/protocol';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { AnalysisPanel } from './analysis-panel.js';
import { exportReport } from './export-report.js';
import { CONFIG_GLOB, DOCUMENT_SELECTOR, SETTINGS_SECTION } from './client-options.js';
import { uiLocale } from './locale.js';
import { text } from './messages.js';
import { newManual } from './new-manual.js';
import { bundledRuleDocs, ruleIdOf } from './rule-docs.js';
import { snippetCompletions } from './snippets.js';
import { statusOf, type ManualSummary } from './status.js';
import { WorkspaceCheck } from './workspace-check.js';

const LANGUAGE = 'cps-yaml';

let client: LanguageClient | undefined;

function locale(): Locale {
  return uiLocale(vscode.workspace.getConfiguration(SETTINGS_SECTION).get('locale'), vscode.env.language);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  // The bundled server in a Node process of its own, over Node's IPC channel; `debug` waits for an inspector.
  const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR.map((selector) => ({ ...selector })),
    // The server pulls `cps` settings and is told when they change: no restart needed.
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_GLOB) },
    outputChannelName: 'cpskit',
    middleware: {
      // A finding's rule link opens the docs page the .vsix carries, offline, rather than the web.
      handleDiagnostics(uri, diagnostics, next) {
        for (const diagnostic of diagnostics) {
          const ruleId = ruleIdOf(diagnostic.code);
          const page = ruleId ? bundledRuleDocs(context.extensionPath, ruleId) : undefined;
          if (ruleId && page) diagnostic.code = { value: ruleId, target: vscode.Uri.file(page) };
        }
        next(uri, diagnostics);
      },
    },
  };
  return new LanguageClient('cps', 'cpskit', serverOptions, clientOptions);
}

function isManual(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === LANGUAGE;
}

/** The manual's blocks (a workshop, a ritual, …) as snippets whose names and descriptions are in the person's language. */
const snippetProvider: vscode.CompletionItemProvider = {
  provideCompletionItems(document, position) {
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    return snippetCompletions(linePrefix, locale()).map((snippet) => {
      const item = new vscode.CompletionItem({ label: snippet.prefix, description: snippet.name }, vscode.CompletionItemKind.Snippet);
      item.insertText = new vscode.SnippetString(snippet.body);
      item.range = new vscode.Range(position.line, snippet.start, position.line, position.character);
      item.detail = snippet.name;
      item.documentation = new vscode.MarkdownString().appendText(snippet.description).appendCodeblock(snippet.preview, 'yaml');
      return item;
    });
  },
};

function titleFor(uri: vscode.Uri, current: Locale): string {
  return text('analysis.title', current, { file: uri.scheme === 'file' ? path.basename(uri.fsPath) : uri.path });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const requestAnalysis = async (uri: vscode.Uri): Promise<Analysis | null> => {
    if (!client?.isRunning()) return null;
    try {
      return await client.sendRequest(AnalysisRequest, { uri: uri.toString() });
    } catch {
      return null;
    }
  };

  const status = vscode.window.createStatusBarItem('cps.score', vscode.StatusBarAlignment.Right, 100);
  status.name = 'cpskit';
  status.command = 'cps.showAnalysis';
  const panel = new AnalysisPanel(requestAnalysis);
  const workspaceCheck = new WorkspaceCheck(() => client);
  context.subscriptions.push(status, panel, workspaceCheck);

  // The status bar follows the manual in the editor; a newer request wins over an older one.
  let statusRequest = 0;
  const updateStatus = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!isManual(document)) {
      status.hide();
      return;
    }
    const mine = ++statusRequest;
    const analysis = await requestAnalysis(document.uri);
    if (mine !== statusRequest) return;
    if (!analysis) {
      status.hide();
      return;
    }
    const summary: ManualSummary = {
      counts: analysis.counts,
      ...(analysis.criteria.score !== undefined ? { score: analysis.criteria.score } : {}),
      ...(analysis.criteria.provisional ? { provisional: true } : {}),
    };
    const shown = statusOf(summary, locale());
    status.text = shown.text;
    status.tooltip = shown.tooltip;
    status.show();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('cps.showAnalysis', async (uri?: vscode.Uri) => {
      const current = locale();
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      const document = target ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.toString()) : undefined;
      if (!target || !isManual(document)) {
        void vscode.window.showInformationMessage(text('analysis.no-manual', current));
        return;
      }
      if (!(await panel.show(target, current, titleFor(target, current)))) {
        void vscode.window.showWarningMessage(text('analysis.unavailable', current, { file: titleFor(target, current) }));
      }
    }),
    // The analysis view's "Export report" (its link, and the button in its title bar): the manual shown, else the one in the editor.
    vscode.commands.registerCommand('cps.exportReport', async (given?: vscode.Uri | string) => {
      const current = locale();
      const target = given instanceof vscode.Uri ? given : typeof given === 'string' ? vscode.Uri.parse(given) : (panel.shownUri ?? vscode.window.activeTextEditor?.document.uri);
      const document = target ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.toString()) : undefined;
      if (!target || !isManual(document)) {
        void vscode.window.showInformationMessage(text('analysis.no-manual', current));
        return;
      }
      const analysis = await requestAnalysis(target);
      if (!analysis) {
        void vscode.window.showWarningMessage(text('analysis.unavailable', current, { file: titleFor(target, current) }));
        return;
      }
      await exportReport(target, analysis, document.getText(), current);
    }),
    vscode.commands.registerCommand('cps.checkWorkspace', () => workspaceCheck.run(locale())),
    vscode.commands.registerCommand('cps.newManual', () => newManual(locale())),
    vscode.commands.registerCommand('cps.showRuleDocs', async (ruleId?: string) => {
      const chosen = typeof ruleId === 'string' ? ruleId : await vscode.window.showQuickPick([...RULE_IDS]);
      const page = chosen ? bundledRuleDocs(context.extensionPath, chosen) : undefined;
      if (page) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(page));
    }),
    vscode.commands.registerCommand('cps.restartServer', async () => {
      await client?.restart();
      void vscode.window.showInformationMessage(text('workspace.restarted', locale()));
    }),
    vscode.languages.registerCompletionItemProvider({ language: LANGUAGE }, snippetProvider),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    // New diagnostics mean the server has checked a new version: the score and the view follow.
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document;
      const current = locale();
      for (const uri of event.uris) {
        if (active && uri.toString() === active.uri.toString()) void updateStatus();
        if (panel.shownUri?.toString() === uri.toString()) void panel.refresh(uri, current, titleFor(uri, current));
      }
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTINGS_SECTION)) void updateStatus();
    }),
  );

  await client.start();
  void updateStatus();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
