import type { Locale, Localized, MessageArgs } from '@cpskit/core';
import type { z } from 'zod';
import type { CoverageMatrix } from '../analysis/coverage.js';
import type { Citation, Finding, Severity, TextEdit } from '../finding.js';
import type { ManualModel } from '../model/manual-model.js';
import type { ParsedManual } from '../parse/parse-manual.js';

export type Preset = 'recommended' | 'strict';

/** How far a manual shows a practical modality of SpF's table. */
export type ModalityStatus = 'met' | 'partly-met' | 'declared' | 'missing' | 'not-applicable';

/** What a rule concludes about one modality, with the manual's own words or figures as evidence. */
export interface ModalityAssessment {
  readonly modality: string;
  readonly status: ModalityStatus;
  readonly ruleId: string;
  /** What in the manual supports the status: its text, or its figures. */
  readonly evidence?: string;
}

/** The family a rule belongs to, for listings and docs. */
export type RuleCategory = 'syntax' | 'structure' | 'criteria' | 'coverage';

/** A rule's configurable thresholds: their schema, defaults and docs. */
export interface RuleOptionsMeta<O extends object> {
  readonly schema: z.ZodType<Partial<O>>;
  readonly defaults: O;
  readonly docs: Readonly<Record<keyof O & string, Localized>>;
}

/** What a rule says about itself: the registry, the docs and every output read it. */
export interface RuleMeta<M extends string = string, O extends object = object> {
  readonly id: string;
  readonly category: RuleCategory;
  readonly description: Localized;
  /** The modality, criterion or competency the rule enforces, when it enforces one. */
  readonly cites?: Citation;
  /** The practical modalities whose status the rule decides. */
  readonly assesses?: readonly string[];
  readonly severity: Severity;
  /** Severity under the `strict` preset, when it differs from `error`. */
  readonly strictSeverity?: Severity;
  readonly messages: Readonly<Record<M, Localized>>;
  /** Messages that are worth knowing, not faults: always reported as `info`, whatever the rule's severity. */
  readonly infoMessages?: readonly M[];
  readonly fixable?: boolean;
  readonly options?: RuleOptionsMeta<O>;
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
  /** Overrides the rule's own citation, for rules that cite per finding (a competency, one of their modalities). */
  readonly cites?: Citation;
  readonly related?: readonly RelatedInput[];
  readonly fix?: { readonly title: Localized; readonly args?: MessageArgs; readonly edits: readonly TextEdit[]; readonly safe?: true };
}

export type Report<M extends string> = (input: ReportInput<M>) => void;

export interface RuleContext<M extends string, O extends object = object> {
  readonly parsed: ParsedManual;
  readonly model: ManualModel;
  readonly coverage: CoverageMatrix;
  readonly locale: Locale;
  readonly options: O;
  readonly report: Report<M>;
  /** Records the status of one of the modalities the rule assesses. */
  readonly assess: (modality: string, status: ModalityStatus, evidence?: string) => void;
}

/** A rule: its metadata and its check over the parsed manual. */
export interface Rule<M extends string = string, O extends object = object> {
  readonly meta: RuleMeta<M, O>;
  check(context: RuleContext<M, O>): void;
}

/** Declares a rule with its message ids and options checked against its metadata. */
export function defineRule<M extends string, O extends object = object>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}

/** The severity a preset gives a rule. */
export function presetSeverity(meta: RuleMeta, preset: Preset): Severity {
  if (preset === 'recommended') return meta.severity;
  return meta.strictSeverity ?? 'error';
}

export type { Finding };
