import { ProposedFeatures, createConnection } from 'vscode-languageserver/node.js';
import { startServer } from '../server/server.js';

// The transport comes from the arguments, as editors pass it: --stdio, --node-ipc or --socket=N.
const connection = createConnection(ProposedFeatures.all);
// A failure inside one request is answered by its guard; anything that escapes is logged, not fatal.
process.on('uncaughtException', (error) => connection.console.error(`cpskit: ${error?.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`cpskit: ${String((reason as Error)?.stack ?? reason)}`));
startServer(connection);
