import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (relative: string) => readFileSync(new URL(`../${relative}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('package.json'));
const NLS = { en: JSON.parse(read('package.nls.json')), fr: JSON.parse(read('package.nls.fr.json')) } as Record<'en' | 'fr', Record<string, string>>;

/** The manifest as VS Code shows it in a language: every "%key%" string, at any depth, replaced from that language's nls file. */
function localized(value: unknown, strings: Record<string, string>): unknown {
  if (typeof value === 'string') {
    const key = /^%(.+)%$/.exec(value)?.[1];
    return key === undefined ? value : strings[key];
  }
  if (Array.isArray(value)) return value.map((each) => localized(each, strings));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, localized(each, strings)]));
  return value;
}

interface Step {
  readonly title: string;
  readonly description: string;
  readonly media: { readonly markdown: string };
}
interface Walkthrough {
  readonly title: string;
  readonly description: string;
  readonly steps: readonly Step[];
}

/** Words only one of the two languages has: a text with a word of the other language mixes them. */
const ONLY = {
  en: /\b(the|and|with|your|each|of|is|for|every)\b/i,
  fr: /\b(le|la|les|des|du|une|et|pour|dans|chaque|est|vos|votre|sur)\b|’/i,
};

/** The prose of a string or a page: code, commands and file names are the same in both languages. */
function prose(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\(command:[^)]*\)/g, ' ')
    .replace(/\*\.cps\.ya?ml/g, ' ');
}

describe('the walkthrough', () => {
  for (const locale of ['en', 'fr'] as const) {
    const other = locale === 'en' ? 'fr' : 'en';
    const walkthroughs = localized(manifest.contributes.walkthroughs, NLS[locale]) as Walkthrough[];
    const texts = walkthroughs.flatMap((walkthrough) => [
      { where: 'walkthrough title', text: walkthrough.title },
      { where: 'walkthrough description', text: walkthrough.description },
      ...walkthrough.steps.flatMap((step) => [
        { where: `${step.media.markdown} (title)`, text: step.title },
        { where: `${step.media.markdown} (description)`, text: step.description },
        { where: step.media.markdown, text: existsSync(new URL(`../${step.media.markdown}`, import.meta.url)) ? read(step.media.markdown) : '' },
      ]),
    ]);

    it(`in ${locale === 'en' ? 'English' : 'French'}: every title, description and page is in that language only`, () => {
      expect(walkthroughs[0]!.steps).toHaveLength(4);
      for (const { where, text } of texts) {
        expect(text, where).toBeTruthy();
        // A title is too short to be sure of; a sentence or a page has words of its language.
        if (prose(text).length > 40) expect(prose(text), where).toMatch(ONLY[locale]);
        expect(prose(text), where).not.toMatch(ONLY[other]);
        expect(text, where).not.toContain(' · ');
      }
    });
  }

  it('has each title, description and page translated, and a page of its own per language for each step', () => {
    const texts = (strings: Record<string, string>) => JSON.stringify(localized(manifest.contributes.walkthroughs, strings)).match(/"(title|description)":"[^"]*"/g)!;
    const [en, fr] = [texts(NLS.en), texts(NLS.fr)];
    expect(en).toHaveLength(10);
    for (const [index, text] of en.entries()) expect(fr[index], text).not.toBe(text);
    const enPages = (localized(manifest.contributes.walkthroughs, NLS.en) as Walkthrough[])[0]!.steps.map((step) => step.media.markdown);
    const frPages = (localized(manifest.contributes.walkthroughs, NLS.fr) as Walkthrough[])[0]!.steps.map((step) => step.media.markdown);
    expect(enPages).toEqual(['walkthrough/new-manual.md', 'walkthrough/findings.md', 'walkthrough/analysis.md', 'walkthrough/workspace.md']);
    expect(frPages).toEqual(enPages.map((page) => page.replace(/\.md$/, '.fr.md')));
  });

  it('writes French as French typography wants it: a no-break space before « : ; ! ? » and inside « », the apostrophe ’', () => {
    const strings = Object.entries(NLS.fr)
      .filter(([key]) => key.startsWith('walkthrough.') && !key.endsWith('.media'))
      .map(([key, text]) => ({ where: key, text }));
    const pages = ['new-manual', 'findings', 'analysis', 'workspace'].map((name) => ({ where: name, text: read(`walkthrough/${name}.fr.md`) }));
    for (const { where, text } of [...strings, ...pages]) {
      const words = text.replace(/```[\s\S]*?```/g, (block) => block.replace(/^.*?#/gm, '#')).replace(/`[^`]*`/g, ' ');
      expect(words, where).not.toMatch(/ [:;!?]|« | »|\p{L}'\p{L}/u);
    }
  });
});
