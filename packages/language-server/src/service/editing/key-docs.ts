import { INTERVENTION_KINDS, INTERVENTION_KIND_LABELS, SECTORS, SECTOR_IDS, SETTINGS, SETTING_IDS, TRAINING_LEVELS, type Localized } from '@cpskit/core';
import type { Citation } from '../finding.js';
import { pathPattern, type PathSegment } from './cursor-context.js';

/** What a key of the manual format means, and what in SpF's reference it serves. */
export interface KeyDoc {
  /** The key's meaning, for a person writing a manual, not a programmer. */
  readonly meaning: Localized;
  /** The practical modalities or operational criteria of SpF's quality table the key gives evidence for, the most direct first. */
  readonly serves: readonly Citation[];
}

/** What a value of a closed list (a kind, a setting, a frequency...) means. */
export interface ValueDoc {
  readonly label: Localized;
  readonly serves?: readonly Citation[];
}

const m = (id: string): Citation => ({ kind: 'modality', id });
const c = (id: string): Citation => ({ kind: 'criterion', id });
/** An axis of the national strategy, for what SpF's table does not cover (evaluation: axis 4). */
const axis = (id: string): Citation => ({ kind: 'axis', id });

const doc = (en: string, fr: string, ...serves: Citation[]): KeyDoc => ({ meaning: { en, fr }, serves });

const declaration = (en: string, fr: string, modality: string): KeyDoc =>
  doc(
    `${en} Write a sentence saying how it is done; "true" only declares it.`,
    `${fr} Écrivez une phrase qui dit comment c’est fait ; « true » ne fait que le déclarer.`,
    m(modality),
  );

const followUp = (which: 'collective' | 'individual', modality: string): Record<string, KeyDoc> => {
  const formats =
    which === 'collective'
      ? {
          en: 'supervision, practice-analysis, peer-exchange or team-meeting',
          fr: 'supervision, practice-analysis (analyse de pratiques), peer-exchange (échanges entre pairs) ou team-meeting (réunion d’équipe)',
        }
      : { en: 'interview, remote-interview, observation or coaching', fr: 'interview (entretien), remote-interview (entretien à distance), observation ou coaching' };
  const name = which === 'collective' ? { en: 'collective', fr: 'collectif' } : { en: 'individual', fr: 'individuel' };
  return {
    [`support.${which}.format`]: doc(`The form the ${name.en} follow-up takes: ${formats.en}.`, `La forme du suivi ${name.fr} : ${formats.fr}.`, m(modality)),
    [`support.${which}.frequency`]: doc(
      `How often the ${name.en} follow-up takes place: weekly, fortnightly, monthly, termly, yearly or on-request.`,
      `La fréquence du suivi ${name.fr} : weekly (chaque semaine), fortnightly (tous les quinze jours), monthly (chaque mois), termly (chaque trimestre), yearly (chaque année) ou on-request (à la demande).`,
      m(modality),
    ),
    [`support.${which}.description`]: doc(
      `In a few words, how the ${name.en} follow-up works: who leads it, with whom, how.`,
      `En quelques mots, comment se déroule le suivi ${name.fr} : qui l’anime, avec qui, comment.`,
      m(modality),
    ),
  };
};

/**
 * Every key of the manual format, by path pattern (`program.ages`, `activities[].kind`,
 * `sessions[].activities`): its meaning and the SpF modality or criterion it serves.
 */
const NONE_DOC = doc(
  'Left out on purpose: say why in a sentence, e.g. { none: "4-year-olds do not read" }. cpskit reads it as declared, not met, and its finding becomes an info that cites the reason.',
  'Écarté volontairement\u00a0: dites pourquoi en une phrase, par exemple { none: "les enfants de 4 ans ne lisent pas" }. cpskit le lit comme déclaré, pas satisfait, et son constat devient une info qui cite la raison.',
);

/** The keys that may say, with `{ none: "why" }`, that they are left out on purpose. */
const LEFT_OUT_KEYS = [
  'materials.facilitator_guide',
  'materials.participant_booklet',
  'facilitators.cps_knowledge',
  'facilitators.own_cps_work',
  'support.collective',
  'support.individual',
  'environment.social.relationships',
  'environment.social.conflict_management',
  'environment.social.assessment',
  'environment.social.psychological_safety',
  'environment.physical.safety',
  'environment.physical.physical_activity',
  'environment.physical.spaces',
  'environment.physical.time',
] as const;

