import { LOCALES, nearest, localize, type Locale, type Localized } from '@cpskit/core';
import type { z } from 'zod';
import { parseManual } from '../parse/parse-manual.js';
import { isMap, isScalar, isSeq, nodeAtPath, pairOf, toPlain, type YMap, type YNode } from '../parse/tree.js';
import { RULE_METAS, findRuleMeta } from '../rules/registry.js';
import type { Preset } from '../rules/rule.js';
import type { Range } from '../text/line-index.js';
import type { RuleSettingInput, RuleSeverity } from './rule-settings.js';

/** The names a configuration file can have; the nearest one above a manual applies. */
export const CONFIG_FILE_NAMES = ['cps.config.yaml', 'cps.config.yml'] as const;

/** A configuration once its `extends` are followed: what the engine runs with. */
export interface ResolvedConfig {
  readonly preset: Preset;
  readonly locale?: Locale;
  readonly rules: Readonly<Record<string, RuleSettingInput>>;
  /** Patterns of files not to check (gitignore syntax), each with the file that gave it: they are relative to its folder. */
  readonly ignore: readonly { readonly file: string; readonly patterns: readonly string[] }[];
  /** The files read, the first one being the one asked for. */
  readonly files: readonly string[];
}

export interface ConfigError {
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

/** Reads a file for `extends`; returns undefined when it does not exist. Only data is read, never run. */
export type ReadConfigFile = (path: string) => string | undefined;

/**
 * Joins a relative `extends` path to the folder of the file that names it; undefined when the
 * path leads out of what a configuration may reach (the repository, or the folder being checked).
 */
export type ResolvePath = (fromFile: string, relative: string) => string | undefined;

const SEVERITIES: readonly RuleSeverity[] = ['off', 'info', 'warning', 'error'];
const PRESETS: Readonly<Record<string, Preset>> = { 'cpskit:recommended': 'recommended', 'cpskit:strict': 'strict' };
const TOP_KEYS = ['extends', 'locale', 'rules', 'ignore'] as const;

const M = {
  duplicate: {
    en: 'The key "{key}" is already given above; only the first one would be read. Merge the two.',
    fr: 'La clé « {key} » figure déjà plus haut ; seule la première serait lue. Fusionnez-les.',
  },
  notAMap: {
    en: 'A configuration is a set of keys: extends, locale, rules, ignore.',
    fr: 'Une configuration est un ensemble de clés : extends, locale, rules, ignore.',
  },
  badIgnore: {
    en: '"ignore" is a list of patterns of files not to check, such as "brouillons/" or "**/*.old.cps.yaml".',
    fr: '« ignore » est une liste de motifs de fichiers à ne pas vérifier, comme « brouillons/ » ou « **/*.old.cps.yaml ».',
  },
  syntax: { en: 'This is not valid YAML: {detail}', fr: 'Ce n’est pas du YAML valide : {detail}' },
  unknownKey: {
    en: 'Unknown key "{key}" in the configuration; the keys are extends, locale, rules and ignore.{hint}',
    fr: 'Clé inconnue « {key} » dans la configuration ; les clés sont extends, locale, rules et ignore.{hint}',
  },
  hint: { en: ' Did you mean "{suggestion}"?', fr: ' Vouliez-vous dire « {suggestion} » ?' },
  badLocale: { en: '"locale" is fr or en, not "{value}".', fr: '« locale » vaut fr ou en, pas « {value} ».' },
  badExtends: {
    en: '"extends" takes cpskit:recommended, cpskit:strict or the path of another configuration file (.yaml), not "{value}".',
    fr: '« extends » prend cpskit:recommended, cpskit:strict ou le chemin d’un autre fichier de configuration (.yaml), pas « {value} ».',
  },
  outside: {
    en: '"extends" reaches only the configuration files of the repository (or cpskit:recommended, cpskit:strict); "{value}" is outside it and is not read.',
    fr: '«\u00a0extends\u00a0» n’atteint que les fichiers de configuration du dépôt (ou cpskit:recommended, cpskit:strict)\u00a0; «\u00a0{value}\u00a0» est en dehors et n’est pas lu.',
  },
  missingFile: { en: 'The configuration file "{value}" named in "extends" does not exist.', fr: 'Le fichier de configuration « {value} » cité dans « extends » n’existe pas.' },
  cycle: { en: '"{value}" extends itself, through: {chain}.', fr: '« {value} » s’étend lui-même, par : {chain}.' },
  notRules: { en: '"rules" is a set of rule ids with their severity.', fr: '« rules » est un ensemble d’identifiants de règles avec leur gravité.' },
  unknownRule: {
    en: 'Unknown rule "{rule}".{hint} "cps rules" lists the rules.',
    fr: 'Règle inconnue « {rule} ».{hint} « cps rules » liste les règles.',
  },
  badSeverity: {
    en: 'The severity of "{rule}" is off, info, warning or error, not "{value}".',
    fr: 'La gravité de « {rule} » vaut off, info, warning ou error, pas « {value} ».',
  },
  badSetting: {
    en: '"{rule}" takes a severity (off, info, warning, error) or the keys severity and options.',
    fr: '« {rule} » prend une gravité (off, info, warning, error) ou les clés severity et options.',
  },
  noOptions: { en: 'The rule "{rule}" has no options.', fr: 'La règle « {rule} » n’a pas d’options.' },
  badOption: {
    en: 'Option "{option}" of "{rule}": {detail}',
    fr: 'Option « {option} » de « {rule} » : {detail}',
  },
  unknownOptionSuggest: {
    en: 'The rule "{rule}" has no option "{option}". Did you mean "{suggestion}"?',
    fr: 'La règle «\u00a0{rule}\u00a0» n’a pas d’option «\u00a0{option}\u00a0». Vouliez-vous dire «\u00a0{suggestion}\u00a0»\u00a0?',
  },
  unknownOption: {
    en: 'The rule "{rule}" has no option "{option}"; its options are: {known}.',
    fr: 'La règle « {rule} » n’a pas d’option « {option} » ; ses options sont : {known}.',
  },
} satisfies Record<string, Localized>;

/**
 * Reads a configuration file and the files it extends. Configuration is data only:
 * nothing in it is executed, and `extends` reads other YAML files, nothing else.
 */
export function resolveConfig(
  file: string,
  text: string,
  readFile: ReadConfigFile,
  resolvePath: ResolvePath,
  locale: Locale = 'en',
): { config: ResolvedConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const files: string[] = [];
  let preset: Preset = 'recommended';
  let configLocale: Locale | undefined;
  const rules: Record<string, RuleSettingInput> = {};
  const ignore: { file: string; patterns: string[] }[] = [];

  const load = (path: string, source: string, chain: readonly string[]) => {
    files.push(path);
    const parsed = parseManual(source);
    const error = (node: { start: number; end: number }, message: Localized, args: Record<string, string | number> = {}) =>
      errors.push({ file: path, range: parsed.lines.rangeOf(node.start, node.end), message: localize(message, locale, args) });
    const syntax = parsed.problems.find((problem) => problem.kind !== 'duplicate-key');
    if (syntax) {
      error(syntax, M.syntax, { detail: syntax.detail ?? syntax.kind });
      return;
    }
    // A second "rules:" would silently lose one of the two: say so.
    for (const problem of parsed.problems) if (problem.kind === 'duplicate-key') error(problem, M.duplicate, { key: problem.key ?? '' });
    const root = parsed.root;
    if (root === null) return;
    if (!isMap(root)) {
      error(root, M.notAMap);
      return;
    }
    for (const pair of root.pairs) {
      const key = String(pair.key.value);
      if (!(TOP_KEYS as readonly string[]).includes(key)) {
        const suggestion = nearest(key, TOP_KEYS);
        error(pair.key, M.unknownKey, { key, hint: suggestion ? localize(M.hint, locale, { suggestion }) : '' });
      }
    }
    const extendsNode = root.pairs.find((pair) => pair.key.value === 'extends')?.value;
    const entries = isSeq(extendsNode) ? extendsNode.items : extendsNode ? [extendsNode] : [];
    for (const entry of entries) {
      const value = isScalar(entry) && typeof entry.value === 'string' ? entry.value : undefined;
      if (value && PRESETS[value]) {
        preset = PRESETS[value]!;
        continue;
      }
      if (!value || !/\.ya?ml$/i.test(value)) {
        error(entry, M.badExtends, { value: value ?? String(isScalar(entry) ? entry.value : '…') });
        continue;
      }
      const target = resolvePath(path, value);
      if (target === undefined) {
        error(entry, M.outside, { value });
        continue;
      }
      if (chain.includes(target)) {
        error(entry, M.cycle, { value, chain: [...chain, target].join(' → ') });
        continue;
      }
      const targetText = readFile(target);
      if (targetText === undefined) {
        error(entry, M.missingFile, { value });
        continue;
      }
      load(target, targetText, [...chain, target]);
    }
    const localeNode = root.pairs.find((pair) => pair.key.value === 'locale')?.value;
    if (localeNode) {
      const value = isScalar(localeNode) ? String(localeNode.value) : '';
      if ((LOCALES as readonly string[]).includes(value)) configLocale = value as Locale;
      else error(localeNode, M.badLocale, { value });
    }
    const ignoreNode = root.pairs.find((pair) => pair.key.value === 'ignore')?.value;
    if (ignoreNode) {
      const items = isSeq(ignoreNode) ? ignoreNode.items : [];
      const patterns = items.map((item) => (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '' ? item.value : undefined));
      if (!isSeq(ignoreNode) || patterns.some((pattern) => pattern === undefined)) error(ignoreNode, M.badIgnore);
      else ignore.push({ file: path, patterns: patterns as string[] });
    }
    const rulesNode = root.pairs.find((pair) => pair.key.value === 'rules')?.value;
    if (rulesNode) {
      if (!isMap(rulesNode)) error(rulesNode, M.notRules);
      else readRules(rulesNode, rules, error, locale);
    }
  };

  load(file, text, [file]);
  return { config: { preset, ...(configLocale ? { locale: configLocale } : {}), rules, ignore, files }, errors };
}

type ErrorAt = (node: { start: number; end: number }, message: Localized, args?: Record<string, string | number>) => void;

function readRules(node: YMap, rules: Record<string, RuleSettingInput>, error: ErrorAt, locale: Locale): void {
  const ids = RULE_METAS.map((meta) => meta.id);
  for (const pair of node.pairs) {
    const rule = String(pair.key.value);
    const meta = findRuleMeta(rule);
    if (!meta) {
      const suggestion = nearest(rule, ids);
      error(pair.key, M.unknownRule, { rule, hint: suggestion ? localize(M.hint, locale, { suggestion }) : '' });
      continue;
    }
    const value = pair.value;
    const readSeverity = (at: YNode | null): RuleSeverity | undefined => {
      const written = isScalar(at) ? String(at.value) : '';
      if ((SEVERITIES as readonly string[]).includes(written)) return written as RuleSeverity;
      error(at ?? pair.key, M.badSeverity, { rule, value: written });
      return undefined;
    };
    if (isScalar(value)) {
      const severity = readSeverity(value);
      if (severity) rules[rule] = mergeSetting(rules[rule], { severity });
      continue;
    }
    if (!isMap(value)) {
      error(value ?? pair.key, M.badSetting, { rule });
      continue;
    }
    let severity: RuleSeverity | undefined;
    let options: object | undefined;
    for (const entry of value.pairs) {
      const key = String(entry.key.value);
      if (key === 'severity') severity = readSeverity(entry.value);
      else if (key === 'options') options = readOptions(rule, entry.value, entry.key, error, locale);
      else error(entry.key, M.badSetting, { rule });
    }
    rules[rule] = mergeSetting(rules[rule], { ...(severity ? { severity } : {}), ...(options ? { options } : {}) });
  }
}

function readOptions(rule: string, node: YNode | null, key: { start: number; end: number }, error: ErrorAt, locale: Locale): object | undefined {
  const meta = findRuleMeta(rule)!;
  if (!meta.options) {
    error(key, M.noOptions, { rule });
    return undefined;
  }
  if (!isMap(node)) {
    error(node ?? key, M.badSetting, { rule });
    return undefined;
  }
  // Every option is documented; some have no default (unset means "the rule decides").
  const known = Object.keys(meta.options.docs);
  const plain: Record<string, unknown> = {};
  let valid = true;
  for (const pair of node.pairs) {
    const option = String(pair.key.value);
    if (!known.includes(option)) {
      const suggestion = nearest(option, known);
      if (suggestion) error(pair.key, M.unknownOptionSuggest, { rule, option, suggestion });
      else error(pair.key, M.unknownOption, { rule, option, known: known.join(', ') });
      valid = false;
      continue;
    }
    // A map of options (intensity's `bands`) is read whole; a cps.config.yaml is small and read once.
    const value = isScalar(pair.value) ? pair.value.value : isMap(pair.value) && pair.value.size <= 1000 ? toPlain(pair.value) : undefined;
    const checked = (meta.options.schema as z.ZodType).safeParse({ [option]: value });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      // Point at the nested value at fault, and name it by its path: bands.early-childhood.minSessionMinutes.
      const path = (issue?.path ?? []).filter((step): step is string | number => typeof step === 'string' || typeof step === 'number');
      const at = path.length > 0 ? nodeAtPath(pair.value, path.slice(1)) : undefined;
      const inner = at?.node ?? null;
      const unknownKey = issue?.code === 'unrecognized_keys' && isMap(inner) ? pairOf(inner, issue.keys[0] ?? '')?.key : undefined;
      const nested = unknownKey ?? (path.length > 1 ? (inner ?? undefined) : undefined);
      const named = path.length > 1 ? path.join('.') : option;
      const shown = isScalar(nested) ? nested.value : path.length > 1 ? undefined : value;
      error(nested ?? at?.pair?.key ?? pair.value ?? pair.key, M.badOption, { rule, option: named, detail: describeOptionIssue(issue, shown, locale) });
      valid = false;
      continue;
    }
    plain[option] = value;
  }
  return valid ? plain : undefined;
}

