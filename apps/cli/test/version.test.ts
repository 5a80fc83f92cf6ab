import { REFERENCE_VERSION, resolveLocale } from '@cpskit/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { VERSION, environmentLocale, versionText } from '../src/version.js';

describe('cps --version', () => {
  it('prints the bare version on the first line and the reference on the second, in the locale', () => {
    expect(versionText(REFERENCE_VERSION, 'en')).toBe(`${VERSION}\nreference spf-2025-phase1: SpF 2025, operational classification (phase 1 published first)\n`);
    expect(versionText(REFERENCE_VERSION, 'fr')).toBe(`${VERSION}\nréférentiel spf-2025-phase1\u00a0: SpF 2025, classification opérationnelle (phase 1 publiée en premier)\n`);
  });

  it('reads the locale of the environment as core does, without loading it', () => {
    const environments: Record<string, string | undefined>[] = [
      {},
      { LANG: 'fr_FR.UTF-8' },
      { LANG: 'fr' },
      { LANG: 'FR_ca' },
      { LANG: 'de_DE.UTF-8' },
      { LANG: 'C' },
      { LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' },
      { LC_MESSAGES: 'fr_BE@euro', LANG: 'en_US' },
      { LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR' },
      { LC_ALL: 'C.UTF-8', LANG: 'fr_FR' },
      { LANG: ' fr-FR ' },
    ];
    for (const env of environments) expect(environmentLocale(env), JSON.stringify(env)).toBe(resolveLocale(undefined, env));
  });

  it('answers --version from the full command line too, with --locale', async () => {
    let stdout = '';
    const io = { cwd: process.cwd(), env: { LANG: 'en_US.UTF-8' }, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } };
    expect(await main(['--version', '--locale', 'fr'], io)).toBe(0);
    expect(stdout).toBe(versionText(REFERENCE_VERSION, 'fr'));
  });
});