export const KEY_DOCS: Readonly<Record<string, KeyDoc>> = {
  ...Object.fromEntries(LEFT_OUT_KEYS.map((key) => [`${key}.none`, NONE_DOC])),
  version: doc('Version of the cpskit manual format. Write 1.', 'Version du format de manuel cpskit. Écrivez 1.'),

  program: doc(
    'The programme as a whole: its name, the ages and settings it serves, how long it lasts and what it rests on. This file is the implementation manual of the CPS project.',
    'Le programme dans son ensemble : son nom, les âges et les milieux concernés, sa durée et ce sur quoi il s’appuie. Ce fichier est le manuel d’implantation du projet CPS.',
    m('2.3.2'),
  ),
  'program.id': doc(
    'A short, stable identifier for the programme: letters, digits, "-", "_" or ".", for instance unplugged.',
    'Un identifiant court et stable du programme : lettres, chiffres, « - », « _ » ou « . », par exemple unplugged.',
  ),
  'program.title': doc('The name of the programme, as people know it.', 'Le nom du programme, tel qu’on le connaît.'),
  'program.summary': doc('A few sentences saying what the programme does and for whom.', 'Quelques phrases qui disent ce que fait le programme et pour qui.'),
  'program.ages': doc(
    'The ages of the children or young people who take part, from min to max (the national strategy covers 3 to 25). Starting early, from early childhood, is part of intensity.',
    'L’âge des enfants ou des jeunes concernés, de min à max (la stratégie nationale va de 3 à 25 ans). Commencer tôt, dès la petite enfance, fait partie de l’intensité.',
    m('1.2.4'),
  ),
  'program.ages.min': doc('The youngest age, in years (3 to 25).', 'L’âge minimal, en années (3 à 25).', m('1.2.4')),
  'program.ages.max': doc('The oldest age, in years (3 to 25), at least min.', 'L’âge maximal, en années (3 à 25), au moins égal à min.', m('1.2.4')),
  'program.sectors': doc(
    'The sectors of the national strategy that carry the programme: health, national education, youth and community work, sport...',
    'Les secteurs de la stratégie nationale qui portent le programme : santé, Éducation nationale, éducation populaire, sport...',
  ),
  'program.settings': doc(
    'The settings ("milieux de vie") where the activities take place: nursery school, primary school, holiday centre, family...',
    'Les milieux de vie où se déroulent les activités : école maternelle, école élémentaire, accueil de loisirs, famille...',
  ),
  'program.duration': doc(
    'How long a group of children or young people follows the programme. CPS activities should run over several years.',
    'Combien de temps un groupe d’enfants ou de jeunes suit le programme. Les activités CPS doivent s’inscrire sur plusieurs années.',
    m('1.2.4'),
  ),
  'program.duration.years': doc(
    'The number of years a group follows the programme (1 to 22).',
    'Le nombre d’années pendant lesquelles un groupe suit le programme (1 à 22).',
    m('1.2.4'),
  ),
  'program.duration.weeks_per_year': doc(
    'The weeks a year the programme runs, 1 to 52 (36 when not given: the French school year). cpskit multiplies the rituals and informal practices outside sessions by it to add up their time; write 52 for a programme that runs all year.',
    'Le nombre de semaines par an où le programme a lieu, de 1 à 52 (36 s’il n’est pas indiqué : l’année scolaire française). cpskit s’en sert pour additionner le temps des rituels et pratiques informelles hors séances ; écrivez 52 pour un programme qui a lieu toute l’année.',
    m('1.2.4'),
  ),
  'program.continuity': doc(
    'How the territory chains this programme with CPS work for other ages, before and after it: what the children did before (nursery school, primary school…), what follows. Expected when the programme starts after early childhood, or when an evidence-based programme lasts one year.',
    'Comment le territoire enchaîne ce programme avec le travail des CPS à d’autres âges, avant et après lui : ce que les enfants ont fait avant (école maternelle, école élémentaire…), ce qui suit. Attendu quand le programme commence après la petite enfance, ou quand un programme probant dure un an.',
    m('1.2.4'),
  ),
  'program.evidence': doc(
    'What the programme rests on: an evidence-based programme, or an intervention built on evidence and the quality criteria, with its references.',
    'Ce sur quoi repose le programme : un programme probant, ou une intervention construite sur les données probantes et les critères de qualité, avec ses références.',
    m('1.2.3'),
  ),
  'program.evidence.kind': doc(
    'The kind of intervention, one of the two of the national strategy: evidence-based-program (implementing a proven CPS programme) or evidence-informed (an intervention built on evidence and the quality criteria).',
    'Le type d’intervention, l’un des deux de la stratégie nationale : evidence-based-program (mise en œuvre d’un programme CPS probant) ou evidence-informed (intervention construite sur les données probantes et les critères de qualité).',
    m('1.2.3'),
  ),
  'program.evidence.references': doc(
    'The studies, evaluations or reference documents the programme relies on.',
    'Les études, évaluations ou documents de référence sur lesquels le programme s’appuie.',
    m('1.2.3'),
  ),
  'program.evidence.validated_dose': doc(
    'For an evidence-based programme: the dose it was validated with, from its owner or its evaluation (sessions or sessions_per_year, session_duration, years, and any adaptation). cpskit compares the sessions of the manual with it; an evidence-based programme is effective at that dose.',
    'Pour un programme probant : la dose avec laquelle il a été validé, d’après son porteur ou son évaluation (sessions ou sessions_per_year, session_duration, years, et toute adaptation). cpskit y compare les séances du manuel ; un programme probant est efficace à cette dose.',
    m('1.2.4'),
  ),
  'program.evidence.validated_dose.sessions': doc(
    'The number of sessions of the whole validated programme: 12, or a range { min: 10, max: 14 }.',
    'Le nombre de séances de tout le programme validé : 12, ou un intervalle { min: 10, max: 14 }.',
    m('1.2.4'),
  ),
  'program.evidence.validated_dose.sessions.min': doc('The fewest sessions of the validated programme.', 'Le plus petit nombre de séances du programme validé.', m('1.2.4')),
  'program.evidence.validated_dose.sessions.max': doc('The most sessions of the validated programme.', 'Le plus grand nombre de séances du programme validé.', m('1.2.4')),
  'program.evidence.validated_dose.sessions_per_year': doc(
    'For a multi-year programme whose dose is given per year, instead of sessions: the sessions each year, 3 or { min: 2, max: 4 }.',
    'Pour un programme pluriannuel dont la dose est donnée par an, à la place de sessions : les séances de chaque année, 3 ou { min: 2, max: 4 }.',
    m('1.2.4'),
  ),
  'program.evidence.validated_dose.sessions_per_year.min': doc(
    'The fewest sessions a year of the validated programme.',
    'Le plus petit nombre de séances par an du programme validé.',
    m('1.2.4'),
  ),
  'program.evidence.validated_dose.sessions_per_year.max': doc(
    'The most sessions a year of the validated programme.',
    'Le plus grand nombre de séances par an du programme validé.',
    m('1.2.4'),
  ),
  'program.evidence.validated_dose.session_duration': doc(
    'The length of one session of the validated programme: 1h, or a range { min: 20min, max: 30min }.',
    'La durée d’une séance du programme validé : 1h, ou un intervalle { min: 20min, max: 30min }.',
    m('1.2.4'),
  ),
  'program.evidence.validated_dose.session_duration.min': doc('The shortest validated session: 20min, 1h.', 'La séance validée la plus courte : 20min, 1h.', m('1.2.4')),
  'program.evidence.validated_dose.session_duration.max': doc('The longest validated session: 30min, 2h.', 'La séance validée la plus longue : 30min, 2h.', m('1.2.4')),
  'program.evidence.validated_dose.years': doc('The years the validated programme lasts.', 'Le nombre d’années que dure le programme validé.', m('1.2.4')),
  'program.evidence.validated_dose.adaptation': doc(
    'In words, any adaptation made to the validated programme (fewer sessions, another public…). Check with the programme’s owner that it keeps the programme’s core.',
    'En mots, toute adaptation apportée au programme validé (moins de séances, un autre public…). Vérifiez avec le porteur du programme qu’elle en garde le cœur.',
    m('1.2.4'),
  ),
  'program.authors': doc('Who wrote or designed the programme.', 'Qui a écrit ou conçu le programme.'),
  'program.website': doc('Where to find out more: the web page of the programme.', 'Où en savoir plus : la page web du programme.'),

  facilitators: doc(
    'The professionals who run the activities (the CPS practitioners), and how they master the CPS themselves.',
    'Les professionnels qui animent les activités (les professionnels-intervenants CPS), et la façon dont ils maîtrisent eux-mêmes les CPS.',
    c('1.1'),
  ),
  'facilitators.profiles': doc(
    'Who runs the activities: teachers, youth workers, nurses, educators...',
    'Qui anime les activités : enseignants, animateurs, infirmiers, éducateurs...',
    c('1.1'),
  ),
  'facilitators.cps_knowledge': declaration(
    'How the facilitators gain good scientific and experiential knowledge of the CPS.',
    'Comment les intervenants acquièrent de bonnes connaissances scientifiques et expérientielles sur les CPS.',
    '1.1.1',
  ),
  'facilitators.own_cps_work': declaration(
    'How the facilitators work on and strengthen their own CPS.',
    'Comment les intervenants travaillent et renforcent leurs propres CPS.',
    '1.1.2',
  ),

  training: doc('The training offered to the facilitators before they run the activities.', 'La formation proposée aux intervenants avant qu’ils animent les activités.', c('2.1')),
  'training.level': doc(
    'The level of the CPS training path: 1 acquire the basics; 2 run CPS sessions or coordinate CPS projects; 3 become a regional CPS trainer.',
    'Le niveau du parcours de formation CPS : 1 acquérir les bases ; 2 savoir animer des séances ou coordonner des projets CPS ; 3 devenir formateur régional CPS.',
    c('2.1'),
  ),
  'training.hours': doc('The length of the training, in hours.', 'La durée de la formation, en heures.', c('2.1')),
  'training.covers': doc(
    'What the training deals with: cps-knowledge, own-cps, structured-activities, materials, informal-practices, pedagogy. Each one is a modality of criterion 2.1.',
    'Ce que traite la formation : cps-knowledge (connaissance des CPS), own-cps (ses propres CPS), structured-activities (activités structurées), materials (supports), informal-practices (pratiques informelles), pedagogy (pédagogie). Chacun est une modalité du critère 2.1.',
    m('2.1.1'),
    m('2.1.2'),
    m('2.1.3'),
    m('2.1.4'),
    m('2.1.5'),
    m('2.1.6'),
  ),
  'training.provider': doc('Who delivers the training.', 'Qui dispense la formation.', c('2.1')),

  support: doc(
    'The follow-up offered to the facilitators while they run the activities: collective and individual.',
    'L’accompagnement proposé aux intervenants pendant qu’ils animent les activités : collectif et individuel.',
    c('2.2'),
  ),
  'support.collective': doc(
    'Collective follow-up of the facilitators: supervision, practice analysis, exchanges between peers...',
    'Le suivi collectif des intervenants : supervision, analyse de pratiques, échanges entre pairs...',
    m('2.2.1'),
  ),
  ...followUp('collective', '2.2.1'),
  'support.individual': doc(
    'Individual follow-up of the facilitators: interviews in person or remotely, observation, coaching.',
    'Le suivi individuel des intervenants : entretiens en présentiel ou à distance, observation, coaching.',
    m('2.2.2'),
  ),
  ...followUp('individual', '2.2.2'),

  governance: doc(
    'How the CPS project is carried collectively: the project team, advocacy and the stakeholders involved.',
    'Comment le projet CPS est porté collectivement : l’équipe projet, le plaidoyer et les parties prenantes associées.',
    c('2.3'),
  ),
  'governance.project_team': doc(
    'The members, or roles, of the "CPS project team" that manages and carries out the project.',
    'Les membres, ou les fonctions, de l’« équipe projet CPS » qui gère et met en œuvre le projet.',
    m('2.3.1'),
  ),
  'governance.advocacy': doc(
    'Advocacy: who promotes the project and raises awareness of it, and with which materials.',
    'Le plaidoyer : qui valorise le projet et sensibilise à son sujet, et avec quels supports.',
    m('2.3.3'),
    m('2.3.4'),
  ),
  'governance.advocacy.team': doc('The members, or roles, of the CPS advocacy team.', 'Les membres, ou les fonctions, de l’équipe de plaidoyer CPS.', m('2.3.3')),
  'governance.advocacy.materials': doc(
    'The advocacy and information materials: leaflets, presentations, videos...',
    'Les supports de plaidoyer et d’information : plaquettes, présentations, vidéos...',
    m('2.3.4'),
  ),
  'governance.stakeholders': doc(
    'The stakeholders involved in the project: CPS professionals, other professionals, decision-makers, parents, children, young people, partners.',
    'Les parties prenantes associées au projet : professionnels CPS, autres professionnels, décideurs, parents, enfants, jeunes, partenaires.',
    m('2.3.5'),
  ),

  materials: doc(
    'The CPS materials the activities rest on: a guide for the facilitator and a booklet for the participant.',
    'Les supports CPS sur lesquels s’appuient les activités : un guide pour l’intervenant et un livret pour le participant.',
    m('1.2.5'),
  ),
  'materials.facilitator_guide': doc(
    'The guide for the facilitator ("guide d’intervention"): its title or link.',
    'Le guide d’intervention pour l’intervenant : son titre ou son lien.',
    m('1.2.5'),
    m('2.1.4'),
  ),
  'materials.participant_booklet': doc(
    'The booklet for the participant ("livret participant"): its title or link.',
    'Le livret pour le participant : son titre ou son lien.',
    m('1.2.5'),
  ),
  'materials.other': doc('Other materials: cards, games, posters, videos...', 'Les autres supports : cartes, jeux, affiches, vidéos...'),

  activities: doc(
    'The CPS activities of the programme: structured workshops, rituals and informal practices. Each has an id that the sessions use.',
    'Les activités CPS du programme : ateliers structurés, rituels et pratiques informelles. Chacune a un identifiant que les séances reprennent.',
    m('1.2.1'),
  ),
  'activities[].id': doc(
    'A short identifier for the activity, used by the sessions: letters, digits, "-", "_" or ".".',
    'Un identifiant court de l’activité, repris par les séances : lettres, chiffres, « - », « _ » ou « . ».',
    m('1.2.1'),
  ),
  'activities[].title': doc('The name of the activity.', 'Le nom de l’activité.'),
  'activities[].kind': doc(
    'The kind of activity: workshop (a structured, sequenced session), ritual (a short practice that comes back regularly), informal (CPS practised in everyday educational activities) or home-practice (individual practice between sessions: homework, an online game, an activity with the family).',
    'Le type d’activité : workshop (atelier structuré et séquencé), ritual (rituel, pratique courte qui revient régulièrement), informal (CPS pratiquées dans les activités éducatives ordinaires) ou home-practice (pratique individuelle entre les séances\u00a0: devoirs, jeu en ligne, activité en famille).',
    m('1.2.1'),
    m('1.3.1'),
    m('1.3.2'),
  ),
  'activities[].competencies': doc(
    'The codes of the SpF classification the activity works on: C1.1, E2.2a, S1... Naming them makes the CPS worked explicit; together, the activities should cover the cognitive, emotional and social CPS.',
    'Les codes de la classification de SpF que l’activité travaille : C1.1, E2.2a, S1... Les nommer rend explicites les CPS travaillées ; ensemble, les activités doivent couvrir les CPS cognitives, émotionnelles et sociales.',
    m('1.2.3'),
    m('1.2.2'),
  ),
  'activities[].duration': doc(
    'How long the activity lasts: minutes (45) or a text such as 10min, 1h, 1h30. SpF speaks of workshops of about one hour.',
    'La durée de l’activité : des minutes (45) ou un texte comme 10min, 1h, 1h30. SpF parle d’ateliers d’environ une heure.',
    m('1.2.4'),
  ),
  'activities[].frequency': doc(
    'For rituals and informal practices: how often they come back (daily, several-a-week, weekly, fortnightly, monthly, occasional).',
    'Pour les rituels et les pratiques informelles : à quelle fréquence ils reviennent (daily, several-a-week, weekly, fortnightly, monthly, occasional).',
    m('1.3.1'),
    m('1.3.2'),
  ),
  'activities[].ages': doc(
    'The ages this activity is for, within program.ages, when only some participants do it: { min: 7, max: 11 }. Without it, the activity is for every participant of the sessions that list it (or, when it runs on its own, for every participant). A session for other ages that lists it does not give it to them: coverage and intensity are read per age group.',
    'Les âges à qui s’adresse cette activité, compris dans program.ages, quand seuls certains participants la font : { min: 7, max: 11 }. Sans elle, l’activité s’adresse à tous les participants des séances qui la listent (ou, quand elle se déroule d’elle-même, à tous les participants). Une séance pour d’autres âges qui la liste ne la leur donne pas : la couverture et l’intensité se lisent par groupe d’âge.',
    m('1.2.4'),
  ),
  'activities[].ages.min': doc(
    'The youngest age the activity is for, in years, at least program.ages.min.',
    'L’âge minimal à qui s’adresse l’activité, en années, au moins égal à program.ages.min.',
    m('1.2.4'),
  ),
  'activities[].ages.max': doc(
    'The oldest age the activity is for, in years, at most program.ages.max.',
    'L’âge maximal à qui s’adresse l’activité, en années, au plus égal à program.ages.max.',
    m('1.2.4'),
  ),
  'activities[].pedagogy': doc(
    'The pedagogy the activity uses: active, positive, experiential. The tag declares it; the activity shows it by saying how it runs: a description or steps (active, positive), a debrief or objectives (experiential).',
    'La pédagogie que l’activité met en œuvre\u00a0: active, positive, experiential (expérientielle). L’étiquette la déclare\u00a0; l’activité la montre en disant comment elle se déroule\u00a0: une description ou des étapes (active, positive), un retour ou des objectifs (expérientielle).',
    m('1.4.1'),
    m('1.4.2'),
    m('1.4.3'),
  ),
  'activities[].description': doc(
    'What happens during the activity, in a few sentences. It shows how the pedagogy the activity lists is carried out.',
    'Ce qui se passe pendant l’activité, en quelques phrases. Elle montre comment la pédagogie annoncée est mise en œuvre.',
    m('1.4.1'),
    m('1.4.2'),
  ),
  'activities[].steps': doc(
    'The activity’s déroulé, step by step, in order: one text per step. Like a description, it shows how an active or positive pedagogy is carried out; a step that looks back on what was lived («\u00a0retour sur\u00a0», «\u00a0mise en commun\u00a0», debrief) shows an experiential one.',
    'Le déroulé de l’activité, étape par étape, dans l’ordre\u00a0: un texte par étape. Comme une description, il montre comment une pédagogie active ou positive est mise en œuvre\u00a0; une étape qui revient sur ce qui a été vécu («\u00a0retour sur\u00a0», «\u00a0mise en commun\u00a0», débriefing) montre une pédagogie expérientielle.',
    m('1.4.1'),
    m('1.4.2'),
    m('1.4.3'),
  ),
  'activities[].debrief': doc(
    'The time when participants look back on what they have just lived, felt and done, and link it to their daily life: how it is led, with which questions. It shows the experiential pedagogy that "pedagogy: [experiential]" declares.',
    'Le temps où les participants reviennent sur ce qu’ils viennent de vivre, de ressentir et de faire, et le relient à leur vie quotidienne\u00a0: comment il est mené, avec quelles questions. Il montre la pédagogie expérientielle que «\u00a0pedagogy: [experiential]\u00a0» déclare.',
    m('1.4.3'),
  ),
  'activities[].objectives': doc(
    'What the children or young people should be able to do after the activity.',
    'Ce que les enfants ou les jeunes devraient savoir faire après l’activité.',
    m('1.2.3'),
  ),

  sessions: doc(
    'The sessions, in order: which activities take place, in which year of the programme. They make the activities a structured sequence.',
    'Les séances, dans l’ordre : quelles activités ont lieu, quelle année du programme. Elles font des activités une progression structurée.',
    m('1.2.1'),
    m('1.2.4'),
  ),
  'sessions[].id': doc('A short identifier for the session.', 'Un identifiant court de la séance.'),
  'sessions[].year': doc(
    'The year of the programme the session belongs to (1 for the first year).',
    'L’année du programme où a lieu la séance (1 pour la première année).',
    m('1.2.4'),
  ),
  'sessions[].title': doc('The name of the session.', 'Le nom de la séance.'),
  'sessions[].ages': doc(
    'The ages this session is for, within program.ages, when the programme gives its units per age band: { min: 7, max: 11 }. Without it, the session is for every participant. Coverage and intensity are read per age group: a child receives only the sessions of their ages.',
    'Les âges à qui s’adresse cette séance, compris dans program.ages, quand le programme donne ses unités par tranche d’âge : { min: 7, max: 11 }. Sans elle, la séance s’adresse à tous les participants. La couverture et l’intensité se lisent alors par groupe d’âge : un enfant ne reçoit que les séances de son âge.',
    m('1.2.4'),
  ),
  'sessions[].ages.min': doc(
    'The youngest age the session is for, in years, at least program.ages.min.',
    'L’âge minimal à qui s’adresse la séance, en années, au moins égal à program.ages.min.',
    m('1.2.4'),
  ),
  'sessions[].ages.max': doc(
    'The oldest age the session is for, in years, at most program.ages.max.',
    'L’âge maximal à qui s’adresse la séance, en années, au plus égal à program.ages.max.',
    m('1.2.4'),
  ),
  'sessions[].activities': doc(
    'The ids of the activities of this session, in the order they take place; { ref: id, competencies: [C1.2] } says which competencies a recurring activity works this time.',
    'Les identifiants des activités de cette séance, dans l’ordre où elles ont lieu\u00a0; { ref: id, competencies: [C1.2] } dit quelles compétences une activité récurrente travaille cette fois-ci.',
    m('1.2.1'),
  ),
  'sessions[].activities[].ref': doc('The id of the activity this session runs.', 'L’identifiant de l’activité que cette séance met en œuvre.', m('1.2.1')),
  'sessions[].activities[].competencies': doc(
    'The competencies the activity works in this session, in place of its own: for a game or a ritual that follows each session’s theme. The coverage counts these for this session.',
    'Les compétences que l’activité travaille dans cette séance, à la place des siennes\u00a0: pour un jeu ou un rituel qui suit le thème de chaque séance. La couverture compte celles-ci pour cette séance.',
    m('1.2.3'),
  ),
  'sessions[].duration': doc(
    'How long the session lasts, when it is not the sum of its activities: minutes (60) or a text such as 1h.',
    'La durée de la séance, quand ce n’est pas la somme de ses activités : des minutes (60) ou un texte comme 1h.',
    m('1.2.4'),
  ),

  environment: doc(
    'The educational environment, social and physical, and how it fosters the CPS.',
    'L’environnement éducatif, social et physique, et la façon dont il favorise les CPS.',
    c('3.1'),
    c('3.2'),
  ),
  'environment.social': doc('The social environment of the setting.', 'L’environnement social de la structure.', c('3.1')),
  'environment.social.relationships': declaration(
    'How people in the setting (adults, young people, children) relate to one another, in keeping with the CPS.',
    'Comment les personnes de la structure (adultes, jeunes, enfants) sont en relation, en consonance avec les CPS.',
    '3.1.1',
  ),
  'environment.social.conflict_management': declaration(
    'How conflicts between people are handled, in keeping with the CPS.',
    'Comment les conflits interpersonnels sont gérés, en consonance avec les CPS.',
    '3.1.2',
  ),
  'environment.social.assessment': declaration(
    'How people (adults, young people, children) are assessed, in keeping with the CPS.',
    'Comment les personnes (adultes, jeunes, enfants) sont évaluées, en consonance avec les CPS.',
    '3.1.3',
  ),
  'environment.social.psychological_safety': declaration(
    'How psychological safety (the basic psychological needs) is ensured.',
    'Comment la sécurité psychologique (la satisfaction des besoins psychologiques fondamentaux) est assurée.',
    '3.1.4',
  ),
  'environment.physical': doc('The physical environment of the setting.', 'L’environnement physique de la structure.', c('3.2')),
  'environment.physical.safety': declaration('How the physical safety of people is ensured.', 'Comment la sécurité physique des personnes est assurée.', '3.2.1'),
  'environment.physical.physical_activity': declaration('How people’s physical activity is provided for.', 'Comment les activités physiques des personnes sont assurées.', '3.2.2'),
  'environment.physical.spaces': declaration('How the layout of spaces fosters the CPS.', 'Comment l’aménagement des espaces favorise les CPS.', '3.2.3'),
  'environment.physical.time': declaration('How the organisation of time fosters the CPS.', 'Comment l’aménagement du temps favorise les CPS.', '3.2.4'),

  evaluation: doc(
    'How the programme is followed and evaluated, as axis 4 of the national CPS strategy asks: the process (fidelity, dose, reach), the outcomes, the plan (when, by whom) and the tools. Shown apart from SpF’s criteria and score.',
    'Comment le programme est suivi et évalué, comme le demande l’axe\u00a04 de la stratégie nationale CPS\u00a0: le processus (fidélité, dose, portée), les résultats, le plan (quand, par qui) et les outils. Présenté à part des critères et du score de SpF.',
    axis('4'),
  ),
  'evaluation.process': doc(
    'Process indicators: how fidelity of implementation, the dose received and the reach are measured, one text each under fidelity, dose and reach.',
    'Les indicateurs de processus\u00a0: comment la fidélité de mise en œuvre, la dose reçue et la portée sont mesurées, un texte pour chacune sous fidelity, dose et reach.',
    axis('4'),
  ),
  'evaluation.process.fidelity': doc(
    'How fidelity of implementation is measured: are the sessions run as the manual says? For instance a session log filled in by the facilitator.',
    'Comment la fidélité de mise en œuvre est mesurée\u00a0: les séances sont-elles menées comme le manuel le dit\u00a0? Par exemple un carnet de bord rempli par l’animateur.',
    axis('4'),
  ),
  'evaluation.process.dose': doc(
    'How the dose received is measured: how many sessions or hours each group or participant actually had.',
    'Comment la dose reçue est mesurée\u00a0: combien de séances ou d’heures chaque groupe ou participant a réellement eues.',
    axis('4'),
  ),
  'evaluation.process.reach': doc(
    'How reach is measured: how many of the children or young people meant to take part actually did.',
    'Comment la portée est mesurée\u00a0: combien des enfants ou des jeunes visés ont réellement participé.',
    axis('4'),
  ),
  'evaluation.outcomes': doc(
    'Outcome indicators: the changes looked for in the children or young people (competencies, behaviour, well-being, school climate...), one text each.',
    'Les indicateurs de résultats\u00a0: les changements recherchés chez les enfants ou les jeunes (compétences, comportements, bien-être, climat scolaire...), un texte pour chacun.',
    axis('4'),
  ),
  'evaluation.indicators': doc(
    'The older name of "outcomes", still accepted and read as outcome indicators. Prefer "outcomes", and put fidelity, dose and reach under "process".',
    'L’ancien nom de «\u00a0outcomes\u00a0», toujours accepté et lu comme des indicateurs de résultats. Préférez «\u00a0outcomes\u00a0», et placez la fidélité, la dose et la portée sous «\u00a0process\u00a0».',
    axis('4'),
  ),
  'evaluation.plan': doc(
    'The evaluation plan: when it takes place (when) and who carries it out (by).',
    'Le plan d’évaluation\u00a0: quand elle a lieu (when) et qui la mène (by).',
    axis('4'),
  ),
  'evaluation.plan.when': doc(
    'When the evaluation takes place: for instance before the first session and at the end of each year.',
    'Quand l’évaluation a lieu\u00a0: par exemple avant la première séance et à la fin de chaque année.',
    axis('4'),
  ),
  'evaluation.plan.by': doc(
    'Who carries out the evaluation: the project team, an external evaluator, a research partner...',
    'Qui mène l’évaluation\u00a0: l’équipe projet, un évaluateur extérieur, un partenaire de recherche...',
    axis('4'),
  ),
  'evaluation.tools': doc(
    'The evaluation tools: questionnaires, observation grids, session logs... one text each.',
    'Les outils d’évaluation\u00a0: questionnaires, grilles d’observation, carnets de bord... un texte pour chacun.',
    axis('4'),
  ),
};

