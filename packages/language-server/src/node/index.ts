/**
 * `@cpskit/language-server/node`: what reads the file system, for the CLI and the server. The
 * main entry (`src/index.ts`) is the pure service and exports none of it.
 */
export { ConfigFinder, type ConfigFinderOptions } from './config-finder.js';
export { TOO_LARGE, findGitRoot, isInside, isSymbolicLink, onPseudoFileSystem, readRegularFile, realPathOf, reallyInside, type RegularRead } from './file-boundary.js';
