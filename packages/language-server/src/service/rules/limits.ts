import type { Locale, Localized } from '@cpskit/core';
import { MAX_FINDINGS, MAX_MANUAL_BYTES } from '../limits.js';
import { defineRule } from './rule.js';

type MessageId = 'too-large' | 'too-deep' | 'rest-unread' | 'alias-expansion' | 'more-findings';

const NBSP = '\u00a0';

const messages: Readonly<Record<MessageId, Localized>> = {
  'too-large': {
    en: 'This file is larger than {limit}, the most cpskit reads in one manual, so it is not checked. Split it into several manuals, for instance one per programme or per age group.',
    fr: `Ce fichier dépasse {limit}, la taille maximale d’un manuel pour cpskit${NBSP}; il n’est donc pas vérifié. Découpez-le en plusieurs manuels, par exemple un par programme ou par tranche d’âge.`,
  },
  'too-deep': {
    en: 'The file is nested more than {limit} levels deep, which no manual is, so it is not checked. Check the indentation and the brackets.',
    fr: `Le fichier est imbriqué sur plus de {limit} niveaux, ce qu’aucun manuel n’est${NBSP}; il n’est donc pas vérifié. Vérifiez l’indentation et les crochets.`,
  },
  'rest-unread': {
    en: 'From this line on, the file is not read: YAML reads it as nested more than {limit} levels deep, most often the effect of a syntax error above. Fix the first error, then check again.',
    fr: `À partir de cette ligne, le fichier n’est pas lu${NBSP}: YAML le lit comme imbriqué sur plus de {limit} niveaux, le plus souvent à cause d’une erreur de syntaxe plus haut. Corrigez la première erreur, puis vérifiez de nouveau.`,
  },
  'alias-expansion': {
    en: 'The aliases in this file expand to more than {limit} values; it is not checked further.',
    fr: `Les alias de ce fichier se déploient en plus de {limit} valeurs${NBSP}; il n’est pas vérifié davantage.`,
  },
  'more-findings': {
    en: '{number} more {count|finding is|findings are} not shown: cpskit shows at most {limit} findings per manual and per rule. Fix the ones shown, then check again.',
    fr: `{number} {count|autre constat n’est pas affiché|autres constats ne sont pas affichés}${NBSP}: cpskit affiche au plus {limit} constats par manuel et par règle. Corrigez ceux qui sont affichés, puis vérifiez de nouveau.`,
  },
};

/** A count as each language writes it: 1,000,000 / 1 000 000 (with the narrow no-break space of French). */
export function formatCount(value: number, locale: Locale): string {
  // By hand rather than with Intl: this runs when the rules load, on every start of `cps`.
  const digits = String(Math.round(Math.abs(value)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${value < 0 ? '-' : ''}${groups.join(locale === 'fr' ? '\u202f' : ',')}`;
}

/** The size limit of a manual as each language writes it: 1 MB / 1 Mo. */
export function manualSizeLimitText(locale: Locale): string {
  return formatSize(MAX_MANUAL_BYTES, locale);
}

/** A size in bytes as each language writes it, in megabytes with at most one decimal: 1 MB / 1,5 Mo. */
function formatSize(bytes: number, locale: Locale): string {
  const tenths = Math.round(bytes / 100_000);
  const whole = formatCount(Math.floor(tenths / 10), locale);
  const number = tenths % 10 === 0 ? whole : `${whole}${locale === 'fr' ? ',' : '.'}${tenths % 10}`;
  return locale === 'fr' ? `${number}${NBSP}Mo` : `${number} MB`;
}

/**
 * The limits past which cpskit stops reading a manual (service/limits.ts): each one passed is
 * said once, where it was passed, with what to do. The findings that a manual has beyond
 * MAX_FINDINGS are summed up in one finding of this rule too, added by the validation itself.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'limits',
    category: 'syntax',
    description: {
      en: `The manual stays within what cpskit reads: at most ${formatSize(MAX_MANUAL_BYTES, 'en')}, 200 levels of nesting, aliases that expand to a reasonable size; at most ${formatCount(MAX_FINDINGS, 'en')} findings are shown.`,
      fr: `Le manuel reste dans ce que cpskit lit${NBSP}: au plus ${formatSize(MAX_MANUAL_BYTES, 'fr')}, 200 niveaux d’imbrication, des alias qui se déploient dans une taille raisonnable${NBSP}; au plus ${formatCount(MAX_FINDINGS, 'fr')} constats sont affichés.`,
    },
    severity: 'error',
    messages,
  },
  check({ parsed, report, locale }) {
    for (const problem of parsed.problems) {
      const at = { start: problem.start, end: problem.end };
      const limit = problem.limit ?? 0;
      switch (problem.kind) {
        case 'too-large':
          report({ messageId: 'too-large', args: { limit: formatSize(limit, locale) }, ...at });
          break;
        case 'too-deep':
        case 'rest-unread':
        case 'alias-expansion':
          report({ messageId: problem.kind, args: { limit: formatCount(limit, locale) }, ...at });
          break;
        default:
          break;
      }
    }
  },
});
