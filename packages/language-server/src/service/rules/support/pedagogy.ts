import { foldText, rememberedByText, type Localized, type Pedagogy } from '@cpskit/core';
import { z } from 'zod';
import type { ActivityModel } from '../../model/manual-model.js';
import { valueOf } from '../../parse/tree.js';
import { defineRule, type RelatedInput, type Rule } from '../rule.js';
import { placeOf } from './places.js';
import { meaningfulText, meaningfulTexts } from './meaningful.js';

export interface PedagogyOptions {
  /** Share of the activities, 0 to 1, that must show the pedagogy. */
  readonly minShare: number;
}

/** What shows, in an activity, that a pedagogy it lists is carried out. */
export type PedagogyEvidence =
  /** How the activity runs: a `description` or `steps` (active, positive). */
  | 'how-it-runs'
  /** A look back on what was lived: `debrief`, a debrief step, or `objectives` (experiential). */
  | 'debrief';

export interface PedagogyRuleSpec {
  readonly id: string;
  readonly modality: string;
  readonly pedagogy: Pedagogy;
  readonly description: Localized;
  /** The pedagogy as the messages name it: "an active pedagogy". */
  readonly name: Localized;
  /** What it looks like in an activity, for the message when no activity lists it. */
  readonly looksLike: Localized;
  readonly shownBy: PedagogyEvidence;
}

/**
 * Words (folded: lower case, no accents) that make a text a debrief, a time to look back on
 * what was lived. cpskit reads words, not the quality of the debrief.
 */
export const DEBRIEF_MARKERS: readonly string[] = [
  'debrief',
  'retour sur',
  'bilan',
  'mise en commun',
  "ce qu'ils ont ressenti",
  "ce qu'elles ont ressenti",
  "ce qu'ils ont vecu",
  "ce qu'elles ont vecu",
  "qu'avez-vous ressenti",
  'relecture',
  'partage du vecu',
  'look back',
  'looking back',
  'what they felt',
  'what did you feel',
  'how did you feel',
];

/** Whether a text is (or holds) a debrief. Asked of every step of every activity by several rules, hence remembered. */
export const isDebriefText: (text: string) => boolean = rememberedByText((text) => {
  const folded = foldText(text);
  return DEBRIEF_MARKERS.some((marker) => folded.includes(marker));
});

/** Whether an activity says how it runs: a written description or written steps. */
export function saysHowItRuns(activity: ActivityModel): boolean {
  return meaningfulText(valueOf(activity.node, 'description')) !== undefined || meaningfulTexts(valueOf(activity.node, 'steps')).length > 0;
}

/**
 * Whether an activity looks back on what was lived: a written `debrief`, a step or a
 * description that is a debrief, or `objectives` participants can recognise.
 */
export function looksBack(activity: ActivityModel): boolean {
  const node = activity.node;
  if (meaningfulText(valueOf(node, 'debrief')) !== undefined) return true;
  if (meaningfulTexts(valueOf(node, 'steps')).some(isDebriefText)) return true;
  const description = meaningfulText(valueOf(node, 'description'));
  if (description !== undefined && isDebriefText(description)) return true;
  return meaningfulTexts(valueOf(node, 'objectives')).length > 0;
}

/** A share as a whole percentage that never rounds up to the bar it falls short of. */
function percent(share: number, below: boolean): number {
  const rounded = Math.round(share * 100);
  return below && share * 100 < rounded ? Math.floor(share * 100) : rounded;
}

/** How to show a pedagogy, for the message when activities only declare it. */
const HOW_TO_SHOW: Readonly<Record<PedagogyEvidence, Localized>> = {
  'how-it-runs': {
    en: 'For those activities, describe how they run in "description" or, step by step, in "steps".',
    fr: 'Pour ces activités, décrivez leur déroulé dans «\u00a0description\u00a0» ou, étape par étape, dans «\u00a0steps\u00a0».',
  },
  debrief: {
    en: 'For those activities, add a time to look back on what was lived ("debrief"), a debrief step in "steps", or the "objectives" participants can recognise.',
    fr: 'Pour ces activités, ajoutez un temps de retour sur ce qui a été vécu («\u00a0debrief\u00a0»), une étape de retour dans «\u00a0steps\u00a0», ou des objectifs que les participants peuvent reconnaître («\u00a0objectives\u00a0»).',
  },
};

/** Related places shown under a finding, at most: enough to find the activities, not a list of all. */
const MAX_RELATED = 10;

/**
 * A rule for one of the three pedagogies of criterion 1.4. An activity's `pedagogy` tag is
 * the author's word; it is shown when the activity also says how it is carried out
 * (`shownBy`). Met when at least `minShare` of the activities (every kind) show it; declared
 * when enough list it but too few show it; partly met when some list it, below the share;
 * missing when none does. SpF gives no share; the bar is a configurable default.
 */
