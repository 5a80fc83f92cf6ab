import type { Locale, ReferenceVersion } from '@cpskit/core';
import type { Analysis, Finding } from '@cpskit/language-server';

/** What checking one manual gave, as every formatter receives it. */
export interface FileReport {
  /** The path as the person should read it: relative to where they ran `cps`, with `/`. */
  readonly displayPath: string;
  /** The manual's text, for code frames; absent when the file could not be read. */
  readonly text?: string;
  readonly findings: readonly Finding[];
  /** The analysis (criteria, coverage); absent when the file could not be read. */
  readonly analysis?: Analysis;
  /** The ids of the rules the manual was checked with (those its configuration does not turn off). */
  readonly rules?: readonly string[];
}

export interface Colours {
  readonly path: (text: string) => string;
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly info: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const ANSI: Colours = {
  path: wrap(4, 24),
  error: wrap(31, 39),
  warning: wrap(33, 39),
  info: wrap(36, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const identity = (text: string) => text;
export const PLAIN: Colours = { path: identity, error: identity, warning: identity, info: identity, dim: identity, bold: identity };

export interface FormatContext {
  readonly locale: Locale;
  /** Colours for terminal formats; PLAIN when the output is not a terminal or is a file. */
  readonly colours: Colours;
  /** cpskit's version, for reports that name the tool. */
  readonly version: string;
  /** The SpF reference the findings and scores rest on, for reports that say which. */
  readonly reference: ReferenceVersion;
  /** Whether --summary was asked for (the criteria table and coverage after the findings). */
  readonly summary: boolean;
}

/** A formatter turns the reports of a run into the text of one output. Pure: no I/O. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
