import type { Localized, TRAINING_TOPICS } from '@cpskit/core';
import { isScalar, isSeq, pairOf, valueOf } from '../../parse/tree.js';
import type { ManualModel } from '../../model/manual-model.js';
import { defineRule, type Rule } from '../rule.js';
import { placeOf } from './places.js';

/** A topic of `training.covers`. */
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

/** When the training section lists a topic in `covers`, a short evidence line saying so. */
export function trainingCovers(model: ManualModel, topic: string): string | undefined {
  const training = model.section('training');
  if (!training) return undefined;
  const covers = valueOf(training, 'covers');
  if (!isSeq(covers) || !covers.items.some((item) => isScalar(item) && item.value === topic)) return undefined;
  const level = valueOf(training, 'level');
  const hours = valueOf(training, 'hours');
  // The manual's own keys, so that the evidence reads the same in every language.
  const parts = [
    `training.covers: ${topic}`,
    isScalar(level) && level.value !== null ? `level: ${String(level.value)}` : undefined,
    isScalar(hours) && typeof hours.value === 'number' ? `hours: ${hours.value}` : undefined,
  ].filter(Boolean);
  return parts.join('; ');
}

export interface TrainingTopicSpec {
  readonly id: string;
  readonly modality: string;
  readonly topic: TrainingTopic;
  readonly description: Localized;
  /** What the modality asks of the training, as an infinitive: "let facilitators strengthen their own CPS". */
  readonly asks: Localized;
}

/**
 * A rule for one modality of criterion 2.1, shown by one topic of `training.covers`: met
 * when the topic is listed (the training's keys are the evidence), missing otherwise. A
 * missing `training` section is missing-section's to report, a malformed one the schema's;
 * no number of hours or level is required, since SpF gives none.
 */
export function trainingTopicRule(spec: TrainingTopicSpec): Rule<'missing' | 'no-covers'> {
  const { modality, topic, asks } = spec;
  return defineRule<'missing' | 'no-covers'>({
    meta: {
      id: spec.id,
      category: 'criteria',
      description: spec.description,
      cites: { kind: 'modality', id: modality },
      assesses: [modality],
      severity: 'warning',
      messages: {
        missing: {
          en: `"training.covers" does not list "${topic}", yet under criterion ${modality} the training should ${asks.en}. If it already does, add "${topic}" to "training.covers"; if not, add that part to the training.`,
          fr: `« training.covers » ne mentionne pas « ${topic} », alors que selon le critère ${modality} la formation doit ${asks.fr}. Si c’est déjà le cas, ajoutez « ${topic} » à « training.covers » ; sinon, ajoutez ce volet à la formation.`,
        },
        'no-covers': {
          en: `The "training" section does not say what the training covers, yet under criterion ${modality} it should ${asks.en}. List what it covers in "training.covers", including "${topic}" if the training deals with it: "covers: [${topic}, …]".`,
          fr: `La section « training » ne dit pas ce que couvre la formation, alors que selon le critère ${modality} elle doit ${asks.fr}. Indiquez ce qu’elle couvre dans « training.covers », dont « ${topic} » si la formation le traite : « covers: [${topic}, …] ».`,
        },
      },
    },
    check({ model, report, assess }) {
      const evidence = trainingCovers(model, topic);
      if (evidence) {
        assess(modality, 'met', evidence);
        return;
      }
      assess(modality, 'missing');
      const training = model.section('training');
      const trainingPair = model.topLevelPair('training');
      // No section: missing-section reports it; a section that is not a map: the schema does.
      if (!training || !trainingPair) return;
      const covers = pairOf(training, 'covers');
      if (!covers) report({ messageId: 'no-covers', ...placeOf(trainingPair.key) });
      else if (isSeq(covers.value)) report({ messageId: 'missing', ...placeOf(covers.key) });
      // A `covers` that is not a list is the schema's to report.
    },
  });
}
