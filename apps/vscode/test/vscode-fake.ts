/**
 * A stand-in for the `vscode` module, with the part of the API the extension uses, recording
 * what the extension does (commands registered, messages shown, webviews, status bar, diagnostics)
 * and answering prompts from a queue. The real API is exercised by the end-to-end tests.
 */
type Listener<T> = (event: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Disposable {
  constructor(private readonly onDispose: () => void = () => {}) {}
  dispose(): void {
    this.onDispose();
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(value: string): Uri {
    const match = /^([a-z][\w+.-]*):(?:\/\/)?(.*)$/i.exec(value);
    return match ? new Uri(match[1]!, match[1] === 'file' ? decodeURIComponent(match[2]!) : match[2]!) : new Uri('file', value);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return this.scheme === 'file' ? `file://${encodeURI(this.path)}` : `${this.scheme}:${this.path}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}

export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  relatedInformation?: DiagnosticRelatedInformation[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

export interface FakeDocument {
  readonly uri: Uri;
  readonly languageId: string;
  getText(): string;
  lineAt(line: number): { readonly text: string };
}

export enum CompletionItemKind {
  Text = 0,
  Snippet = 27,
}

export class SnippetString {
  constructor(readonly value: string) {}
}

export class MarkdownString {
  value = '';
  appendText(text: string): MarkdownString {
    this.value += text;
    return this;
  }
  appendCodeblock(code: string, language: string): MarkdownString {
    this.value += `\n\n\`\`\`${language}\n${code}\n\`\`\`\n`;
    return this;
  }
}

export class CompletionItem {
  insertText?: string | SnippetString;
  range?: Range;
  detail?: string;
  documentation?: string | MarkdownString;
  constructor(
    readonly label: string | { label: string; description?: string },
    readonly kind?: CompletionItemKind,
  ) {}
}

export interface FakeCompletionProvider {
  readonly selector: unknown;
  provideCompletionItems(document: FakeDocument, position: Position): CompletionItem[] | undefined;
}

/** What the extension did, for the tests to read, and what the person will answer. */
export const recorded = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as { command: string; args: unknown[] }[],
  messages: [] as { kind: 'info' | 'warning' | 'error'; text: string }[],
  statusItems: [] as FakeStatusBarItem[],
  panels: [] as FakeWebviewPanel[],
  collections: [] as FakeDiagnosticCollection[],
  opened: [] as { language?: string; content?: string }[],
  shown: [] as FakeDocument[],
  answers: [] as (string | { pick: (items: readonly { label: string; description?: string }[]) => unknown } | undefined)[],
  files: new Map<string, string | Error>(),
  /** Files the extension wrote (workspace.fs.writeFile), by path. */
  written: new Map<string, string>(),
  /** What it opened outside the editor (env.openExternal). */
  external: [] as Uri[],
  settings: {} as Record<string, unknown>,
  completionProviders: [] as FakeCompletionProvider[],
};

export function resetFake(): void {
  recorded.commands.clear();
  recorded.executed.length = 0;
  recorded.messages.length = 0;
  recorded.statusItems.length = 0;
  recorded.panels.length = 0;
  recorded.collections.length = 0;
  recorded.opened.length = 0;
  recorded.shown.length = 0;
  recorded.answers.length = 0;
  recorded.files.clear();
  recorded.written.clear();
  recorded.external.length = 0;
  recorded.settings = {};
  recorded.completionProviders.length = 0;
  workspace.textDocuments.length = 0;
  window.activeTextEditor = undefined;
  env.language = 'en';
}

export class FakeStatusBarItem {
  text = '';
  tooltip: string | undefined;
  command: string | undefined;
  name: string | undefined;
  visible = false;
  constructor(
    readonly id: string,
    readonly alignment: StatusBarAlignment,
    readonly priority: number,
  ) {}
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.visible = false;
  }
}

export class FakeWebviewPanel {
  readonly webview = { html: '', cspSource: 'vscode-webview:' };
  visible = true;
  disposed = false;
  private readonly disposeEmitter = new EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  constructor(
    readonly viewType: string,
    public title: string,
    readonly showOptions: unknown,
    readonly options: { enableScripts?: boolean; enableCommandUris?: boolean; localResourceRoots?: unknown[] },
  ) {}
  reveal(): void {
    this.visible = true;
  }
  dispose(): void {
    this.disposed = true;
    this.disposeEmitter.fire();
  }
}

export class FakeDiagnosticCollection {
  readonly entries = new Map<string, Diagnostic[]>();
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: Diagnostic[]): void {
    this.entries.set(uri.toString(), diagnostics);
  }
  delete(uri: Uri): void {
    this.entries.delete(uri.toString());
  }
  clear(): void {
    this.entries.clear();
  }
  dispose(): void {
    this.entries.clear();
  }
}

const activeEditorEmitter = new EventEmitter<unknown>();
const diagnosticsEmitter = new EventEmitter<{ uris: Uri[] }>();
const configurationEmitter = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
const openEmitter = new EventEmitter<FakeDocument>();
const closeEmitter = new EventEmitter<FakeDocument>();

