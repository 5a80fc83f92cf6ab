// End-to-end harness: runs the extension inside a real VS Code (code-server 4.139.1 /
// VS Code 1.139 server) and drives it with headless Chromium through playwright-core.
//
// Prerequisite: `node apps/vscode/scripts/e2e-setup.mjs` (installs Node 24 and
// code-server into a cache folder and writes `<cache>/e2e-paths.json`).
//
// Two levels:
//  (a) startCodeServer + installVsix + openBrowser: the packaged extension in the UI.
//  (b) runExtensionTests (or startVsCodeServerForTests + openBrowser): a CommonJS test
//      module `run(): Promise<void>` runs in the Node extension host with the real
//      `vscode` API; it writes its result to the JSON file named by the
//      CPS_E2E_RESULT_FILE environment variable, which the harness waits for.
//
// Every process started here is spawned in its own process group and killed (group-wide)
// by stop()/stopAll(), and synchronously on process exit as a last resort.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

// ------------------------------------------------------------------ paths

export interface E2EPaths {
  cacheRoot: string;
  node: string;
  codeServerDir: string;
  codeServerEntry: string;
  vscodeDir: string;
  vscodeServerMain: string;
  chromium: string;
}

export function e2eCacheRoot(): string {
  return process.env.CPS_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cpskit-e2e');
}

/** Paths written by scripts/e2e-setup.mjs; throws a readable error when setup has not run. */
export function e2ePaths(): E2EPaths {
  const file = join(e2eCacheRoot(), 'e2e-paths.json');
  if (!existsSync(file)) {
    throw new Error(`code-server is not set up (${file} missing): run "node apps/vscode/scripts/e2e-setup.mjs" first`);
  }
  const p = JSON.parse(readFileSync(file, 'utf8')) as E2EPaths;
  for (const f of [p.node, p.codeServerEntry, p.vscodeServerMain]) {
    if (!existsSync(f)) {
      throw new Error(`${f} is missing: rerun "node apps/vscode/scripts/e2e-setup.mjs --force"`);
    }
  }
  return p;
}

