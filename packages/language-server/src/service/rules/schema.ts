import {
  DURATION_PATTERN,
  ID_PATTERN,
  activitySchema,
  isPlaceholder,
  joinAlternatives,
  joinList,
  manualSchema,
  nearest,
  sessionSchema,
  valueForFrenchWord,
  type Locale,
  type Localized,
} from '@cpskit/core';
import { z } from 'zod';
import { nodeAtPath, toPlain, type YMap, type YNode, type YPair, type YSeq } from '../parse/tree.js';
import { objectKeys, schemaAtPath } from '../schema/zod-walk.js';
import { withoutStackTraces } from '../text/without-stack-traces.js';
import { defineRule, type Report } from './rule.js';
import { QUOTE_TITLE, quoted } from './yaml-syntax.js';

const messages = {
  'unknown-key': {
    en: 'Unknown key "{key}" in {where}. Did you mean "{suggestion}"?',
    fr: 'Clé inconnue « {key} » dans {where}. Vouliez-vous dire « {suggestion} » ?',
  },
  'unknown-key-list': {
    en: 'Unknown key "{key}" in {where}. The keys allowed here are: {allowed}.',
    fr: 'Clé inconnue « {key} » dans {where}. Les clés possibles ici sont : {allowed}.',
  },
  'missing-key': {
    en: 'The required key "{key}" is missing from {where}; add it.',
    fr: 'Il manque la clé obligatoire « {key} » dans {where} ; ajoutez-la.',
  },
  'missing-keys': {
    en: 'The required keys {keys} are missing from {where}; add them.',
    fr: 'Il manque les clés obligatoires {keys} dans {where} ; ajoutez-les.',
  },
  'wrong-type': {
    en: 'Expected {expected} here, found {found}.',
    fr: 'Ici, il faut {expected} ; on trouve {found}.',
  },
  'needs-quotes': {
    en: 'Expected a text here, but YAML reads {written} as {found}; put it between quotes: "{written}".',
    fr: 'Ici, il faut un texte, mais YAML lit {written} comme {found} ; mettez-le entre guillemets : "{written}".',
  },
  'bad-value': {
    en: '"{value}" is not a value allowed for {where}. Did you mean "{suggestion}"?',
    fr: '« {value} » n’est pas une valeur possible pour {where}. Vouliez-vous dire « {suggestion} » ?',
  },
  'french-value': {
    en: '"{value}" is French; {where} takes the format’s English values. Did you mean "{suggestion}"?',
    fr: '«\u00a0{value}\u00a0» est un mot français\u00a0; {where} prend les valeurs anglaises du format. Vouliez-vous dire «\u00a0{suggestion}\u00a0»\u00a0?',
  },
  'colon-in-text': {
    en: 'Expected a text here, but YAML reads "{written}" as a key and its value, because of the colon followed by a space. Put the whole text between quotes.',
    fr: 'Ici, il faut un texte, mais YAML lit «\u00a0{written}\u00a0» comme une clé et sa valeur, à cause des deux-points suivis d’une espace. Mettez tout le texte entre guillemets.',
  },
  'bad-value-list': {
    en: '"{value}" is not a value allowed for {where}. Allowed values: {allowed}.',
    fr: '« {value} » n’est pas une valeur possible pour {where}. Valeurs possibles : {allowed}.',
  },
  version: {
    en: 'This version of cpskit reads manuals of format version 1; write "version: 1".',
    fr: 'Cette version de cpskit lit les manuels au format version 1 ; écrivez « version: 1 ».',
  },
  'empty-list': {
    en: 'The list {where} is empty; give at least one item.',
    fr: 'La liste {where} est vide ; donnez au moins un élément.',
  },
  'empty-text': {
    en: 'The text {where} is empty; write it or remove the key.',
    fr: 'Le texte {where} est vide ; rédigez-le ou supprimez la clé.',
  },
  'too-small': {
    en: '{value} is too small for {where}: the minimum is {limit}.',
    fr: '{value} est trop petit pour {where} : le minimum est {limit}.',
  },
  'too-big': {
    en: '{value} is too large for {where}: the maximum is {limit}.',
    fr: '{value} est trop grand pour {where} : le maximum est {limit}.',
  },
  'not-positive': {
    en: '{where} must be more than 0; found {value}.',
    fr: '{where} doit être supérieur à 0 ; on trouve {value}.',
  },
  'not-integer': {
    en: '{where} is a whole number; found {value}.',
    fr: '{where} est un nombre entier ; on trouve {value}.',
  },
  'bad-id': {
    en: '"{value}" is not a valid id: use letters, digits, "-", "_" or "." without spaces or accents.',
    fr: '« {value} » n’est pas un identifiant valide : utilisez des lettres, des chiffres, « - », « _ » ou « . », sans espaces ni accents.',
  },
  'bad-duration': {
    en: '"{value}" is not a duration: write a number of minutes (45) or a text such as 10min, 1h or 1h30.',
    fr: '« {value} » n’est pas une durée : écrivez un nombre de minutes (45) ou un texte comme 10min, 1h ou 1h30.',
  },
  'empty-document': {
    en: 'The file is empty. A manual starts with "version: 1", then the sections "program" and "activities".',
    fr: 'Le fichier est vide. Un manuel commence par « version: 1 », puis les sections « program » et « activities ».',
  },
  'not-a-manual': {
    en: 'A manual is a set of sections (version, program, activities...), not {found}.',
    fr: 'Un manuel est un ensemble de sections (version, program, activities...), pas {found}.',
  },
} satisfies Record<string, Localized>;

