import { stringOf, valueOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { clip } from './support/places.js';

/**
 * The file being checked is the implementation manual, so 2.3.2 is about how much of the
 * implementation it presents. It never reports: each part it looks for has a rule that
 * already says what is missing (schema for `program` and `activities`, missing-section and
 * structured-sequence for `sessions`), and a second finding would only repeat it.
 */
export default defineRule<never>({
  meta: {
    id: 'implementation-manual',
    category: 'criteria',
    description: {
      en: 'The manual presents the implementation of the project: the programme, its activities and the sessions that sequence them.',
      fr: 'Le manuel présente la mise en œuvre du projet : le programme, ses activités et les séances qui les organisent.',
    },
    cites: { kind: 'modality', id: '2.3.2' },
    assesses: ['2.3.2'],
    severity: 'info',
    messages: {},
  },
  check({ model, assess, locale }) {
    const program = model.section('program');
    const activities = model.activities.length;
    if (!program || activities === 0) {
      assess('2.3.2', 'missing');
      return;
    }
    const sessions = model.sessions.length;
    const title = stringOf(valueOf(program, 'title')) ?? stringOf(valueOf(program, 'id'));
    const figures =
      locale === 'fr'
        ? `${activities} activité${activities > 1 ? 's' : ''}, ${sessions} séance${sessions > 1 ? 's' : ''}`
        : `${activities} activit${activities === 1 ? 'y' : 'ies'}, ${sessions} session${sessions === 1 ? '' : 's'}`;
    const evidence = title ? `${clip(title, 50)}${locale === 'fr' ? ' : ' : ': '}${figures}` : figures;
    assess('2.3.2', sessions > 0 ? 'met' : 'partly-met', evidence);
  },
});
