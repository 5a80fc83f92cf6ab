import { foldText, type Localized } from '@cpskit/core';
import { isScalar, type YPair } from '../../parse/tree.js';
import { defineRule, type Rule } from '../rule.js';
import { clip, lookupPath, placeOf } from './places.js';

/** What the manual says about something it can only declare. */
export type DeclarationState =
  | { readonly kind: 'text'; readonly text: string; readonly pair: YPair }
  | { readonly kind: 'true'; readonly pair: YPair }
  | { readonly kind: 'false'; readonly pair: YPair }
  | { readonly kind: 'absent' }
  | { readonly kind: 'malformed'; readonly pair: YPair };

/** Words people write for yes and no; YAML reads them as text, a reader as a bare answer. */
const YES = new Set(['yes', 'y', 'oui', 'o', 'vrai', 'ok']);

/** Texts that hold a place for one to be written ("À COMPLÉTER : …", a starter manual's), and show nothing yet. */
export function isPlaceholderText(text: string): boolean {
  const folded = foldText(text).replace(/[.…()[\]«»"'!:-]/g, ' ').trim();
  return /^(a completer|to complete|to be completed|todo|tbd|xxx|a definir|a preciser)(\s|$)/.test(folded.replace(/\s+/g, ' '));
}
const NO = new Set(['no', 'n', 'non', 'faux']);

export function readDeclaration(pair: YPair | undefined): DeclarationState {
  if (!pair) return { kind: 'absent' };
  const value = pair.value;
  if (!isScalar(value)) return { kind: 'malformed', pair };
  const word = typeof value.value === 'string' ? foldText(value.value) : undefined;
  // A placeholder ("À COMPLÉTER") declares the intent but shows nothing yet: as good as `true`.
  if (value.value === true || (word !== undefined && (YES.has(word) || isPlaceholderText(word)))) return { kind: 'true', pair };
  if (value.value === false || (word !== undefined && NO.has(word))) return { kind: 'false', pair };
  if (typeof value.value === 'string' && value.value.trim() !== '') return { kind: 'text', text: value.value, pair };
  return { kind: 'malformed', pair };
}

export interface DeclarationRuleSpec {
  readonly id: string;
  readonly modality: string;
  /** Where the declaration lives, from the top-level section down: `['environment', 'social', 'relationships']`. */
  readonly path: readonly string[];
  readonly description: Localized;
  /** What the manual should say, for the message: "how people relate to one another in the setting". */
  readonly subject: Localized;
}

/**
 * A rule for a modality the manual can only declare (an environment, a facilitator's own
 * work on CPS): met when the manual says how, declared when it only says `true`, missing
 * otherwise. A missing top-level section is `missing-section`'s to report; a `true`
 * without a word of how is `declaration-evidence`'s.
 */
export function declarationRule(spec: DeclarationRuleSpec): Rule<'missing' | 'refused'> {
  const key = spec.path[spec.path.length - 1]!;
  const dotted = spec.path.join('.');
  return defineRule<'missing' | 'refused'>({
    meta: {
      id: spec.id,
      category: 'criteria',
      description: spec.description,
      cites: { kind: 'modality', id: spec.modality },
      assesses: [spec.modality],
      severity: 'warning',
      messages: {
        missing: {
          en: `The manual does not describe ${spec.subject.en} (criterion ${spec.modality}); add "${dotted}" with a sentence saying how it is done.`,
          fr: `Le manuel ne décrit pas ${spec.subject.fr} (critère ${spec.modality}) ; ajoutez « ${dotted} » avec une phrase qui dit comment c’est fait.`,
        },
        refused: {
          en: `The manual says "${key}: false": ${spec.subject.en} is not provided for, although criterion ${spec.modality} asks for it.`,
          fr: `Le manuel indique « ${key}: false » : ${spec.subject.fr} n’est pas prévu, alors que le critère ${spec.modality} le demande.`,
        },
      },
    },
    check({ model, report, assess }) {
      const lookup = lookupPath(model, spec.path);
      const state = readDeclaration(lookup.found);
      switch (state.kind) {
        case 'text':
          assess(spec.modality, 'met', clip(state.text));
          return;
        case 'true':
          assess(spec.modality, 'declared');
          return;
        case 'false':
          assess(spec.modality, 'missing');
          report({ messageId: 'refused', ...placeOf(state.pair.value ?? state.pair.key) });
          return;
        case 'malformed':
          // The schema reports the malformed value; the modality is not shown meanwhile.
          assess(spec.modality, 'missing');
          return;
        case 'absent':
          assess(spec.modality, 'missing');
          if (lookup.closest) report({ messageId: 'missing', ...placeOf(lookup.closest.key) });
      }
    },
  });
}