type MessageId = keyof typeof messages;

const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  string: { en: 'a text', fr: 'un texte' },
  number: { en: 'a number', fr: 'un nombre' },
  int: { en: 'a whole number', fr: 'un nombre entier' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list', fr: 'une liste' },
  object: { en: 'a section (keys with their values)', fr: 'une section (des clés avec leurs valeurs)' },
  null: { en: 'nothing', fr: 'rien' },
};

export default defineRule<MessageId>({
  meta: {
    id: 'schema',
    category: 'structure',
    description: {
      en: 'The manual has the shape of the cpskit manual format: known keys, required keys, values of the right kind.',
      fr: 'Le manuel a la forme du format de manuel cpskit : clés connues, clés obligatoires, valeurs du bon type.',
    },
    severity: 'error',
    messages,
  },
  check({ parsed, report, locale }) {
    const root = parsed.root;
    if (root === null) {
      if (parsed.problems.length === 0) {
        const end = Math.min(parsed.text.length, parsed.lines.lineEnd(0));
        report({ messageId: 'empty-document', start: 0, end });
      }
      return;
    }
    if (root.kind !== 'map') {
      report({ messageId: 'not-a-manual', args: { found: describeFound(root, locale) }, start: root.start, end: root.end });
      return;
    }
    // A text the library could not read is not the manual its author wrote: checking its
    // shape would mostly report consequences of the syntax error.
    if (!parsed.expandable || parsed.problems.some((problem) => problem.kind === 'syntax' || problem.kind === 'too-deep')) return;
    const issues = withoutStackTraces(() => schemaIssues(root, parsed.text));
    if (issues.length === 0) return;
    new IssueReporter(root, parsed.text, report, locale).reportAll(issues);
  },
});

/** The lists whose items are checked one by one, so that an issue is placed under its item. */
const ITEM_LISTS = { activities: activitySchema, sessions: sessionSchema } as const;

/** The manual's own shape, with the items of those lists left to their own check. */
const ROOT_SCHEMA = manualSchema.extend({ activities: z.array(z.unknown()).min(1), sessions: z.array(z.unknown()).optional() });

const verdictsByKind = new Map<string, readonly z.core.$ZodIssue[]>();

/**
 * zod's issues for the whole manual: its own keys checked in one go, then each item of the
 * long lists on its own (each item's issues are placed under its index).
 */
