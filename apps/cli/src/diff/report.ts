import { GENERAL_COMPETENCIES, localize, message, type GeneralCode, type Locale, type MessageArgs, type ReferenceVersion, displayed } from '@cpskit/core';
import type { ModalityStatus } from '@cpskit/language-server';
import { STATUS_MARKS } from '../format/summary.js';
import type { Colours } from '../format/types.js';
import type { JudgementDiff, SideFigures } from './compare.js';
import { DIFF_WORDS } from './words.js';

/** Which version a side of the diff is: a file, or a file at a git revision. */
export interface DiffSide {
  /** The path as the person reads it: relative to where they ran `cps`, with `/`. */
  readonly path: string;
  /** The git revision the text was read at (`--since`), as the person wrote it. */
  readonly revision?: string;
}

/** What a diff formatter receives: the two versions and what changed between them. */
export interface DiffReport {
  readonly before: DiffSide;
  readonly after: DiffSide;
  readonly diff: JudgementDiff;
}

export interface DiffContext {
  readonly locale: Locale;
  /** Colours for the terminal; PLAIN when the output is not a terminal or is a file. */
  readonly colours: Colours;
  readonly version: string;
  readonly reference: ReferenceVersion;
}

/** A diff formatter turns a diff into the text of one output. Pure: no I/O. */
export type DiffFormatter = (report: DiffReport, context: DiffContext) => string;

/** One of the diff's own words in the locale. */
export function word(key: keyof typeof DIFF_WORDS, locale: Locale, args?: MessageArgs): string {
  return localize(DIFF_WORDS[key], locale, args);
}

/** A version as it is named to people: its path, and the revision it was read at. */
export function sideName(side: DiffSide): string {
  return side.revision === undefined ? side.path : `${side.path} (${side.revision})`;
}

/** A score out of 100, as the criteria table rounds it, said provisional when that version has errors. */
export function scoreText(figures: SideFigures, locale: Locale): string {
  const score = figures.score === undefined ? '–' : `${Math.round(figures.score)}/100`;
  return figures.provisional ? `${score} (${word('provisional', locale)})` : score;
}

/** The change between two rounded scores: `+42`, `−3`, `±0`; empty when a side has none. */
export function scoreChange(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined) return '';
  const change = Math.round(after) - Math.round(before);
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0';
}

/** A criterion's score, rounded, or `–` when none of its modalities applies. */
export function criterionScore(score: number | undefined): string {
  return score === undefined ? '–' : String(Math.round(score));
}

/** A status with the mark that reads without colour: `✔ met`, `✖ manquant`. */
export function statusText(status: ModalityStatus, locale: Locale): string {
  return `${STATUS_MARKS[status]} ${message(`status.${status}`, locale)}`;
}

/** A general competency with SpF's label: `C1 Renforcer sa conscience de soi`. */
export function generalText(code: GeneralCode, locale: Locale): string {
  const general = GENERAL_COMPETENCIES.find((entry) => entry.code === code);
  return general ? `${code} ${displayed(general.label, locale)}` : code;
}

/** The general competencies one version works and the other does not. */
export function generalChanges(diff: JudgementDiff): { readonly gained: readonly GeneralCode[]; readonly lost: readonly GeneralCode[] } {
  const before = diff.before.coverage.generalsWorked;
  const after = diff.after.coverage.generalsWorked;
  return { gained: after.filter((code) => !before.includes(code)), lost: before.filter((code) => !after.includes(code)) };
}

/** Every year either version has minutes in, in order. */
export function yearsOf(diff: JudgementDiff): number[] {
  return [...new Set([...diff.before.coverage.years, ...diff.after.coverage.years].map((entry) => entry.year))].sort((a, b) => a - b);
}

/** A version's minutes in a year (0 when it has none that year). */
export function minutesIn(figures: SideFigures, year: number): { readonly sessionMinutes: number; readonly practiceMinutes: number } {
  const entry = figures.coverage.years.find((candidate) => candidate.year === year);
  return { sessionMinutes: entry?.sessionMinutes ?? 0, practiceMinutes: entry?.practiceMinutes ?? 0 };
}
