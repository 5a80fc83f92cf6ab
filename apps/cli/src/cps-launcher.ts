#!/usr/bin/env node
// The `cps` command's entry: a CommonJS file, so that `cps check` (which runs from the copy of main
// compiled with the build's code cache, see cached-main.ts) starts without Node's ESM loader.
// Every other command goes on in the ESM bundle (dist/cps.js).
import { loadCachedMain } from './cached-main.js';
import { endQuietlyOnClosedPipe } from './quiet-epipe.js';
import { BUILT_REFERENCE, environmentLocale, versionText } from './version.js';

endQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const cached = args[0] === 'check' ? loadCachedMain(process.env) : undefined;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v') && BUILT_REFERENCE) {
  process.stdout.write(versionText(BUILT_REFERENCE, environmentLocale(process.env)));
} else if (cached) {
  const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  void cached.main(args, io).then((code) => {
    process.exitCode = code;
    cached.recordCache();
  });
} else {
  void import('./cps.js');
}