function schemaIssues(root: YMap, text: string): z.core.$ZodIssue[] {
  const lists = new Map<string, YSeq>();
  const plain: Record<string, unknown> = {};
  for (const pair of root.pairs) {
    const key = String(pair.key.value);
    if (Object.hasOwn(plain, key)) continue;
    const value = pair.value;
    if (key in ITEM_LISTS && value?.kind === 'seq') {
      lists.set(key, value);
      plain[key] = value.items.map(() => null);
    } else Object.defineProperty(plain, key, { value: toPlain(value), enumerable: true, writable: true, configurable: true });
  }
  const result = ROOT_SCHEMA.safeParse(plain);
  const issues: z.core.$ZodIssue[] = result.success ? [] : [...result.error.issues];
  for (const [key, seq] of lists) {
    const schema = ITEM_LISTS[key as keyof typeof ITEM_LISTS];
    seq.items.forEach((item, index) => {
      // An item that is no map fails the same way whatever it holds: zod is asked once per kind.
      const kindKey = item.kind === 'map' ? undefined : `${key}:${item.kind}:${item.kind === 'scalar' ? typeof item.value : ''}`;
      const textKey = kindKey === undefined ? itemTextKey(key, item, text) : undefined;
      let verdict = kindKey !== undefined ? verdictsByKind.get(kindKey) : textKey !== undefined ? verdictsByText.get(textKey) : undefined;
      if (!verdict) {
        const checked = schema.safeParse(toPlain(item));
        verdict = checked.success ? [] : checked.error.issues;
        if (kindKey !== undefined) verdictsByKind.set(kindKey, verdict);
        else if (textKey !== undefined) rememberVerdict(textKey, verdict);
      }
      for (const issue of verdict) issues.push({ ...issue, path: [key, index, ...issue.path] });
    });
  }
  return issues;
}

/**
 * zod's verdicts on the items of the long lists, remembered by the item's text. In the editor,
 * every keystroke checks the whole manual again, and all its activities and sessions but one are
 * the same text as a moment before: on the 5,000-line manual of `pnpm bench`, asking zod again
 * about each was a tenth of the server's time per edit.
 */
const verdictsByText = new Map<string, readonly z.core.$ZodIssue[]>();
const MAX_REMEMBERED_VERDICTS = 20_000;

/**
 * What decides an item's verdict, when its text alone does: the list, the column it starts at
 * and its text. An item with an alias (`*`) or a merge key (`<<`) holds what is written elsewhere,
 * and is asked about every time.
 */
function itemTextKey(list: string, item: YNode, text: string): string | undefined {
  const written = text.slice(item.start, item.end);
  if (written.includes('*') || written.includes('<<')) return undefined;
  const column = item.start - (text.lastIndexOf('\n', item.start - 1) + 1);
  return `${list}:${column}:${written}`;
}

function rememberVerdict(key: string, verdict: readonly z.core.$ZodIssue[]): void {
  if (verdictsByText.size >= MAX_REMEMBERED_VERDICTS) verdictsByText.clear();
  // A copy, not the slice of the manual's text that the key was made from, which would keep each
  // version of the document alive as long as its key.
  verdictsByText.set(Buffer.from(key, 'utf16le').toString('utf16le'), verdict);
}

/** A section of the manual as the reports about its keys see it. */
interface Section {
  readonly isMap: boolean;
  /** The keys the schema allows in it. */
  readonly known: readonly string[];
  /** Those not written in it: what a misspelt key may have meant. */
  readonly absent: readonly string[];
  /** The first pair of each key written in it. */
  readonly firstPairs: ReadonlyMap<string, YPair>;
}

class IssueReporter {
  private readonly reported = new Set<string>();

  constructor(
    private readonly root: YNode,
    private readonly text: string,
    private readonly report: Report<MessageId>,
    private readonly locale: Locale,
  ) {}

  private readonly missing = new Map<string, { path: readonly PropertyKey[]; keys: string[] }>();
  /** Places already reported: a wrong value inside an anchor is met once per alias, but written once. */
  private readonly places = new Set<string>();
  private readonly sections = new Map<string, Section>();

  reportAll(issues: readonly z.core.$ZodIssue[]): void {
    // A misspelt key shows in zod as an unknown key plus a missing one: the first finding says both.
    const suggested = new Set<string>();
    for (const issue of issues) {
      if (issue.code !== 'unrecognized_keys') continue;
      for (const key of issue.keys) {
        const suggestion = this.suggestKey(issue.path, key);
        if (suggestion) suggested.add(pathKey([...issue.path, suggestion]));
      }
    }
    for (const issue of issues) {
      if (issue.code === 'invalid_type' && suggested.has(pathKey(issue.path)) && !nodeAtPath(this.root, issue.path)) continue;
      this.reportIssue(issue, issue.path);
    }
    for (const { path, keys } of this.missing.values()) this.reportMissing(path, keys);
  }

