import type { Locale } from '@cpskit/core';
import { parseManual, type ParsedManual } from '../parse/parse-manual.js';
import { validateParsed, type ValidateOptions, type Validation } from '../validate.js';

/**
 * One version of a manual as the editing features see it: its text, its parse and its
 * findings, computed once and read by hover, completion, code actions and navigation.
 */
export interface ManualSnapshot {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly parsed: ParsedManual;
  readonly validation: Validation;
  readonly locale: Locale;
  /** What it was checked with (preset, rule settings, locale), for what checks it again: the "fix all" action. */
  readonly options?: ValidateOptions;
}

export function createSnapshot(uri: string, version: number, text: string, options: ValidateOptions = {}): ManualSnapshot {
  const parsed = parseManual(text);
  return { uri, version, text, parsed, validation: validateParsed(parsed, options), locale: options.locale ?? 'en', options };
}

/** What the editor can show, read from its capabilities once at initialize. */
export interface EditorCapabilities {
  /** Hover and documentation in Markdown rather than plain text. */
  readonly markdown: boolean;
  /** Completion items with snippet placeholders ($1, ${2:text}). */
  readonly snippets: boolean;
}
