import type { Localized } from '@cpskit/core';
import type { Citation } from '../finding.js';
import { defineRule } from './rule.js';
import { documentPlace } from './support/places.js';

interface SectionSpec {
  readonly cites: Citation;
  readonly what: Localized;
  /** A commented skeleton to start the section from, offered as a quick fix. */
  readonly skeleton: string;
}

/** The sections the quality criteria need, with what each one shows. */
export const RECOMMENDED_SECTIONS: Readonly<Record<string, SectionSpec>> = {
  facilitators: {
    cites: { kind: 'criterion', id: '1.1' },
    what: { en: 'who runs the activities and how they master the CPS', fr: 'qui anime les activités et comment les intervenants maîtrisent les CPS' },
    skeleton: 'facilitators:\n  profiles: []            # who runs the activities\n  cps_knowledge: true     # better: a sentence saying how\n  own_cps_work: true      # better: a sentence saying how\n',
  },
  sessions: {
    cites: { kind: 'criterion', id: '1.2' },
    what: { en: 'the sequence of sessions that structures the activities', fr: 'la suite de séances qui structure les activités' },
    skeleton: 'sessions:\n  - id: s1\n    year: 1\n    activities: []        # ids of activities, in order\n',
  },
  materials: {
    cites: { kind: 'modality', id: '1.2.5' },
    what: { en: 'the facilitator guide and the participant booklet', fr: 'le guide d’intervention et le livret du participant' },
    skeleton: 'materials:\n  facilitator_guide: ""   # title or link of the guide for facilitators\n  participant_booklet: "" # title or link of the booklet for participants\n',
  },
  training: {
    cites: { kind: 'criterion', id: '2.1' },
    what: { en: 'the training offered to facilitators', fr: 'la formation proposée aux intervenants' },
    skeleton: 'training:\n  level: 2                # 1 basics, 2 running sessions or coordinating, 3 regional trainer\n  hours: 0\n  covers: []              # cps-knowledge, own-cps, structured-activities, materials, informal-practices, pedagogy\n',
  },
  support: {
    cites: { kind: 'criterion', id: '2.2' },
    what: { en: 'the collective and individual follow-up of facilitators', fr: 'le suivi collectif et individuel des intervenants' },
    skeleton:
      'support:\n  collective:\n    format: practice-analysis  # supervision, practice-analysis, peer-exchange, team-meeting\n    frequency: monthly\n  individual:\n    format: interview          # interview, remote-interview, observation, coaching\n    frequency: termly\n',
  },
  governance: {
    cites: { kind: 'criterion', id: '2.3' },
    what: { en: 'the project team, the advocacy team and the stakeholders', fr: 'l’équipe projet, l’équipe de plaidoyer et les parties prenantes' },
    skeleton: 'governance:\n  project_team: []\n  advocacy:\n    team: []\n    materials: []\n  stakeholders: []        # parents, children, young-people, professionals, decision-makers...\n',
  },
  environment: {
    cites: { kind: 'criterion', id: '3.1' },
    what: { en: 'the social and physical environment of the setting', fr: 'l’environnement social et physique de la structure' },
    skeleton:
      'environment:\n  social:\n    relationships: true\n    conflict_management: true\n    assessment: true\n    psychological_safety: true\n  physical:\n    safety: true\n    physical_activity: true\n    spaces: true\n    time: true\n',
  },
};

/**
 * Where a new top-level section goes: right after the manual's last section, before any
 * document-end marker or trailing comment. A manual written in flow style (`{ … }`) gets no
 * fix: block text appended to it would break it, and rewriting it is not a minimal edit.
 */
function insertionPoint(text: string, rootStart: number, rootEnd: number): { offset: number; lead: boolean } | undefined {
  if (text[rootStart] === '{') return undefined;
  let offset = rootEnd;
  // The root map ends after its last value; a section goes at the start of the next line.
  const nextBreak = text.indexOf('\n', Math.max(rootStart, offset - 1));
  if (text[offset - 1] !== '\n') offset = nextBreak === -1 ? text.length : nextBreak + 1;
  const lead = offset > 0 && text[offset - 1] !== '\n';
  return { offset, lead };
}

export default defineRule<'missing'>({
  meta: {
    id: 'missing-section',
    category: 'criteria',
    description: {
      en: 'The manual has every section the quality criteria need: facilitators, sessions, materials, training, support, governance, environment.',
      fr: 'Le manuel a toutes les sections dont les critères de qualité ont besoin : facilitators, sessions, materials, training, support, governance, environment.',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      missing: {
        en: 'The manual has no "{section}" section: nothing describes {what} (criterion {criterion}). Add the section.',
        fr: 'Le manuel n’a pas de section « {section} » : rien ne décrit {what} (critère {criterion}). Ajoutez la section.',
      },
    },
  },
  check({ model, parsed, report, locale }) {
    const root = model.root;
    if (!root) return;
    const at = documentPlace(model);
    const insertion = insertionPoint(parsed.text, root.start, root.end);
    const newline = parsed.text.includes('\r\n') ? '\r\n' : '\n';
    for (const [section, spec] of Object.entries(RECOMMENDED_SECTIONS)) {
      if (model.topLevelPair(section)) continue;
      report({
        messageId: 'missing',
        args: { section, what: spec.what[locale], criterion: spec.cites.id },
        cites: spec.cites,
        ...at,
        ...(insertion
          ? {
              fix: {
                title: { en: 'Add the "{section}" section', fr: 'Ajouter la section « {section} »' },
                args: { section },
                edits: [{ start: insertion.offset, end: insertion.offset, newText: `${insertion.lead ? newline : ''}${spec.skeleton.replace(/\n/g, newline)}` }],
              },
            }
          : {}),
      });
    }
  },
});
