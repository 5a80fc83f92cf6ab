#!/usr/bin/env node
// The `cps` command's entry: a CommonJS file, so that `cps check` (which runs from the copy of main
// compiled with the build's code cache, see cached-main.ts) starts without Node's ESM loader.
// Every other command goes on in the ESM bundle (dist/cps.js).
import { loadCachedMain } from './cached-main.js';

// A reader that stops early (`cps check | head`) closes the pipe: that is not a failure of cps.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

declare const __CPS_VERSION__: string;

const args = process.argv.slice(2);
const cached = args[0] === 'check' ? loadCachedMain(process.env) : undefined;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${__CPS_VERSION__}\n`);
} else if (cached) {
  const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  void cached.main(args, io).then((code) => {
    process.exitCode = code;
    cached.recordCache();
  });
} else {
  void import('./cps.js');
}
