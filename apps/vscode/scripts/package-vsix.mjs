// Packages the extension into cpskit-vscode.vsix with vsce, after `tsup` has built the two
// bundles: the manual's JSON Schema and the rules' docs pages are copied in beside them, and no node_modules go in
// (everything the extension needs is inside dist/extension.cjs and dist/server.cjs).
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));

copyFileSync(here('../../../schemas/manual.schema.json'), here('../dist/manual.schema.json'));
// Every rule's docs page, so that a finding's link opens offline, in VS Code's Markdown preview.
mkdirSync(here('../dist/docs/rules'), { recursive: true });
cpSync(here('../../../docs/rules'), here('../dist/docs/rules'), { recursive: true });
const { createVSIX } = require('@vscode/vsce');
process.chdir(here('..'));
await createVSIX({ dependencies: false, packagePath: 'cpskit-vscode.vsix' });
