import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../reference/seeds/', import.meta.url));

export const SEED_FILES = { '000': '000_f470f67171be4f21.txt', '002': '002_64b20783c9040dee.txt' } as const;

export function rawSeed(seed: keyof typeof SEED_FILES): string {
  return readFileSync(SEEDS + SEED_FILES[seed], 'utf8');
}

/**
 * The seed's words without the markup of the conversion (HTML bold and underline, markdown
 * bold) and with single spaces, for word-for-word comparison.
 */
export function seedWords(seed: keyof typeof SEED_FILES): string {
  return normalise(
    rawSeed(seed)
      .replace(/<\/?(?:b|u)>/g, '')
      .replace(/\*\*/g, ''),
  );
}

/** Whether the seed holds these words; the failure names the words, not the whole seed. */
export function expectInSeed(seedText: string, words: string): void {
  if (!seedText.includes(normalise(words))) throw new Error(`not found word for word in the seed: "${words}"`);
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The project's shared seeds, when this checkout sits beside them. */
export function sharedSeedPath(seed: keyof typeof SEED_FILES): string | undefined {
  const candidate = fileURLToPath(new URL(`../../../../shared/seeds/${SEED_FILES[seed]}`, import.meta.url));
  return existsSync(candidate) ? candidate : undefined;
}

/** One slide of a seed: the heading the conversion gives it (`#`, `##`…) and its words up to the next heading. */
export interface SeedSlide {
  readonly heading: string;
  readonly words: string;
}

/** The seed cut at its headings, markup stripped as `seedWords` strips it. */
export function seedSlides(seed: keyof typeof SEED_FILES): SeedSlide[] {
  const slides: SeedSlide[] = [];
  let heading: string | undefined;
  let lines: string[] = [];
  const close = () => {
    if (heading !== undefined) slides.push({ heading, words: normalise(lines.join('\n')) });
  };
  for (const line of rawSeed(seed)
    .replace(/<\/?(?:b|u)>/g, '')
    .replace(/\*\*/g, '')
    .split('\n')) {
    const match = /^#{1,6}\s+(.*\S)\s*$/.exec(line);
    if (match) {
      close();
      heading = normalise(match[1]!);
      lines = [];
    } else {
      lines.push(line);
    }
  }
  close();
  return slides;
}
