import type { Localized, Pedagogy } from '@cpskit/core';
import { z } from 'zod';
import { defineRule, type Rule } from '../rule.js';
import { placeOf } from './places.js';

export interface PedagogyOptions {
  /** Share of the activities, 0 to 1, that must list the pedagogy. */
  readonly minShare: number;
}

export interface PedagogyRuleSpec {
  readonly id: string;
  readonly modality: string;
  readonly pedagogy: Pedagogy;
  readonly description: Localized;
  /** The pedagogy as the messages name it: "an active pedagogy". */
  readonly name: Localized;
  /** What it looks like in an activity, for the message when no activity lists it. */
  readonly looksLike: Localized;
}

/** A share as a whole percentage that never rounds up to the bar it falls short of. */
function percent(share: number, below: boolean): number {
  const rounded = Math.round(share * 100);
  return below && share * 100 < rounded ? Math.floor(share * 100) : rounded;
}

/**
 * A rule for one of the three pedagogies of criterion 1.4: met when at least `minShare`
 * of the activities (every kind) list it in `pedagogy`, partly met when some do,
 * missing when none does. SpF gives no share; the bar is a configurable default.
 */
export function pedagogyRule(spec: PedagogyRuleSpec): Rule<'none' | 'few', PedagogyOptions> {
  const m = spec.modality;
  return defineRule<'none' | 'few', PedagogyOptions>({
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
            en: `Share of the activities (0 to 1, all kinds) that must list "${spec.pedagogy}" in their "pedagogy" for ${m} to be met. SpF gives no figure: this is a configurable default.`,
            fr: `Part des activités (de 0 à 1, tous types confondus) qui doivent indiquer « ${spec.pedagogy} » dans leur « pedagogy » pour que ${m} soit rempli. SpF ne donne pas de chiffre : c’est une valeur par défaut réglable.`,
          },
        },
      },
      messages: {
        none: {
          en: `No activity lists "${spec.pedagogy}" in its "pedagogy", although criterion ${m} asks facilitators to use ${spec.name.en}: ${spec.looksLike.en}. Add "${spec.pedagogy}" to the "pedagogy" of the activities that work this way.`,
          fr: `Aucune activité n’indique « ${spec.pedagogy} » dans sa « pedagogy », alors que le critère ${m} demande aux intervenants d’utiliser ${spec.name.fr} : ${spec.looksLike.fr}. Ajoutez « ${spec.pedagogy} » à la « pedagogy » des activités qui fonctionnent ainsi.`,
        },
        few: {
          en: `{count} of {total} activities ({share}%) use ${spec.name.en}; the bar is {bar}% (criterion ${m}). Add "${spec.pedagogy}" to the "pedagogy" of more activities, or set the "minShare" option if this share suits the programme.`,
          fr: `{count} {count|activité|activités} sur {total} ({share} %) {count|utilise|utilisent} ${spec.name.fr} ; le seuil est de {bar} % (critère ${m}). Ajoutez « ${spec.pedagogy} » à la « pedagogy » d’autres activités, ou réglez l’option « minShare » si cette part convient au programme.`,
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
      const count = model.activities.filter((activity) => activity.pedagogy.some((entry) => entry.value === spec.pedagogy)).length;
      const share = count / total;
      const below = share < options.minShare;
      const args = { count, total, share: percent(share, below), bar: Math.round(options.minShare * 100) };
      const evidence = locale === 'fr' ? `${count} activité${count > 1 ? 's' : ''} sur ${total} (${args.share} %)` : `${count} of ${total} activities (${args.share}%)`;
      const at = model.topLevelPair('activities');
      if (count === 0) {
        assess(m, 'missing');
        if (at) report({ messageId: 'none', ...placeOf(at.key) });
      } else if (below) {
        assess(m, 'partly-met', evidence);
        if (at) report({ messageId: 'few', args, ...placeOf(at.key) });
      } else assess(m, 'met', evidence);
    },
  });
}
