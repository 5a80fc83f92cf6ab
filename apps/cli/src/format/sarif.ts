import { displayed, localize, type Locale, type Localized } from '@cpskit/core';
import {
  REPOSITORY_URL,
  RULE_METAS,
  describeCitation,
  findRuleMeta,
  ruleDocsUrl,
  type Citation,
  type Finding,
  type Range,
  type RuleMeta,
  type Severity,
} from '@cpskit/language-server';
import { safeJson } from '../safe-output.js';
import type { FileReport, Formatter } from './types.js';

/** Where the schema of the output is published; SARIF viewers read it to recognise the file. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** cpskit's home page, for the tool's `informationUri`. */
export const CPSKIT_URI = REPOSITORY_URL;

const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** Checks the engine runs itself, with no rule metadata of their own. */
const BUILT_IN: Readonly<Record<string, Localized>> = {
  'file-unreadable': { en: 'The manual can be read.', fr: 'Le manuel peut être lu.' },
  'internal-error': { en: 'cpskit checks the manual without failing.', fr: 'cpskit vérifie le manuel sans échouer.' },
};

const WORDS = {
  criterion: {
    en: 'Criterion: {citation} (Santé publique France, "Critères de qualité des interventions CPS").',
    fr: 'Critère : {citation} (Santé publique France, « Critères de qualité des interventions CPS »).',
  },
  competency: {
    en: 'Competency: {citation} (Santé publique France, operational classification of CPS).',
    fr: 'Compétence : {citation} (Santé publique France, classification opérationnelle des CPS).',
  },
  axis: {
    en: 'National strategy for CPS (2022–2037): {citation}. SpF’s table of quality criteria does not cover it; cpskit’s reading of the axis.',
    fr: 'Stratégie nationale CPS (2022–2037)\u00a0: {citation}. Le tableau des critères de qualité de SpF ne le couvre pas\u00a0; lecture de l’axe par cpskit.',
  },
  perFindingCriteria: {
    en: 'Each finding names the quality criterion it rests on (Santé publique France, "Critères de qualité des interventions CPS").',
    fr: 'Chaque constat nomme le critère de qualité sur lequel il s’appuie (Santé publique France, « Critères de qualité des interventions CPS »).',
  },
  perFindingCoverage: {
    en: 'Each finding names the competency of Santé publique France’s operational classification of CPS it concerns.',
    fr: 'Chaque constat nomme la compétence de la classification opérationnelle des CPS de Santé publique France qu’il concerne.',
  },
  format: {
    en: 'This rule checks the cpskit manual format itself; it rests on no criterion of Santé publique France.',
    fr: 'Cette règle vérifie le format de manuel de cpskit lui-même ; elle ne s’appuie sur aucun critère de Santé publique France.',
  },
  docs: { en: 'Documentation: {url}', fr: 'Documentation : {url}' },
} satisfies Record<string, Localized>;

type SarifRule = Record<string, unknown>;

/**
 * `--format sarif`: SARIF 2.1.0, one run, for code-scanning tools (GitHub code scanning, IDE
 * viewers). Columns count UTF-16 code units, as findings do; lines and columns are 1-based
 * and `endColumn` is the column just after the range, as SARIF defines it. Paths are
 * relative to `%SRCROOT%`, the folder `cps` ran in.
 */
