import { nearest, type Locale } from '@cpskit/core';
import type { Finding } from './finding.js';
import type { ParsedManual } from './parse/parse-manual.js';
import type { YNode } from './parse/tree.js';
import { createReporter } from './rules/reporter.js';
import type { ReportInput, RuleMeta } from './rules/rule.js';
import type { RuleSetting } from './config/rule-settings.js';

/** A `# cps-disable…` comment of the manual. */
export interface Directive {
  readonly kind: 'next-line' | 'file';
  /** Line of the comment, 0-based. */
  readonly line: number;
  /** The rule ids it names, with their offsets; none means every rule. */
  readonly rules: readonly { readonly id: string; readonly start: number; readonly end: number }[];
  readonly start: number;
  readonly end: number;
  readonly reason?: string;
}

const DIRECTIVE = /^([ \t]*#[ \t]*)cps-disable(-next-line)?(?=\s|$)(.*)$/;

/**
 * Finds the suppression comments: `# cps-disable-next-line rule-id, other-id -- reason`
 * for the line below, `# cps-disable rule-id -- reason` for the whole file. Only comments on
 * a line of their own count, so that text inside a value can never be taken for one.
 */
export function findDirectives(parsed: ParsedManual): Directive[] {
  const directives: Directive[] = [];
  const { lines } = parsed;
  let insideValues: readonly (readonly [number, number])[] | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes('cps-disable')) continue;
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const lineStart = lines.offsetAt({ line, character: 0 });
    // Inside a text written over several lines, "#" is text, not a comment.
    insideValues ??= multiLineScalars(parsed.root, parsed.text);
    if (insideValues.some(([start, end]) => start < lineStart && lineStart < end)) continue;
    const bodyStart = lineStart + match[1]!.length + 'cps-disable'.length + (match[2]?.length ?? 0);
    const body = match[3]!;
    const separator = body.indexOf('--');
    const list = separator === -1 ? body : body.slice(0, separator);
    const reason = separator === -1 ? undefined : body.slice(separator + 2).trim() || undefined;
    const rules: { id: string; start: number; end: number }[] = [];
    for (const found of list.matchAll(/[^\s,]+/g)) {
      const start = bodyStart + found.index;
      rules.push({ id: found[0], start, end: start + found[0].length });
    }
    directives.push({
      kind: match[2] ? 'next-line' : 'file',
      line,
      rules,
      start: lineStart + match[1]!.indexOf('#'),
      end: lineStart + text.length,
      ...(reason ? { reason } : {}),
    });
  }
  return directives;
}

/** The spans of the scalars that run over several lines (block texts, multi-line quotes). */
function multiLineScalars(root: YNode | null, text: string): [number, number][] {
  const spans: [number, number][] = [];
  const stack: YNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // What an alias stands for is visited where its anchor wrote it.
    if (node.aliasOf) continue;
    if (node.kind === 'scalar') {
      const newline = text.indexOf('\n', node.start);
      if (newline !== -1 && newline < node.end) spans.push([node.start, node.end]);
    } else if (node.kind === 'seq') for (const item of node.items) stack.push(item);
    else for (const pair of node.pairs) if (pair.value) stack.push(pair.value);
  }
  return spans;
}

export const UNUSED_SUPPRESSION_META: RuleMeta<'unused' | 'unused-all' | 'unknown-rule' | 'unknown-rule-suggest'> = {
  id: 'unused-suppression',
  category: 'syntax',
  description: {
    en: 'Every cps-disable comment names known rules and silences at least one finding.',
    fr: 'Chaque commentaire cps-disable nomme des règles connues et fait taire au moins un constat.',
  },
  severity: 'warning',
  fixable: true,
  messages: {
    unused: {
      en: 'This comment disables "{rule}", but "{rule}" reports nothing here; remove it so that it does not hide a future finding.',
      fr: 'Ce commentaire désactive « {rule} », mais « {rule} » ne signale rien ici ; supprimez-le pour qu’il ne cache pas un futur constat.',
    },
    'unused-all': {
      en: 'This comment disables every rule, but no rule reports anything here; remove it.',
      fr: 'Ce commentaire désactive toutes les règles, mais aucune ne signale rien ici ; supprimez-le.',
    },
    'unknown-rule': {
      en: '"{rule}" is not a cpskit rule; "cps rules" lists them.',
      fr: '« {rule} » n’est pas une règle de cpskit ; « cps rules » les liste.',
    },
    'unknown-rule-suggest': {
      en: '"{rule}" is not a cpskit rule. Did you mean "{suggestion}"?',
      fr: '« {rule} » n’est pas une règle de cpskit. Vouliez-vous dire « {suggestion} » ?',
    },
  },
};

