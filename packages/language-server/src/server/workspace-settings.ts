import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localize, resolveLocale, type Locale, type Localized } from '@cpskit/core';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { ConfigFinder } from '../node/config-finder.js';
import { isInside, reallyInside } from '../node/file-boundary.js';
import type { ConfigError, ResolvedConfig } from '../service/config/config.js';
import type { ValidateOptions } from '../service/validate.js';
import { readSettings, type ClientSettings } from './settings.js';

const CONFIG_PATH_OUTSIDE: Localized = {
  en: 'The setting cps.configPath ("{value}") leads outside the workspace folder; it is not used. Give a path inside the workspace, or an absolute path in your user settings.',
  fr: 'Le réglage cps.configPath («\u00a0{value}\u00a0») mène hors du dossier de l’espace de travail\u00a0; il n’est pas utilisé. Donnez un chemin dans l’espace de travail, ou un chemin absolu dans vos réglages utilisateur.',
};

const NO_CONFIG: ResolvedConfig = { preset: 'recommended', rules: {}, ignore: [], files: [] };

/** How a document is checked: the snapshot's options, and what is wrong with the configuration that gave them. */
export interface CheckSettings {
  readonly options: ValidateOptions;
  readonly errors: ConfigError[];
}

/**
 * What applies to a document: the editor's settings (section `cps`), its locale, its workspace
 * folders and the configuration files found from them.
 */
export class WorkspaceSettings {
  private initLocale: Locale | undefined;
  private settings: ClientSettings = {};
  private workspaceRoot: string | undefined;
  /** The workspace folders: where the configuration lookup stops outside a git repository. */
  private workspaceFolders: string[] = [];
  private configs: ConfigFinder;
  /** What is wrong with the editor's settings themselves (a cps.configPath leading out of the workspace). */
  private settingsErrors: ConfigError[] = [];

  constructor(private readonly env: Readonly<Record<string, string | undefined>>) {
    this.configs = new ConfigFinder(resolveLocale(undefined, env));
  }

  /** Reads what `initialize` says: the client's locale, its settings (initializationOptions) and workspace folders. */
  initialize(params: InitializeParams, initOptions: Record<string, unknown>): void {
    this.initLocale = params.locale ? resolveLocale(params.locale, {}) : undefined;
    this.settings = readSettings(initOptions['settings'] ?? initOptions);
    const rootUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspaceFolders = rootUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    this.workspaceRoot = this.workspaceFolders[0];
    this.configs = this.newConfigFinder();
  }

  /** Asks the editor for its settings (workspace/configuration); a failure is logged and the settings stay. */
  async pull(connection: Connection, log: (message: string) => void): Promise<void> {
    try {
      this.use(await connection.workspace.getConfiguration('cps'));
    } catch (error) {
      log(`cpskit: could not read the editor settings: ${String(error)}`);
    }
  }

  /** Takes new settings (section `cps`), read defensively. */
  use(raw: unknown): void {
    this.settings = readSettings(raw);
    this.configs = this.newConfigFinder();
  }

  /** Forgets the configuration files read, after one changed on disk. */
  forgetFiles(): void {
    this.configs.clear();
  }

  /** The options to check a document with, and the errors of its configuration (the settings' own first). */
  checkSettings(uri: string): CheckSettings {
    const folder = folderOf(uri) ?? this.workspaceRoot;
    const { config, errors } = folder ? this.configs.configFor(folder) : { config: NO_CONFIG, errors: [] };
    const locale = this.settings.locale ?? config.locale ?? this.initLocale ?? resolveLocale(undefined, this.env);
    return {
      options: { locale, preset: config.preset, rules: { ...config.rules, ...(this.settings.rules ?? {}) } },
      errors: this.settingsErrors.length > 0 ? [...this.settingsErrors, ...errors] : errors,
    };
  }

  /**
   * The configuration finder for the current settings. An absolute cps.configPath is the user's
   * choice (in an untrusted workspace VS Code passes only the user's own value, the extension
   * declaring the setting restricted); a relative one is read in the workspace folder and must
   * stay in it: a workspace cannot point the server at a file elsewhere on the machine.
   */
  private newConfigFinder(): ConfigFinder {
    const locale = this.settings.locale ?? this.initLocale ?? resolveLocale(undefined, this.env);
    this.settingsErrors = [];
    let forced: string | undefined;
    const configPath = this.settings.configPath;
    const root = this.workspaceRoot;
    if (configPath && path.isAbsolute(configPath)) forced = configPath;
    else if (configPath) {
      const target = root ? path.resolve(root, configPath) : undefined;
      if (target && root && isInside(target, root) && reallyInside(target, root)) forced = target;
      else
        this.settingsErrors = [
          {
            file: 'cps.configPath',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: localize(CONFIG_PATH_OUTSIDE, locale, { value: configPath }),
          },
        ];
    }
    return new ConfigFinder(locale, { ...(forced ? { forced } : {}), tops: this.workspaceFolders });
  }
}

function folderOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
