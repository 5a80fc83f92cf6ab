import { foldText, lookupCompetency, nearest } from '@cpskit/core';
import { isMap } from '../parse/tree.js';
import type { ActivityModel, ManualModel } from '../model/manual-model.js';
import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';

export default defineRule<'none-named' | 'not-written'>({
  meta: {
    id: 'explicit-competencies',
    category: 'coverage',
    description: {
      en: 'Every activity names the competencies it works, with codes of the SpF classification (explicit teaching).',
      fr: 'Chaque activité indique les compétences qu’elle travaille, avec des codes de la classification de SpF (enseignement explicite).',
    },
    cites: { kind: 'modality', id: '1.2.3' },
    assesses: ['1.2.3'],
    severity: 'warning',
    messages: {
      'none-named': {
        en: 'The activity "{activity}" does not say which competencies it works (criterion 1.2.3: the CPS worked are made explicit). Add "competencies", for instance [E1.2, S1.2].',
        fr: 'L’activité « {activity} » ne dit pas quelles compétences elle travaille (critère 1.2.3 : les CPS travaillées sont clairement explicitées). Ajoutez « competencies », par exemple [E1.2, S1.2].',
      },
      'not-written': {
        en: 'No activity is written yet: each one still holds a place (its id or title is to complete), so none says which competencies it works (criterion 1.2.3: the CPS worked are made explicit). Write the activities, each with its "competencies", for instance [E1.2, S1.2].',
        fr: 'Aucune activité n’est encore écrite : chacune tient encore une place (son identifiant ou son titre est à compléter), et aucune ne dit donc quelles compétences elle travaille (critère 1.2.3 : les CPS travaillées sont clairement explicitées). Écrivez les activités, chacune avec ses « competencies », par exemple [E1.2, S1.2].',
      },
    },
  },
  check({ model, report, assess }) {
    if (model.activities.length === 0) {
      assess('1.2.3', 'missing');
      // No activities at all is the schema's to report.
      const written = model.topLevelPair('activities');
      if (model.allActivities.length > 0 && written) report({ messageId: 'not-written', ...placeOf(written.key) });
      return;
    }
    let explicit = 0;
    const namedBySessions = activitiesNamedBySessions(model);
    for (const activity of model.activities) {
      if (activity.competencies.some((code) => lookupCompetency(code.value)) || namedBySessions.has(activity)) {
        explicit++;
        continue;
      }
      // An activity whose codes are all unknown is unknown-competency's to report.
      if (activity.competencies.length > 0) continue;
      // `competences:` or `compétences:` is the schema's to report, as a misspelt key: one finding, not two.
      if (misspellsCompetencies(activity)) continue;
      const at = activity.id?.node ?? activity.node;
      report({ messageId: 'none-named', args: { activity: activity.id?.value ?? `#${activity.index + 1}` }, ...placeOf(at) });
    }
    const total = model.activities.length;
    const evidence = `${explicit}/${total}`;
    assess('1.2.3', explicit === total ? 'met' : explicit === 0 ? 'missing' : 'partly-met', evidence);
  },
});

/** The activities that sessions list with the competencies they work that time. */
function activitiesNamedBySessions(model: ManualModel): Set<ActivityModel> {
  const named = new Set<ActivityModel>();
  for (const session of model.sessions) {
    for (const ref of session.activityRefs) {
      const activity = model.activityById.get(ref.value);
      if (activity && ref.competencies?.some((code) => lookupCompetency(code.value))) named.add(activity);
    }
  }
  return named;
}

/** Whether the activity has a key that is `competencies` misspelt. */
function misspellsCompetencies(activity: ActivityModel): boolean {
  if (!isMap(activity.node)) return false;
  return activity.node.pairs.some((pair) => {
    const key = typeof pair.key.value === 'string' ? foldText(pair.key.value) : '';
    return key !== 'competencies' && (key === 'competences' || key === 'competence' || nearest(key, ['competencies']) !== undefined);
  });
}
