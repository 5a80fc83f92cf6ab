import type { Localized } from '@cpskit/core';
import { isMap, isScalar, isSeq } from '../../parse/tree.js';
import { holdsPlaceholder, meaningfulTexts } from './meaningful.js';
import { defineRule, type Rule } from '../rule.js';
import { clip, lookupPath, placeOf } from './places.js';

export interface GovernanceListSpec {
  readonly id: string;
  readonly modality: string;
  /** Where the list lives: `['governance', 'advocacy', 'team']`. */
  readonly path: readonly string[];
  readonly description: Localized;
  /** The message when the list is absent: what is missing, why, and where to write it. */
  readonly missing: Localized;
}

/**
 * A rule for a list of `governance` that shows a modality of criterion 2.3 by being there:
 * met when it names someone or something (the first names are the evidence), missing
 * otherwise. Without a `governance` section missing-section reports; an empty or
 * malformed list the schema reports; a list of placeholders the `placeholder` rule;
 * otherwise (absent, or only « néant »…) the finding is at the list's key or the closest one.
 */
export function governanceListRule(spec: GovernanceListSpec): Rule<'missing'> {
  return defineRule<'missing'>({
    meta: {
      id: spec.id,
      category: 'criteria',
      description: spec.description,
      cites: { kind: 'modality', id: spec.modality },
      assesses: [spec.modality],
      severity: 'warning',
      messages: { missing: spec.missing },
    },
    check({ model, report, assess }) {
      const lookup = lookupPath(model, spec.path);
      const found = lookup.found;
      const items = meaningfulTexts(found?.value);
      if (items.length > 0) {
        assess(spec.modality, 'met', clip(items.join('; ')));
        return;
      }
      assess(spec.modality, 'missing');
      if (!found) {
        if (lookup.closest && isMap(lookup.closest.value)) report({ messageId: 'missing', ...placeOf(lookup.closest.key) });
        return;
      }
      const value = found.value;
      const saysNone = (isSeq(value) && value.items.length > 0) || (isScalar(value) && typeof value.value === 'string');
      if (saysNone && !holdsPlaceholder(value)) report({ messageId: 'missing', ...placeOf(found.key) });
    },
  });
}
