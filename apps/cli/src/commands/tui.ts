import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { message, type Locale } from '@cpskit/core';
import { EXIT, type CliIo, type ExitCode } from '../io.js';
import { shownPath } from '../safe-output.js';
import { chooseEditor } from '../tui/editor.js';
import { tuiMessage } from '../tui/messages.js';
import { displayPath, findManuals, runContext } from './manuals.js';

export interface TuiOptions {
  readonly paths: readonly string[];
  readonly locale?: Locale;
  readonly config?: string;
}

/** The language server shipped beside `cps` in the bundle. */
const SERVER_FILE = fileURLToPath(new URL('./cps-language-server.js', import.meta.url));

/**
 * `cps tui`: the trainer's terminal. A client of the language server, so that it shows what
 * an editor shows; it follows the files on disk, opens the person's editor at a finding, and
 * stops the server on quit, on Ctrl-C, on a signal and on a crash.
 */
export async function runTui(options: TuiOptions, io: CliIo): Promise<ExitCode> {
  const { locale, configs } = runContext(options.locale, options.config, io, options.paths);
  if (!io.stdout.isTTY || !io.stdin?.isTTY) {
    io.stderr.write(`${message('cli.tui-not-a-terminal', locale, { paths: options.paths.join(' ') || '.' })}\n`);
    return EXIT.usage;
  }
  const manuals = await findManuals(options.paths, { locale, configs }, io);
  if (!manuals) return EXIT.usage;
  const files = manuals.map((manual) => manual.path);

  // Ink draws only the last frame when it believes it runs in CI; here a person is at a terminal.
  delete process.env['CI'];
  const [{ render }, reactModule, { TuiRoot, createTuiStore, initialState }] = await Promise.all([import('ink'), import('react'), import('../tui/index.js')]);
  // React is CommonJS: bundled, its functions sit on the default export.
  const createElement = reactModule.createElement ?? (reactModule as unknown as { default: typeof reactModule }).default.createElement;
  const stdout = io.stdout as NodeJS.WriteStream;
  const store = createTuiStore(initialState({ locale, width: stdout.columns ?? 80, height: stdout.rows ?? 24 }));
  const { LspSession, ServerStartError } = await import('../tui/session.js');
  // Loaded here rather than at the top: `cps check` starts faster without it.
  const { spawnSync } = await import('node:child_process');
  let session: Awaited<ReturnType<typeof LspSession.start>>;
  try {
    session = await LspSession.start(SERVER_FILE, locale, io.cwd, (code) =>
      store.dispatch({ type: 'status', message: message('cli.tui-server-stopped', locale, { code: String(code) }) }),
    );
  } catch (error) {
    const reason = error instanceof ServerStartError ? error.message : String(error);
    io.stderr.write(`${message('cli.tui-server-failed', locale, { reason })}\n`);
    return EXIT.usage;
  }
  // The server goes down with the TUI, however the TUI goes down.
  const killServer = () => session.kill();
  process.once('exit', killServer);

  const shown = (file: string) => displayPath(file, io.cwd);
  const refresh = async (file: string) => {
    try {
      store.dispatch({ type: 'manual', manual: await session.show(file, shown(file)) });
    } catch (error) {
      store.dispatch({ type: 'problem', message: String((error as Error)?.message ?? error), uri: pathToFileURL(file).href, displayPath: shown(file) });
    }
  };

  return await new Promise<ExitCode>((resolve) => {
    const watchers: FSWatcher[] = [];
    const timers = new Map<string, NodeJS.Timeout>();
    let leaving = false;
    const leave = async (code: ExitCode) => {
      if (leaving) return;
      leaving = true;
      for (const watcher of watchers) watcher.close();
      for (const timer of timers.values()) clearTimeout(timer);
      instance.unmount();
      await session.stop();
      process.removeListener('exit', killServer);
      resolve(code);
    };
    const onSignal = () => void leave(EXIT.ok);
    process.once('SIGTERM', onSignal);
    process.once('SIGHUP', onSignal);

    const openInEditor = (uri: string, line: number, column: number) => {
      const editor = chooseEditor(io.env);
      if (!editor) {
        store.dispatch({ type: 'status', message: message('cli.tui-no-editor', locale, { place: `${shown(fileURLToPath(uri))}:${line}:${column}` }) });
        return;
      }
      const [command, ...args] = editor.split(/\s+/);
      // The editor takes the terminal while it runs; Ink draws again when it is back.
      const run = spawnSync(command!, [...args, `+${line}`, fileURLToPath(uri)], { stdio: 'inherit' });
      if (run.error) store.dispatch({ type: 'status', message: message('cli.tui-editor-failed', locale, { editor, reason: run.error.message }) });
      else store.dispatch({ type: 'status', message: `${shown(fileURLToPath(uri))}:${line}:${column}` });
    };

    // `r`: the report of the selected manual, written next to it with the configuration of its folder.
    const writeReport = async (uri: string) => {
      store.dispatch({ type: 'status', message: tuiMessage('report.writing', locale) });
      const file = fileURLToPath(uri);
      const { config } = configs.configFor(path.dirname(file));
      const { writeReportNextTo, writtenReportStatus } = await import('../report/write-next-to.js');
      const result = await writeReportNextTo(file, { locale, config: { preset: config.preset, rules: config.rules }, displayPath: shown(file), cwd: io.cwd });
      store.dispatch({ type: 'status', message: writtenReportStatus(result, (written) => shownPath(shown(written)), locale) });
    };

    const instance = render(createElement(TuiRoot, { store, onQuit: () => void leave(EXIT.ok), onOpen: openInEditor, onReport: (uri: string) => void writeReport(uri) }), {
      stdout,
      stdin: io.stdin as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
    });

    // Live update: folders are watched (editors often save by replacing the file), and a file
    // that changed is sent to the server once the writes have settled.
    const byFolder = new Map<string, Set<string>>();
    for (const file of files) {
      const folder = path.dirname(file);
      if (!byFolder.has(folder)) byFolder.set(folder, new Set());
      byFolder.get(folder)!.add(path.basename(file));
    }
    for (const [folder, names] of byFolder) {
      try {
        watchers.push(
          watch(folder, (_event, name) => {
            if (!name || !names.has(name.toString())) return;
            const file = path.join(folder, name.toString());
            clearTimeout(timers.get(file));
            timers.set(
              file,
              setTimeout(() => void refresh(file), 80),
            );
          }),
        );
      } catch {
        // A folder that cannot be watched is still shown; it just does not follow changes.
      }
    }
    void Promise.all(files.map(refresh));
  });
}
