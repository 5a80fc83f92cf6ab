import { frenchTypography, joinList, type Locale, type Localized } from '@cpskit/core';
import { valueDoc } from '../editing/key-docs.js';
import type { ModalityStatus } from '../rules/rule.js';

/** What the training covers, as the object of « la formation couvre … » / "the training covers …". */
const TOPICS: Readonly<Record<string, Localized>> = {
  'cps-knowledge': { en: 'knowledge of the CPS', fr: 'la connaissance des CPS' },
  'own-cps': { en: 'work on the facilitators’ own CPS', fr: 'le travail des intervenants sur leurs propres CPS' },
  'structured-activities': { en: 'running structured, sequenced CPS activities', fr: 'l’animation d’activités CPS structurées et séquencées' },
  materials: { en: 'using grounded materials (facilitator guide, participant booklet)', fr: 'l’usage de supports fondés (guide de l’intervenant, livret du participant)' },
  'informal-practices': { en: 'informal CPS practices', fr: 'les pratiques CPS informelles' },
  pedagogy: { en: 'an active, positive and experiential pedagogy', fr: 'une pédagogie active, positive et expérientielle' },
};

/** The modalities whose evidence is the manual's own sentence: it is quoted, verbatim. */
const QUOTED_MODALITIES = /^(1\.1\.[12]|2\.3\.[134]|3\.[12]\.\d)$/;

/** What each status means, said of a modality: the "why" of its status. */
export const STATUS_MEANINGS: Readonly<Record<ModalityStatus, Localized>> = {
  met: { en: 'the manual shows what the modality asks for', fr: 'le manuel montre ce que demande la modalité' },
  'partly-met': { en: 'the manual shows part of what the modality asks for', fr: 'le manuel montre une partie de ce que demande la modalité' },
  declared: {
    en: 'the manual says it is done but not how, so a reader cannot check it',
    fr: 'le manuel l’affirme sans dire comment, si bien qu’un lecteur ne peut pas le vérifier',
  },
  missing: { en: 'the manual does not show it', fr: 'le manuel ne le montre pas' },
  'not-applicable': { en: 'the modality does not apply to this programme', fr: 'la modalité ne s’applique pas à ce programme' },
};

/** The meaning of a status, in the locale's typography. */
export function statusMeaning(status: ModalityStatus, locale: Locale): string {
  return locale === 'fr' ? frenchTypography(STATUS_MEANINGS[status].fr) : STATUS_MEANINGS[status].en;
}

function words(text: Localized, locale: Locale): string {
  return locale === 'fr' ? frenchTypography(text.fr) : text.en;
}

/** A value of a closed list in words (`team-meeting` → « réunion d’équipe »), else the manual's word quoted. */
function valueWords(pattern: string, value: string, locale: Locale): string {
  const doc = valueDoc(pattern, value);
  return doc ? words(doc.label, locale) : quote(value, locale);
}

