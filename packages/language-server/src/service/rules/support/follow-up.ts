import type { Localized } from '@cpskit/core';
import { isMap, pairOf, valueOf } from '../../parse/tree.js';
import { absenceReason, meaningfulText } from './meaningful.js';
import { leftOutMessage } from './declarations.js';
import { clip } from './places.js';
import { defineRule, type Rule } from '../rule.js';
import { placeOf } from './places.js';

export interface FollowUpSpec {
  readonly id: string;
  readonly modality: string;
  /** The key of `support` that describes this follow-up. */
  readonly key: 'collective' | 'individual';
  readonly description: Localized;
  /** The message when the follow-up is absent: what is missing, why, and what to add. */
  readonly missing: Localized;
  /** What the follow-up is, for the info when it is left out on purpose. */
  readonly subject: Localized;
}

/**
 * A rule for one modality of criterion 2.2, shown by a follow-up of `support`: met when it
 * gives a format and a frequency (they are the evidence), missing otherwise. A missing
 * `support` section is missing-section's to report; a follow-up without its format or
 * frequency, or of the wrong shape, the schema's; one whose format or frequency holds a
 * place, the `placeholder` rule's.
 */
export function followUpRule(spec: FollowUpSpec): Rule<'missing' | 'left-out'> {
  const { modality, key } = spec;
  return defineRule<'missing' | 'left-out'>({
    meta: {
      id: spec.id,
      category: 'criteria',
      description: spec.description,
      cites: { kind: 'modality', id: modality },
      assesses: [modality],
      severity: 'warning',
      infoMessages: ['left-out'],
      messages: { missing: spec.missing, 'left-out': leftOutMessage(spec.subject, modality) },
    },
    check({ model, report, assess }) {
      const support = model.section('support');
      const followUp = support ? pairOf(support, key) : undefined;
      const reason = absenceReason(followUp?.value);
      if (followUp && reason !== undefined) {
        assess(modality, 'declared', clip(`support.${key}: none (${reason})`));
        report({ messageId: 'left-out', args: { reason: clip(reason, 120) }, ...placeOf(followUp.key) });
        return;
      }
      if (isMap(followUp?.value)) {
        // A format or frequency still to write (« À COMPLÉTER ») is reported by the `placeholder` rule.
        const format = meaningfulText(valueOf(followUp.value, 'format'));
        const frequency = meaningfulText(valueOf(followUp.value, 'frequency'));
        if (format && frequency) {
          // The manual's own keys and values, so that the evidence reads the same in every language.
          assess(modality, 'met', `support.${key}: ${format}, ${frequency}`);
          return;
        }
      }
      assess(modality, 'missing');
      const supportPair = model.topLevelPair('support');
      if (support && supportPair && !followUp) report({ messageId: 'missing', ...placeOf(supportPair.key) });
    },
  });
}
