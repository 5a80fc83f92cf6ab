import type { Localized } from '../localized.js';
import { foldText } from '../text/nearest.js';
import type { CategoryCode } from './categories.js';
import { GENERAL_COMPETENCIES, SPECIFIC_COMPETENCIES } from './competencies.js';

/** Where the 2022 classification comes from; `reference/sources/spf-2022-cps.txt` copies its table. */
export const CROSSWALK_2022_SOURCE = {
  title: 'Les compétences psychosociales : état des connaissances scientifiques et théoriques',
  publisher: 'Santé publique France',
  published: '2022-10',
  url: 'https://www.santepubliquefrance.fr/les-actualites/2022/competences-psychosociales-publication-d-un-referentiel-sur-l-etat-des-connaissances-scientifiques-et-theoriques',
  reproducedBy: 'https://www.promosante-idf.fr/dossier/cps/concepts',
} as const;

/** A competency of SpF's 2022 referential (9 general CPS, 3 per category, and 21 specific ones). */
export interface Competency2022 {
  readonly level: 'general' | 'specific';
  readonly category: CategoryCode;
  /** `fr` word for word as the 2022 table gives it; `en` is cpskit's translation. */
  readonly label: Localized;
  /** For a specific competency: the French label of its general one. */
  readonly general?: string;
  /** Other ways manuals name it, beyond the forms `key2022` already forgives. */
  readonly aliases?: readonly string[];
  /**
   * The 2025 code(s) to write instead: one when a single code of the operational classification
   * covers it (the narrowest one), several when 2025 splits it between competencies.
   */
  readonly codes: readonly string[];
  /** Why, where the 2022 competency has no single 2025 code or the match needs a word. */
  readonly note?: string;
}

const general = (category: CategoryCode, fr: string, en: string, codes: readonly string[], note?: string): Competency2022 => ({
  level: 'general',
  category,
  label: { fr, en },
  codes,
  ...(note ? { note } : {}),
});

const specific = (
  category: CategoryCode,
  of: string,
  fr: string,
  en: string,
  codes: readonly string[],
  extra: { readonly note?: string; readonly aliases?: readonly string[] } = {},
): Competency2022 => ({ level: 'specific', category, general: of, label: { fr, en }, codes, ...extra });

const SELF_AWARENESS = 'Avoir conscience de soi';
const SELF_CONTROL = 'Capacité de maîtrise de soi';
const DECISIONS = 'Prendre des décisions constructives';
const EMOTIONAL_AWARENESS = 'Avoir conscience de ses émotions et de son stress';
const REGULATE = 'Réguler ses émotions';
const STRESS = 'Gérer son stress';
const COMMUNICATE = 'Communiquer de façon constructive';
const RELATIONSHIPS = 'Développer des relations constructives';
const DIFFICULTIES = 'Résoudre des difficultés';

