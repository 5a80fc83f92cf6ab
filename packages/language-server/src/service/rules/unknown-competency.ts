import { isPlaceholder, joinList, lookupCompetency, lookupCompetency2022, suggestCompetencyCode, type Locale, displayed } from '@cpskit/core';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'unknown-competency',
    category: 'structure',
    description: {
      en: 'Every competency code is one of the SpF classification (C1 … S2, C1.1 … S2.2, E2.2a, E2.2b).',
      fr: 'Chaque code de compétence appartient à la classification de SpF (C1 … S2, C1.1 … S2.2, E2.2a, E2.2b).',
    },
    cites: { kind: 'modality', id: '1.2.3' },
    severity: 'error',
    fixable: true,
    messages: {
      suggest: {
        en: '"{code}" is not a competency of the SpF classification. Did you mean {suggestion} ({label})?',
        fr: '« {code} » n’est pas une compétence de la classification de SpF. Vouliez-vous dire {suggestion} ({label}) ?',
      },
      unknown: {
        en: '"{code}" is not a competency of the SpF classification; use a code such as C1.1, E2.2a or S2.',
        fr: '« {code} » n’est pas une compétence de la classification de SpF ; utilisez un code comme C1.1, E2.2a ou S2.',
      },
      'from-2022': {
        en: '"{code}" is a competency of SpF’s 2022 referential; in the 2025 classification it is {suggestion}, "{label}".',
        fr: '« {code} » est une compétence du référentiel de SpF de 2022 ; dans la classification de 2025, c’est {suggestion}, « {label} ».',
      },
      'from-2022-split': {
        en: '"{code}" is a competency of SpF’s 2022 referential; the 2025 classification splits it between {codes}: write those the activity works.',
        fr: '« {code} » est une compétence du référentiel de SpF de 2022 ; la classification de 2025 la répartit entre {codes} : écrivez celles que l’activité travaille.',
      },
    },
  },
  check({ model, report, locale }) {
    // A list shared through an alias is one place in the text: it is reported once.
    const seen = new Set<object>();
    // A wrong code is often written many times: its suggestion is looked for once.
    const suggestions = new Map<string, string | undefined>();
    const suggest = (code: string) => {
      if (!suggestions.has(code)) suggestions.set(code, suggestCompetencyCode(code));
      return suggestions.get(code);
    };
    // The codes of the activities, then those a session gives an activity for that time.
    const written = model.allActivities.map((activity) => activity.competencies);
    for (const session of model.allSessions) for (const ref of session.activityRefs) if (ref.competencies) written.push(ref.competencies);
    for (const codes of written) {
      for (const code of codes) {
        // A code reached through an alias is reported where its anchor wrote it.
        if (seen.has(code.node) || code.node.aliasOf) continue;
        seen.add(code.node);
        // A code still to write (« À COMPLÉTER ») is the `placeholder` rule's to report.
        if (lookupCompetency(code.value) || isPlaceholder(code.value)) continue;
        const at = { start: code.node.start, end: code.node.end };
        // A manual written with the 2022 referential's labels: name the 2025 code(s).
        const from2022 = lookupCompetency2022(code.value);
        if (from2022 && from2022.codes.length > 1) {
          report({ messageId: 'from-2022-split', args: { code: code.value, codes: describeCodes(from2022.codes, locale) }, ...at });
          continue;
        }
        const suggestion = from2022?.codes[0] ?? suggest(code.value);
        if (!suggestion) {
          report({ messageId: 'unknown', args: { code: code.value }, ...at });
          continue;
        }
        const label = displayed(lookupCompetency(suggestion)!.competency.label, locale);
        report({
          messageId: from2022 ? 'from-2022' : 'suggest',
          args: { code: code.value, suggestion, label },
          ...at,
          fix: {
            title: { en: 'Replace with {suggestion}', fr: 'Remplacer par {suggestion}' },
            args: { suggestion },
            edits: [{ start: code.node.start, end: code.node.end, newText: suggestion }],
          },
        });
      }
    }
  },
});

/** Each code with its label: C1.1 « Accroître sa connaissance de soi » et C1.3 « … ». */
function describeCodes(codes: readonly string[], locale: Locale): string {
  const quoted = (label: string) => (locale === 'fr' ? `« ${label} »` : `"${label}"`);
  return joinList(
    codes.map((code) => `${code} ${quoted(displayed(lookupCompetency(code)!.competency.label, locale))}`),
    locale,
  );
}
