import {
  frenchTypographyMarkdown,
  message,
  GENERAL_CRITERIA,
  lookupAxis4Item,
  lookupCompetency,
  lookupModality,
  lookupOperationalCriterion,
  lookupStrategyAxis,
  type Locale,
  displayed,
} from '@cpskit/core';
import type { Citation } from '../finding.js';
import type { RuleMeta } from '../rules/rule.js';

export const HEADER_END = '<!-- end of the generated header -->';
const HEADER_START = '<!-- generated from the rule’s metadata by `pnpm docs:generate`: edit the rule, not this header -->';

const LABELS = {
  en: {
    severity: 'Default severity',
    strict: 'Under `strict`',
    fixable: 'Quick fix',
    yes: 'yes',
    no: 'no',
    cites: 'Cites',
    assesses: 'Modalities assessed',
    options: 'Options',
    option: 'option',
    default: 'default',
    meaning: 'meaning',
    category: 'Family',
    messages: 'Messages',
    info: 'info',
    axis: 'Axis',
    assessesAxis4: 'Items of axis 4 assessed (apart from SpF’s modalities and score)',
  },
  fr: {
    severity: 'Gravité par défaut',
    strict: 'Avec `strict`',
    fixable: 'Correction rapide',
    yes: 'oui',
    no: 'non',
    cites: 'S’appuie sur',
    assesses: 'Modalités évaluées',
    options: 'Options',
    option: 'option',
    default: 'défaut',
    meaning: 'sens',
    category: 'Famille',
    messages: 'Messages',
    info: 'info',
    axis: 'Axe',
    assessesAxis4: 'Éléments de l’axe 4 évalués (à part des modalités et du score de SpF)',
  },
} as const;

/** A citation in words: `1.2.4 — Les activités CPS sont intensives…`. */
export function describeCitation(citation: Citation, locale: Locale): string {
  if (citation.kind === 'modality') {
    const modality = lookupModality(citation.id);
    return modality ? `${citation.id} — ${displayed(modality.label, locale)}` : citation.id;
  }
  if (citation.kind === 'criterion') {
    const criterion = lookupOperationalCriterion(citation.id) ?? GENERAL_CRITERIA.find((entry) => entry.id === citation.id);
    return criterion ? `${citation.id} — ${displayed(criterion.label, locale)}` : citation.id;
  }
  if (citation.kind === 'axis') {
    const axis = lookupStrategyAxis(citation.id);
    const name = `${LABELS[locale].axis} ${citation.id}`;
    return axis ? `${name} — ${displayed(axis.label, locale)}` : name;
  }
  const competency = lookupCompetency(citation.id);
  return competency ? `${citation.id} — ${displayed(competency.competency.label, locale)}` : citation.id;
}

/** What a rule assesses, in words: one of SpF's modalities, or an item of axis 4 (`A4.1`). */
export function describeAssessed(id: string, locale: Locale): string {
  const item = lookupAxis4Item(id);
  return item ? `${id} — ${displayed(item.label, locale)}` : describeCitation({ kind: 'modality', id }, locale);
}

/** The message ids a docs page lists in its generated header (`- Messages: \`none\`, \`few\``), in either language. */
export function messageIdsIn(page: string): string[] {
  const header = page.includes(HEADER_END) ? page.slice(0, page.indexOf(HEADER_END)) : page;
  const line = /^- Messages[ \u00a0]?: (.*)$/m.exec(header);
  return line ? [...line[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!) : [];
}

function headerIn(meta: RuleMeta, locale: Locale): string[] {
  const words = LABELS[locale];
  // French sets a space before the colon.
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const lines = [`${displayed(meta.description, locale)}`, ''];
  lines.push(`- ${words.category}${colon} ${message(`category.${meta.category}`, locale)}`);
  lines.push(
    `- ${words.severity}${colon} ${message(`severity.${meta.severity}`, locale)}${locale === 'fr' ? '\u00a0;' : ';'} ${words.strict}${colon} ${message(`severity.${meta.strictSeverity ?? 'error'}`, locale)}`,
  );
  lines.push(`- ${words.fixable}${colon} ${meta.fixable ? words.yes : words.no}`);
  if (meta.cites) lines.push(`- ${words.cites}${colon} ${describeCitation(meta.cites, locale)}`);
  if (meta.assesses?.length) {
    const axis4Only = meta.assesses.every((id) => lookupAxis4Item(id) !== undefined);
    lines.push(`- ${axis4Only ? words.assessesAxis4 : words.assesses}${colon}`);
    for (const id of meta.assesses) lines.push(`  - ${describeAssessed(id, locale)}`);
  }
  const messageIds = Object.keys(meta.messages);
  if (messageIds.length > 0) {
    const info = new Set<string>(meta.infoMessages ?? []);
    lines.push(`- ${words.messages}${colon} ${messageIds.map((id) => `\`${id}\`${info.has(id) ? ` (${words.info})` : ''}`).join(', ')}`);
  }
  if (meta.options) {
    lines.push('', `${words.options}${colon}`, '', `| ${words.option} | ${words.default} | ${words.meaning} |`, '| --- | --- | --- |');
    for (const [name, doc] of Object.entries<{ en: string; fr: string }>(meta.options.docs)) {
      const value = (meta.options.defaults as Record<string, unknown>)[name];
      // An option without a default is unset: the rule decides (intensity's bars by age band).
      lines.push(`| \`${name}\` | ${value === undefined ? '—' : `\`${JSON.stringify(value)}\``} | ${displayed(doc, locale)} |`);
    }
  }
  return lines;
}

/** The header of a rule's docs page, in both languages, as the generator writes it. */
export function renderRuleDocHeader(meta: RuleMeta): string {
  return [HEADER_START, `# \`${meta.id}\``, '', ...headerIn(meta, 'en'), '', ...headerIn(meta, 'fr'), HEADER_END, ''].join('\n');
}

/** A docs page with its header brought up to date and its hand-written body kept. */
export function withFreshHeader(meta: RuleMeta, page: string | undefined): string {
  const body = page?.includes(HEADER_END) ? page.slice(page.indexOf(HEADER_END) + HEADER_END.length).replace(/^\n+/, '') : (page ?? '');
  return `${renderRuleDocHeader(meta)}\n${body}`;
}

/** The hand-written part of a page for one language: the section under `## English` or `## Français`. */
export function bodyIn(page: string, locale: Locale): string | undefined {
  const heading = locale === 'fr' ? '## Français' : '## English';
  const found = new RegExp(`(^|\n)${heading}\n`).exec(page);
  if (!found) return undefined;
  const rest = page.slice(found.index + found[0].length);
  const next = rest.search(/\n## (English|Français)\n/);
  return (next === -1 ? rest : rest.slice(0, next)).trim();
}

/** What `cps explain` prints: the header in one language, then that language's body. */
export function explainRule(meta: RuleMeta, page: string | undefined, locale: Locale): string {
  const found = page ? bodyIn(page, locale) : undefined;
  const body = found !== undefined && locale === 'fr' ? frenchTypographyMarkdown(found) : found;
  return [`# ${meta.id}`, '', ...headerIn(meta, locale), '', ...(body ? [body, ''] : [])].join('\n');
}