export function pedagogyRule(spec: PedagogyRuleSpec): Rule<'none' | 'few' | 'declared-only', PedagogyOptions> {
  const m = spec.modality;
  const p = spec.pedagogy;
  const shows = spec.shownBy === 'debrief' ? looksBack : saysHowItRuns;
  return defineRule<'none' | 'few' | 'declared-only', PedagogyOptions>({
    meta: {
      id: spec.id,
      category: 'criteria',
      description: spec.description,
      cites: { kind: 'modality', id: m },
      assesses: [m],
      severity: 'warning',
      options: {
        schema: z.strictObject({ minShare: z.number().min(0).max(1) }).partial(),
        defaults: { minShare: 0.5 },
        docs: {
          minShare: {
            en: `Share of the activities (0 to 1, all kinds) that must list "${p}" in their "pedagogy" and show it for ${m} to be met. SpF gives no figure: this is a configurable default.`,
            fr: `Part des activités (de 0 à 1, tous types confondus) qui doivent indiquer «\u00a0${p}\u00a0» dans leur «\u00a0pedagogy\u00a0» et la montrer pour que ${m} soit rempli. SpF ne donne pas de chiffre\u00a0: c’est une valeur par défaut réglable.`,
          },
        },
      },
      messages: {
        none: {
          en: `No activity lists "${p}" in its "pedagogy", although criterion ${m} asks facilitators to use ${spec.name.en}: ${spec.looksLike.en}. Add "${p}" to the "pedagogy" of the activities that work this way.`,
          fr: `Aucune activité n’indique «\u00a0${p}\u00a0» dans sa «\u00a0pedagogy\u00a0», alors que le critère ${m} demande aux intervenants d’utiliser ${spec.name.fr}\u00a0: ${spec.looksLike.fr}. Ajoutez «\u00a0${p}\u00a0» à la «\u00a0pedagogy\u00a0» des activités qui fonctionnent ainsi.`,
        },
        few: {
          en: `{count} of {total} activities ({share}%) use ${spec.name.en}; the bar is {bar}% (criterion ${m}). Add "${p}" to the "pedagogy" of more activities, or set the "minShare" option if this share suits the programme.`,
          fr: `{count} {count|activité|activités} sur {total} ({share}\u00a0%) {count|utilise|utilisent} ${spec.name.fr}\u00a0; le seuil est de {bar}\u00a0% (critère ${m}). Ajoutez «\u00a0${p}\u00a0» à la «\u00a0pedagogy\u00a0» d’autres activités, ou réglez l’option «\u00a0minShare\u00a0» si cette part convient au programme.`,
        },
        'declared-only': {
          en: `{count} of {total} activities list "${p}" in their "pedagogy", but {shown} of the {total} ({share}%) {shown|says|say} how, below the bar of {bar}% (criterion ${m}): the manual declares ${spec.name.en} without showing it. ${HOW_TO_SHOW[spec.shownBy].en}`,
          fr: `Sur {total} {total|activité|activités}, {count} {count|indique|indiquent} «\u00a0${p}\u00a0» dans leur «\u00a0pedagogy\u00a0», mais {shown} ({share}\u00a0%) {shown|dit|disent} comment, sous le seuil de {bar}\u00a0% (critère ${m})\u00a0: le manuel déclare ${spec.name.fr} sans la montrer. ${HOW_TO_SHOW[spec.shownBy].fr}`,
        },
      },
    },
    check({ model, options, report, assess, locale }) {
      const total = model.activities.length;
      // No activities at all is the schema's to report (`activities` is required and not empty);
      // activities that all still hold a place (« À COMPLÉTER ») list no pedagogy yet.
      if (total === 0) {
        assess(m, 'missing');
        const written = model.topLevelPair('activities');
        if (model.allActivities.length > 0 && written) report({ messageId: 'none', ...placeOf(written.key) });
        return;
      }
      const listing = model.activities.filter((activity) => activity.pedagogy.some((entry) => entry.value === p));
      const shown = listing.filter(shows);
      const listed = listing.length / total;
      const showing = shown.length / total;
      const at = model.topLevelPair('activities');
      const fr = locale === 'fr';
      if (listing.length === 0) {
        assess(m, 'missing');
        if (at) report({ messageId: 'none', ...placeOf(at.key) });
        return;
      }
      if (showing >= options.minShare) {
        const share = percent(showing, false);
        assess(m, 'met', fr ? `${shown.length} activité${shown.length > 1 ? 's' : ''} sur ${total} (${share}\u00a0%)` : `${shown.length} of ${total} activities (${share}%)`);
        return;
      }
      const bar = Math.round(options.minShare * 100);
      if (listed >= options.minShare) {
        const share = percent(showing, true);
        const count = listing.length;
        assess(
          m,
          'declared',
          fr
            ? `${count} activité${count > 1 ? 's' : ''} sur ${total}, dont ${shown.length} qui ${shown.length > 1 ? 'montrent' : 'montre'} comment`
            : `${count} of ${total} activities, ${shown.length} showing how`,
        );
        const related: RelatedInput[] = listing
          .filter((activity) => !shown.includes(activity))
          .slice(0, MAX_RELATED)
          .map((activity) => ({
            ...placeOf(activity.pedagogy.find((entry) => entry.value === p)!.node),
            note: { en: 'lists "{pedagogy}" without saying how', fr: 'indique «\u00a0{pedagogy}\u00a0» sans dire comment' },
            args: { pedagogy: p },
          }));
        if (at) report({ messageId: 'declared-only', args: { count, total, shown: shown.length, share, bar }, related, ...placeOf(at.key) });
        return;
      }
      const share = percent(listed, true);
      assess(
        m,
        'partly-met',
        fr ? `${listing.length} activité${listing.length > 1 ? 's' : ''} sur ${total} (${share}\u00a0%)` : `${listing.length} of ${total} activities (${share}%)`,
      );
      if (at) report({ messageId: 'few', args: { count: listing.length, total, share, bar }, ...placeOf(at.key) });
    },
  });
}