function quote(text: string, locale: Locale): string {
  return locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

function training(topic: string, level: string, hours: string, locale: Locale): string {
  const what = TOPICS[topic] ? words(TOPICS[topic], locale) : quote(topic, locale);
  const figures = [level !== 'undefined' ? (locale === 'fr' ? `niveau ${level}` : `level ${level}`) : undefined, hours !== 'undefined' ? `${hours}\u00a0h` : undefined].filter(
    (entry): entry is string => entry !== undefined,
  );
  const detail = figures.length > 0 ? ` (${figures.join(', ')})` : '';
  return locale === 'fr' ? `la formation${detail} couvre ${what}` : `the training${detail} covers ${what}`;
}

/**
 * A modality's evidence in words a non-developer reads: « training.covers: cps-knowledge;
 * level: 2; hours: 12 » becomes « la formation (niveau 2, 12 h) couvre la connaissance des
 * CPS », « support.collective: team-meeting, termly » « accompagnement collectif : réunion
 * d’équipe, chaque trimestre ». The manual's own sentences are quoted as written; evidence the
 * rules already wrote in words (« 5 séances ; 4 ateliers sur 5 en séance ») is kept. Undefined
 * when there is no evidence.
 */
export function evidenceText(modality: { readonly id: string; readonly evidence?: string | undefined }, locale: Locale): string | undefined {
  const evidence = modality.evidence;
  if (evidence === undefined || evidence === '') return undefined;
  const fr = locale === 'fr';

  const covers = /^training\.covers: ([\w-]+); level: (\w+); hours: ([\w.]+)$/.exec(evidence);
  if (covers) return training(covers[1]!, covers[2]!, covers[3]!, locale);

  if (/^training\.level: 1$/.test(evidence)) {
    return fr
      ? 'la formation est de niveau 1 (acquérir les bases sur les CPS)\u00a0; animer des séances relève du niveau 2'
      : 'the training is at level 1 (the basics of the CPS); running sessions is level 2';
  }

  const support = /^support\.(collective|individual): (.+), ([^,]+)$/.exec(evidence);
  if (support) {
    const [, kind, format, frequency] = support as unknown as [string, 'collective' | 'individual', string, string];
    const what = valueWords(`support.${kind}.format`, format, locale);
    const when = valueWords(`support.${kind}.frequency`, frequency, locale);
    const name = kind === 'collective' ? (fr ? 'accompagnement collectif' : 'collective follow-up') : fr ? 'accompagnement individuel' : 'individual follow-up';
    return `${name}${fr ? '\u00a0:' : ':'} ${what}, ${when}`;
  }

  const materials = /^(?:facilitator_guide: (.*?))?(?:; )?(?:participant_booklet: (.*))?$/s.exec(evidence);
  if (modality.id === '1.2.5' && materials && (materials[1] !== undefined || materials[2] !== undefined)) {
    const parts = [
      materials[1] !== undefined ? `${fr ? 'guide de l’intervenant' : 'facilitator guide'} ${quote(materials[1], locale)}` : undefined,
      materials[2] !== undefined ? `${fr ? 'livret du participant' : 'participant booklet'} ${quote(materials[2], locale)}` : undefined,
    ].filter((entry): entry is string => entry !== undefined);
    return parts.join(fr ? '\u00a0; ' : '; ');
  }

  const explicit = /^(\d+)\/(\d+)$/.exec(evidence);
  if (modality.id === '1.2.3' && explicit) {
    const [named, total] = [Number(explicit[1]), Number(explicit[2])];
    return fr
      ? `${named} ${named < 2 ? 'activité' : 'activités'} sur ${total} ${named < 2 ? 'indique' : 'indiquent'} les compétences travaillées`
      : `${named} of ${total} ${total === 1 ? 'activity names' : 'activities name'} the competencies worked`;
  }

  if (modality.id === '1.2.2' && /^[CES][12]( [CES][12])*$/.test(evidence)) {
    const codes = evidence.split(' ');
    return fr ? `compétences générales travaillées\u00a0: ${joinList(codes, locale)}` : `general competencies worked: ${joinList(codes, locale)}`;
  }

  if (modality.id === '1.3.1' || modality.id === '1.3.2') {
    const name = modality.id === '1.3.1' ? (fr ? 'rituels' : 'rituals') : fr ? 'pratiques informelles' : 'informal practices';
    const timed = [...evidence.matchAll(/(?:^|;\s*)([^;(]+?) \(([\w-]+)\)/g)];
    if (timed.length > 0) {
      const items = timed.map(([, id, frequency]) => `${id!.trim()} (${valueWords('activities[].frequency', frequency!, locale)})`);
      return `${name}${fr ? '\u00a0:' : ':'} ${items.join(fr ? '\u00a0; ' : '; ')}`;
    }
    return fr ? `${name} sans fréquence indiquée\u00a0: ${evidence}` : `${name} with no frequency given: ${evidence}`;
  }

  if (modality.id === '2.3.5') {
    const groups = evidence.split(/,\s*/).map((group) => valueWords('governance.stakeholders[]', group, locale));
    return fr ? `parties prenantes associées\u00a0: ${joinList(groups, locale)}` : `stakeholders involved: ${joinList(groups, locale)}`;
  }

  if (QUOTED_MODALITIES.test(modality.id)) return fr ? `le manuel dit\u00a0: ${quote(evidence, locale)}` : `the manual says: ${quote(evidence, locale)}`;
  // Figures the rule already put in words, in the locale of the analysis.
  return evidence;
}

/** A modality in one sentence: its status, then its evidence, or what the status means when there is none (« rempli — la formation … »). */
export function modalitySentence(
  modality: { readonly id: string; readonly status: ModalityStatus; readonly evidence?: string | undefined },
  statusWord: string,
  locale: Locale,
): string {
  const text = evidenceText(modality, locale);
  return `${statusWord} — ${text ?? statusMeaning(modality.status, locale)}`;
}
