import { isScalar, isSeq, valueOf } from '../../parse/tree.js';
import type { ManualModel } from '../../model/manual-model.js';

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