export const sarif: Formatter = (reports, context) => {
  const { locale } = context;
  const ruleIds: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) if (!ruleIds.includes(finding.ruleId)) ruleIds.push(finding.ruleId);
  }
  // Rules in the registry's order, then the engine's own checks, so that indices do not depend on the files' order.
  ruleIds.sort((a, b) => registryIndex(a) - registryIndex(b) || (a < b ? -1 : a > b ? 1 : 0));
  const indexOf = new Map(ruleIds.map((id, index) => [id, index]));
  const results = reports.flatMap((report) => report.findings.map((finding) => resultOf(finding, report, indexOf.get(finding.ruleId)!, locale)));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cpskit',
            version: context.version,
            informationUri: CPSKIT_URI,
            language: locale,
            rules: ruleIds.map((id) => ruleOf(id, locale)),
            // SARIF's property bag: the SpF reference the findings rest on, as in the JSON output.
            properties: { referenceVersion: { id: context.reference.id, label: context.reference.label[locale] } },
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${safeJson(log)}\n`;
};

const REGISTRY_ORDER = new Map(RULE_METAS.map((meta, index) => [meta.id, index]));

function registryIndex(id: string): number {
  return REGISTRY_ORDER.get(id) ?? RULE_METAS.length;
}

/** `missing-section` → `MissingSection`: SARIF's `name` is an identifier that reads as words. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Where a rule's criterion comes from, in a sentence. */
export function provenance(meta: RuleMeta, locale: Locale): string {
  if (meta.cites) {
    const template = meta.cites.kind === 'competency' ? WORDS.competency : meta.cites.kind === 'axis' ? WORDS.axis : WORDS.criterion;
    return localize(template, locale, { citation: describeCitation(meta.cites, locale) });
  }
  if (meta.category === 'criteria') return localize(WORDS.perFindingCriteria, locale);
  if (meta.category === 'coverage') return localize(WORDS.perFindingCoverage, locale);
  return localize(WORDS.format, locale);
}

function ruleOf(id: string, locale: Locale): SarifRule {
  const meta = findRuleMeta(id);
  if (!meta) {
    const text = BUILT_IN[id] ? localize(BUILT_IN[id], locale) : id;
    return {
      id,
      name: pascalCase(id),
      shortDescription: { text },
      fullDescription: { text },
      help: { text },
      defaultConfiguration: { level: 'error' },
    };
  }
  const description = displayed(meta.description, locale);
  const source = provenance(meta, locale);
  const url = ruleDocsUrl(id);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${source}` },
    help: {
      text: `${description}\n\n${source}\n\n${localize(WORDS.docs, locale, { url })}`,
      markdown: `${description}\n\n${source}\n\n[${localize(WORDS.docs, locale, { url: id })}](${url})`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: {
      category: meta.category,
      ...(meta.cites ? { cites: citationOf(meta.cites, locale) } : {}),
      tags: ['cps', meta.category],
    },
  };
}

function citationOf(citation: Citation, locale: Locale): Record<string, string> {
  return { kind: citation.kind, id: citation.id, text: describeCitation(citation, locale) };
}

/** A displayed path as a URI reference: relative paths stay relative (to %SRCROOT%), absolute ones become file URIs. */
export function artifactLocation(displayPath: string): Record<string, string> {
  displayPath = wellFormed(displayPath);
  const windows = /^[A-Za-z]:[\\/]/.test(displayPath);
  const segments = displayPath.split(/[\\/]/).map((segment) => (windows && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)));
  if (windows) return { uri: `file:///${segments.join('/')}` };
  if (displayPath.startsWith('/')) return { uri: `file://${segments.join('/')}` };
  return { uri: segments.join('/'), uriBaseId: '%SRCROOT%' };
}

// encodeURIComponent throws on a lone surrogate, which a file name on Linux can hold: it becomes U+FFFD, as String.prototype.toWellFormed (Node 20+) would make it.
const wellFormed = (text: string): string => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

function regionOf(range: Range): Record<string, number> {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function resultOf(finding: Finding, report: FileReport, ruleIndex: number, locale: Locale): Record<string, unknown> {
  const artifact = artifactLocation(report.displayPath);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: regionOf(finding.range) } }],
    ...(finding.related?.length
      ? {
          relatedLocations: finding.related.map((place, index) => ({
            id: index + 1,
            physicalLocation: { artifactLocation: artifact, region: regionOf(place.range) },
            message: { text: place.message },
          })),
        }
      : {}),
    properties: {
      messageId: finding.messageId,
      ...(finding.cites ? { cites: citationOf(finding.cites, locale) } : {}),
    },
  };
}
