import { z } from 'zod';
import { DURATION_PATTERN } from '../duration.js';
import { AGE_RANGE, INTERVENTION_KINDS, SECTOR_IDS, SETTING_IDS } from '../vocabulary/strategy.js';

/** The current version of the manual DSL; a manual states it as `version: 1`. */
export const DSL_VERSION = 1;

const text = z.string().min(1);
const texts = z.array(text);

/** Ids of activities and sessions: letters, digits, `-`, `_` and `.`, starting with a letter or digit. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
const id = z.string().regex(new RegExp(ID_PATTERN));

/**
 * Something left out on purpose, with the reason, where the criteria expect it:
 * `participant_booklet: { none: "les enfants de 4 ans ne lisent pas" }`. The rules read it as
 * declared, not met, and their finding becomes an info that cites the reason.
 */
export const absenceSchema = z
  .strictObject({
    none: text.meta({ description: 'Why it is left out on purpose, in a sentence: « les enfants de 4 ans ne lisent pas ».' }),
  })
  .meta({ description: 'Left out on purpose: { none: "the reason" }. Read as declared, not met; the finding becomes an info citing the reason.' });

/**
 * Something the manual can only declare: `true` (declared, no evidence given) or a text
 * that says how it is done (the evidence a reader can check).
 */
const declaration = z
  .union([z.boolean(), text, absenceSchema])
  .meta({ description: 'true when declared; better, a sentence saying how it is done; or { none: "why" } when it is left out on purpose.' });

const duration = z.union([z.number().min(0), z.string().regex(new RegExp(DURATION_PATTERN))]).meta({ description: 'Minutes (45) or text such as 10min, 1h, 1h30.' });

/** The age range of the strategy, 3 to 25. */
const age = z.number().int().min(AGE_RANGE.min).max(AGE_RANGE.max);
const ages = z.strictObject({ min: age, max: age });

export const ACTIVITY_KINDS = ['workshop', 'ritual', 'informal', 'home-practice'] as const;
export const PEDAGOGIES = ['active', 'positive', 'experiential'] as const;
export const TRAINING_TOPICS = ['cps-knowledge', 'own-cps', 'structured-activities', 'materials', 'informal-practices', 'pedagogy'] as const;
export const COLLECTIVE_FORMATS = ['supervision', 'practice-analysis', 'peer-exchange', 'team-meeting'] as const;
export const INDIVIDUAL_FORMATS = ['interview', 'remote-interview', 'observation', 'coaching'] as const;
export const FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'termly', 'yearly', 'on-request'] as const;
/** How often a ritual or an informal practice comes back, outside the sessions. */
export const PRACTICE_FREQUENCIES = ['daily', 'several-a-week', 'weekly', 'fortnightly', 'monthly', 'occasional'] as const;
export const STAKEHOLDERS = ['cps-professionals', 'professionals', 'decision-makers', 'parents', 'children', 'young-people', 'partners'] as const;

/** A count, exactly (`12`) or as a range (`{ min: 2, max: 4 }`). */
const count = z.number().int().min(1).max(1000);
const countRange = z.union([count, z.strictObject({ min: count.optional(), max: count.optional() })]);

/** The dose an evidence-based programme was validated with, as its owner publishes it. */
const validatedDose = z
  .strictObject({
    sessions: countRange.optional().meta({ description: 'Sessions in the whole programme, as validated: 12, or { min: 10, max: 14 }.' }),
    sessions_per_year: countRange.optional().meta({ description: 'Sessions each year, as validated, for a multi-year programme: { min: 2, max: 4 }. An alternative to sessions.' }),
    session_duration: z
      .union([duration, z.strictObject({ min: duration.optional(), max: duration.optional() })])
      .optional()
      .meta({ description: 'Length of one session, as validated: 1h, or { min: 20min, max: 30min }.' }),
    years: z.number().positive().max(22).optional().meta({ description: 'Years the validated programme lasts.' }),
    adaptation: text.optional().meta({ description: 'In words, any adaptation made to the validated programme (fewer sessions, another public...).' }),
  })
  .meta({
    description:
      'For an evidence-based-program only: the dose (sessions, their length, years) at which the programme was validated, from its owner or its evaluation. cpskit compares the sessions of the manual with it (criterion 1.2.4). Give the fields you know.',
  });

