import type { Locale } from '@cpskit/core';
import * as vscode from 'vscode';
import { CheckFileRequest } from '@cpskit/language-server/protocol';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { EXCLUDED_GLOB, MANUAL_GLOB } from './client-options.js';
import { text } from './messages.js';

/**
 * Checks every manual of the workspace into the Problems panel. Manuals open in an editor keep
 * the diagnostics the server publishes as they are edited; the others get theirs from the
 * `cps/checkFile` request, in a collection of their own that a manual leaves once it is opened.
 */
export class WorkspaceCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('cpskit-workspace');
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The manuals the last workspace check found, which keep a place in the Problems panel. */
  private readonly checked = new Set<string>();

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      // Once open, a manual's diagnostics come from the server as it is edited: never twice.
      vscode.workspace.onDidOpenTextDocument((document) => this.collection.delete(document.uri)),
      // Closed, its diagnostics leave with it; a manual of the workspace check gets them back, as saved.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.checked.has(document.uri.toString())) void this.checkClosed(document.uri);
      }),
    );
  }

  private async checkClosed(uri: vscode.Uri): Promise<void> {
    const client = this.client();
    if (!client) return;
    try {
      const content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const result = await client.sendRequest(CheckFileRequest, { uri: uri.toString(), text: content });
      const reopened = vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
      if (result && !reopened) this.collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(result.diagnostics));
    } catch {
      // Deleted or unreadable since: nothing to show for it.
      this.collection.delete(uri);
    }
  }

  async run(locale: Locale): Promise<void> {
    const client = this.client();
    if (!client) return;
    const files = await vscode.workspace.findFiles(MANUAL_GLOB, EXCLUDED_GLOB);
    if (files.length === 0) {
      void vscode.window.showInformationMessage(text('check.none', locale));
      return;
    }
    files.sort((a, b) => a.toString().localeCompare(b.toString()));
    const totals = { error: 0, warning: 0, info: 0 };
    const unreadable: string[] = [];
    this.collection.clear();
    this.checked.clear();
    for (const uri of files) this.checked.add(uri.toString());
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: text('check.progress', locale), cancellable: true }, async (progress, token) => {
      const openUris = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        let content: string;
        try {
          content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          unreadable.push(vscode.workspace.asRelativePath(uri));
          continue;
        }
        const result = await client.sendRequest(CheckFileRequest, { uri: uri.toString(), text: content });
        if (!result) continue;
        totals.error += result.counts.error;
        totals.warning += result.counts.warning;
        totals.info += result.counts.info;
        // Converted as the client converts what the server publishes: codes with their links, related places.
        if (!openUris.has(uri.toString())) this.collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(result.diagnostics));
      }
    });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(text('check.done', locale, { count: files.length - unreadable.length, ...totals }));
    if (unreadable.length > 0) void vscode.window.showWarningMessage(text('check.unreadable', locale, { count: unreadable.length, files: unreadable.join(', ') }));
  }

  dispose(): void {
    this.collection.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
