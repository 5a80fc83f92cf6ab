import { lookupCompetency, normaliseCode, displayed } from '@cpskit/core';
import type { TextEdit } from '../finding.js';
import type { YScalar } from '../parse/tree.js';
import { defineRule } from './rule.js';

/**
 * The edit that writes a code in its canonical spelling, in the scalar's own style: a plain
 * scalar stays plain, a quoted one keeps its quotes. A block scalar or a scalar written over
 * several lines gets none: rewriting it is not a one-token edit.
 */
function canonicalEdit(text: string, node: YScalar, canonical: string): TextEdit | undefined {
  const source = text.slice(node.start, node.end);
  if (source === '' || /[\r\n]/.test(source)) return undefined;
  const quote = source[0];
  if (quote === '"' || quote === "'") {
    if (source.length < 2 || source[source.length - 1] !== quote) return undefined;
    return { start: node.start, end: node.end, newText: `${quote}${canonical}${quote}` };
  }
  // A plain scalar is the code as written; anything else (a block indicator) is left alone.
  if (/^[|>]/.test(source)) return undefined;
  return { start: node.start, end: node.end, newText: canonical };
}

export default defineRule<'spelling'>({
  meta: {
    id: 'competency-spelling',
    category: 'structure',
    description: {
      en: 'Competency codes are written as the SpF classification writes them: E2.2a, not e2.2a, E2.2.a or E2.2 (a).',
      fr: 'Les codes de compétence s’écrivent comme dans la classification de SpF : E2.2a, et non e2.2a, E2.2.a ou E2.2 (a).',
    },
    cites: { kind: 'modality', id: '1.2.3' },
    severity: 'info',
    fixable: true,
    messages: {
      spelling: {
        en: 'Write "{code}" as {canonical} ({label}), the way the SpF classification writes it: a code always written the same way is easier to find and compare.',
        fr: 'Écrivez « {code} » sous la forme {canonical} ({label}), comme le fait la classification de SpF : un code toujours écrit de la même façon se retrouve et se compare plus facilement.',
      },
    },
  },
  check({ model, parsed, report, locale }) {
    // A list shared through an alias is one place in the text: it is reported once, where the anchor wrote it.
    const seen = new Set<object>();
    for (const activity of model.allActivities) {
      for (const code of activity.competencies) {
        if (seen.has(code.node) || code.node.aliasOf) continue;
        seen.add(code.node);
        const entry = lookupCompetency(code.value);
        const canonical = normaliseCode(code.value);
        if (!entry || canonical === undefined || canonical === code.value) continue;
        const edit = canonicalEdit(parsed.text, code.node, canonical);
        report({
          messageId: 'spelling',
          args: { code: code.value, canonical, label: displayed(entry.competency.label, locale) },
          start: code.node.start,
          end: code.node.end,
          ...(edit
            ? {
                fix: {
                  title: { en: 'Write {canonical}', fr: 'Écrire {canonical}' },
                  args: { canonical },
                  edits: [edit],
                  safe: true,
                },
              }
            : {}),
        });
      }
    }
  },
});
