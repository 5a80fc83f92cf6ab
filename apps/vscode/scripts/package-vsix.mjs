// Packages the extension into cpskit-vscode.vsix with vsce, after `tsup` has built the two
// bundles: the manual's JSON Schema is copied in beside them, and no node_modules go in
// (everything the extension needs is inside dist/extension.cjs and dist/server.cjs).
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));

copyFileSync(here('../../../schemas/manual.schema.json'), here('../dist/manual.schema.json'));
const { createVSIX } = require('@vscode/vsce');
process.chdir(here('..'));
await createVSIX({ dependencies: false, packagePath: 'cpskit-vscode.vsix' });
