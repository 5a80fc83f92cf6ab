// The language server, shipped inside `cps` so that `cps tui` (and any editor) can start it
// from the same folder: `node dist/cps-language-server.js --stdio`.
import { setFlagsFromString } from 'node:v8';
import { runServer } from '@cpskit/language-server/server';

// As in the language server's own binary: a heap that grows by 10% keeps a long-lived server small.
setFlagsFromString('--heap-growing-percent=10');
runServer();
