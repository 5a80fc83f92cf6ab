import type { LocatedText } from '../model/manual-model.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'duplicate-id',
    category: 'structure',
    description: {
      en: 'Each activity and each session has an id of its own.',
      fr: 'Chaque activité et chaque séance a son propre identifiant.',
    },
    severity: 'error',
    messages: {
      activity: {
        en: 'Another activity already has the id "{id}"; sessions could not tell them apart. Give this one another id.',
        fr: 'Une autre activité a déjà l’identifiant « {id} » ; les séances ne pourraient pas les distinguer. Donnez-lui un autre identifiant.',
      },
      session: {
        en: 'Another session already has the id "{id}"; give this one another id.',
        fr: 'Une autre séance a déjà l’identifiant « {id} » ; donnez-lui un autre identifiant.',
      },
    },
  },
  check({ model, report }) {
    const check = (ids: readonly (LocatedText | undefined)[], messageId: 'activity' | 'session') => {
      const first = new Map<string, LocatedText>();
      for (const id of ids) {
        if (!id) continue;
        const earlier = first.get(id.value);
        if (!earlier) {
          first.set(id.value, id);
          continue;
        }
        report({
          messageId,
          args: { id: id.value },
          start: id.node.start,
          end: id.node.end,
          related: [{ start: earlier.node.start, end: earlier.node.end, note: { en: 'First use of "{id}"', fr: 'Premier emploi de « {id} »' }, args: { id: id.value } }],
        });
      }
    };
    check(
      model.allActivities.map((activity) => activity.id),
      'activity',
    );
    check(
      model.allSessions.map((session) => session.id),
      'session',
    );
  },
});