/** True when setup has run (lets a test file `describe.skipIf(!e2eAvailable())`). */
export function e2eAvailable(): boolean {
  try {
    e2ePaths();
    return true;
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ processes

export interface ManagedProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  /** stdout+stderr collected so far (for error messages). */
  output(): string;
  /** Resolves with the exit code (or null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Kills the whole process group: SIGTERM, then SIGKILL after graceMs. */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: the test runner exits without calling stop(); kill the groups synchronously.
  process.on('exit', () => {
    for (const p of live) {
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* group already gone */
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function spawnManaged(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {}): ManagedProcess {
  installExitHook();
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true, // own process group => we can kill the whole tree
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  let out = '';
  const onData = (d: Buffer): void => {
    const s = d.toString();
    out += s;
    if (out.length > 2_000_000) out = out.slice(-1_000_000);
    if (opts.echo || process.env.CPS_E2E_DEBUG) process.stderr.write(s);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const mp: ManagedProcess = {
    pid,
    child,
    output: () => out,
    exited,
    async stop(graceMs = 5000) {
      killGroup(pid, 'SIGTERM');
      const gone = await waitFor(() => !groupAlive(pid), { timeoutMs: graceMs, intervalMs: 100 })
        .then(() => true)
        .catch(() => false);
      if (!gone) killGroup(pid, 'SIGKILL');
      await waitFor(() => !groupAlive(pid), { timeoutMs: 5000, intervalMs: 50 }).catch(() => {});
      live.delete(mp);
    },
  };
  live.add(mp);
  void exited.then(() => {
    // the leader exited; the group may live on (extension host, pty host): keep it in
    // `live` until stop() has confirmed the group is gone.
    if (!groupAlive(pid)) live.delete(mp);
  });
  return mp;
}

/** Stops every process (and browser) this module started. Call it in afterAll. */
export async function stopAll(): Promise<void> {
  await Promise.all([...browsers].map((b) => b.close().catch(() => {})));
  await Promise.all([...live].map((p) => p.stop()));
}

export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 200, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function waitForOutput(p: ManagedProcess, re: RegExp, timeoutMs: number, what: string): Promise<RegExpMatchArray> {
  let exitCode: number | null | undefined;
  void p.exited.then((c) => (exitCode = c ?? -1));
  try {
    return await waitFor(
      () => {
        const m = p.output().match(re);
        if (m) return m;
        if (exitCode !== undefined) {
          throw new Error(`${what}: process exited (${exitCode}) early:\n${p.output().slice(-4000)}`);
        }
        return undefined;
      },
      { timeoutMs, intervalMs: 100, what },
    );
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('timed out')) {
      throw new Error(`${e.message}; output so far:\n${p.output().slice(-4000)}`);
    }
    throw e;
  }
}

// ------------------------------------------------------------------ settings

/** Settings that keep the UI quiet and deterministic for tests. */
export const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
};

export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): string {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'settings.json');
  writeFileSync(file, JSON.stringify({ ...quietSettings, ...extra }, null, 2));
  return file;
}

export function makeTempDir(prefix = 'cpskit-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // Keep vitest/pnpm/NODE_OPTIONS hooks out of the Node 24 server and its extension host.
  delete env.NODE_OPTIONS;
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  // code-server's product.json points the extension gallery at open-vsx.org; with no
  // network that only produces lookups and errors. An empty gallery disables it.
  env.EXTENSIONS_GALLERY ??= '{}';
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k.startsWith('npm_')) delete env[k];
  return env;
}

// ------------------------------------------------------------------ level (a): code-server

export interface CodeServerDirs {
  extensionsDir: string;
  userDataDir: string;
}

function codeServerArgs(d: CodeServerDirs, configFile: string): string[] {
  return [e2ePaths().codeServerEntry, '--config', configFile, '--user-data-dir', d.userDataDir, '--extensions-dir', d.extensionsDir];
}

function writeCodeServerConfig(userDataDir: string, bindAddr: string): string {
  mkdirSync(userDataDir, { recursive: true });
  const file = join(userDataDir, 'code-server-config.yaml');
  writeFileSync(file, `bind-addr: ${bindAddr}\nauth: none\ncert: false\n`);
  return file;
}

/** `code-server --install-extension <vsix>`; resolves with the CLI output, throws on failure. */
export async function installVsix(vsixPath: string, dirs: CodeServerDirs, { timeoutMs = 120_000 } = {}): Promise<string> {
  const p = e2ePaths();
  const cfg = writeCodeServerConfig(dirs.userDataDir, '127.0.0.1:0');
  const proc = spawnManaged(p.node, [...codeServerArgs(dirs, cfg), '--force', '--install-extension', resolve(vsixPath)], { env: baseEnv() });
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs).unref());
  const code = await Promise.race([proc.exited, timer]);
  await proc.stop(1000);
  const out = proc.output();
  if (code === 'timeout') throw new Error(`installVsix timed out:\n${out}`);
  if (code !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installVsix(${vsixPath}) failed (exit ${code}):\n${out}`);
  }
  return out;
}

export interface CodeServer {
  /** e.g. http://127.0.0.1:43123/ */
  url: string;
  port: number;
  process: ManagedProcess;
  /** Workbench URL that opens `folder` (absolute path; defaults to the workspace). */
  folderUrl(folder?: string, payload?: Array<[string, string]>): string;
  stop(): Promise<void>;
}

export interface StartCodeServerOptions extends CodeServerDirs {
  workspace?: string;
  /** 0 (default) lets the OS pick a free port. */
  port?: number;
  settings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
}

export async function startCodeServer(o: StartCodeServerOptions): Promise<CodeServer> {
  const p = e2ePaths();
  writeUserSettings(o.userDataDir, o.settings);
  const cfg = writeCodeServerConfig(o.userDataDir, `127.0.0.1:${o.port ?? 0}`);
  const args = [
    ...codeServerArgs(o, cfg),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(o.workspace ? [resolve(o.workspace)] : []),
  ];
  const proc = spawnManaged(p.node, args, {
    env: baseEnv({ XDG_CONFIG_HOME: join(o.userDataDir, 'xdg-config'), ...o.env }),
  });
  try {
    const m = await waitForOutput(proc, /HTTP server listening on (http:\/\/[^\s]+)/, o.startTimeoutMs ?? 60_000, 'code-server to listen');
    const url = new URL(m[1]!);
    const base = `http://127.0.0.1:${url.port}/`;
    await waitFor(async () => (await fetch(`${base}healthz`).catch(() => undefined))?.ok, {
      timeoutMs: 30_000,
      what: 'code-server /healthz',
    });
    const ws = o.workspace ? resolve(o.workspace) : undefined;
    return {
      url: base,
      port: Number(url.port),
      process: proc,
      folderUrl(folder = ws, payload) {
        const q = new URLSearchParams();
        if (folder) q.set('folder', resolve(folder));
        if (payload) q.set('payload', JSON.stringify(payload));
        return `${base}?${q.toString()}`;
      },
      stop: () => proc.stop(),
    };
  } catch (e) {
    await proc.stop(1000);
    throw e;
  }
}

