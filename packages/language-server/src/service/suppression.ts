import { nearest } from '@cpskit/core';
import type { ParsedManual } from './parse/parse-manual.js';
import { insideSpan, multiLineScalarSpans } from './text/spans.js';
import type { Report, ReportInput, RuleMeta } from './rules/rule.js';

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
    insideValues ??= multiLineScalarSpans(parsed.root, parsed.text);
    if (insideSpan(insideValues, lineStart)) continue;
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
 * The directives of a manual, asked about each finding as it is reported: in constant time, so
 * that a manual full of comments and findings costs no more than its size.
 */
export class Suppressions {
  private readonly fileWide: Silencers = { byRule: new Map() };
  /** The next-line directives, by the line they silence. */
  private readonly byLine = new Map<number, Silencers>();
  private readonly used = new Set<string>();

  constructor(readonly directives: readonly Directive[]) {
    for (const directive of directives) {
      let target = this.fileWide;
      if (directive.kind === 'next-line') {
        const line = directive.line + 1;
        target = this.byLine.get(line) ?? { byRule: new Map() };
        this.byLine.set(line, target);
      }
      if (directive.rules.length === 0) target.all ??= directive;
      for (const rule of directive.rules) if (!target.byRule.has(rule.id)) target.byRule.set(rule.id, directive);
    }
  }

  /** Whether a directive silences a finding of this rule starting on this line; the first that does, in document order, is marked used. */
  silences(ruleId: string, line: number): boolean {
    const directive = earliest(firstOf(this.byLine.get(line), ruleId), firstOf(this.fileWide, ruleId));
    if (!directive) return false;
    this.used.add(usedKey(directive, directive.rules.length === 0 ? undefined : ruleId));
    return true;
  }

  /**
   * Reports the directives that silence nothing or name an unknown rule. A rule turned off, or one
   * that reached the limit of findings (some of its findings were never looked at), is not stale.
   * `admit` is asked before each report, so that nothing is computed for a report turned away.
   */
  reportUnused(
    report: Report<keyof typeof UNUSED_SUPPRESSION_META.messages>,
    admit: (start: number) => boolean,
    parsed: ParsedManual,
    knownRules: ReadonlySet<string>,
    quietRules: ReadonlySet<string>,
  ): void {
    const { directives } = this;
    const nextLineAt = new Set(directives.filter((directive) => directive.kind === 'next-line').map((directive) => directive.line));
    for (const directive of directives) {
      if (directive.rules.length === 0) {
        if (!this.used.has(usedKey(directive, undefined)) && admit(directive.start)) {
          report({ messageId: 'unused-all', start: directive.start, end: directive.end, fix: removeLineFix(directive, nextLineAt, parsed) });
        }
        continue;
      }
      const stale = directive.rules.map((rule) => knownRules.has(rule.id) && !this.used.has(usedKey(directive, rule.id)) && !quietRules.has(rule.id));
      const allStale = stale.every(Boolean);
      const lastKept = stale.lastIndexOf(false);
      directive.rules.forEach((rule, index) => {
        if (!knownRules.has(rule.id)) {
          if (!admit(rule.start)) return;
          const suggestion = nearest(rule.id, knownRules);
          if (suggestion) report({ messageId: 'unknown-rule-suggest', args: { rule: rule.id, suggestion }, start: rule.start, end: rule.end });
          else report({ messageId: 'unknown-rule', args: { rule: rule.id }, start: rule.start, end: rule.end });
        } else if (stale[index] && admit(rule.start)) {
          const fix = allStale ? removeLineFix(directive, nextLineAt, parsed) : removeRuleFix(directive, index, lastKept > index);
          report({ messageId: 'unused', args: { rule: rule.id }, start: rule.start, end: rule.end, fix });
        }
      });
    }
  }
}

/** The first directive silencing every rule, and the first naming each rule, of one line or of the file. */
interface Silencers {
  all?: Directive;
  readonly byRule: Map<string, Directive>;
}

function firstOf(silencers: Silencers | undefined, ruleId: string): Directive | undefined {
  return silencers && earliest(silencers.all, silencers.byRule.get(ruleId));
}

function earliest(a: Directive | undefined, b: Directive | undefined): Directive | undefined {
  return a && b ? (a.start <= b.start ? a : b) : (a ?? b);
}

function usedKey(directive: Directive, rule: string | undefined): string {
  return `${directive.start}:${rule ?? '*'}`;
}

type FixInput = NonNullable<ReportInput<string>['fix']>;

/**
 * Removes a directive's whole line, line break included: it silences nothing. Under a
 * `cps-disable-next-line` comment, removing the line would hand that comment the next line,
 * so the fix is then left to a person (it becomes safe once the comment above is gone).
 */
function removeLineFix(directive: Directive, nextLineAt: ReadonlySet<number>, parsed: ParsedManual): FixInput {
  const { lines, text } = parsed;
  const start = lines.offsetAt({ line: directive.line, character: 0 });
  const end = directive.line + 1 < lines.lineCount ? lines.offsetAt({ line: directive.line + 1, character: 0 }) : text.length;
  const underNextLine = nextLineAt.has(directive.line - 1);
  return { title: { en: 'Remove this comment', fr: 'Supprimer ce commentaire' }, edits: [{ start, end, newText: '' }], ...(underNextLine ? {} : { safe: true as const }) };
}

/**
 * Removes one stale rule id from a directive. When every id it names is stale, the whole line
 * goes (an emptied list would silence every rule). Otherwise the id goes with the separator
 * after it, or, in the run of stale ids that ends the list, with the separator before it:
 * the edits for the stale ids of one directive never overlap, and the ids still needed stay
 * exactly as written.
 */
function removeRuleFix(directive: Directive, index: number, keptAfter: boolean): FixInput {
  const rules = directive.rules;
  const rule = rules[index]!;
  const edit = keptAfter ? { start: rule.start, end: rules[index + 1]!.start, newText: '' } : { start: rules[index - 1]!.end, end: rule.end, newText: '' };
  return { title: { en: 'Remove "{rule}" from this comment', fr: 'Retirer « {rule} » de ce commentaire' }, args: { rule: rule.id }, edits: [edit], safe: true };
}
