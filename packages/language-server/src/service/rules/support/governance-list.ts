import { isPlaceholderText } from './declarations.js';
import type { Localized } from '@cpskit/core';
import { isMap, isScalar, isSeq, stringOf, type YNode } from '../../parse/tree.js';
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

/** The texts of a list; a lone text stands for a list of one, as the model reads it. */
export function textsOf(node: YNode | null | undefined): string[] {
  if (isScalar(node)) return stringOf(node) ? [stringOf(node)!] : [];
  if (!isSeq(node)) return [];
  // Placeholders left to fill ("À COMPLÉTER") name nobody yet.
  return node.items.map(stringOf).filter((text): text is string => text !== undefined && text.trim() !== '' && !isPlaceholderText(text));
}

/**
 * A rule for a list of `governance` that shows a modality of criterion 2.3 by being there:
 * met when it names someone or something (the first names are the evidence), missing
 * otherwise. Without a `governance` section missing-section reports; an empty or
 * malformed list the schema reports; otherwise the finding is at the closest key.
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
      const items = textsOf(lookup.found?.value);
      if (items.length > 0) {
        assess(spec.modality, 'met', clip(items.join('; ')));
        return;
      }
      assess(spec.modality, 'missing');
      if (!lookup.found && lookup.closest && isMap(lookup.closest.value)) report({ messageId: 'missing', ...placeOf(lookup.closest.key) });
    },
  });
}