export const events = {
  activeEditor: activeEditorEmitter,
  diagnostics: diagnosticsEmitter,
  configuration: configurationEmitter,
  open: openEmitter,
  close: closeEmitter,
};

function nextAnswer(): (typeof recorded.answers)[number] {
  return recorded.answers.shift();
}

export function fakeDocument(uri: Uri, languageId: string, text = ''): FakeDocument {
  return { uri, languageId, getText: () => text, lineAt: (line: number) => ({ text: text.split('\n')[line] ?? '' }) };
}

export const window = {
  activeTextEditor: undefined as { document: FakeDocument } | undefined,
  onDidChangeActiveTextEditor: activeEditorEmitter.event,
  createStatusBarItem(id: string, alignment: StatusBarAlignment, priority: number) {
    const item = new FakeStatusBarItem(id, alignment, priority);
    recorded.statusItems.push(item);
    return item;
  },
  createWebviewPanel(viewType: string, title: string, showOptions: unknown, options: FakeWebviewPanel['options']) {
    const panel = new FakeWebviewPanel(viewType, title, showOptions, options);
    recorded.panels.push(panel);
    return panel;
  },
  async showInformationMessage(text: string) {
    recorded.messages.push({ kind: 'info', text });
    return undefined;
  },
  async showWarningMessage(text: string) {
    recorded.messages.push({ kind: 'warning', text });
    return undefined;
  },
  async showErrorMessage(text: string) {
    recorded.messages.push({ kind: 'error', text });
    return undefined;
  },
  async showInputBox(options: { validateInput?: (value: string) => string | undefined }) {
    const answer = nextAnswer();
    if (typeof answer !== 'string') return undefined;
    // A person cannot confirm an answer the box refuses: the test's answer must pass.
    const refusal = options.validateInput?.(answer);
    if (refusal) throw new Error(`the input box refused ${JSON.stringify(answer)}: ${refusal}`);
    return answer;
  },
  async showQuickPick<T extends { label: string; description?: string }>(items: readonly T[]) {
    const answer = nextAnswer();
    if (answer === undefined) return undefined;
    if (typeof answer === 'string') return items.find((item) => item.label === answer || item.description === answer);
    return answer.pick(items) as T | undefined;
  },
  async showTextDocument(document: FakeDocument) {
    recorded.shown.push(document);
    window.activeTextEditor = { document };
    return { document };
  },
  async withProgress<R>(_options: unknown, task: (progress: { report(value: unknown): void }, token: { isCancellationRequested: boolean }) => Promise<R>) {
    return task({ report: () => {} }, { isCancellationRequested: false });
  },
};

export const workspace = {
  textDocuments: [] as FakeDocument[],
  onDidOpenTextDocument: openEmitter.event,
  onDidCloseTextDocument: closeEmitter.event,
  onDidChangeConfiguration: configurationEmitter.event,
  getConfiguration(section: string) {
    return { get: (key: string) => recorded.settings[`${section}.${key}`] };
  },
  createFileSystemWatcher(glob: string) {
    return { glob, dispose() {} };
  },
  async findFiles(_include: string, _exclude: string) {
    return [...recorded.files.keys()].map((path) => Uri.file(path));
  },
  asRelativePath(uri: Uri) {
    return uri.path.replace(/^\/work\//, '');
  },
  fs: {
    async readFile(uri: Uri) {
      const content = recorded.files.get(uri.path);
      if (content === undefined || content instanceof Error) throw content ?? new Error('not found');
      return new TextEncoder().encode(content);
    },
    async stat(uri: Uri) {
      if (!recorded.files.has(uri.path) && !recorded.written.has(uri.path)) throw new Error('not found');
      return { type: 1 };
    },
    async writeFile(uri: Uri, content: Uint8Array) {
      recorded.written.set(uri.path, new TextDecoder().decode(content));
    },
  },
  async openTextDocument(options: { language?: string; content?: string }) {
    recorded.opened.push(options);
    const document = fakeDocument(Uri.parse(`untitled:Untitled-${recorded.opened.length}`), options.language ?? 'plaintext', options.content ?? '');
    workspace.textDocuments.push(document);
    return document;
  },
};

export const languages = {
  onDidChangeDiagnostics: diagnosticsEmitter.event,
  registerCompletionItemProvider(selector: unknown, provider: Omit<FakeCompletionProvider, 'selector'>) {
    const registered = { selector, provideCompletionItems: provider.provideCompletionItems.bind(provider) };
    recorded.completionProviders.push(registered);
    return new Disposable(() => recorded.completionProviders.splice(recorded.completionProviders.indexOf(registered), 1));
  },
  createDiagnosticCollection(name: string) {
    const collection = new FakeDiagnosticCollection(name);
    recorded.collections.push(collection);
    return collection;
  },
};

export const commands = {
  registerCommand(command: string, handler: (...args: unknown[]) => unknown) {
    recorded.commands.set(command, handler);
    return new Disposable(() => recorded.commands.delete(command));
  },
  async executeCommand(command: string, ...args: unknown[]) {
    recorded.executed.push({ command, args });
    return recorded.commands.get(command)?.(...args);
  },
};

export const env = {
  language: 'en',
  async openExternal(uri: Uri) {
    recorded.external.push(uri);
    return true;
  },
};
