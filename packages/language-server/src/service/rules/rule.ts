import type { Locale, Localized, MessageArgs } from '@cpskit/core';
import type { Citation, Finding, Severity, TextEdit } from '../finding.js';
import type { ManualModel } from '../model/manual-model.js';
import type { ParsedManual } from '../parse/parse-manual.js';

export type Preset = 'recommended' | 'strict';

/** What a rule says about itself: the registry, the docs and every output read it. */
export interface RuleMeta<M extends string = string> {
  readonly id: string;
  readonly description: Localized;
  /** The modality, criterion or competency the rule enforces, when it enforces one. */
  readonly cites?: Citation;
  readonly severity: Severity;
  readonly messages: Readonly<Record<M, Localized>>;
  readonly fixable?: boolean;
}

/** Another place a report involves, in offsets, with a short localized note. */
export interface RelatedInput {
  readonly start: number;
  readonly end: number;
  readonly note: Localized;
  readonly args?: MessageArgs;
}

export interface ReportInput<M extends string> {
  readonly messageId: M;
  readonly args?: MessageArgs;
  readonly start: number;
  readonly end: number;
  /** Overrides the rule's own citation, for rules that cite per finding (a competency). */
  readonly cites?: Citation;
  readonly related?: readonly RelatedInput[];
  readonly fix?: { readonly title: Localized; readonly args?: MessageArgs; readonly edits: readonly TextEdit[] };
}

export type Report<M extends string> = (input: ReportInput<M>) => void;

export interface RuleContext<M extends string> {
  readonly parsed: ParsedManual;
  readonly model: ManualModel;
  readonly locale: Locale;
  readonly report: Report<M>;
}

/** A rule: its metadata and its check over the parsed manual. */
export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

/** Declares a rule with its message ids checked against its metadata. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export type { Finding };
