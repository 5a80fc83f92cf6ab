import { declaredAges } from '../analysis/age-groups.js';
import type { DeclaredAges } from '../model/manual-model.js';
import { isMap, pairOf } from '../parse/tree.js';
import { defineRule, type Report } from './rule.js';
import { placeOf } from './support/places.js';

type MessageId = 'reversed' | 'session-reversed' | 'session-outside' | 'activity-reversed' | 'activity-outside' | 'activity-other-ages';

export default defineRule<MessageId>({
  meta: {
    id: 'ages-order',
    category: 'structure',
    description: {
      en: 'The youngest age of the programme is not above its oldest age, the ages a session or an activity is for lie within the programme’s, and a session lists only activities for some of its participants.',
      fr: 'L’âge le plus jeune du programme n’est pas supérieur à l’âge le plus âgé, les âges à qui s’adresse une séance ou une activité sont compris dans ceux du programme, et une séance ne liste que des activités pour certains de ses participants.',
    },
    severity: 'error',
    messages: {
      reversed: {
        en: 'The ages go from {min} to {max}: "min" is above "max". Swap them.',
        fr: 'Les âges vont de {min} à {max} : « min » est supérieur à « max ». Inversez-les.',
      },
      'session-reversed': {
        en: 'The ages of session "{session}" go from {min} to {max}: "min" is above "max", so cpskit cannot tell whom it is for and counts it for every participant. Swap them.',
        fr: 'Les âges de la séance « {session} » vont de {min} à {max} : « min » est supérieur à « max », si bien que cpskit ne peut pas dire à qui elle s’adresse et la compte pour tous les participants. Inversez-les.',
      },
      'session-outside': {
        en: 'Session "{session}" is for ages {min}–{max}, outside the programme’s ages ({programMin}–{programMax}): coverage and intensity (criteria 1.2.2 and 1.2.4) are read for the programme’s participants, and its ages {outside} are not among them. Bring its ages within {programMin}–{programMax}, or widen "program.ages".',
        fr: 'La séance « {session} » s’adresse aux {min}–{max} ans, hors des âges du programme ({programMin}–{programMax} ans) : la couverture et l’intensité (critères 1.2.2 et 1.2.4) se lisent pour les participants du programme, et ses {outside} ans n’en font pas partie. Ramenez ses âges entre {programMin} et {programMax}, ou élargissez « program.ages ».',
      },
      'activity-reversed': {
        en: 'The ages of activity "{activity}" go from {min} to {max}: "min" is above "max", so cpskit cannot tell whom it is for and counts it for every participant. Swap them.',
        fr: 'Les âges de l’activité « {activity} » vont de {min} à {max} : « min » est supérieur à « max », si bien que cpskit ne peut pas dire à qui elle s’adresse et la compte pour tous les participants. Inversez-les.',
      },
      'activity-outside': {
        en: 'Activity "{activity}" is for ages {min}–{max}, outside the programme’s ages ({programMin}–{programMax}): coverage and intensity (criteria 1.2.2 and 1.2.4) are read for the programme’s participants, and its ages {outside} are not among them. Bring its ages within {programMin}–{programMax}, or widen "program.ages".',
        fr: 'L’activité « {activity} » s’adresse aux {min}–{max} ans, hors des âges du programme ({programMin}–{programMax} ans) : la couverture et l’intensité (critères 1.2.2 et 1.2.4) se lisent pour les participants du programme, et ses {outside} ans n’en font pas partie. Ramenez ses âges entre {programMin} et {programMax}, ou élargissez « program.ages ».',
      },
      'activity-other-ages': {
        en: 'Session "{session}" is for ages {sessionMin}–{sessionMax}, but activity "{activity}" is for ages {min}–{max} only: none of the session’s participants is of an age for it, so it counts for no one here (criteria 1.2.2 and 1.2.4 are read for what each age receives). Move it to a session for ages {min}–{max}, widen its "ages", or take it out of this session.',
        fr: 'La séance « {session} » s’adresse aux {sessionMin}–{sessionMax} ans, mais l’activité « {activity} » s’adresse aux {min}–{max} ans seulement : aucun des participants de la séance n’a l’âge de la faire, si bien qu’elle ne compte ici pour personne (les critères 1.2.2 et 1.2.4 se lisent pour ce que reçoit chaque âge). Déplacez-la dans une séance pour les {min}–{max} ans, élargissez ses « ages », ou retirez-la de cette séance.',
      },
    },
  },
  check({ model, report }) {
    const { minAge, maxAge, agesNode } = model.program;
    if (minAge !== undefined && maxAge !== undefined && minAge > maxAge && isMap(agesNode)) {
      const minPair = pairOf(agesNode, 'min');
      report({ messageId: 'reversed', args: { min: minAge, max: maxAge }, ...placeOf(minPair?.value ?? agesNode) });
    }
    // Against a reversed or unreadable programme range there is nothing sure to say.
    const program = minAge !== undefined && maxAge !== undefined && minAge <= maxAge ? { min: minAge, max: maxAge } : undefined;
    for (const session of model.allSessions) {
      checkOwnAges(session.ages, { name: session.id?.value ?? `#${session.index + 1}`, reversed: 'session-reversed', outside: 'session-outside', key: 'session' }, program, report);
    }
    for (const activity of model.allActivities) {
      checkOwnAges(
        activity.ages,
        { name: activity.id?.value ?? `#${activity.index + 1}`, reversed: 'activity-reversed', outside: 'activity-outside', key: 'activity' },
        program,
        report,
      );
    }
    // A session for some ages that lists an activity for other ages only: the two contradict each other.
    for (const session of model.allSessions) {
      const sessionAges = declaredAges(session);
      if (!sessionAges) continue;
      for (const ref of session.activityRefs) {
        const activity = model.definedActivityById.get(ref.value);
        const ages = activity ? declaredAges(activity) : undefined;
        if (!activity?.ages || !ages || (ages.min <= sessionAges.max && sessionAges.min <= ages.max)) continue;
        report({
          messageId: 'activity-other-ages',
          args: {
            session: session.id?.value ?? `#${session.index + 1}`,
            sessionMin: sessionAges.min,
            sessionMax: sessionAges.max,
            activity: ref.value,
            min: ages.min,
            max: ages.max,
          },
          ...placeOf(ref.node),
          related: [
            {
              ...placeOf(activity.ages.node),
              note: { en: 'Activity "{activity}": ages {min}–{max}', fr: 'Activité « {activity} » : {min}–{max} ans' },
              args: { activity: ref.value, min: ages.min, max: ages.max },
            },
          ],
        });
      }
    }
  },
});

