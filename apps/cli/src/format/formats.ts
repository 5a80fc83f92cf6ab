import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

/** Every output format of `cps check`, by the name `--format` takes. */
export const FORMATS: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github, markdown };

/**
 * Whether a format shows the analysis (criteria statuses, coverage, scores), which costs a
 * check more work: the annotations of `github` and stylish's findings do not need it
 * (stylish's `--summary` does, and asks for it itself).
 */
export const NEEDS_ANALYSIS: Readonly<Record<FormatName, boolean>> = { stylish: false, github: false, json: true, sarif: true, junit: true, markdown: true };

export { github, json, junit, markdown, sarif, stylish };
export { escapeData, escapeProperty } from './github.js';
export { JSON_FORMAT_VERSION } from './json.js';
export { escapeAttribute, escapeContent } from './junit.js';
export { escapeCell } from './markdown.js';
export { CPSKIT_URI, SARIF_SCHEMA_URI, artifactLocation, provenance } from './sarif.js';
export { displayWidth, frameLine, type CodeFrame } from './code-frame.js';
export { formatCoverage, formatCriteria, STATUS_MARKS } from './summary.js';
export { ANSI, PLAIN, type Colours, type FileReport, type FormatContext, type Formatter } from './types.js';
