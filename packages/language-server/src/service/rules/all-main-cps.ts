import { CATEGORIES, GENERAL_COMPETENCIES, joinList, displayed, type GeneralCode, type Locale } from '@cpskit/core';
import { ageGroupLabel } from '../analysis/age-groups.js';
import { perAgeGroup } from '../analysis/coverage.js';
import { defineRule } from './rule.js';
import { groupPlace } from './support/group-place.js';
import { meaningfulText } from './support/meaningful.js';
import { documentPlace, placeOf } from './support/places.js';

/** A general competency as a message names it: its code and its quoted label. */
function named(code: GeneralCode, locale: Locale): string {
  const label = displayed(GENERAL_COMPETENCIES.find((entry) => entry.code === code)!.label, locale);
  // Quoted, not bracketed: the message goes on with the criterion, and brackets in brackets read badly.
  return locale === 'fr' ? `${code} «\u00a0${label}\u00a0»` : `${code} "${label}"`;
}

export default defineRule<'missing-generals' | 'by-design' | 'none' | 'group-missing-generals'>({
  meta: {
    id: 'all-main-cps',
    category: 'coverage',
    description: {
      en: 'The activities work all the main CPS: the three categories and the six general competencies.',
      fr: 'Les activités travaillent l’ensemble des principales CPS : les trois catégories et les six compétences générales.',
    },
    cites: { kind: 'modality', id: '1.2.2' },
    assesses: ['1.2.2'],
    severity: 'warning',
    // A validated programme is implemented as validated: its authors are not told to add content.
    infoMessages: ['by-design'],
    messages: {
      'missing-generals': {
        en: 'No activity works {missing}, while criterion 1.2.2 asks that all the main cognitive, emotional and social CPS be worked. Add activities for {them|it|them}, or name the codes the existing ones work.',
        fr: 'Aucune activité ne travaille {missing}, alors que le critère 1.2.2 demande que l’ensemble des principales CPS cognitives, émotionnelles et sociales soient travaillées. Ajoutez des activités pour {them|cette compétence|ces compétences}, ou indiquez les codes que les activités existantes travaillent.',
      },
      'by-design': {
        en: 'This evidence-based programme works {worked}, not {missing}: that is its validated design, not a fault to correct, and adding activities would depart from it. Criterion 1.2.2 asks that the children work all the main CPS, so say in "program.continuity" where they work {them|it|them} (another programme, the everyday practices of the setting).',
        fr: 'Ce programme probant travaille {worked}, pas {missing}\u00a0: c’est sa conception validée, pas un défaut à corriger, et y ajouter des activités l’en éloignerait. Le critère 1.2.2 demande que les enfants travaillent l’ensemble des principales CPS\u00a0: dites dans «\u00a0program.continuity\u00a0» où {them|ils la travaillent|ils les travaillent} (un autre programme, les pratiques quotidiennes du lieu).',
      },
      'group-missing-generals': {
        en: 'For {group}, no activity works {missing}: only the sessions and activities for other ages do, and a participant receives only those for their ages, while criterion 1.2.2 asks that all the main cognitive, emotional and social CPS be worked. Add activities for {them|it|them} to the sessions for {group}, or to sessions for every age (without "ages").',
        fr: 'Pour les {group}, aucune activité ne travaille {missing} : seules les séances et les activités d’autres âges le font, et un participant ne reçoit que celles de son âge, alors que le critère 1.2.2 demande que l’ensemble des principales CPS cognitives, émotionnelles et sociales soient travaillées. Ajoutez des activités pour {them|cette compétence|ces compétences} aux séances des {group}, ou à des séances pour tous les âges (sans « ages »).',
      },
      none: {
        en: 'No activity names a competency of the SpF classification, so none of the six general competencies is shown to be worked (criterion 1.2.2). Give each activity its "competencies".',
        fr: 'Aucune activité n’indique de compétence de la classification de SpF : aucune des six compétences générales n’est montrée comme travaillée (critère 1.2.2). Donnez à chaque activité ses « competencies ».',
      },
    },
  },
  check({ model, coverage, report, assess, locale }) {
    if (!model.root) return;
    const activitiesKey = model.topLevelPair('activities')?.key;
    const at = activitiesKey ? placeOf(activitiesKey) : documentPlace(model);
    const missing = coverage.generals.filter((general) => !general.worked);
    // A competency the whole programme works may still be out of reach of one age group: a
    // participant receives only the sessions for their ages. A validated programme's split is its design.
    const groupGaps =
      model.program.evidenceKind === 'evidence-based-program' || coverage.ageGroups.length < 2
        ? []
        : perAgeGroup(model, coverage)
            .map((reading) => ({
              reading,
              missing: reading.coverage.generals.filter((general) => !general.worked && coverage.generals.find((entry) => entry.code === general.code)?.worked),
            }))
            .filter((gap) => gap.missing.length > 0);
    const groupEvidence = groupGaps.map(
      (gap) =>
        `${displayed(ageGroupLabel(gap.reading.group), locale)}${locale === 'fr' ? '\u00a0:' : ':'} ${gap.reading.coverage.generals
          .filter((general) => general.worked)
          .map((general) => general.code)
          .join(' ')}`,
    );
    const reportGroups = () => {
      for (const gap of groupGaps) {
        report({
          messageId: 'group-missing-generals',
          args: {
            group: displayed(ageGroupLabel(gap.reading.group), locale),
            missing: joinList(
              gap.missing.map((general) => named(general.code, locale)),
              locale,
            ),
            them: gap.missing.length,
          },
          ...groupPlace(model, gap.reading.model),
        });
      }
    };
    const evidenceOf = (codes: readonly string[]) => [codes.join(' '), ...groupEvidence].join(locale === 'fr' ? '\u00a0; ' : '; ');
    if (missing.length === 0) {
      assess('1.2.2', groupGaps.length > 0 ? 'partly-met' : 'met', evidenceOf(GENERAL_COMPETENCIES.map((general) => general.code)));
      reportGroups();
      return;
    }
    if (missing.length === GENERAL_COMPETENCIES.length) {
      assess('1.2.2', 'missing');
      // Activities that all still hold a place name nothing yet either.
      if (model.allActivities.length > 0) report({ messageId: 'none', ...at });
      return;
    }
    const worked = coverage.generals.filter((general) => general.worked).map((general) => general.code);
    assess('1.2.2', 'partly-met', evidenceOf(worked));
    const names = missing.map((general) => named(general.code, locale));
    const categoriesMissing = CATEGORIES.filter((category) => !coverage.categories[category.code]).map((category) => displayed(category.label, locale));
    const missingText = categoriesMissing.length > 0 ? `${joinList(names, locale)} — ${joinList(categoriesMissing, locale).toLowerCase()}` : joinList(names, locale);
    if (model.program.evidenceKind === 'evidence-based-program') {
      // Said once, where the path is written: a continuity text already answers it.
      if (meaningfulText(model.program.continuity?.node) !== undefined) return;
      report({ messageId: 'by-design', args: { worked: joinList(worked, locale), missing: joinList(names, locale), them: missing.length }, ...at });
      return;
    }
    report({ messageId: 'missing-generals', args: { missing: missingText, them: missing.length }, ...at });
    reportGroups();
  },
});
