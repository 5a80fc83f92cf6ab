import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Locale } from '@cpskit/core';
import type { Analysis } from '@cpskit/language-server';
import * as vscode from 'vscode';
import { analysisHtml } from './analysis-html.js';

/**
 * One webview beside the editor showing the criteria and coverage of a manual, redrawn when
 * its diagnostics change (the server has checked a new version). Scripts are off and the page
 * may load nothing: it is built whole from the analysis.
 */
export class AnalysisPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;

  constructor(private readonly request: (uri: vscode.Uri) => Promise<Analysis | null>) {}

  get shownUri(): vscode.Uri | undefined {
    return this.panel ? this.uri : undefined;
  }

  async show(uri: vscode.Uri, locale: Locale, title: string): Promise<boolean> {
    const analysis = await this.request(uri);
    if (!analysis) return false;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'cps.analysis',
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: false,
          // Only the "Export report" link may run a command: the page has no script.
          enableCommandUris: ['cps.exportReport'],
          localResourceRoots: [],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.uri = undefined;
      });
    } else if (!this.panel.visible) this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.uri = uri;
    this.render(analysis, uri, locale, title);
    return true;
  }

  /** Redraws the panel if it shows this manual. */
  async refresh(uri: vscode.Uri, locale: Locale, title: string): Promise<void> {
    if (!this.panel || this.uri?.toString() !== uri.toString()) return;
    const analysis = await this.request(uri);
    if (analysis && this.panel) this.render(analysis, uri, locale, title);
  }

  private render(analysis: Analysis, uri: vscode.Uri, locale: Locale, title: string): void {
    if (!this.panel) return;
    this.panel.title = title;
    const file = uri.scheme === 'file' ? path.basename(uri.fsPath) : uri.path;
    const exportCommand = `command:cps.exportReport?${encodeURIComponent(JSON.stringify([uri.toString()]))}`;
    this.panel.webview.html = analysisHtml({ analysis, file, locale, nonce: randomBytes(16).toString('base64'), exportCommand });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