  private reportIssue(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): void {
    const key = pathKey(path);
    if (issue.code !== 'unrecognized_keys' && this.reported.has(key)) return;
    if (issue.code !== 'unrecognized_keys') this.reported.add(key);
    const found = nodeAtPath(this.root, path);
    if (issue.code !== 'unrecognized_keys' && holdsPlace(found?.node, path)) return;
    // Named only when a message says it: most issues of a long list are past the limit of findings.
    const where = () => describePath(path, this.locale);
    // However zod words it (a missing enum or literal is an invalid value to it), nothing
    // written at the path means a missing key.
    if (!found && issue.code !== 'unrecognized_keys' && path.length > 0 && typeof path[path.length - 1] === 'string') {
      this.missingKey(path);
      return;
    }

    switch (issue.code) {
      case 'unrecognized_keys':
        for (const name of issue.keys) this.unknownKey(path, name);
        return;
      case 'invalid_union': {
        // Prefer a branch whose type matched, so the person hears what is wrong with the value.
        const branch = issue.errors.find((errors) => errors.some((inner) => inner.code !== 'invalid_type'));
        if (branch) {
          this.reported.delete(key);
          for (const inner of branch) this.reportIssue(inner, [...path, ...inner.path]);
          return;
        }
        const expected = issue.errors
          .flat()
          .map((inner) => (inner.code === 'invalid_type' ? typeName(inner.expected, this.locale) : undefined))
          .filter((name): name is string => name !== undefined);
        this.at(path, 'wrong-type', { expected: orList(expected, this.locale), found: describeFound(found?.node ?? null, this.locale) });
        return;
      }
      case 'invalid_type': {
        if (!found) {
          this.missingKey(path);
          return;
        }
        const node = found.node;
        const colon = issue.expected === 'string' ? this.colonInText(node) : undefined;
        if (colon) {
          if (this.places.has(`${colon.start}:colon`)) return;
          this.places.add(`${colon.start}:colon`);
          this.report({
            messageId: 'colon-in-text',
            args: { written: colon.written },
            start: colon.start,
            end: colon.end,
            fix: { title: QUOTE_TITLE, edits: [{ start: colon.start, end: colon.end, newText: quoted(colon.written) }], safe: true },
          });
          return;
        }
        if (issue.expected === 'int' && node?.kind === 'scalar' && typeof node.value === 'number') {
          this.at(path, 'not-integer', { where: where(), value: node.value });
          return;
        }
        this.at(path, 'wrong-type', { expected: typeName(issue.expected, this.locale), found: describeFound(node, this.locale) });
        return;
      }
      case 'invalid_value': {
        const value = found?.node?.kind === 'scalar' ? String(found.node.value) : '';
        if (path.length === 1 && path[0] === 'version') {
          this.at(path, 'version', {});
          return;
        }
        const allowed = issue.values.map(String);
        // « atelier » is no typo of `workshop`: the French word is looked up before the spelling.
        const french = valueForFrenchWord(value, allowed);
        if (french) {
          this.at(path, 'french-value', { value, where: where(), suggestion: french }, french);
          return;
        }
        const suggestion = nearest(value, allowed);
        if (suggestion) this.at(path, 'bad-value', { value, where: where(), suggestion }, suggestion);
        else this.at(path, 'bad-value-list', { value, where: where(), allowed: allowed.join(', ') });
        return;
      }
      case 'too_small': {
        const value = found?.node?.kind === 'scalar' ? String(found.node.value) : '';
        if (issue.origin === 'array') this.at(path, 'empty-list', { where: where() });
        else if (issue.origin === 'string') this.at(path, 'empty-text', { where: where() });
        else if (Number(issue.minimum) === 0 && !issue.inclusive) this.at(path, 'not-positive', { where: where(), value });
        else this.at(path, 'too-small', { where: where(), value, limit: Number(issue.minimum) });
        return;
      }
      case 'too_big': {
        const value = found?.node?.kind === 'scalar' ? String(found.node.value) : '';
        this.at(path, 'too-big', { where: where(), value, limit: Number(issue.maximum) });
        return;
      }
      case 'invalid_format': {
        const value = found?.node?.kind === 'scalar' ? String(found.node.value) : '';
        const pattern = 'pattern' in issue ? String(issue.pattern) : '';
        this.at(path, pattern.includes(DURATION_PATTERN) ? 'bad-duration' : pattern.includes(ID_PATTERN) ? 'bad-id' : 'wrong-type', {
          value,
          expected: typeName('string', this.locale),
          found: describeFound(found?.node ?? null, this.locale),
        });
        return;
      }
      default:
        this.at(path, 'wrong-type', { expected: issue.message, found: describeFound(found?.node ?? null, this.locale) });
    }
  }