/** The catalogue entry for a key, by its path (`['activities', 3, 'kind']`) or its pattern (`activities[].kind`). */
export function keyDoc(path: readonly PathSegment[] | string): KeyDoc | undefined {
  const pattern = typeof path === 'string' ? path : pathPattern(path);
  return Object.hasOwn(KEY_DOCS, pattern) ? KEY_DOCS[pattern] : undefined;
}

const v = (en: string, fr: string, ...serves: Citation[]): ValueDoc => (serves.length > 0 ? { label: { en, fr }, serves } : { label: { en, fr } });

const FOLLOW_UP_FREQUENCIES: Readonly<Record<string, ValueDoc>> = {
  weekly: v('every week', 'chaque semaine'),
  fortnightly: v('every two weeks', 'tous les quinze jours'),
  monthly: v('every month', 'chaque mois'),
  termly: v('every term', 'chaque trimestre'),
  yearly: v('every year', 'chaque année'),
  'on-request': v('on request', 'à la demande'),
};

const DECLARATION_VALUES: Readonly<Record<string, ValueDoc>> = {
  true: v('declared, without saying how: better, write a sentence saying how it is done', 'déclaré, sans dire comment : mieux vaut écrire une phrase qui dit comment c’est fait'),
  false: v('not done', 'non fait'),
};

