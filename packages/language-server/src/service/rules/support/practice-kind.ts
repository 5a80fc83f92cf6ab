import { PRACTICE_FREQUENCIES, type Localized } from '@cpskit/core';
import { valueOf } from '../../parse/tree.js';
import { holdsPlaceholder, meaningfulText } from './meaningful.js';
import { defineRule, type Rule } from '../rule.js';
import { clip, placeOf } from './places.js';

const choices = (or: string): string => `${PRACTICE_FREQUENCIES.slice(0, -1).join(', ')} ${or} ${PRACTICE_FREQUENCIES[PRACTICE_FREQUENCIES.length - 1]}`;

/** The values of `frequency` as a list to choose from, for messages. */
export const FREQUENCY_CHOICES: Localized = { en: choices('or'), fr: choices('ou') };

export interface PracticeKindSpec {
  readonly id: string;
  readonly modality: string;
  /** The activity kind that shows the modality: `ritual` or `informal`. */
  readonly kind: 'ritual' | 'informal';
  readonly description: Localized;
  /** The message when the manual has none: what such a practice is and an example, ending with what to add. */
  readonly none: Localized;
  /** The message for one without a frequency; `{id}` is the activity's id. */
  readonly noFrequency: Localized;
}

/**
 * A rule for a kind of practice that lives outside the sessions (rituals, informal
 * practices): met when at least one activity of that kind says how often it comes back,
 * partly met when they exist but none says it, missing when there is none. Each one
 * without a frequency is reported at its `kind`, even when another one has a frequency.
 */
export function practiceKindRule(spec: PracticeKindSpec): Rule<'none' | 'no-frequency'> {
  return defineRule<'none' | 'no-frequency'>({
    meta: {
      id: spec.id,
      category: 'criteria',
      description: spec.description,
      cites: { kind: 'modality', id: spec.modality },
      assesses: [spec.modality],
      severity: 'warning',
      messages: { none: spec.none, 'no-frequency': spec.noFrequency },
    },
    check({ model, report, assess, locale }) {
      const own = model.activities.filter((activity) => activity.kind?.value === spec.kind);
      if (own.length === 0) {
        assess(spec.modality, 'missing');
        // Without an `activities` key the schema reports the missing section.
        const activities = model.topLevelPair('activities');
        if (activities) report({ messageId: 'none', ...placeOf(activities.key) });
        return;
      }
      const timed: string[] = [];
      for (const activity of own) {
        const frequencyNode = valueOf(activity.node, 'frequency');
        const frequency = meaningfulText(frequencyNode);
        const name = activity.id?.value ?? `#${activity.index + 1}`;
        if (frequency) timed.push(`${name} (${frequency})`);
        // A frequency still to write is the `placeholder` rule's to report, where it stands.
        else if (!holdsPlaceholder(frequencyNode)) report({ messageId: 'no-frequency', args: { id: name }, ...placeOf(activity.kind!.node) });
      }
      const evidence = clip(timed.length > 0 ? timed.join(locale === 'fr' ? ' ; ' : '; ') : own.map((a) => a.id?.value ?? `#${a.index + 1}`).join(', '));
      assess(spec.modality, timed.length > 0 ? 'met' : 'partly-met', evidence);
    },
  });
}
