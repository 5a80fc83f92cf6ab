import { ID_PATTERN, isPlaceholder, nearest } from '@cpskit/core';
import { defineRule } from './rule.js';

const ID = new RegExp(ID_PATTERN);

export default defineRule({
  meta: {
    id: 'undefined-activity',
    category: 'structure',
    description: {
      en: 'Every activity a session lists is defined under "activities".',
      fr: 'Chaque activité citée par une séance est définie dans « activities ».',
    },
    cites: { kind: 'modality', id: '1.2.1' },
    severity: 'error',
    messages: {
      suggest: {
        en: 'Session "{session}" lists the activity "{id}", which is not defined. Did you mean "{suggestion}"?',
        fr: 'La séance « {session} » cite l’activité « {id} », qui n’est pas définie. Vouliez-vous dire « {suggestion} » ?',
      },
      undefined: {
        en: 'Session "{session}" lists the activity "{id}", which is not defined; add it under "activities" or correct the id.',
        fr: 'La séance « {session} » cite l’activité « {id} », qui n’est pas définie ; ajoutez-la dans « activities » ou corrigez l’identifiant.',
      },
    },
  },
  check({ model, report }) {
    const known = [...model.definedActivityById.keys()];
    for (const session of model.allSessions) {
      const sessionName = session.id?.value ?? `#${session.index + 1}`;
      for (const ref of session.activityRefs) {
        // An id that is malformed is the schema's to report; saying it twice would not help.
        // An id still to write (`todo`) is the `placeholder` rule's to report.
        if (model.definedActivityById.has(ref.value) || !ID.test(ref.value) || isPlaceholder(ref.value)) continue;
        const suggestion = nearest(ref.value, known);
        const at = { start: ref.node.start, end: ref.node.end };
        if (suggestion) report({ messageId: 'suggest', args: { session: sessionName, id: ref.value, suggestion }, ...at });
        else report({ messageId: 'undefined', args: { session: sessionName, id: ref.value }, ...at });
      }
    }
  },
});
