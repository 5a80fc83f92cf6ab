import { yamlPlaceholder, type Locale, type Localized } from '@cpskit/core';
import type { Citation } from '../finding.js';
import { defineRule } from './rule.js';
import { documentPlace } from './support/places.js';

interface SectionSpec {
  readonly cites: Citation;
  readonly what: Localized;
  /**
   * A skeleton to start the section from, offered as a quick fix, in the finding's language.
   * Every value only the author knows is a placeholder (« À COMPLÉTER : … »): nothing cpskit
   * inserts can earn a modality.
   */
  readonly skeleton: (locale: Locale) => string;
}

/** `key: "À COMPLÉTER : what"`, indented; `list` writes it as a list of one. */
function line(indent: number, key: string, what: Localized, locale: Locale, list = false): string {
  const value = yamlPlaceholder(what[locale], locale);
  return `${' '.repeat(indent)}${key}: ${list ? `[${value}]` : value}\n`;
}

const l = (en: string, fr: string): Localized => ({ en, fr });

/** The sections the quality criteria need, with what each one shows. */
export const RECOMMENDED_SECTIONS: Readonly<Record<string, SectionSpec>> = {
  facilitators: {
    cites: { kind: 'criterion', id: '1.1' },
    what: { en: 'who runs the activities and how they master the CPS', fr: 'qui anime les activités et comment les intervenants maîtrisent les CPS' },
    skeleton: (locale) =>
      'facilitators:\n' +
      line(2, 'profiles', l('who runs the activities (teachers, youth workers…)', 'qui anime les activités (enseignants, animateurs…)'), locale, true) +
      line(2, 'cps_knowledge', l('how the facilitators gain knowledge of the CPS', 'comment les intervenants acquièrent leurs connaissances sur les CPS'), locale) +
      line(2, 'own_cps_work', l('how they work on their own CPS', 'comment ils travaillent leurs propres CPS'), locale),
  },
  sessions: {
    cites: { kind: 'criterion', id: '1.2' },
    what: { en: 'the sequence of sessions that structures the activities', fr: 'la suite de séances qui structure les activités' },
    skeleton: (locale) =>
      'sessions:\n  - id: s1\n    year: 1\n' +
      line(4, 'title', l('the name of the session', 'le nom de la séance'), locale) +
      line(4, 'activities', l('ids of its activities, in order', 'identifiants de ses activités, dans l’ordre'), locale, true),
  },
  materials: {
    cites: { kind: 'modality', id: '1.2.5' },
    what: { en: 'the facilitator guide and the participant booklet', fr: 'le guide d’intervention et le livret du participant' },
    skeleton: (locale) =>
      'materials:\n' +
      line(2, 'facilitator_guide', l('title or link of the guide for facilitators', 'titre ou lien du guide d’intervention'), locale) +
      line(2, 'participant_booklet', l('title or link of the booklet for participants', 'titre ou lien du livret des participants'), locale),
  },
  training: {
    cites: { kind: 'criterion', id: '2.1' },
    what: { en: 'the training offered to facilitators', fr: 'la formation proposée aux intervenants' },
    skeleton: (locale) =>
      'training:\n' +
      line(2, 'level', l('1 the basics, 2 running sessions or coordinating, 3 regional trainer', '1 les bases, 2 animer des séances ou coordonner, 3 formateur régional'), locale) +
      line(2, 'hours', l('length of the training, in hours', 'durée de la formation, en heures'), locale) +
      line(
        2,
        'covers',
        l(
          'cps-knowledge, own-cps, structured-activities, materials, informal-practices, pedagogy',
          'cps-knowledge, own-cps, structured-activities, materials, informal-practices, pedagogy',
        ),
        locale,
        true,
      ),
  },
  support: {
    cites: { kind: 'criterion', id: '2.2' },
    what: { en: 'the collective and individual follow-up of facilitators', fr: 'le suivi collectif et individuel des intervenants' },
    skeleton: (locale) => {
      const frequency = l('weekly, fortnightly, monthly, termly, yearly or on-request', 'weekly, fortnightly, monthly, termly, yearly ou on-request');
      return (
        'support:\n  collective:\n' +
        line(4, 'format', l('supervision, practice-analysis, peer-exchange or team-meeting', 'supervision, practice-analysis, peer-exchange ou team-meeting'), locale) +
        line(4, 'frequency', frequency, locale) +
        '  individual:\n' +
        line(4, 'format', l('interview, remote-interview, observation or coaching', 'interview, remote-interview, observation ou coaching'), locale) +
        line(4, 'frequency', frequency, locale)
      );
    },
  },
  governance: {
    cites: { kind: 'criterion', id: '2.3' },
    what: { en: 'the project team, the advocacy team and the stakeholders', fr: 'l’équipe projet, l’équipe de plaidoyer et les parties prenantes' },
    skeleton: (locale) => {
      const members = l('role and organisation of each member', 'fonction et structure de chaque membre');
      return (
        'governance:\n' +
        line(2, 'project_team', members, locale, true) +
        '  advocacy:\n' +
        line(4, 'team', members, locale, true) +
        line(4, 'materials', l('leaflet, presentation, letter to families…', 'plaquette, présentation, lettre aux familles…'), locale, true) +
        line(
          2,
          'stakeholders',
          l('professionals, decision-makers, parents, children, young-people…', 'professionals, decision-makers, parents, children, young-people…'),
          locale,
          true,
        )
      );
    },
  },
  environment: {
    // The section serves both operational criteria of general criterion 3 (3.1 social, 3.2 physical).
    cites: { kind: 'criterion', id: '3' },
    what: { en: 'the social and physical environment of the setting', fr: 'l’environnement social et physique de la structure' },
    skeleton: (locale) =>
      'environment:\n  social:\n' +
      line(4, 'relationships', l('how people in the setting relate to one another', 'les modalités relationnelles entre les personnes de la structure'), locale) +
      line(4, 'conflict_management', l('how interpersonal conflicts are handled', 'la gestion des conflits interpersonnels'), locale) +
      line(4, 'assessment', l('how children or young people are assessed', 'les modalités d’évaluation des enfants ou des jeunes'), locale) +
      line(4, 'psychological_safety', l('how psychological safety is ensured', 'comment la sécurité psychologique est assurée'), locale) +
      '  physical:\n' +
      line(4, 'safety', l('how physical safety is ensured', 'comment la sécurité physique est assurée'), locale) +
      line(4, 'physical_activity', l('how physical activity is provided for', 'comment les activités physiques sont assurées'), locale) +
      line(4, 'spaces', l('how the spaces are laid out to foster the CPS', 'les aménagements des espaces qui favorisent les CPS'), locale) +
      line(4, 'time', l('how time is organised to foster the CPS', 'les aménagements du temps qui favorisent les CPS'), locale),
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
                edits: [{ start: insertion.offset, end: insertion.offset, newText: `${insertion.lead ? newline : ''}${spec.skeleton(locale).replace(/\n/g, newline)}` }],
              },
            }
          : {}),
      });
    }
  },
});
