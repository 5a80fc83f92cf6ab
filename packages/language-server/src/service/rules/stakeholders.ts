import { STAKEHOLDERS, joinList, type Localized, displayed } from '@cpskit/core';
import { isMap, isSeq } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { meaningfulTexts } from './support/meaningful.js';
import { clip, placeOf } from './support/places.js';

/**
 * The groups criterion 2.3.5 names, each shown by any one of its values of `stakeholders`.
 * Parents are expected while the programme's public includes minors; a programme for adults
 * only (18 and over) may involve them or not (cpskit's reading: adults speak for themselves).
 */
export const STAKEHOLDER_GROUPS: readonly { readonly values: readonly string[]; readonly name: Localized; readonly minorsOnly?: true }[] = [
  { values: ['professionals', 'cps-professionals'], name: { en: 'professionals', fr: 'professionnels' } },
  { values: ['decision-makers'], name: { en: 'decision-makers', fr: 'décideurs' } },
  { values: ['parents'], name: { en: 'parents', fr: 'parents' }, minorsOnly: true },
  { values: ['children', 'young-people'], name: { en: 'children or young people', fr: 'enfants ou jeunes' } },
];

const KNOWN_VALUES: ReadonlySet<string> = new Set(STAKEHOLDERS);

/** Age from which the whole public is adult, and parents are no longer expected. */
const ADULT_AGE = 18;

export default defineRule<'incomplete' | 'none'>({
  meta: {
    id: 'stakeholders',
    category: 'criteria',
    description: {
      en: 'Every group of stakeholders is involved in the project: professionals, decision-makers, parents (while the public includes minors), children or young people.',
      fr: 'Toutes les parties prenantes sont associées au projet\u00a0: professionnels, décideurs, parents (tant que le public compte des mineurs), enfants ou jeunes.',
    },
    cites: { kind: 'modality', id: '2.3.5' },
    assesses: ['2.3.5'],
    severity: 'warning',
    messages: {
      incomplete: {
        en: 'Stakeholders are missing: {missing}, although criterion 2.3.5 asks that all stakeholders be involved in the project. Add {values} to "governance.stakeholders" and involve them.',
        fr: 'Des parties prenantes manquent\u00a0: {missing}, alors que le critère 2.3.5 demande que l’ensemble des parties prenantes soit associé au projet. Ajoutez {values} dans «\u00a0governance.stakeholders\u00a0» et associez-les.',
      },
      none: {
        en: 'The manual names no stakeholders, although criterion 2.3.5 asks that all of them be involved in the project: {groups}. List them in "governance.stakeholders".',
        fr: 'Le manuel ne cite aucune partie prenante, alors que le critère 2.3.5 demande que l’ensemble des parties prenantes soit associé au projet\u00a0: {groups}. Indiquez-les dans «\u00a0governance.stakeholders\u00a0».',
      },
    },
  },
  check({ model, report, assess, locale }) {
    const { minAge } = model.program;
    const adultsOnly = minAge !== undefined && minAge >= ADULT_AGE;
    const expected = STAKEHOLDER_GROUPS.filter((group) => !(adultsOnly && group.minorsOnly));
    const groups = joinList(
      expected.map((group) => displayed(group.name, locale)),
      locale,
    );
    const governance = model.topLevelPair('governance');
    // No `governance` is missing-section's to report; a malformed one the schema's.
    if (!governance || !isMap(governance.value)) {
      assess('2.3.5', 'missing');
      return;
    }
    const pair = governance.value.pairs.find((entry) => entry.key.value === 'stakeholders');
    const listed = meaningfulTexts(pair?.value);
    if (listed.length === 0) {
      assess('2.3.5', 'missing');
      // An empty list is reported at its key; a value of the wrong shape is the schema's.
      if (!pair) report({ messageId: 'none', args: { groups }, ...placeOf(governance.key) });
      else if (isSeq(pair.value) && pair.value.items.length === 0) report({ messageId: 'none', args: { groups }, ...placeOf(pair.key) });
      return;
    }
    const absent = expected.filter((group) => !group.values.some((value) => listed.includes(value)));
    const quote = (value: string) => (locale === 'fr' ? `«\u00a0${value}\u00a0»` : `"${value}"`);
    // The first value of a group, its alternatives in brackets: "children" (or "young-people").
    const valuesOf = ([first, ...others]: readonly string[]) =>
      others.length === 0 ? quote(first!) : `${quote(first!)} (${locale === 'fr' ? 'ou' : 'or'} ${others.map(quote).join(', ')})`;
    if (absent.length > 0) {
      report({
        messageId: 'incomplete',
        args: {
          missing: joinList(
            absent.map((group) => displayed(group.name, locale)),
            locale,
          ),
          values: joinList(
            absent.map((group) => valuesOf(group.values)),
            locale,
          ),
        },
        ...placeOf(pair!.key),
      });
    }
    const status = absent.length === 0 ? 'met' : absent.length < expected.length ? 'partly-met' : 'missing';
    // The evidence names the values the format knows, each once, which the reports put in words;
    // a list of them is short, so none is clipped into an unreadable « young-peo… ». Other words
    // are the schema's to report, and are quoted as written only when there is nothing else.
    const known = [...new Set(listed.filter((value) => KNOWN_VALUES.has(value)))];
    assess('2.3.5', status, known.length > 0 ? known.join(', ') : clip(listed.join(', ')));
  },
});