export const programSchema = z.strictObject({
  id: id.meta({ description: 'A stable identifier for the programme, e.g. unplugged.' }),
  title: text,
  summary: text.optional(),
  ages: ages.meta({ description: 'Ages of the children or young people, 3 to 25.' }),
  sectors: z.array(z.enum(SECTOR_IDS)).min(1).optional(),
  settings: z.array(z.enum(SETTING_IDS)).min(1),
  duration: z
    .strictObject({
      years: z.number().positive().max(22),
      weeks_per_year: z.number().int().min(1).max(52).optional().meta({
        description:
          'Weeks a year the programme runs, 1 to 52 (default 36, the French school year): used to add up the time of rituals and informal practices outside sessions. Write 52 for a programme that runs all year.',
      }),
    })
    .meta({ description: 'How long a cohort follows the programme.' }),
  continuity: text.optional().meta({
    description:
      'How the territory chains this programme with CPS work for other ages, before and after it (e.g. the primary-school programme that precedes it, what follows at secondary school). Expected when the programme starts after early childhood or lasts one year.',
  }),
  evidence: z.strictObject({
    kind: z.enum(INTERVENTION_KINDS),
    references: texts.optional(),
    validated_dose: validatedDose.optional(),
  }),
  authors: texts.optional(),
  website: text.optional(),
});

export const facilitatorsSchema = z.strictObject({
  profiles: texts.min(1).meta({ description: 'Who runs the activities: teachers, youth workers, nurses...' }),
  cps_knowledge: declaration.optional().meta({ description: 'How facilitators gain scientific and experiential knowledge of CPS (1.1.1).' }),
  own_cps_work: declaration.optional().meta({ description: 'How facilitators work on their own CPS (1.1.2).' }),
});

export const trainingSchema = z.strictObject({
  level: z.literal([1, 2, 3]).meta({ description: 'Training level: 1 basics, 2 running sessions or coordinating, 3 regional trainer.' }),
  hours: z.number().positive(),
  covers: z.array(z.enum(TRAINING_TOPICS)).optional(),
  provider: text.optional(),
});

const followUp = <T extends readonly [string, ...string[]]>(formats: T) =>
  z.strictObject({
    format: z.enum(formats),
    frequency: z.enum(FREQUENCIES),
    description: text.optional(),
  });

export const supportSchema = z.strictObject({
  collective: z.union([followUp(COLLECTIVE_FORMATS), absenceSchema]).optional(),
  individual: z.union([followUp(INDIVIDUAL_FORMATS), absenceSchema]).optional(),
});

export const governanceSchema = z.strictObject({
  project_team: texts.min(1).optional(),
  advocacy: z
    .strictObject({
      team: texts.min(1).optional(),
      materials: texts.min(1).optional(),
    })
    .optional(),
  stakeholders: z.array(z.enum(STAKEHOLDERS)).optional(),
});

export const materialsSchema = z.strictObject({
  facilitator_guide: z.union([text, absenceSchema]).optional(),
  participant_booklet: z.union([text, absenceSchema]).optional(),
  other: texts.optional(),
});

export const activitySchema = z.strictObject({
  id,
  title: text,
  kind: z.enum(ACTIVITY_KINDS),
  competencies: z.array(z.string().min(1)).optional().meta({ description: 'Codes of the CPS classification worked by the activity: C1.1, E2.2a, S1...' }),
  duration: duration.optional(),
  frequency: z.enum(PRACTICE_FREQUENCIES).optional().meta({ description: 'For rituals and informal practices: how often they come back.' }),
  ages: ages.optional().meta({
    description:
      'The ages this activity is for, within program.ages, when only some participants do it: { min: 7, max: 11 }. Without it, the activity is for every participant of the sessions that list it (or, run on its own, for every participant). Coverage and intensity are then read per age group.',
  }),
  pedagogy: z.array(z.enum(PEDAGOGIES)).optional().meta({
    description:
      'The pedagogies the activity uses (1.4): active, positive, experiential. A tag is shown, not only declared, when the activity says how it runs: `description` or `steps` for active and positive; a `debrief`, a debrief step or `objectives` for experiential.',
  }),
  description: text.optional(),
  steps: texts.optional().meta({
    description:
      "The activity's déroulé, step by step, in order (one text per step). With `description`, it shows how an active or positive pedagogy is carried out (1.4.1, 1.4.2); a step that looks back on what was lived («\u00a0retour sur\u00a0», «\u00a0mise en commun\u00a0», debrief) shows an experiential one (1.4.3).",
  }),
  debrief: text.optional().meta({
    description:
      'The time when participants look back on what they have just lived, felt and done, and link it to their daily life («\u00a0retour sur ce qui a été vécu\u00a0»): how it is led, with which questions. It shows the experiential pedagogy (1.4.3) that `pedagogy: [experiential]` declares.',
  }),
  objectives: texts.optional(),
});