interface Holder {
  readonly name: string;
  readonly reversed: 'session-reversed' | 'activity-reversed';
  readonly outside: 'session-outside' | 'activity-outside';
  /** The argument that names the session or the activity in its messages. */
  readonly key: 'session' | 'activity';
}

/** A session's or an activity's own ages: in order, and within the programme's. */
function checkOwnAges(ages: DeclaredAges | undefined, holder: Holder, program: { min: number; max: number } | undefined, report: Report<MessageId>): void {
  if (ages?.min === undefined || ages.max === undefined) return;
  if (ages.min > ages.max) {
    report({ messageId: holder.reversed, args: { [holder.key]: holder.name, min: ages.min, max: ages.max }, ...placeOf(pairOf(ages.node, 'min')?.value ?? ages.node) });
    return;
  }
  if (!program || (ages.min >= program.min && ages.max <= program.max)) return;
  const outside = ages.min < program.min ? 'min' : 'max';
  const outsideAges =
    ages.min < program.min
      ? `${ages.min}${Math.min(ages.max, program.min - 1) > ages.min ? `–${Math.min(ages.max, program.min - 1)}` : ''}`
      : `${Math.max(ages.min, program.max + 1)}${ages.max > Math.max(ages.min, program.max + 1) ? `–${ages.max}` : ''}`;
  report({
    messageId: holder.outside,
    args: { [holder.key]: holder.name, min: ages.min, max: ages.max, programMin: program.min, programMax: program.max, outside: outsideAges },
    ...placeOf(pairOf(ages.node, outside)?.value ?? ages.node),
  });
}