  /**
   * A text that YAML read as a one-key map because of « : » (`- Objectif : nommer ses émotions`),
   * written on one line: the text as written, to quote. Undefined for anything else.
   */
  private colonInText(node: YNode | null | undefined): { start: number; end: number; written: string } | undefined {
    if (node?.kind !== 'map' || node.aliasOf || node.pairs.length !== 1) return undefined;
    const [pair] = node.pairs;
    if (typeof pair!.key.value !== 'string' || (pair!.value !== null && (pair!.value.kind !== 'scalar' || typeof pair!.value.value !== 'string'))) return undefined;
    const end = pair!.value && pair!.value.end > pair!.key.end ? pair!.value.end : pair!.key.end + 1;
    const written = this.text.slice(pair!.key.start, end).trimEnd();
    if (/[\r\n]/.test(written) || /^["'{[]/.test(written)) return undefined;
    return { start: pair!.key.start, end: pair!.key.start + written.length, written };
  }

  private suggestKey(path: readonly PropertyKey[], key: string): string | undefined {
    return nearest(key, this.section(path).absent);
  }

  /**
   * What the reports about one section's keys need, read once per section: a section with
   * thousands of unknown keys would otherwise be read again for each of them.
   */
  private section(path: readonly PropertyKey[]): Section {
    const id = pathKey(path);
    let section = this.sections.get(id);
    if (!section) {
      const known = objectKeys(schemaAtPath(manualSchema, path));
      const parent = nodeAtPath(this.root, path)?.node;
      const firstPairs = new Map<string, YPair>();
      if (parent?.kind === 'map') for (const pair of parent.pairs) if (!firstPairs.has(String(pair.key.value))) firstPairs.set(String(pair.key.value), pair);
      section = { isMap: parent?.kind === 'map', known, absent: known.filter((name) => !firstPairs.has(name)), firstPairs };
      this.sections.set(id, section);
    }
    return section;
  }

  private unknownKey(path: readonly PropertyKey[], name: string): void {
    const section = this.section(path);
    if (!section.isMap) return;
    const pair = section.firstPairs.get(name);
    if (!pair) return;
    const where = describePath(path, this.locale);
    const suggestion = this.suggestKey(path, name);
    const range = { start: pair.key.start, end: pair.key.end };
    if (suggestion) this.report({ messageId: 'unknown-key', args: { key: name, where, suggestion }, ...range });
    else this.report({ messageId: 'unknown-key-list', args: { key: name, where, allowed: section.known.join(', ') }, ...range });
  }

  /** Missing keys are gathered per section: an incomplete section is one finding. */
  private missingKey(path: readonly PropertyKey[]): void {
    const parentPath = path.slice(0, -1);
    const id = pathKey(parentPath);
    const entry = this.missing.get(id) ?? { path: parentPath, keys: [] };
    entry.keys.push(String(path[path.length - 1]));
    this.missing.set(id, entry);
  }

  private reportMissing(parentPath: readonly PropertyKey[], keys: readonly string[]): void {
    const parent = nodeAtPath(this.root, parentPath);
    if (!parent) return;
    // Point at the key that opens the section ("program:"), which is where the reader looks.
    // For the manual itself, its first key stands for it.
    const anchor = parent.pair ? parent.pair.key : parent.node?.kind === 'map' ? (parent.node.pairs[0]?.key ?? parent.node) : parent.node;
    if (!anchor) return;
    const start = anchor.start;
    const end = anchor.kind === 'map' ? start : anchor.end;
    const where = describePath(parentPath, this.locale);
    const quoted = keys.map((key) => (this.locale === 'fr' ? `« ${key} »` : `"${key}"`));
    if (keys.length === 1) this.report({ messageId: 'missing-key', args: { key: keys[0]!, where }, start, end });
    else this.report({ messageId: 'missing-keys', args: { keys: joinList(quoted, this.locale), where }, start, end });
  }

  /** Reports at the value, or at its key when the value is empty (`title:` and nothing after). */
  private at(path: readonly PropertyKey[], messageId: MessageId, args: Record<string, string | number>, replacement?: string): void {
    const found = nodeAtPath(this.root, path);
    if (!found) return;
    const valueIsEmpty = found.node === null || (found.node.kind === 'scalar' && found.node.value === null && found.node.start === found.node.end);
    const target = valueIsEmpty && found.pair ? found.pair.key : found.node;
    if (!target) return;
    const place = `${target.start}:${target.end}:${messageId}`;
    if (this.places.has(place)) return;
    this.places.add(place);
    if (
      messageId === 'wrong-type' &&
      target.kind === 'scalar' &&
      typeof target.value !== 'string' &&
      target.value !== null &&
      args['expected'] === typeName('string', this.locale)
    ) {
      // `id: 6e-1` is a number and `title: yes` may be a boolean to YAML: the cure is quotes.
      const written = this.text.slice(target.start, target.end);
      this.report({ messageId: 'needs-quotes', args: { ...args, written }, start: target.start, end: target.end });
      return;
    }
    // A value reached through an alias is replaced where its anchor wrote it, once for all its uses.
    const fix =
      replacement !== undefined && target.kind === 'scalar' && !target.aliasOf
        ? {
            title: { en: 'Replace with "{suggestion}"', fr: 'Remplacer par «\u00a0{suggestion}\u00a0»' },
            args: { suggestion: replacement },
            edits: [{ start: target.start, end: target.end, newText: replacement }],
          }
        : undefined;
    this.report({ messageId, args, start: target.start, end: target.end, ...(fix ? { fix } : {}) });
  }
}

/** The manual's identity: a placeholder there is a schema error, since nothing can name the manual. */
const IDENTITY = new Set(['version', 'program\u0000id']);

/**
 * A text that holds a place (`level: À COMPLÉTER`, `frequency: TODO`) where a number, a value
 * of a list or a boolean is expected: the `placeholder` rule reports it, saying what to write,
 * and the schema does not say it twice. Only the manual's identity keeps its schema error.
 */
function holdsPlace(node: YNode | null | undefined, path: readonly PropertyKey[]): boolean {
  return node?.kind === 'scalar' && typeof node.value === 'string' && isPlaceholder(node.value) && !IDENTITY.has(pathKey(path));
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}

/** A path as a reader names it: `program › ages › min`, `activities › #3 › title`. */
export function describePath(path: readonly PropertyKey[], locale: Locale): string {
  if (path.length === 0) return locale === 'fr' ? 'le manuel' : 'the manual';
  const named = path.map((step) => (typeof step === 'number' ? `#${step + 1}` : String(step))).join(' › ');
  return `"${named}"`.replace(/^"(.*)"$/, locale === 'fr' ? '« $1 »' : '"$1"');
}

function typeName(expected: string, locale: Locale): string {
  return TYPE_NAMES[expected]?.[locale] ?? expected;
}

function orList(items: readonly string[], locale: Locale): string {
  return joinAlternatives([...new Set(items)], locale);
}

function describeFound(node: YNode | null, locale: Locale): string {
  if (node === null) return TYPE_NAMES['null']![locale];
  switch (node.kind) {
    case 'map':
      return TYPE_NAMES['object']![locale];
    case 'seq':
      return TYPE_NAMES['array']![locale];
    case 'scalar': {
      const { value } = node;
      if (value === null) return TYPE_NAMES['null']![locale];
      if (typeof value === 'string') return locale === 'fr' ? `le texte « ${clip(value)} »` : `the text "${clip(value)}"`;
      if (typeof value === 'number') return locale === 'fr' ? `le nombre ${value}` : `the number ${value}`;
      return String(value);
    }
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
