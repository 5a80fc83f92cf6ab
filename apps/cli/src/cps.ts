import { loadCachedMain } from './cached-main.js';
import { endQuietlyOnClosedPipe } from './quiet-epipe.js';
import { BUILT_REFERENCE, environmentLocale, versionText } from './version.js';

endQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
// The version needs none of the checker: answer it before loading anything else.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v') && BUILT_REFERENCE) {
  process.stdout.write(versionText(BUILT_REFERENCE, environmentLocale(process.env)));
} else {
  // `cps check` through the copy of main compiled with the build's code cache; every other
  // command (the TUI needs ESM) through the ESM bundle.
  const cached = args[0] === 'check' ? loadCachedMain(process.env) : undefined;
  if (cached) {
    process.exitCode = await cached.main(args, io);
    cached.recordCache();
  } else {
    const { main } = await import('./main.js');
    process.exitCode = await main(args, io);
  }
}