function describeOptionIssue(issue: z.core.$ZodIssue | undefined, value: unknown, locale: Locale): string {
  if (!issue) return '';
  const fr = locale === 'fr';
  switch (issue.code) {
    case 'invalid_type':
      return fr ? `il faut un nombre, pas « ${String(value)} »` : `a number is expected, not "${String(value)}"`;
    case 'too_small':
      return fr ? `${String(value)} est inférieur au minimum, ${String(issue.minimum)}` : `${String(value)} is below the minimum, ${String(issue.minimum)}`;
    case 'too_big':
      return fr ? `${String(value)} dépasse le maximum, ${String(issue.maximum)}` : `${String(value)} is above the maximum, ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return fr ? `clé inconnue «\u00a0${issue.keys.join(', ')}\u00a0»` : `unknown key "${issue.keys.join(', ')}"`;
    default:
      return issue.message;
  }
}

/** Later options over earlier ones; maps of options (intensity's `bands`) are merged key by key. */
function mergeOptions(earlier: object, later: object): object {
  const out: Record<string, unknown> = { ...earlier };
  for (const [key, value] of Object.entries(later as Record<string, unknown>)) {
    const before = Object.hasOwn(out, key) ? out[key] : undefined;
    const merged = isPlainObject(before) && isPlainObject(value) ? mergeOptions(before, value) : value;
    Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeSetting(earlier: RuleSettingInput | undefined, later: { severity?: RuleSeverity; options?: object }): RuleSettingInput {
  const base = typeof earlier === 'string' ? { severity: earlier } : (earlier ?? {});
  const options = base.options || later.options ? mergeOptions(base.options ?? {}, later.options ?? {}) : undefined;
  const severity = later.severity ?? base.severity;
  return { ...(severity ? { severity } : {}), ...(options ? { options } : {}) };
}
