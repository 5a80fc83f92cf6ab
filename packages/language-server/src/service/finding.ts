import type { Locale, MessageArgs } from '@cpskit/core';
import type { Range } from './text/line-index.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a finding rests on: a practical modality or criterion of SpF's table, a competency,
 * or an axis of the national strategy (`{ kind: 'axis', id: '4' }`), for what SpF's table does not cover.
 */
export type Citation =
  | { readonly kind: 'modality'; readonly id: string }
  | { readonly kind: 'criterion'; readonly id: string }
  | { readonly kind: 'competency'; readonly id: string }
  | { readonly kind: 'axis'; readonly id: string };

/** A citation in a few characters, beside a rule id: `1.2.4`, `E1.2`, or `axis 4` (`axe 4`), which a bare `4` would not say. */
export function citationTag(citation: Citation, locale: Locale): string {
  return citation.kind === 'axis' ? `${locale === 'fr' ? 'axe' : 'axis'} ${citation.id}` : citation.id;
}

/** Another place a finding involves: the first definition of a duplicate, the session that comes too late. */
export interface RelatedPlace {
  readonly range: Range;
  readonly message: string;
}

/** A text edit, in offsets of the document it was computed on. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Set when applying the fix cannot change what the manual means, so that `cps check --fix` may apply it unattended. */
  readonly safe?: true;
}

/** One finding, the same everywhere: the server, the CLI formatters and the TUI render it. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly args: MessageArgs;
  /** The message rendered in the locale of the run. */
  readonly message: string;
  readonly range: Range;
  /** Offsets of the range, for edits and code frames. */
  readonly offsets: { readonly start: number; readonly end: number };
  readonly cites?: Citation;
  readonly related?: readonly RelatedPlace[];
  readonly fix?: Fix;
  readonly locale: Locale;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Document order, then severity, then rule: the order every output uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.offsets.start - b.offsets.start ||
    a.offsets.end - b.offsets.end ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
