import type { Localized, TRAINING_TOPICS } from '@cpskit/core';
import { isScalar, isSeq, pairOf, valueOf, type YMap, type YNode, type YPair } from '../../parse/tree.js';
import { holdsPlaceholder, listedValues } from './meaningful.js';
import type { ManualModel } from '../../model/manual-model.js';
import { defineRule, type Rule } from '../rule.js';
import { placeOf } from './places.js';

/** A topic of `training.covers`. */
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

/** The `training` section as the 2.1 rules read it. */
export interface TrainingReading {
  readonly pair?: YPair;
  readonly section?: YMap;
  /** `level` as written, when it is one of the three levels. */
  readonly level?: 1 | 2 | 3;
  readonly levelNode?: YNode;
  /** `hours` as written, when it is a positive number. */
  readonly hours?: number;
  /**
   * A training is described when it gives its level and its hours, neither a placeholder:
   * only then do its topics earn 2.1.x (and imply 1.1.1 and 1.1.2).
   */
  readonly described: boolean;
  /** The topics `covers` lists, placeholders left out. */
  readonly topics: readonly string[];
  readonly coversPair?: YPair;
}

export function readTraining(model: ManualModel): TrainingReading {
  const pair = model.topLevelPair('training');
  const section = model.section('training');
  if (!pair || !section) return { ...(pair ? { pair } : {}), described: false, topics: [] };
  const levelNode = valueOf(section, 'level') ?? undefined;
  const hoursNode = valueOf(section, 'hours');
  const level = isScalar(levelNode) && (levelNode.value === 1 || levelNode.value === 2 || levelNode.value === 3) ? levelNode.value : undefined;
  const hours = isScalar(hoursNode) && typeof hoursNode.value === 'number' && Number.isFinite(hoursNode.value) && hoursNode.value > 0 ? hoursNode.value : undefined;
  const coversPair = pairOf(section, 'covers');
  const topics = isSeq(coversPair?.value) ? listedValues(coversPair.value) : [];
  return {
    pair,
    section,
    ...(level !== undefined ? { level } : {}),
    ...(levelNode ? { levelNode } : {}),
    ...(hours !== undefined ? { hours } : {}),
    described: level !== undefined && hours !== undefined,
    topics,
    ...(coversPair ? { coversPair } : {}),
  };
}

/** When a described training lists a topic in `covers`, a short evidence line saying so. */
export function trainingCovers(model: ManualModel, topic: string): string | undefined {
  const training = readTraining(model);
  if (!training.described || !training.topics.includes(topic)) return undefined;
  // The manual's own keys, so that the evidence reads the same in every language.
  return `training.covers: ${topic}; level: ${training.level}; hours: ${training.hours}`;
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
 * when a described training (level and hours given, not placeholders) lists the topic (the
 * training's keys are the evidence), missing otherwise. A missing `training` section is
 * missing-section's to report, a malformed one the schema's, a placeholder the `placeholder`
 * rule's; the number of hours is shown, never judged, since SpF gives none.
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
      const training = readTraining(model);
      // No section: missing-section reports it; a section that is not a map: the schema does.
      if (!training.section || !training.pair) return;
      // Listed, but the training's level or hours are missing or still to write: the schema or the `placeholder` rule says so.
      if (training.topics.includes(topic)) return;
      const covers = training.coversPair;
      if (!covers) report({ messageId: 'no-covers', ...placeOf(training.pair.key) });
      // A `covers` that is not a list is the schema's to report; one that only holds a place, the `placeholder` rule's.
      else if (isSeq(covers.value) && !(training.topics.length === 0 && holdsPlaceholder(covers.value))) report({ messageId: 'missing', ...placeOf(covers.key) });
    },
  });
}
