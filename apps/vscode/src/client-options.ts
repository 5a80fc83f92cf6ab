/** The documents the language server checks: manuals on disk and new, unsaved ones. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'cps-yaml' },
  { scheme: 'untitled', language: 'cps-yaml' },
] as const;

/** The glob of manuals, for the workspace check. */
export const MANUAL_GLOB = '**/*.{cps.yaml,cps.yml}';
/** Folders never searched for manuals, as `cps check` skips them. */
export const EXCLUDED_GLOB = '**/{node_modules,.git}/**';
/** Configuration files whose changes the server must hear of. */
export const CONFIG_GLOB = '**/cps.config.{yaml,yml}';

/** The section of VS Code's settings the server reads (cps.locale, cps.rules, cps.configPath). */
export const SETTINGS_SECTION = 'cps';