const DECLARATION_KEYS = [
  'facilitators.cps_knowledge',
  'facilitators.own_cps_work',
  'environment.social.relationships',
  'environment.social.conflict_management',
  'environment.social.assessment',
  'environment.social.psychological_safety',
  'environment.physical.safety',
  'environment.physical.physical_activity',
  'environment.physical.spaces',
  'environment.physical.time',
];

const fromLabels = <K extends string>(ids: readonly K[], label: (id: K) => Localized): Record<string, ValueDoc> => Object.fromEntries(ids.map((id) => [id, { label: label(id) }]));

const levelLabel = (level: 1 | 2 | 3): Localized => ({
  en: TRAINING_LEVELS[level].map((entry) => entry.en).join('; '),
  fr: TRAINING_LEVELS[level].map((entry) => entry.fr).join(' ; '),
});

/**
 * The values of every closed list of the format, by the pattern of where they are written
 * (`activities[].kind`, `program.settings[]` for an item of the list), with their meaning.
 */
export const VALUE_DOCS: Readonly<Record<string, Readonly<Record<string, ValueDoc>>>> = {
  version: { 1: v('version 1 of the cpskit manual format', 'version 1 du format de manuel cpskit') },
  'program.sectors[]': fromLabels(SECTOR_IDS, (id) => SECTORS[id]),
  'program.settings[]': fromLabels(SETTING_IDS, (id) => SETTINGS[id].label),
  'program.evidence.kind': fromLabels(INTERVENTION_KINDS, (id) => INTERVENTION_KIND_LABELS[id]),
  'training.level': { 1: { label: levelLabel(1) }, 2: { label: levelLabel(2) }, 3: { label: levelLabel(3) } },
  'training.covers[]': {
    'cps-knowledge': v('knowledge of the CPS, scientific and experiential', 'connaissance des CPS, scientifique et expérientielle', m('2.1.1')),
    'own-cps': v('the facilitators’ own CPS', 'les propres CPS des intervenants', m('2.1.2')),
    'structured-activities': v('running structured, sequenced CPS activities', 'réaliser des activités CPS structurées et séquencées', m('2.1.3')),
    materials: v('grounded materials: facilitator guide and participant booklet', 'des supports fondés : guide d’intervention et livret participant', m('2.1.4')),
    'informal-practices': v('informal CPS practices', 'les pratiques CPS informelles', m('2.1.5')),
    pedagogy: v('an active, positive, experiential pedagogy', 'une pédagogie active, positive, expérientielle', m('2.1.6')),
  },
  'support.collective.format': {
    supervision: v('supervision', 'supervision', m('2.2.1')),
    'practice-analysis': v('practice analysis', 'analyse de pratiques', m('2.2.1')),
    'peer-exchange': v('exchanges between peers', 'échanges entre pairs', m('2.2.1')),
    'team-meeting': v('team meeting', 'réunion d’équipe', m('2.2.1')),
  },
  'support.collective.frequency': FOLLOW_UP_FREQUENCIES,
  'support.individual.format': {
    interview: v('interview in person', 'entretien en présentiel', m('2.2.2')),
    'remote-interview': v('remote interview', 'entretien à distance', m('2.2.2')),
    observation: v('observation of a session', 'observation d’une séance', m('2.2.2')),
    coaching: v('coaching', 'accompagnement individuel (coaching)', m('2.2.2')),
  },
  'support.individual.frequency': FOLLOW_UP_FREQUENCIES,
  'governance.stakeholders[]': {
    'cps-professionals': v('CPS professionals', 'professionnels CPS', m('2.3.5')),
    professionals: v('other professionals of the setting', 'autres professionnels de la structure', m('2.3.5')),
    'decision-makers': v('decision-makers', 'décideurs', m('2.3.5')),
    parents: v('parents', 'parents', m('2.3.5')),
    children: v('children', 'enfants', m('2.3.5')),
    'young-people': v('young people', 'jeunes', m('2.3.5')),
    partners: v('partners', 'partenaires', m('2.3.5')),
  },
  'activities[].kind': {
    workshop: v('workshop: a structured, sequenced CPS session', 'atelier : une séance CPS structurée et séquencée', m('1.2.1')),
    ritual: v('ritual: a short CPS practice that comes back regularly', 'rituel : une pratique CPS courte qui revient régulièrement', m('1.3.1')),
    informal: v('informal practice: CPS in everyday educational activities', 'pratique informelle : les CPS dans les activités éducatives ordinaires', m('1.3.2')),
    'home-practice': v(
      'home practice: individual practice between sessions (homework, an online game, an activity with the family)',
      'pratique à la maison\u00a0: pratique individuelle entre les séances (devoirs, jeu en ligne, activité en famille)',
      m('1.2.4'),
    ),
  },
  'activities[].frequency': {
    daily: v('every day', 'chaque jour'),
    'several-a-week': v('several times a week', 'plusieurs fois par semaine'),
    weekly: v('every week', 'chaque semaine'),
    fortnightly: v('every two weeks', 'tous les quinze jours'),
    monthly: v('every month', 'chaque mois'),
    occasional: v('now and then', 'de temps en temps'),
  },
  'activities[].pedagogy[]': {
    active: v('active pedagogy: the participants act and take part', 'pédagogie active : les participants agissent et participent', m('1.4.1')),
    positive: v('positive pedagogy: encouragement, kindness, valuing progress', 'pédagogie positive : encouragement, bienveillance, valorisation des progrès', m('1.4.2')),
    experiential: v('experiential pedagogy: learning from lived experience', 'pédagogie expérientielle : apprendre de l’expérience vécue', m('1.4.3')),
  },
  ...Object.fromEntries(DECLARATION_KEYS.map((key) => [key, DECLARATION_VALUES])),
};

/** The values documented for a place (`activities[].kind`, `program.settings[]`), by value. */
export function valueDocs(pattern: string): Readonly<Record<string, ValueDoc>> | undefined {
  return Object.hasOwn(VALUE_DOCS, pattern) ? VALUE_DOCS[pattern] : undefined;
}

/** The meaning of one value written at a place, when the format documents it. */
export function valueDoc(pattern: string, value: string | number | boolean): ValueDoc | undefined {
  const docs = valueDocs(pattern);
  const key = String(value);
  return docs && Object.hasOwn(docs, key) ? docs[key] : undefined;
}
