// What a release is made of, in one place for scripts/set-version.mjs, scripts/pack.mjs and the tests.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The npm packages, in the order they are published (a package after those it depends on). */
export const NPM_PACKAGES = [
  { name: '@cpskit/core', dir: 'packages/core' },
  { name: '@cpskit/language-server', dir: 'packages/language-server' },
  { name: 'cpskit', dir: 'apps/cli' },
];

/** The VS Code extension: its own version, the same number, published as a .vsix. */
export const EXTENSION = { name: 'cpskit-vscode', dir: 'apps/vscode', vsix: 'apps/vscode/cpskit-vscode.vsix' };

/** The repository on GitHub, as `owner/name` (from the root package.json's `repository`). */
export const GITHUB_REPOSITORY = 'cpskit/cpskit';

/**
 * Other places that name the version, each found by a pattern whose first group is the version:
 * the action installs `cpskit@<its version>`, the reusable workflow uses the action of its own
 * tag, and the README's examples use that tag.
 */
export const VERSION_MENTIONS = [
  { file: '.github/actions/cps-check/action.yml', pattern: /# version of cpskit, kept equal to the release by scripts\/set-version\.mjs\n\s+default: '(\d+\.\d+\.\d+[^']*)'/g },
  { file: '.github/workflows/cps-check.yml', pattern: /uses: cpskit\/cpskit\/\.github\/actions\/cps-check@v(\d+\.\d+\.\d+\S*)/g },
  { file: 'README.md', pattern: /cpskit\/cpskit\/\.github\/(?:workflows\/cps-check\.yml|actions\/cps-check)@v(\d+\.\d+\.\d+[^\s`]*)/g },
  { file: 'README.md', pattern: /releases\/download\/v(\d+\.\d+\.\d+[^/]*)\//g },
  { file: 'apps/vscode/README.md', pattern: /releases\/download\/v(\d+\.\d+\.\d+[^/]*)\//g },
  { file: 'README.md', pattern: /cpskit-vscode-(\d+\.\d+\.\d+[^\s`/]*?)\.vsix/g },
  { file: 'apps/vscode/README.md', pattern: /cpskit-vscode-(\d+\.\d+\.\d+[^\s`/]*?)\.vsix/g },
  { file: 'README.md', pattern: /@cpskit\/core@(\d+\.\d+\.\d+[^/\s`]*)\//g },
];