// ------------------------------------------------------------------ level (b): VS Code server + extension tests

export interface VsCodeTestServer {
  /** Workbench URL with folder and the extensionDevelopmentPath/extensionTestsPath payload. */
  url: string;
  process: ManagedProcess;
  resultFile: string;
  stop(): Promise<void>;
}

export interface StartVsCodeServerForTestsOptions {
  extensionDevelopmentPath: string;
  /** CommonJS module exporting `run(): Promise<void>`; absolute or relative path. */
  extensionTestsPath: string;
  workspace: string;
  /** JSON file the test module writes (its path reaches it as CPS_E2E_RESULT_FILE). */
  resultFile: string;
  /** Holds user data, extensions, logs; a temp dir by default. */
  dataDir?: string;
  port?: number;
  settings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
}

export async function startVsCodeServerForTests(o: StartVsCodeServerForTestsOptions): Promise<VsCodeTestServer> {
  const p = e2ePaths();
  const dataDir = o.dataDir ?? makeTempDir('cpskit-vscode-tests-');
  const userDataDir = join(dataDir, 'user-data');
  const extensionsDir = join(dataDir, 'extensions');
  const serverDataDir = join(dataDir, 'server-data');
  for (const d of [userDataDir, extensionsDir, serverDataDir]) mkdirSync(d, { recursive: true });
  writeUserSettings(userDataDir, o.settings);
  const resultFile = resolve(o.resultFile);
  rmSync(resultFile, { force: true });
  const args = [
    p.vscodeServerMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(o.port ?? 0),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--user-data-dir',
    userDataDir,
    '--server-data-dir',
    serverDataDir,
    '--extensions-dir',
    extensionsDir,
    '--logsPath',
    join(dataDir, 'logs'),
  ];
  const proc = spawnManaged(p.node, args, {
    cwd: dataDir,
    env: baseEnv({
      VSCODE_AGENT_FOLDER: serverDataDir,
      CPS_E2E_RESULT_FILE: resultFile,
      ...o.env,
    }),
  });
  try {
    const m = await waitForOutput(proc, /Web UI available at (http:\/\/[^\s]+)/, o.startTimeoutMs ?? 60_000, 'VS Code server to listen');
    const base = new URL(m[1]!);
    const host = `127.0.0.1:${base.port}`;
    const remote = (abs: string): string => `vscode-remote://${host}${encodeURI(resolve(abs))}`;
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', remote(o.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(o.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    const q = new URLSearchParams();
    q.set('folder', remote(o.workspace));
    q.set('payload', JSON.stringify(payload));
    return {
      url: `http://${host}/?${q.toString()}`,
      process: proc,
      resultFile,
      stop: () => proc.stop(),
    };
  } catch (e) {
    await proc.stop(1000);
    throw e;
  }
}

