import {
  GENERAL_CRITERIA,
  MODALITIES,
  OPERATIONAL_CRITERIA,
  displayed,
  lookupCompetency,
  lookupModality,
  lookupOperationalCriterion,
  markdownText,
  type Locale,
} from '@cpskit/core';
import { Markup, describeCompetency } from '../editing/hover.js';
import { STATUS_MEANINGS } from '../analysis/evidence-text.js';
import { RULE_METAS } from '../rules/registry.js';
import type { ModalityStatus } from '../rules/rule.js';

const WORDS = {
  en: {
    competency: 'Competency',
    modality: 'Practical modality',
    criterion: 'Operational criterion',
    general: 'General criterion',
    ofCriterion: 'Criterion',
    keyPhrase: 'At its heart',
    statuses: 'What each status means',
    assessedBy: 'Rules that decide its status',
    citedBy: 'Rules whose findings cite it',
    none: 'none',
    modalities: 'Practical modalities',
    criteria: 'Operational criteria',
    more: 'For a rule, run `cps explain <rule>`.',
    status: { met: 'met', 'partly-met': 'partly met', declared: 'declared, no evidence', missing: 'missing', 'not-applicable': 'not applicable' },
    colon: ':',
  },
  fr: {
    competency: 'Compétence',
    modality: 'Modalité pratique',
    criterion: 'Critère opérationnel',
    general: 'Critère général',
    ofCriterion: 'Critère',
    keyPhrase: 'Au cœur de la modalité',
    statuses: 'Ce que veut dire chaque statut',
    assessedBy: 'Règles qui décident de son statut',
    citedBy: 'Règles dont les constats la citent',
    none: 'aucune',
    modalities: 'Modalités pratiques',
    criteria: 'Critères opérationnels',
    more: 'Pour une règle, lancez `cps explain <règle>`.',
    status: { met: 'rempli', 'partly-met': 'en partie', declared: 'déclaré sans preuve', missing: 'manquant', 'not-applicable': 'sans objet' },
    colon: '\u00a0:',
  },
} as const;

const STATUSES: readonly ModalityStatus[] = ['met', 'partly-met', 'declared', 'missing', 'not-applicable'];

function text(value: string): string {
  return markdownText(value);
}

function rulesList(ids: readonly string[], locale: Locale): string[] {
  return ids.length === 0 ? [WORDS[locale].none] : ids.map((id) => `\`${id}\` — ${text(displayed(RULE_METAS.find((meta) => meta.id === id)!.description, locale))}`);
}

function explainModality(id: string, locale: Locale): string {
  const words = WORDS[locale];
  const modality = lookupModality(id)!;
  const criterion = lookupOperationalCriterion(modality.criterion)!;
  const lines = [
    `# ${words.modality} ${id}`,
    '',
    text(displayed(modality.label, locale)),
    '',
    `- ${words.keyPhrase}${words.colon} **${text(displayed(modality.keyPhrase, locale))}**`,
    `- ${words.ofCriterion} ${criterion.id}${words.colon} ${text(displayed(criterion.label, locale))}`,
    '',
    `## ${words.statuses}`,
    '',
    ...STATUSES.map((status) => `- **${words.status[status]}**${words.colon} ${text(displayed(STATUS_MEANINGS[status], locale))}`),
    '',
    `## ${words.assessedBy}`,
    '',
    ...rulesList(
      RULE_METAS.filter((meta) => meta.assesses?.includes(id)).map((meta) => meta.id),
      locale,
    ).map((line) => `- ${line}`),
    '',
    `## ${words.citedBy}`,
    '',
    ...rulesList(
      RULE_METAS.filter((meta) => meta.cites?.kind === 'modality' && meta.cites.id === id).map((meta) => meta.id),
      locale,
    ).map((line) => `- ${line}`),
    '',
    words.more,
    '',
  ];
  return lines.join('\n');
}

function explainCriterion(id: string, locale: Locale): string {
  const words = WORDS[locale];
  const general = GENERAL_CRITERIA.find((entry) => entry.id === id);
  if (general) {
    const lines = [`# ${words.general} ${id}`, '', text(displayed(general.label, locale)), '', `## ${words.criteria}`, ''];
    for (const operational of OPERATIONAL_CRITERIA.filter((entry) => entry.general === general.id)) {
      lines.push(`- **${operational.id}** ${text(displayed(operational.label, locale))}`);
    }
    return [...lines, '', words.more, ''].join('\n');
  }
  const criterion = lookupOperationalCriterion(id)!;
  const lines = [`# ${words.criterion} ${id}`, '', text(displayed(criterion.label, locale)), '', `## ${words.modalities}`, ''];
  for (const modality of MODALITIES.filter((entry) => entry.criterion === criterion.id)) lines.push(`- **${modality.id}** ${text(displayed(modality.label, locale))}`);
  const citing = RULE_METAS.filter((meta) => (meta.cites?.kind === 'criterion' && meta.cites.id === id) || meta.assesses?.some((assessed) => assessed.startsWith(`${id}.`)));
  lines.push('', `## ${words.assessedBy}`, '');
  for (const line of rulesList(
    citing.map((meta) => meta.id),
    locale,
  ))
    lines.push(`- ${line}`);
  return [...lines, '', words.more, ''].join('\n');
}

/**
 * What `cps explain` says of a reference id, in Markdown: a competency code (`E1.2`, any
 * spelling the checker accepts) with its label and key messages; a practical modality
 * (`1.2.4`) with its wording, what each status means and the rules that assess and cite it;
 * an operational or general criterion (`1.2`, `1`). Undefined for any other id.
 */
export function explainReference(id: string, locale: Locale): string | undefined {
  const trimmed = id.trim();
  if (lookupModality(trimmed)) return explainModality(trimmed, locale);
  if (lookupOperationalCriterion(trimmed) || GENERAL_CRITERIA.some((entry) => entry.id === trimmed)) return explainCriterion(trimmed, locale);
  const competency = lookupCompetency(trimmed);
  if (competency) {
    const out = describeCompetency(new Markup(true), competency, locale, trimmed);
    return `# ${WORDS[locale].competency} ${competency.competency.code}\n\n${out.toString()}\n`;
  }
  return undefined;
}