export const sessionSchema = z.strictObject({
  id,
  year: z.number().int().min(1).max(22).meta({ description: 'Year of the programme (1 for the first year).' }),
  title: text.optional(),
  ages: ages.optional().meta({
    description:
      'The ages this session is for, within program.ages, when the programme gives its units per age band: { min: 7, max: 11 }. Without it, the session is for every participant. Coverage and intensity are then read per age group.',
  }),
  activities: z
    .array(
      z.union([
        id,
        z
          .strictObject({
            ref: id.meta({ description: 'The id of the activity.' }),
            competencies: z
              .array(z.string().min(1))
              .min(1)
              .optional()
              .meta({ description: 'The competencies the activity works in this session, in place of its own: for a game or a ritual that follows each session’s theme.' }),
          })
          .meta({ description: 'An activity with what it works this time: { ref: jeu-en-ligne, competencies: [C1.2] }.' }),
      ]),
    )
    .min(1)
    .meta({ description: 'The activities of this session, in order: their ids, or { ref, competencies } to say which competencies an activity works this time.' }),
  duration: duration.optional(),
});

export const environmentSchema = z.strictObject({
  social: z
    .strictObject({
      relationships: declaration.optional(),
      conflict_management: declaration.optional(),
      assessment: declaration.optional(),
      psychological_safety: declaration.optional(),
    })
    .optional(),
  physical: z
    .strictObject({
      safety: declaration.optional(),
      physical_activity: declaration.optional(),
      spaces: declaration.optional(),
      time: declaration.optional(),
    })
    .optional(),
});

/** Evaluation, as axis 4 of the national CPS strategy asks (cpskit's reading: items A4.1–A4.3). */
export const evaluationSchema = z.strictObject({
  process: z
    .strictObject({
      fidelity: text
        .optional()
        .meta({ description: 'How fidelity of implementation is measured: are the sessions run as the manual says (e.g. a session log filled in by facilitators)?' }),
      dose: text.optional().meta({ description: 'How the dose received is measured: how many sessions or hours each group or participant actually had.' }),
      reach: text.optional().meta({ description: 'How reach is measured: how many of the children or young people meant to take part actually did.' }),
    })
    .optional()
    .meta({ description: 'Process indicators (axis 4, A4.1): one text each for fidelity, dose received and reach, saying how it is measured.' }),
  outcomes: texts
    .min(1)
    .optional()
    .meta({ description: 'Outcome indicators (axis 4, A4.2): the changes looked for in the children or young people (competencies, behaviour, well-being), one text each.' }),
  indicators: texts
    .min(1)
    .optional()
    .meta({ description: 'Older name of `outcomes`, still accepted and read as outcome indicators. Prefer `outcomes`, and put fidelity, dose and reach under `process`.' }),
  plan: z
    .strictObject({
      when: text.optional().meta({ description: 'When the evaluation takes place: e.g. before the first session and at the end of each year.' }),
      by: text.optional().meta({ description: 'Who carries out the evaluation: the project team, an external evaluator, a research partner...' }),
    })
    .optional()
    .meta({ description: 'The evaluation plan (axis 4, A4.3): when it takes place and by whom.' }),
  tools: texts.optional().meta({ description: 'The evaluation tools (axis 4, A4.3): questionnaires, observation grids, session logs... one text each.' }),
});

/** The implementation manual of a CPS intervention: the one source of truth for its shape. */
export const manualSchema = z
  .strictObject({
    version: z.literal(DSL_VERSION).meta({ description: 'Version of the cpskit manual format.' }),
    program: programSchema,
    facilitators: facilitatorsSchema.optional(),
    training: trainingSchema.optional(),
    support: supportSchema.optional(),
    governance: governanceSchema.optional(),
    materials: materialsSchema.optional(),
    activities: z.array(activitySchema).min(1),
    sessions: z.array(sessionSchema).optional(),
    environment: environmentSchema.optional(),
    evaluation: evaluationSchema
      .optional()
      .meta({ description: 'How the programme is followed and evaluated, as axis 4 of the national CPS strategy asks: process, outcomes, plan and tools.' }),
  })
  .meta({
    title: 'cpskit implementation manual',
    description: 'A CPS (compétences psychosociales) implementation manual, checked by cpskit against the SpF reference.',
  });

export type Manual = z.infer<typeof manualSchema>;
export type Program = z.infer<typeof programSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Session = z.infer<typeof sessionSchema>;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type Pedagogy = (typeof PEDAGOGIES)[number];
