import { ID_PATTERN, nearest } from '@cpskit/core';
import { isSeq } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';

const ID = new RegExp(ID_PATTERN);

export default defineRule<'unscheduled' | 'no-sessions' | 'no-workshop' | 'sessions-not-written'>({
  meta: {
    id: 'structured-sequence',
    category: 'criteria',
    description: {
      en: 'The activities are organised in a sequence of sessions that contains structured workshops: every workshop is scheduled in at least one session.',
      fr: 'Les activités sont organisées en une suite de séances qui comporte des ateliers structurés : chaque atelier figure dans au moins une séance.',
    },
    cites: { kind: 'modality', id: '1.2.1' },
    assesses: ['1.2.1'],
    severity: 'warning',
    messages: {
      unscheduled: {
        en: 'The workshop "{id}" is in no session: criterion 1.2.1 asks for a set of organised and coordinated activities. Add "{id}" to the "activities" of a session, or give it "kind: ritual" or "kind: informal" if it is not run in sessions.',
        fr: 'L’atelier « {id} » ne figure dans aucune séance : le critère 1.2.1 demande un ensemble d’activités organisées et coordonnées. Ajoutez « {id} » aux « activities » d’une séance, ou indiquez « kind: ritual » ou « kind: informal » s’il n’a pas lieu en séance.',
      },
      'no-sessions': {
        en: 'The list of sessions is empty, so nothing organises the activities into a sequence (criterion 1.2.1). Add the sessions, each with its "year" and the ids of its "activities" in order.',
        fr: 'La liste des séances est vide : rien n’organise les activités en une progression (critère 1.2.1). Ajoutez les séances, chacune avec son « year » et les identifiants de ses « activities » dans l’ordre.',
      },
      'sessions-not-written': {
        en: 'Every session still holds a place (its id or title, or all its activities, are to complete), so nothing yet organises the activities into a sequence nor gives them time (criterion 1.2: 1.2.1 and 1.2.4). Write the sessions, each with its "year", the ids of its "activities" in order and its "duration".',
        fr: 'Chaque séance tient encore une place (son identifiant ou son titre, ou toutes ses activités, sont à compléter) : rien n’organise encore les activités en une progression ni ne leur donne de temps (critère 1.2 : 1.2.1 et 1.2.4). Écrivez les séances, chacune avec son « year », les identifiants de ses « activities » dans l’ordre et sa « duration ».',
      },
      'no-workshop': {
        en: 'The sessions contain no structured workshop ("kind: workshop"), although criterion 1.2.1 asks for a set of organised and coordinated activities: rituals and informal practices come in addition to workshops, not instead of them. Write the workshops and list them in the "activities" of the sessions.',
        fr: 'Les séances ne comportent aucun atelier structuré (« kind: workshop »), alors que le critère 1.2.1 demande un ensemble d’activités organisées et coordonnées : les rituels et les pratiques informelles viennent en plus des ateliers, pas à leur place. Écrivez les ateliers et indiquez-les dans les « activities » des séances.',
      },
    },
  },
  check({ model, coverage, report, assess, locale }) {
    const sessionsPair = model.topLevelPair('sessions');
    if (model.sessions.length === 0) {
      assess('1.2.1', 'missing');
      // No `sessions` key is missing-section's to report, a malformed value the schema's; an empty list neither reports.
      if (sessionsPair && isSeq(sessionsPair.value) && sessionsPair.value.items.length === 0) {
        report({ messageId: 'no-sessions', ...placeOf(sessionsPair.key) });
      } else if (sessionsPair && model.allSessions.length > 0) {
        // Every session still holds a place: neither the sequence (1.2.1) nor the time (1.2.4) is written.
        report({ messageId: 'sessions-not-written', cites: { kind: 'criterion', id: '1.2' }, ...placeOf(sessionsPair.key) });
      }
      return;
    }

    const known = [...model.definedActivityById.keys()];
    // A session reference that is a typo of a workshop's id: undefined-activity already points at it.
    const misspelt = new Set<string>();
    for (const session of model.sessions) {
      for (const ref of session.activityRefs) {
        if (model.definedActivityById.has(ref.value) || !ID.test(ref.value)) continue;
        const suggestion = nearest(ref.value, known);
        if (suggestion) misspelt.add(suggestion);
      }
    }

    let workshops = 0;
    let scheduledWorkshops = 0;
    model.activities.forEach((activity, i) => {
      if (activity.kind?.value !== 'workshop' || !activity.id) return;
      // A second activity with the same id is duplicate-id's to report.
      if (model.activityById.get(activity.id.value) !== activity) return;
      workshops++;
      if ((coverage.activities[i]?.scheduled ?? 0) > 0) {
        scheduledWorkshops++;
        return;
      }
      if (!misspelt.has(activity.id.value)) report({ messageId: 'unscheduled', args: { id: activity.id.value }, ...placeOf(activity.id.node) });
    });

    const sessions = model.sessions.length;
    const evidence =
      locale === 'fr'
        ? `${sessions} séance${sessions > 1 ? 's' : ''} ; ${scheduledWorkshops} atelier${scheduledWorkshops > 1 ? 's' : ''} sur ${workshops} en séance`
        : `${sessions} session${sessions === 1 ? '' : 's'}; ${scheduledWorkshops} of ${workshops} workshop${workshops === 1 ? '' : 's'} scheduled`;
    // Organised activities need at least one workshop in a session: rituals alone are not a sequence.
    if (scheduledWorkshops === 0) {
      assess('1.2.1', 'missing', evidence);
      // Workshops that exist but are in no session are each reported above.
      if (workshops === 0 && sessionsPair) report({ messageId: 'no-workshop', ...placeOf(sessionsPair.key) });
    } else assess('1.2.1', scheduledWorkshops === workshops ? 'met' : 'partly-met', evidence);
  },
});
