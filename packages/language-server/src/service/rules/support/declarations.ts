import { foldText, type Localized } from '@cpskit/core';
import { absenceReason, readText } from './meaningful.js';
import { isScalar, type YPair } from '../../parse/tree.js';
import { defineRule, type Rule } from '../rule.js';
import { clip, lookupPath, placeOf } from './places.js';

/** What the manual says about something it can only declare. */
export type DeclarationState =
  | { readonly kind: 'text'; readonly text: string; readonly pair: YPair }
  | { readonly kind: 'true'; readonly pair: YPair }
  | { readonly kind: 'false'; readonly pair: YPair }
  /** A place held for the text (« À COMPLÉTER »): nothing is declared yet, and the `placeholder` rule says so there. */
  | { readonly kind: 'placeholder'; readonly pair: YPair }
  | { readonly kind: 'absent' }
  /** Left out on purpose, with the reason (`{ none: "…" }`): declared, not met, and reported as an info citing the reason. */
  | { readonly kind: 'left-out'; readonly reason: string; readonly pair: YPair }
  | { readonly kind: 'malformed'; readonly pair: YPair };

/** Words people write for yes and no; YAML reads them as text, a reader as a bare answer. */
const YES = new Set(['yes', 'y', 'oui', 'o', 'vrai', 'ok']);
const NO = new Set(['no', 'n', 'non', 'faux']);

export function readDeclaration(pair: YPair | undefined): DeclarationState {
  if (!pair) return { kind: 'absent' };
  const value = pair.value;
  const reason = absenceReason(value);
  if (reason !== undefined) return { kind: 'left-out', reason, pair };
  if (!isScalar(value)) return { kind: 'malformed', pair };
  if (value.value === true) return { kind: 'true', pair };
  if (value.value === false) return { kind: 'false', pair };
  const word = typeof value.value === 'string' ? foldText(value.value) : undefined;
  if (word !== undefined && YES.has(word)) return { kind: 'true', pair };
  const reading = readText(value);
  // « Néant », "none": the manual answers that there is none, as `false` says it.
  if ((word !== undefined && NO.has(word)) || reading.kind === 'nothing') return { kind: 'false', pair };
  if (reading.kind === 'placeholder') return { kind: 'placeholder', pair };
  if (reading.kind === 'text') return { kind: 'text', text: reading.text, pair };
  return { kind: 'malformed', pair };
}

/** A declaration's value as written, for messages: `false`, `néant`. */
export function writtenValue(pair: YPair): string {
  return isScalar(pair.value) ? String(pair.value.value) : '';
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
export function declarationRule(spec: DeclarationRuleSpec): Rule<'missing' | 'refused' | 'left-out'> {
  const key = spec.path[spec.path.length - 1]!;
  const dotted = spec.path.join('.');
  return defineRule<'missing' | 'refused' | 'left-out'>({
    meta: {
      id: spec.id,
      category: 'criteria',
      description: spec.description,
      cites: { kind: 'modality', id: spec.modality },
      assesses: [spec.modality],
      severity: 'warning',
      infoMessages: ['left-out'],
      messages: {
        'left-out': leftOutMessage(spec.subject, spec.modality),
        missing: {
          en: `The manual does not describe ${spec.subject.en} (criterion ${spec.modality}); add "${dotted}" with a sentence saying how it is done.`,
          fr: `Le manuel ne décrit pas ${spec.subject.fr} (critère ${spec.modality}) ; ajoutez « ${dotted} » avec une phrase qui dit comment c’est fait.`,
        },
        refused: {
          en: `The manual says "${key}: {value}": ${spec.subject.en} is not provided for, although criterion ${spec.modality} asks for it. If the setting does provide for it, describe how in "${dotted}".`,
          fr: `Le manuel indique « ${key}: {value} » : ${spec.subject.fr} n’est pas prévu, alors que le critère ${spec.modality} le demande. Si la structure le prévoit, décrivez comment dans « ${dotted} ».`,
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
        case 'left-out':
          assess(spec.modality, 'declared', clip(`none: ${state.reason}`));
          report({ messageId: 'left-out', args: { reason: clip(state.reason, 120) }, ...placeOf(state.pair.key) });
          return;
        case 'false':
          assess(spec.modality, 'missing');
          report({ messageId: 'refused', args: { value: writtenValue(state.pair) }, ...placeOf(state.pair.value ?? state.pair.key) });
          return;
        case 'placeholder':
          // The `placeholder` rule reports it where it stands, saying what to write.
          assess(spec.modality, 'missing');
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

/** The info for something left out on purpose (`{ none: "…" }`): what, the reason, and that it is declared, not met. */
export function leftOutMessage(subject: Localized, modality: string): Localized {
  return {
    en: `The manual leaves out ${subject.en} on purpose: "{reason}". Criterion ${modality} asks for it; the absence is declared, not met.`,
    fr: `Le manuel écarte volontairement ${subject.fr}\u00a0: «\u00a0{reason}\u00a0». Le critère ${modality} le demande\u00a0; l’absence est déclarée, pas satisfaite.`,
  };
}
