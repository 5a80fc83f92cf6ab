import { CATEGORIES, generalCompetency, type GeneralCode, type Locale, displayed } from '@cpskit/core';
import { ageGroupLabel } from '../analysis/age-groups.js';
import { perAgeGroup, type CoverageMatrix, type Occurrence } from '../analysis/coverage.js';
import { defineRule, type Report } from './rule.js';
import { placeOf } from './support/places.js';

function sessionName(occurrence: Occurrence): string {
  return occurrence.session.id?.value ?? `#${occurrence.sessionIndex + 1}`;
}

type MessageId = 'before-foundation' | 'no-foundation' | 'before-foundation-group' | 'no-foundation-group';

export default defineRule<MessageId>({
  meta: {
    id: 'phase-order',
    category: 'coverage',
    description: {
      en: 'In the session sequence, each phase-1 competency (C1, E1, S1) comes before the phase-2 competency of its family (C2, E2, S2), or is worked from the start by a regular practice.',
      fr: 'Dans la suite des séances, chaque compétence de phase 1 (C1, E1, S1) vient avant la compétence de phase 2 de sa famille (C2, E2, S2), ou est travaillée dès le début par une pratique régulière.',
    },
    severity: 'warning',
    messages: {
      'before-foundation': {
        en: 'Session "{session}" works {later} ({laterLabel}) before {earlier} ({earlierLabel}), which comes first only in session "{earlierSession}". In the SpF classification, phase 1 (understanding and acceptance) lays the foundations of phase 2 (regulation and achievement): work {earlier} first.',
        fr: 'La séance « {session} » travaille {later} ({laterLabel}) avant {earlier} ({earlierLabel}), qui n’arrive qu’à la séance « {earlierSession} ». Dans la classification de SpF, la phase 1 (compréhension et acceptation) pose les fondations de la phase 2 (régulation et accomplissement) : travaillez d’abord {earlier}.',
      },
      'no-foundation': {
        en: 'Session "{session}" works {later} ({laterLabel}), but no session or regular practice works {earlier} ({earlierLabel}), its phase-1 foundation in the SpF classification. Add {earlier} to an earlier session, or to a ritual or informal practice that comes back from the start.',
        fr: 'La séance « {session} » travaille {later} ({laterLabel}), mais aucune séance ni pratique régulière ne travaille {earlier} ({earlierLabel}), sa fondation de phase 1 dans la classification de SpF. Ajoutez {earlier} à une séance antérieure, ou à un rituel ou une pratique informelle qui revient dès le début.',
      },
      'before-foundation-group': {
        en: 'For {group}, session "{session}" works {later} ({laterLabel}) before {earlier} ({earlierLabel}), which comes first only in session "{earlierSession}". In the SpF classification, phase 1 (understanding and acceptance) lays the foundations of phase 2 (regulation and achievement), and a participant receives only the sessions for their ages: work {earlier} first in their sessions.',
        fr: 'Pour les {group}, la séance « {session} » travaille {later} ({laterLabel}) avant {earlier} ({earlierLabel}), qui n’arrive qu’à la séance « {earlierSession} ». Dans la classification de SpF, la phase 1 (compréhension et acceptation) pose les fondations de la phase 2 (régulation et accomplissement), et un participant ne reçoit que les séances de son âge : travaillez d’abord {earlier} dans leurs séances.',
      },
      'no-foundation-group': {
        en: 'For {group}, session "{session}" works {later} ({laterLabel}), but none of their sessions nor any regular practice works {earlier} ({earlierLabel}), its phase-1 foundation in the SpF classification, and a participant receives only the sessions for their ages. Add {earlier} to an earlier session for {group} or for every age, or to a ritual or informal practice that comes back from the start.',
        fr: 'Pour les {group}, la séance « {session} » travaille {later} ({laterLabel}), mais aucune de leurs séances ni aucune pratique régulière ne travaille {earlier} ({earlierLabel}), sa fondation de phase 1 dans la classification de SpF, et un participant ne reçoit que les séances de son âge. Ajoutez {earlier} à une séance antérieure pour les {group} ou pour tous les âges, ou à un rituel ou une pratique informelle qui revient dès le début.',
      },
    },
  },
  check({ model, coverage, report, locale }) {
    if (coverage.ageGroups.length < 2) {
      checkSequence(coverage, report, locale);
      return;
    }
    // A participant follows only the sessions for their ages: the order is read in each group's sequence.
    const reported = new Set<string>();
    for (const reading of perAgeGroup(model, coverage)) {
      checkSequence(reading.coverage, report, locale, displayed(ageGroupLabel(reading.group), locale), reported);
    }
  },
});

/**
 * Reports the phase-2 competencies of a sequence worked before their phase-1 foundation. With a
 * group, the messages name it; a session shared by several groups is reported once, for the first.
 */
function checkSequence(coverage: Omit<CoverageMatrix, 'ageGroups'>, report: Report<MessageId>, locale: Locale, group?: string, reported?: Set<string>): void {
  // A ritual or informal practice that no session lists and that comes back runs all year,
  // every year: what it works is worked from the start of the programme.
  const fromStart = new Set<GeneralCode>();
  for (const practice of coverage.practices) if (practice.frequency !== 'occasional') for (const general of practice.generals) fromStart.add(general);
  for (const category of CATEGORIES) {
    const earlier = `${category.code}1` as GeneralCode;
    const later = `${category.code}2` as GeneralCode;
    if (fromStart.has(earlier)) continue;
    const firstLater = coverage.occurrences.findIndex((occurrence) => occurrence.generals.includes(later));
    if (firstLater === -1) continue;
    const firstEarlier = coverage.occurrences.findIndex((occurrence) => occurrence.generals.includes(earlier));
    if (firstEarlier !== -1 && firstEarlier <= firstLater) continue;
    const at = coverage.occurrences[firstLater]!;
    const args = {
      session: sessionName(at),
      later,
      laterLabel: displayed(generalCompetency(later).label, locale),
      earlier,
      earlierLabel: displayed(generalCompetency(earlier).label, locale),
    };
    // One finding per place: moving a shared session's phase-2 work later mends every group at once.
    const key = `${at.ref.node.start}:${category.code}`;
    if (reported?.has(key)) continue;
    reported?.add(key);
    const groupArgs: Record<string, string> = group === undefined ? {} : { group };
    if (firstEarlier === -1) {
      report({
        messageId: group === undefined ? 'no-foundation' : 'no-foundation-group',
        args: { ...args, ...groupArgs },
        cites: { kind: 'competency', id: earlier },
        ...placeOf(at.ref.node),
      });
      continue;
    }
    const foundation = coverage.occurrences[firstEarlier]!;
    report({
      messageId: group === undefined ? 'before-foundation' : 'before-foundation-group',
      args: { ...args, ...groupArgs, earlierSession: sessionName(foundation) },
      cites: { kind: 'competency', id: earlier },
      ...placeOf(at.ref.node),
      related: [
        {
          ...placeOf(foundation.ref.node),
          note: { en: '{earlier} is first worked here', fr: '{earlier} est travaillée ici pour la première fois' },
          args: { earlier },
        },
      ],
    });
  }
}
