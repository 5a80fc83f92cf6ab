import { stringOf, valueOf } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { holdsPlaceholder } from './support/meaningful.js';
import { clip, documentPlace, placeOf } from './support/places.js';

/**
 * The file being checked is the implementation manual, so 2.3.2 is about how much of the
 * implementation it presents. Other rules say what each missing part lacks (the schema,
 * missing-section, structured-sequence, placeholder); this one only notes, as an info, that
 * 2.3.2 is not met and why, so that every gap of the criteria table has a finding that cites it.
 */
export default defineRule<'not-written' | 'no-sessions'>({
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
    strictSeverity: 'warning',
    messages: {
      'not-written': {
        en: 'The manual does not yet present the implementation of the project (criterion 2.3.2): it has no programme, its title is to complete, or no activity is written (an activity whose id or title is to complete counts for nothing). Write the programme, its activities and the sessions that sequence them.',
        fr: 'Le manuel ne présente pas encore la mise en œuvre du projet (critère 2.3.2) : il n’a pas de programme, son titre est à compléter, ou aucune activité n’est écrite (une activité dont l’identifiant ou le titre est à compléter ne compte pas). Écrivez le programme, ses activités et les séances qui les organisent.',
      },
      'no-sessions': {
        en: 'The manual presents the activities but no session that sequences them, so it shows only part of the implementation (criterion 2.3.2). Write the "sessions", each with its "year" and the ids of its "activities" in order.',
        fr: 'Le manuel présente les activités mais aucune séance qui les organise : il ne montre qu’une partie de la mise en œuvre (critère 2.3.2). Écrivez les « sessions », chacune avec son « year » et les identifiants de ses « activities » dans l’ordre.',
      },
    },
  },
  check({ model, report, assess, locale }) {
    const program = model.section('program');
    const activities = model.activities.length;
    // A programme whose title is still to write (a quick fix's skeleton) presents nothing yet;
    // a title that is missing is the schema's to report, and the programme's id names it meanwhile.
    if (!program || activities === 0 || holdsPlaceholder(valueOf(program, 'title'))) {
      assess('2.3.2', 'missing');
      // A file that is not a manual at all is the schema's to report.
      if (!model.root) return;
      const at = model.topLevelPair('activities')?.key;
      report({ messageId: 'not-written', ...(at ? placeOf(at) : documentPlace(model)) });
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
    if (sessions === 0) {
      const at = model.topLevelPair('sessions')?.key;
      report({ messageId: 'no-sessions', ...(at ? placeOf(at) : documentPlace(model)) });
    }
  },
});
