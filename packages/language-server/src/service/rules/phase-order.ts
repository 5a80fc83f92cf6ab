import { CATEGORIES, generalCompetency, type GeneralCode, displayed } from '@cpskit/core';
import type { Occurrence } from '../analysis/coverage.js';
import { defineRule } from './rule.js';
import { placeOf } from './support/places.js';

function sessionName(occurrence: Occurrence): string {
  return occurrence.session.id?.value ?? `#${occurrence.sessionIndex + 1}`;
}

export default defineRule<'before-foundation' | 'no-foundation'>({
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
    },
  },
  check({ coverage, report, locale }) {
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
      if (firstEarlier === -1) {
        report({ messageId: 'no-foundation', args, cites: { kind: 'competency', id: earlier }, ...placeOf(at.ref.node) });
        continue;
      }
      const foundation = coverage.occurrences[firstEarlier]!;
      report({
        messageId: 'before-foundation',
        args: { ...args, earlierSession: sessionName(foundation) },
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
  },
});
