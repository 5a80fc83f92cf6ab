// The bundled language server: the same server as `cps-language-server`, started by the extension
// over Node's IPC channel (the transport is read from the arguments VS Code's client passes).
import { runServer } from '@cpskit/language-server/server';

runServer();