/** The 2022 classification, general competency then its specific ones, with the 2025 code(s) of each. */
export const CROSSWALK_2022: readonly Competency2022[] = [
  general(
    'C',
    SELF_AWARENESS,
    'Being self-aware',
    ['C1'],
    'In 2025 its specific competencies are C1.1, C1.2, C1.3, C1.5 and C1.6; constructive decisions, a general competency of their own in 2022, join C1 as C1.4.',
  ),
  specific(
    'C',
    SELF_AWARENESS,
    'Connaissance de soi (forces et limites, buts, valeurs, discours interne…)',
    'Self-knowledge (strengths and limits, goals, values, inner speech…)',
    ['C1.1', 'C1.3'],
    {
      note: 'No single 2025 code: 2025 separates self-knowledge (C1.1) from knowing one’s values, needs and personal goals (C1.3).',
    },
  ),
  specific('C', SELF_AWARENESS, 'Savoir penser de façon critique (biais, influences…)', 'Thinking critically (biases, influences…)', ['C1.2']),
  specific('C', SELF_AWARENESS, 'Capacité d’auto-évaluation positive', 'Positive self-assessment', ['C1.5']),
  specific('C', SELF_AWARENESS, 'Capacité d’attention à soi (ou pleine conscience)', 'Attention to oneself (or mindfulness)', ['C1.6'], {
    aliases: ['Pleine conscience', 'Attention à soi'],
  }),
  general('C', SELF_CONTROL, 'Self-control', ['C2']),
  specific('C', SELF_CONTROL, 'Capacité à gérer ses impulsions', 'Managing one’s impulses', ['C2.2']),
  specific('C', SELF_CONTROL, 'Capacité à atteindre ses buts (définition, planification…)', 'Achieving one’s goals (setting, planning…)', ['C2.1']),
  general(
    'C',
    DECISIONS,
    'Making constructive decisions',
    ['C1.4', 'C2.3'],
    'No single 2025 code: responsible choices become C1.4, which keeps these words as its label (so a manual that writes them is read as C1.4), and creative problem solving becomes C2.3.',
  ),
  specific('C', DECISIONS, 'Capacité à faire des choix responsables', 'Making responsible choices', ['C1.4']),
  specific('C', DECISIONS, 'Capacité à résoudre des problèmes de façon créative', 'Solving problems creatively', ['C2.3']),

  general(
    'E',
    EMOTIONAL_AWARENESS,
    'Being aware of one’s emotions and stress',
    ['E1', 'E2.3'],
    'No single 2025 code: awareness of emotions is E1 (phase 1); stress moves to E2.3, "Comprendre et gérer son stress" (phase 2).',
  ),
  specific('E', EMOTIONAL_AWARENESS, 'Comprendre les émotions et le stress', 'Understanding emotions and stress', ['E1.1', 'E2.3'], {
    note: 'No single 2025 code: understanding emotions is E1.1, understanding stress is part of E2.3.',
  }),
  specific('E', EMOTIONAL_AWARENESS, 'Identifier ses émotions et son stress', 'Identifying one’s emotions and stress', ['E1.2', 'E2.3'], {
    note: 'No single 2025 code: identifying one’s emotions is E1.2, recognising one’s stress is part of E2.3.',
  }),
  general('E', REGULATE, 'Regulating one’s emotions', ['E2'], 'Its specific competencies are E2.1 and E2.2 in 2025; E2 adds stress (E2.3).'),
  specific('E', REGULATE, 'Exprimer ses émotions de façon positive', 'Expressing one’s emotions positively', ['E2.1']),
  specific(
    'E',
    REGULATE,
    'Gérer ses émotions (notamment les émotions difficiles : colère, anxiété, tristesse…)',
    'Managing one’s emotions (especially difficult ones: anger, anxiety, sadness…)',
    ['E2.2'],
    {
      note: 'E2.2 regulates pleasant (E2.2a) and unpleasant (E2.2b) emotions; the difficult emotions of 2022 are E2.2b.',
    },
  ),
  general('E', STRESS, 'Managing one’s stress', ['E2.3']),
  specific('E', STRESS, 'Réguler son stress au quotidien', 'Regulating one’s stress day to day', ['E2.3']),
  specific('E', STRESS, 'Capacité à faire face (coping) en situation d’adversité', 'Coping with adversity', ['E2.3'], {
    note: '2025 has no coping competency of its own: coping belongs to managing one’s stress, E2.3.',
    aliases: ['Coping', 'Faire face à l’adversité'],
  }),

  general('S', COMMUNICATE, 'Communicating constructively', ['S1'], 'Its specific competencies are S1.1 and S1.2 in 2025; S1 adds social bonds (S1.3).'),
  specific('S', COMMUNICATE, 'Capacité d’écoute empathique', 'Empathic listening', ['S1.2']),
  specific('S', COMMUNICATE, 'Communication efficace (valorisation, formulations claires…)', 'Effective communication (appreciation, clear wording…)', ['S1.1']),
  general(
    'S',
    RELATIONSHIPS,
    'Developing constructive relationships',
    ['S1.3'],
    'Its two specific competencies make 2025’s S1.3. 2025 gives these words to S1, which contains S1.3: a manual that writes them is read as S1.',
  ),
  specific(
    'S',
    RELATIONSHIPS,
    'Développer des liens sociaux (aller vers l’autre, entrer en relation, nouer des amitiés…)',
    'Developing social bonds (reaching out, making contact, making friends…)',
    ['S1.3'],
  ),
  specific(
    'S',
    RELATIONSHIPS,
    'Développer des attitudes et comportements prosociaux (acceptation, collaboration, coopération, entraide…)',
    'Developing prosocial attitudes and behaviour (acceptance, collaboration, cooperation, mutual help…)',
    ['S1.3'],
  ),
  general(
    'S',
    DIFFICULTIES,
    'Resolving difficulties',
    ['S2', 'C2.4'],
    'No single 2025 code: assertiveness and conflicts make S2, and asking for help becomes the cognitive competency C2.4.',
  ),
  specific('S', DIFFICULTIES, 'Savoir demander de l’aide', 'Knowing how to ask for help', ['C2.4'], {
    note: 'A social competency in 2022, a cognitive one (C2.4, "savoir demander de l’aide") in 2025.',
  }),
  specific('S', DIFFICULTIES, 'Capacité d’assertivité et de refus', 'Assertiveness and refusal', ['S2.1'], { aliases: ['Assertivité'] }),
  specific('S', DIFFICULTIES, 'Résoudre des conflits de façon constructive', 'Resolving conflicts constructively', ['S2.2']),
];

const MAX_LABEL_LENGTH = 300;

/**
 * The form of a label that manuals vary least: folded (case, accents, apostrophes), without
 * the examples in brackets, a trailing ellipsis, hyphens, or a leading « capacité à/de »,
 * « savoir » or « avoir » (« Capacité d’écoute empathique » and « écoute empathique » meet).
 */
export function key2022(text: string): string {
  // No 2022 label is longer; the bound keeps the patterns below (`\([^)]*\)`, `[…]+$`) from
  // going quadratic on a long value of a hostile manual.
  return foldText(text.slice(0, MAX_LABEL_LENGTH))
    .replace(/\([^)]*\)/g, ' ')
    .replace(/…|\.\.\./g, ' ')
    .replace(/-/g, '')
    .replace(/[\s.,;:!?]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:la )?capacite (?:a |de |d')/, '')
    .replace(/^(?:savoir|avoir) /, '')
    .trim();
}

/** Labels of the 2025 classification: a manual that writes one means the 2025 competency. */
const LABELS_2025 = new Set([...GENERAL_COMPETENCIES, ...SPECIFIC_COMPETENCIES].flatMap((entry) => [foldText(entry.label.fr), foldText(entry.label.en)]));

const byKey = new Map<string, Competency2022>();
for (const entry of CROSSWALK_2022) {
  for (const name of [entry.label.fr, entry.label.en, ...(entry.aliases ?? [])]) {
    const key = key2022(name);
    if (!byKey.has(key)) byKey.set(key, entry);
  }
}

/**
 * The 2022 competency a manual names in place of a code, matched on `key2022`, or `undefined`.
 * Words that are a label of the 2025 classification, exactly, are the 2025 competency's, never a
 * 2022 one: « Prendre des décisions constructives » is C1.4.
 */
export function lookupCompetency2022(text: string): Competency2022 | undefined {
  if (LABELS_2025.has(foldText(text))) return undefined;
  return byKey.get(key2022(text));
}
