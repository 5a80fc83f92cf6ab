import type { Connection } from 'vscode-languageserver';
import type { ServerContext } from '../context.js';

/**
 * The settings and configuration files changing: the settings are read again (asked for when
 * the client answers workspace/configuration, else taken from the notification) and every open
 * document is checked again.
 */
export function registerSettings(connection: Connection, context: ServerContext): void {
  const { settings, snapshots } = context;
  const recheckAll = () => {
    settings.forgetFiles();
    snapshots.recheckAll();
  };

  connection.onDidChangeConfiguration(
    (change) =>
      void (async () => {
        if (context.flags.configuration) await settings.pull(connection, context.log);
        else settings.use((change.settings as Record<string, unknown> | undefined)?.['cps']);
        recheckAll();
      })(),
  );

  connection.onDidChangeWatchedFiles(() => recheckAll());
}
