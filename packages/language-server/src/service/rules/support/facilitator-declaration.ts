import type { RuleContext } from '../rule.js';
import { readDeclaration, writtenValue } from './declarations.js';
import { clip, lookupPath, placeOf } from './places.js';
import { trainingCovers } from './training.js';

/** What the facilitators' modalities of criterion 1.1 read: their key, the training topic that answers it, the modality. */
export interface FacilitatorModality {
  readonly key: 'cps_knowledge' | 'own_cps_work';
  readonly covers: 'cps-knowledge' | 'own-cps';
  readonly modality: '1.1.1' | '1.1.2';
}

/**
 * The check shared by 1.1.1 and 1.1.2: met by a description under `facilitators.<key>` or by a
 * training that covers the topic; declared by `true`, and by `{ none: reason }` with an info citing
 * the reason (`left-out`); missing otherwise, with `refused` at a
 * `false` and `missing` at the closest key written (a placeholder is the `placeholder` rule's).
 */
export function checkFacilitatorModality({ model, report, assess }: RuleContext<'missing' | 'refused' | 'left-out'>, { key, covers, modality }: FacilitatorModality): void {
  const lookup = lookupPath(model, ['facilitators', key]);
  const declaration = readDeclaration(lookup.found);
  const training = trainingCovers(model, covers);
  if (declaration.kind === 'text') assess(modality, 'met', clip(declaration.text));
  else if (training) assess(modality, 'met', training);
  else if (declaration.kind === 'true') assess(modality, 'declared');
  else if (declaration.kind === 'left-out') {
    assess(modality, 'declared', clip(`none: ${declaration.reason}`));
    report({ messageId: 'left-out', args: { reason: clip(declaration.reason, 120) }, ...placeOf(declaration.pair.key) });
  } else if (declaration.kind === 'false') {
    assess(modality, 'missing');
    report({ messageId: 'refused', args: { value: writtenValue(declaration.pair) }, ...placeOf(declaration.pair.value ?? declaration.pair.key) });
  } else {
    assess(modality, 'missing');
    if (declaration.kind !== 'placeholder' && lookup.closest) report({ messageId: 'missing', ...placeOf(lookup.closest.key) });
  }
}