export interface ExtensionTestResult {
  /** true when every test passed */
  ok: boolean;
  passed: number;
  failed: number;
  failures: Array<{ name: string; message: string }>;
  /** anything else the test module put in the result file */
  [k: string]: unknown;
}

/**
 * Level (b) in one call: starts the server, opens the workbench in Chromium, waits for the
 * test module's result file, then shuts everything down. Throws (with server output and
 * browser console) when no result appears within timeoutMs.
 */
export async function runExtensionTests(o: Omit<StartVsCodeServerForTestsOptions, 'resultFile'> & { resultFile?: string; timeoutMs?: number }): Promise<ExtensionTestResult> {
  const dataDir = o.dataDir ?? makeTempDir('cpskit-vscode-tests-');
  const resultFile = o.resultFile ?? join(dataDir, 'result.json');
  const server = await startVsCodeServerForTests({ ...o, dataDir, resultFile });
  let session: BrowserSession | undefined;
  const consoleLines: string[] = [];
  let automationExit: number | undefined;
  let automationExitAt = 0;
  try {
    session = await openBrowser();
    session.page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
    session.page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));
    // With --enable-smoke-test-driver the workbench calls window.codeAutomationExit(code)
    // when the extension tests finish: a second signal besides the result file.
    await session.page.exposeFunction('codeAutomationExit', (code: number) => {
      automationExit = code;
      automationExitAt = Date.now();
    });
    await session.page.exposeFunction('codeAutomationLog', () => {});
    await session.page.goto(server.url);
    const raw = await waitFor(
      () => {
        if (existsSync(resultFile)) {
          const text = readFileSync(resultFile, 'utf8');
          try {
            return JSON.parse(text) as ExtensionTestResult;
          } catch {
            return undefined; // being written
          }
        }
        if (automationExit !== undefined && automationExit !== 0) {
          throw new Error(
            `the extension tests ended with exit code ${automationExit} and no result file ` + `(the test module failed to load, or run() threw before writing ${resultFile})`,
          );
        }
        if (automationExit === 0 && Date.now() - automationExitAt > 3000) {
          throw new Error(`the extension tests ended (exit 0) but run() wrote no ${resultFile}`);
        }
        return undefined;
      },
      { timeoutMs: o.timeoutMs ?? 120_000, intervalMs: 200, what: `result file ${resultFile}` },
    );
    return raw;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new Error(
      [
        msg,
        '--- browser console errors ---',
        ...consoleLines.filter((l) => l.startsWith('[error]') || l.startsWith('[pageerror]')).slice(-20),
        '--- server output ---',
        server.process.output().slice(-4000),
        '--- browser console (last lines) ---',
        ...consoleLines.slice(-40),
      ].join('\n'),
    );
  } finally {
    await session?.close();
    await server.stop();
    if (!o.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ browser

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

const browsers = new Set<Browser>();

export async function openBrowser(url?: string, { viewport = { width: 1400, height: 900 }, timeoutMs = 60_000 } = {}): Promise<BrowserSession> {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CPS_E2E_CHROMIUM ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  browsers.add(browser);
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(timeoutMs);
  const page = await context.newPage();
  if (url) await page.goto(url);
  return {
    browser,
    context,
    page,
    async close() {
      await browser.close().catch(() => {});
      browsers.delete(browser);
    },
  };
}

// ------------------------------------------------------------------ workbench helpers (level a)

/** Waits until the workbench has loaded and the Explorer shows the folder. */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeoutMs });
}

/** Opens a file of the workspace with Quick Open (Ctrl+P) and waits for its editor. */
export async function openFileWithQuickOpen(page: Page, fileName: string, timeoutMs = 30_000): Promise<void> {
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 5, y: 5 } })
    .catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label*="${fileName}"]`).first().waitFor({ timeout: timeoutMs });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: timeoutMs });
}

/** Runs a command from the Command Palette by its label, e.g. "View: Focus Problems". */
export async function runCommand(page: Page, label: string, timeoutMs = 30_000): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
}
