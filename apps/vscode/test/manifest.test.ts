import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (relative: string) => readFileSync(new URL(`../${relative}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls = { en: JSON.parse(read('package.nls.json')), fr: JSON.parse(read('package.nls.fr.json')) } as Record<'en' | 'fr', Record<string, string>>;

describe('the extension manifest', () => {
  it('activates on CPS manuals (an extension without activation events never starts in code-server)', () => {
    expect(manifest.activationEvents).toContain('onLanguage:cps-yaml');
    expect(manifest.main).toBe('./dist/extension.cjs');
    const language = manifest.contributes.languages.find((entry: { id: string }) => entry.id === 'cps-yaml');
    expect(language.extensions).toEqual(['.cps.yaml', '.cps.yml']);
  });

  it('gives manuals a language of their own, so that the Red Hat YAML extension does not check them a second time', () => {
    // The YAML extension validates documents of language `yaml` (and schemas contributed through yamlValidation).
    expect(manifest.contributes.yamlValidation).toBeUndefined();
    expect(JSON.stringify(manifest.contributes.languages)).not.toContain('"id":"yaml"');
    const grammar = JSON.parse(read(manifest.contributes.grammars[0].path));
    expect(grammar.scopeName).toBe('source.cps-yaml');
    expect(grammar.patterns).toContainEqual({ include: 'source.yaml' });
  });

  it('works in untrusted workspaces (it runs no workspace code), where VS Code ignores the workspace’s own cps.configPath', () => {
    // A workspace setting could otherwise point the server at any file of the machine.
    expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: 'limited', description: '%untrustedWorkspaces%', restrictedConfigurations: ['cps.configPath'] });
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations as string[];
    for (const setting of restricted) expect(Object.keys(manifest.contributes.configuration.properties)).toContain(setting);
    expect(nls.fr['untrustedWorkspaces']).toContain('cps.configPath');
  });

  it('has every displayed string in English and in French, and no string that is not used', () => {
    const used = new Set([...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((match) => match[1]!));
    expect(used.size).toBeGreaterThan(20);
    expect(Object.keys(nls.en).sort()).toEqual([...used].sort());
    expect(Object.keys(nls.fr).sort()).toEqual([...used].sort());
    for (const key of used) expect(nls.fr[key], key).not.toBe('');
  });

  it('declares the settings the server reads, and the trace setting the client reads', () => {
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['cps.configPath', 'cps.locale', 'cps.rules', 'cps.trace.server']);
    expect(manifest.contributes.configuration.properties['cps.locale'].enum).toEqual(['auto', 'fr', 'en']);
  });

  it('ships what it points to: walkthrough pages, grammar, icon, changelog', () => {
    const paths = [
      manifest.icon,
      manifest.contributes.languages[0].configuration,
      ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
      // Each step's page, in each language (its path is a %key% of the nls files).
      ...manifest.contributes.walkthroughs.flatMap((walkthrough: { steps: { media: { markdown: string } }[] }) =>
        walkthrough.steps.flatMap((step) => [nls.en, nls.fr].map((strings) => strings[step.media.markdown.slice(1, -1)]!)),
      ),
      'CHANGELOG.md',
      'README.md',
      'LICENSE',
    ];
    for (const path of paths) expect(existsSync(new URL(`../${path}`, import.meta.url)), path).toBe(true);
    expect(manifest.categories).toEqual(expect.arrayContaining(['Linters', 'Programming Languages']));
    expect(
      readFileSync(new URL(`../${manifest.icon}`, import.meta.url))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});
