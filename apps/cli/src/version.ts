import type { Locale, ReferenceVersion } from '@cpskit/core';

declare const __CPS_VERSION__: string;
declare const __CPS_REFERENCE__: ReferenceVersion;

/** The version, set at build time from package.json. */
export const VERSION: string = typeof __CPS_VERSION__ === 'string' ? __CPS_VERSION__ : '0.0.0-dev';

/**
 * Core's REFERENCE_VERSION, set at build time, so that `cps --version` answers without loading
 * the checker; `undefined` when run from the sources (main then reads it from core).
 */
export const BUILT_REFERENCE: ReferenceVersion | undefined = typeof __CPS_REFERENCE__ === 'object' ? __CPS_REFERENCE__ : undefined;

/**
 * What `cps --version` prints: the bare version on the first line, which scripts and tools read,
 * then the SpF reference the checker follows, so that a later SpF text shows as a new reference.
 */
export function versionText(reference: ReferenceVersion, locale: Locale): string {
  const line = locale === 'fr' ? `référentiel ${reference.id} : ${reference.label.fr}` : `reference ${reference.id}: ${reference.label.en}`;
  return `${VERSION}\n${line}\n`;
}

/**
 * The locale the environment asks for, read as core's `resolveLocale` reads it (the first of
 * LC_ALL, LC_MESSAGES, LANG that is set; French, or else English), without loading core: the
 * version answers before anything else loads. A test holds the two to the same answers.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value)
      return value
        .trim()
        .toLowerCase()
        .split(/[_.@-]/)[0] === 'fr'
        ? 'fr'
        : 'en';
  }
  return 'en';
}
