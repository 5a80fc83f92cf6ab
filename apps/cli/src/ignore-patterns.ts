/*
 * Patterns in gitignore syntax (a `.gitignore`, the configuration's `ignore` list), matched
 * without regular expressions. A repository is hostile: `a/**\/**\/**\/…/b` or `a/**\/d*\/**\/d*\/…`
 * turned into a regular expression backtracks exponentially on a deep folder (minutes per path
 * with the `ignore` package). Here `**` runs collapse (they mean the same), and matching is the
 * classic wildcard walk that backs up only to the last star: at most (pattern × path) steps,
 * names within a segment and segments within a path alike.
 */

/** Case is ignored, as it was with the `ignore` package cpskit used before (and git on macOS and Windows). */
const fold = (text: string) => text.toLowerCase();

/** One character of a name, or a star (any run of characters but `/`). */
type NameToken = { readonly star: true } | { readonly star: false; readonly test: (char: string) => boolean };
/** One segment of a pattern: `**` (any number of folders, none included), or a glob for one name. */
type Segment = { readonly anyDepth: true } | { readonly anyDepth: false; readonly name: readonly NameToken[] };

export interface IgnoreRule {
  /** The pattern once normalised: anchored, without its `!` and trailing `/`, `**` runs collapsed. */
  readonly source: string;
  /** `!pattern`: what it matches is not ignored after all. */
  readonly negated: boolean;
  /** `pattern/`: matches folders only. */
  readonly dirOnly: boolean;
  readonly segments: readonly Segment[];
}

const POSIX_CLASSES: Readonly<Record<string, RegExp>> = {
  alnum: /[\p{L}\p{N}]/u,
  alpha: /\p{L}/u,
  blank: /[ \t]/,
  cntrl: /\p{Cc}/u,
  digit: /[0-9]/,
  graph: /[^\s\p{Cc}]/u,
  lower: /\p{Ll}/u,
  print: /[^\p{Cc}]/u,
  punct: /\p{P}|\p{S}/u,
  space: /\s/,
  upper: /\p{Lu}/u,
  xdigit: /[0-9a-fA-F]/,
};

/** `[…]` starting at `start` (the `[`): its test and the index after its `]`, or undefined when it does not close. */
function readClass(chars: readonly string[], start: number): { test: (char: string) => boolean; next: number } | undefined {
  let i = start + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const parts: ((char: string) => boolean)[] = [];
  let first = true;
  while (i < chars.length) {
    let char = chars[i]!;
    if (char === ']' && !first) {
      const test = (candidate: string) => parts.some((part) => part(candidate) || part(candidate.toUpperCase()) || part(candidate.toLowerCase()));
      return { test: negated ? (candidate) => !test(candidate) : test, next: i + 1 };
    }
    first = false;
    if (char === '[' && chars[i + 1] === ':') {
      const close = chars.indexOf(':', i + 2);
      const name = close > 0 && chars[close + 1] === ']' ? chars.slice(i + 2, close).join('') : undefined;
      if (name !== undefined && POSIX_CLASSES[name]) {
        const pattern = POSIX_CLASSES[name];
        parts.push((candidate) => pattern.test(candidate));
        i = close + 2;
        continue;
      }
    }
    if (char === '\\' && i + 1 < chars.length) char = chars[++i]!;
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let high = chars[i + 2]!;
      let after = i + 3;
      if (high === '\\' && i + 3 < chars.length) {
        high = chars[i + 3]!;
        after = i + 4;
      }
      const low = char;
      parts.push((candidate) => low <= candidate && candidate <= high);
      i = after;
      continue;
    }
    const literal = char;
    parts.push((candidate) => candidate === literal);
    i++;
  }
  return undefined;
}

/** A glob for one name: `*`, `?`, `[…]`, `\x`; consecutive stars are one star. */
function compileName(text: string): NameToken[] {
  const chars = Array.from(text);
  const tokens: NameToken[] = [];
  let bracket: ReturnType<typeof readClass>;
  for (let i = 0; i < chars.length;) {
    const char = chars[i]!;
    if (char === '*') {
      if (!tokens[tokens.length - 1]?.star) tokens.push({ star: true });
      i++;
    } else if (char === '?') {
      tokens.push({ star: false, test: () => true });
      i++;
    } else if (char === '[' && (bracket = readClass(chars, i))) {
      tokens.push({ star: false, test: bracket.test });
      i = bracket.next;
    } else {
      const literal = fold(char === '\\' && i + 1 < chars.length ? chars[++i]! : char);
      tokens.push({ star: false, test: (candidate) => fold(candidate) === literal });
      i++;
    }
  }
  return tokens;
}

/**
 * Whether `items` match `pattern`, where a star stands for any run of items and every other
 * token for one item. Greedy, backing up only to the last star seen: O(pattern × items).
 */