/**
 * Removes the findings the directives silence and reports the directives that silence
 * nothing or name an unknown rule. Returns the findings that remain, those reports included.
 */
export function applySuppressions(
  findings: readonly Finding[],
  parsed: ParsedManual,
  knownRules: readonly string[],
  offRules: ReadonlySet<string>,
  setting: RuleSetting,
  locale: Locale,
): Finding[] {
  const directives = findDirectives(parsed);
  if (directives.length === 0) return [...findings];
  const used = new Set<string>();
  const key = (directive: Directive, rule: string | undefined) => `${directive.start}:${rule ?? '*'}`;
  const kept = findings.filter((finding) => {
    for (const directive of directives) {
      if (directive.kind === 'next-line' && finding.range.start.line !== directive.line + 1) continue;
      if (directive.rules.length === 0) {
        used.add(key(directive, undefined));
        return false;
      }
      const rule = directive.rules.find((entry) => entry.id === finding.ruleId);
      if (rule) {
        used.add(key(directive, rule.id));
        return false;
      }
    }
    return true;
  });
  if (setting.severity === 'off') return kept;
  const report = createReporter(UNUSED_SUPPRESSION_META, setting.severity, locale, parsed.lines, kept);
  for (const directive of directives) {
    if (directive.rules.length === 0) {
      if (!used.has(key(directive, undefined))) {
        report({ messageId: 'unused-all', start: directive.start, end: directive.end, fix: removeLineFix(directive, directives, parsed) });
      }
      continue;
    }
    // A rule turned off in the configuration reports nothing anywhere: its comment is not stale.
    const stale = directive.rules.map((rule) => knownRules.includes(rule.id) && !used.has(key(directive, rule.id)) && !offRules.has(rule.id));
    directive.rules.forEach((rule, index) => {
      if (!knownRules.includes(rule.id)) {
        const suggestion = nearest(rule.id, knownRules);
        if (suggestion) report({ messageId: 'unknown-rule-suggest', args: { rule: rule.id, suggestion }, start: rule.start, end: rule.end });
        else report({ messageId: 'unknown-rule', args: { rule: rule.id }, start: rule.start, end: rule.end });
      } else if (stale[index]) {
        report({ messageId: 'unused', args: { rule: rule.id }, start: rule.start, end: rule.end, fix: removeRuleFix(directive, directives, stale, index, parsed) });
      }
    });
  }
  return kept;
}

type FixInput = NonNullable<ReportInput<string>['fix']>;

/**
 * Removes a directive's whole line, line break included: it silences nothing. Under a
 * `cps-disable-next-line` comment, removing the line would hand that comment the next line,
 * so the fix is then left to a person (it becomes safe once the comment above is gone).
 */
function removeLineFix(directive: Directive, directives: readonly Directive[], parsed: ParsedManual): FixInput {
  const { lines, text } = parsed;
  const start = lines.offsetAt({ line: directive.line, character: 0 });
  const end = directive.line + 1 < lines.lineCount ? lines.offsetAt({ line: directive.line + 1, character: 0 }) : text.length;
  const underNextLine = directives.some((other) => other.kind === 'next-line' && other.line === directive.line - 1);
  return { title: { en: 'Remove this comment', fr: 'Supprimer ce commentaire' }, edits: [{ start, end, newText: '' }], ...(underNextLine ? {} : { safe: true as const }) };
}

/**
 * Removes one stale rule id from a directive. When every id it names is stale, the whole line
 * goes (an emptied list would silence every rule). Otherwise the id goes with the separator
 * after it, or, in the run of stale ids that ends the list, with the separator before it:
 * the edits for the stale ids of one directive never overlap, and the ids still needed stay
 * exactly as written.
 */
function removeRuleFix(directive: Directive, directives: readonly Directive[], stale: readonly boolean[], index: number, parsed: ParsedManual): FixInput {
  if (stale.every(Boolean)) return removeLineFix(directive, directives, parsed);
  const rules = directive.rules;
  const rule = rules[index]!;
  const keptAfter = stale.slice(index + 1).some((isStale) => !isStale);
  const edit = keptAfter ? { start: rule.start, end: rules[index + 1]!.start, newText: '' } : { start: rules[index - 1]!.end, end: rule.end, newText: '' };
  return { title: { en: 'Remove "{rule}" from this comment', fr: 'Retirer « {rule} » de ce commentaire' }, args: { rule: rule.id }, edits: [edit], safe: true };
}
