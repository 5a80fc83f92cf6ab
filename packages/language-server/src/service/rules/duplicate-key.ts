import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'duplicate-key',
    category: 'syntax',
    description: {
      en: 'A key appears once in its section.',
      fr: 'Une clé n’apparaît qu’une fois dans sa section.',
    },
    severity: 'error',
    messages: {
      duplicate: {
        en: 'The key "{key}" is already given above in this section; only the first one is read. Merge the two or remove one.',
        fr: 'La clé « {key} » figure déjà plus haut dans cette section ; seule la première est lue. Fusionnez-les ou supprimez-en une.',
      },
    },
  },
  check({ parsed, report }) {
    for (const problem of parsed.problems) {
      if (problem.kind !== 'duplicate-key') continue;
      report({
        messageId: 'duplicate',
        args: { key: problem.key ?? '' },
        start: problem.start,
        end: problem.end,
        related: [
          {
            start: problem.firstStart ?? problem.start,
            end: problem.firstEnd ?? problem.end,
            note: { en: 'First "{key}"', fr: 'Première clé « {key} »' },
            args: { key: problem.key ?? '' },
          },
        ],
      });
    }
  },
});