function wildMatch<T, I>(pattern: readonly T[], items: readonly I[], isStar: (token: T) => boolean, matches: (token: T, item: I) => boolean): boolean {
  let p = 0;
  let i = 0;
  let star = -1;
  let resume = 0;
  while (i < items.length) {
    const token = pattern[p];
    if (token !== undefined && isStar(token)) {
      star = p++;
      resume = i;
    } else if (token !== undefined && matches(token, items[i]!)) {
      p++;
      i++;
    } else if (star >= 0) {
      p = star + 1;
      i = ++resume;
    } else return false;
  }
  while (p < pattern.length && isStar(pattern[p]!)) p++;
  return p === pattern.length;
}

function nameMatches(tokens: readonly NameToken[], name: string): boolean {
  return wildMatch(
    tokens,
    Array.from(name),
    (token) => token.star,
    (token, char) => !token.star && token.test(char),
  );
}

/** Strips the trailing spaces git strips: those not escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') {
    let backslashes = 0;
    for (let i = end - 2; i >= 0 && line[i] === '\\'; i--) backslashes++;
    if (backslashes % 2 === 1) break;
    end--;
  }
  return line.slice(0, end);
}

/** Reads one line of gitignore syntax; undefined for a blank line or a comment. */
export function compileIgnorePattern(line: string): IgnoreRule | undefined {
  let pattern = trimTrailingSpaces(line.replace(/\r$/, ''));
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  const dirOnly = pattern.endsWith('/');
  pattern = pattern.replace(/\/+$/, '');
  if (pattern === '') return undefined;
  // A slash before the end anchors the pattern to its file's folder; else it matches at any depth.
  const anchored = pattern.includes('/');
  const raw = pattern.replace(/^\//, '').split('/');
  if (!anchored) raw.unshift('**');
  const collapsed = raw.filter((segment, i) => !(segment === '**' && raw[i - 1] === '**'));
  // A trailing `/**` is everything inside (at least one more name), not the folder itself.
  if (collapsed.length > 1 && collapsed[collapsed.length - 1] === '**') collapsed.splice(collapsed.length - 1, 1, '*', '**');
  const segments: Segment[] = collapsed.map((segment) => (segment === '**' ? { anyDepth: true } : { anyDepth: false, name: compileName(segment) }));
  return { source: collapsed.join('/'), negated, dirOnly, segments };
}

/** Whether a rule matches a path (its names, from the pattern file's folder), a folder when `isFolder`. */
function ruleMatches(rule: IgnoreRule, names: readonly string[], isFolder: boolean): boolean {
  if (rule.dirOnly && !isFolder) return false;
  return wildMatch(
    rule.segments,
    names,
    (segment) => segment.anyDepth,
    (segment, name) => !segment.anyDepth && nameMatches(segment.name, name),
  );
}

/** What a list of patterns says of a path: `ignored`, or `unignored` (a `!pattern` matched last), or neither. */
export interface IgnoreVerdict {
  readonly ignored: boolean;
  readonly unignored: boolean;
}

/** The patterns of one `.gitignore` (or one configuration's `ignore` list), in order: the last that matches decides. */
export class IgnoreList {
  readonly rules: readonly IgnoreRule[];
  private readonly folders = new Map<string, boolean>();

  constructor(patterns: string | readonly string[]) {
    const lines = typeof patterns === 'string' ? patterns.split(/\r?\n/) : patterns;
    this.rules = lines.map(compileIgnorePattern).filter((rule): rule is IgnoreRule => rule !== undefined);
  }

  private last(names: readonly string[], isFolder: boolean): IgnoreRule | undefined {
    for (let i = this.rules.length - 1; i >= 0; i--) if (ruleMatches(this.rules[i]!, names, isFolder)) return this.rules[i];
    return undefined;
  }

  /**
   * The verdict on a `/`-separated path relative to the patterns' folder. As in git, nothing
   * inside an ignored folder can be taken back by a `!pattern`.
   */
  test(relative: string, isFolder: boolean): IgnoreVerdict {
    const names = relative.split('/').filter((name) => name !== '');
    for (let depth = 1; depth < names.length; depth++) {
      const key = names.slice(0, depth).join('/');
      let ignored = this.folders.get(key);
      if (ignored === undefined) {
        ignored = this.last(names.slice(0, depth), true)?.negated === false;
        this.folders.set(key, ignored);
      }
      if (ignored) return { ignored: true, unignored: false };
    }
    const rule = this.last(names, isFolder);
    return { ignored: rule?.negated === false, unignored: rule?.negated === true };
  }

  ignores(relative: string, isFolder: boolean): boolean {
    return this.test(relative, isFolder).ignored;
  }
}
