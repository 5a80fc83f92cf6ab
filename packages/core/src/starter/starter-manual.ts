import { AGE_RANGE, SECTOR_IDS, SETTING_IDS, sectorsOf, type SettingId } from '../vocabulary/strategy.js';
import { yamlPlaceholder } from '../text/placeholder.js';
import type { Locale } from '../localized.js';

/** What a starter manual is made from. */
export interface StarterAnswers {
  readonly title: string;
  readonly id: string;
  readonly ages: { readonly min: number; readonly max: number };
  readonly setting: SettingId;
  /** Several settings (`cps init --setting school,out-of-school`): when given, in place of `setting`. */
  readonly settings?: readonly SettingId[];
  readonly years: number;
  /** The language of the manual's comments and example texts. */
  readonly locale: Locale;
}

/** The most years a manual's programme may last, as the schema allows. */
export const MAX_PROGRAM_YEARS = 22;

/**
 * Ages as people write them for a starter manual: `8-11`, `8 - 11`, `8–11`, `8 11`, `8 à 11`,
 * `8 to 11`; a single age means a range of one. Otherwise why not: not ages at all, outside the
 * strategy's 3 to 25, or the oldest first.
 */
export function readAges(raw: string): { readonly min: number; readonly max: number } | 'not-ages' | 'outside' | 'order' {
  const value = raw.trim();
  const match = /^(\d{1,3})(?:\s*(?:-|–|—|à|a|to|,|\/)\s*|\s+)(\d{1,3})$/i.exec(value) ?? /^(\d{1,3})()$/.exec(value);
  if (!match) return 'not-ages';
  const min = Number(match[1]);
  const max = match[2] === '' ? min : Number(match[2]);
  if (min < AGE_RANGE.min || max > AGE_RANGE.max || max < AGE_RANGE.min || min > AGE_RANGE.max) return 'outside';
  if (min > max) return 'order';
  return { min, max };
}

/** A number of years, 1 to MAX_PROGRAM_YEARS, or undefined. */
export function readYears(raw: string): number | undefined {
  const value = raw.trim();
  const years = Number(value);
  return /^\d+$/.test(value) && years >= 1 && years <= MAX_PROGRAM_YEARS ? years : undefined;
}

/** An identifier made from a title: `Les émotions au quotidien` gives `les-emotions-au-quotidien`. */
export function idFromTitle(title: string): string | undefined {
  const id = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}

/** A text as YAML: plain when it cannot be read as anything but that text, else double-quoted. */
function yamlText(text: string): string {
  const plain = /^\p{L}[\p{L}\p{N} '’.,()!?-]*$/u.test(text) && !/^(true|false|null)$/i.test(text) && !text.endsWith(' ');
  return plain ? text : JSON.stringify(text);
}

/** An identifier as YAML: plain when YAML reads it as text (`123` or `true` would not be). */
function yamlId(id: string): string {
  return /^[A-Za-z][A-Za-z0-9._-]*$/.test(id) && !/^(true|false|null)$/i.test(id) ? id : JSON.stringify(id);
}

/** Words of a list wrapped into comment lines of at most `width` characters. */
function commentList(items: readonly string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = `${indent}#  `;
  for (const [i, item] of items.entries()) {
    const word = `${item}${i < items.length - 1 ? ',' : '.'}`;
    if (line.length + word.length + 1 > width && line.trim() !== '#') {
      lines.push(line.trimEnd());
      line = `${indent}#  `;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

/**
 * The starter manual: every section, each key explained in the manual's language with the SpF
 * criterion it serves, and the answers in place (title, ages, setting, years: the author's own,
 * which count). Every other value is a placeholder (« À COMPLÉTER : … », "TO COMPLETE: …"): it
 * counts as missing, so that the untouched starter earns nothing it does not show; example
 * activities and sessions are comments, with one placeholder activity and session to replace.
 * `file` is the name shown in its header.
 */
export function starterManual(answers: StarterAnswers, file = `${answers.id}.cps.yaml`): string {
  const fr = answers.locale === 'fr';
  const chosen = answers.settings && answers.settings.length > 0 ? answers.settings : [answers.setting];
  const sector = sectorsOf(chosen).join(', ');
  const settingIds = commentList(SETTING_IDS, '  ');
  const { title, id, ages, years } = answers;
  const setting = chosen.join(', ');
  const t = yamlText(title);
  const p = (what: string): string => yamlPlaceholder(what, answers.locale);
  const lines = fr
    ? [
        `# Manuel d’implantation CPS : ${title}`,
        `#`,
        `# Écrit par « cps init » : un squelette à compléter, section par section. Chaque section sert un`,
        `# critère de qualité des interventions CPS de Santé publique France (SpF), cité en commentaire`,
        `# (1.1, 2.2.1…). Les clés sont en anglais et ne changent pas ; ce que vous écrivez dedans est`,
        `# dans votre langue.`,
        `#`,
        `# À faire :`,
        `#   - remplacez chaque « À COMPLÉTER : … » par ce que fait votre programme, ou retirez la ligne`,
        `#     s’il n’en a pas : tant qu’une valeur tient la place, elle compte comme absente et cps check`,
        `#     la signale ;`,
        `#   - écrivez vos activités et vos séances (des EXEMPLES commentés montrent la forme) ;`,
        `#   - vérifiez le manuel : cps check ${file}   (cps explain <règle> explique chaque constat).`,
        `#`,
        `# Les textes à compléter sont entre guillemets : en YAML, un texte qui contient « : » doit l’être.`,
        `# Gardez les guillemets tant que votre texte contient un deux-points.`,
        ``,
        `version: 1 # version du format de manuel de cpskit`,
        ``,
        `# Le programme : qui il sert, où, combien de temps, et sur quelles preuves il s’appuie.`,
        `program:`,
        `  # Identifiant stable : lettres, chiffres, « - », « _ » et « . ».`,
        `  id: ${yamlId(id)}`,
        `  title: ${t}`,
        `  summary: ${p('en deux ou trois phrases, ce que fait le programme et pour qui')}`,
        `  # Âges des enfants ou des jeunes, de ${AGE_RANGE.min} à ${AGE_RANGE.max} ans comme la stratégie nationale ; commencer`,
        `  # tôt, dès la petite enfance, fait partie de l’intensité (1.2.4).`,
        `  ages: { min: ${ages.min}, max: ${ages.max} }`,
        `  # Secteurs de la stratégie nationale :`,
        ...commentList(SECTOR_IDS, '  '),
        `  sectors: [${sector}]`,
        `  # Milieux de vie où se déroulent les activités :`,
        ...settingIds,
        `  settings: [${setting}]`,
        `  # Pendant combien d’années une même cohorte suit le programme : plusieurs années (1.2.4).`,
        `  duration: { years: ${years} }`,
        `  evidence:`,
        `    # evidence-based-program : mise en œuvre d’un programme CPS probant ;`,
        `    # evidence-informed : intervention construite sur les données probantes et les critères de qualité.`,
        `    kind: ${p('evidence-based-program ou evidence-informed')}`,
        `    # Les publications et évaluations sur lesquelles le programme s’appuie.`,
        `    references:`,
        `      - ${p('auteurs, titre, année')}`,
        `  # Facultatif : qui a conçu le programme, et où le trouver.`,
        `  # authors: ["…"]`,
        `  # website: https://…`,
        ``,
        `# 1.1 Les professionnels-intervenants CPS maîtrisent les CPS et les mettent en œuvre.`,
        `facilitators:`,
        `  # Qui anime les activités : enseignants, animateurs, éducateurs, infirmiers…`,
        `  profiles:`,
        `    - ${p('qui anime les activités')}`,
        `  # 1.1.1 Comment les intervenants acquièrent de bonnes connaissances scientifiques et`,
        `  # expérientielles sur les CPS : une phrase qui dit comment.`,
        `  cps_knowledge: ${p('comment les intervenants acquièrent leurs connaissances sur les CPS')}`,
        `  # 1.1.2 Comment les intervenants travaillent et renforcent leurs propres CPS.`,
        `  own_cps_work: ${p('comment les intervenants travaillent leurs propres CPS')}`,
        ``,
        `# 2.1 Une formation de qualité est proposée aux professionnels-intervenants CPS.`,
        `training:`,
        `  # Niveau du parcours de formation CPS : 1 acquérir les bases ; 2 savoir animer des séances`,
        `  # ou coordonner des projets CPS ; 3 devenir formateur régional. Animer des séances demande le niveau 2.`,
        `  level: ${p('1, 2 ou 3')}`,
        `  hours: ${p('durée de la formation, en heures (un nombre, par exemple 12)')}`,
        `  # Ce que la formation couvre : cps-knowledge (2.1.1 connaissances sur les CPS), own-cps`,
        `  # (2.1.2 ses propres CPS), structured-activities (2.1.3 activités structurées), materials`,
        `  # (2.1.4 supports), informal-practices (2.1.5 pratiques informelles), pedagogy (2.1.6`,
        `  # pédagogie active, positive, expérientielle). N’indiquez que ce que la formation couvre.`,
        `  covers:`,
        `    - ${p('cps-knowledge, own-cps, structured-activities…')}`,
        `  provider: ${p('qui assure la formation')}`,
        ``,
        `# 2.2 Un accompagnement est proposé aux professionnels-intervenants CPS.`,
        `support:`,
        `  # 2.2.1 Suivi collectif : supervision, practice-analysis (analyse de pratiques), peer-exchange`,
        `  # (échanges entre pairs) ou team-meeting (réunion d’équipe). Fréquence : weekly, fortnightly,`,
        `  # monthly, termly (chaque trimestre), yearly ou on-request (à la demande).`,
        `  collective:`,
        `    format: ${p('supervision, practice-analysis, peer-exchange ou team-meeting')}`,
        `    frequency: ${p('weekly, fortnightly, monthly, termly, yearly ou on-request')}`,
        `    description: ${p('qui l’anime, pour qui, comment')}`,
        `  # 2.2.2 Suivi individuel : interview (entretien), remote-interview (entretien à distance),`,
        `  # observation ou coaching.`,
        `  individual:`,
        `    format: ${p('interview, remote-interview, observation ou coaching')}`,
        `    frequency: ${p('weekly, fortnightly, monthly, termly, yearly ou on-request')}`,
        `    description: ${p('qui le propose, comment le demander')}`,
        ``,
        `# 2.3 Le projet CPS est porté collectivement. Ce manuel est le manuel d’implantation (2.3.2).`,
        `governance:`,
        `  # 2.3.1 L'« équipe projet CPS » : qui coordonne et porte le projet.`,
        `  project_team:`,
        `    - ${p('fonction et structure de chaque membre')}`,
        `  advocacy:`,
        `    # 2.3.3 L’équipe de plaidoyer : qui fait connaître et défend le projet auprès des décideurs.`,
        `    team:`,
        `      - ${p('fonction et structure de chaque membre')}`,
        `    # 2.3.4 Les supports de plaidoyer et d’information.`,
        `    materials:`,
        `      - ${p('plaquette, présentation, lettre aux familles…')}`,
        `  # 2.3.5 Les parties prenantes associées : cps-professionals, professionals, decision-makers,`,
        `  # parents, children, young-people, partners.`,
        `  stakeholders:`,
        `    - ${p('professionals, decision-makers, parents, children…')}`,
        ``,
        `# 1.2.5 Les activités s’appuient sur des supports CPS : un guide pour les intervenants, un`,
        `# livret pour les participants.`,
        `materials:`,
        `  facilitator_guide: ${p('titre ou lien du guide d’intervention')}`,
        `  participant_booklet: ${p('titre ou lien du livret des participants')}`,
        `  # Facultatif : les autres supports (jeux, affiches, vidéos…).`,
        `  # other: ["…"]`,
        ``,
        `# 1.2 et 1.3 Les activités : des ateliers structurés (1.2.1), des rituels (1.3.1) et des pratiques`,
        `# informelles dans les activités ordinaires (1.3.2). Chacune dit les compétences qu’elle travaille`,
        `# (1.2.3), avec les codes de la classification de SpF : cognitives C1 (C1.1 à C1.6) et C2 (C2.1 à`,
        `# C2.4), émotionnelles E1 (E1.1, E1.2) et E2 (E2.1, E2.2a, E2.2b, E2.3), sociales S1 (S1.1 à S1.3)`,
        `# et S2 (S2.1, S2.2). Le programme couvre l’ensemble des principales CPS (1.2.2), celles de la`,
        `# phase 1 (C1, E1, S1) avant celles de la phase 2 (C2, E2, S2).`,
        `#`,
        `# Des EXEMPLES, pour la forme : décommentez-les et adaptez-les, ou écrivez les vôtres.`,
        `#`,
        `#   - id: roue-des-emotions`,
        `#     title: La roue des émotions`,
        `#     kind: workshop            # workshop (atelier), ritual (rituel) ou informal (pratique informelle)`,
        `#     competencies: [E1.1, E1.2]`,
        `#     duration: 45min           # en minutes (45) ou 45min, 1h, 1h30 : des ateliers d’environ une heure (1.2.4)`,
        `#     pedagogy: [active, experiential]   # 1.4 : active, positive, experiential (expérientielle)`,
        `#     objectives:`,
        `#       - Nommer cinq émotions et les reconnaître sur un visage`,
        `#     description: En petits groupes, les participants associent des images de visages aux émotions de la roue.`,
        `#   - id: meteo-interieure`,
        `#     title: La météo intérieure`,
        `#     kind: ritual`,
        `#     frequency: daily          # rituels et pratiques informelles : daily (chaque jour), several-a-week,`,
        `#                               # weekly, fortnightly, monthly ou occasional`,
        `#     competencies: [E1.2]`,
        `#     duration: 10min`,
        `#     pedagogy: [active, positive]`,
        `#   - id: mettre-des-mots`,
        `#     title: Mettre des mots sur une émotion au moment où elle survient`,
        `#     kind: informal`,
        `#     frequency: daily`,
        `#     competencies: [E1.2, E2.1]`,
        `#     pedagogy: [positive]`,
        `#`,
        `# L’activité ci-dessous tient la place de la première des vôtres : elle ne compte pas tant que son`,
        `# titre est à compléter.`,
        `activities:`,
        `  - id: atelier-1`,
        `    title: ${p('le nom de l’atelier')}`,
        `    kind: ${p('workshop, ritual ou informal')}`,
        `    competencies:`,
        `      - ${p('codes de la classification de SpF : E1.2, S1.1…')}`,
        `    duration: ${p('durée, par exemple 45min ou 1h')}`,
        `    pedagogy:`,
        `      - ${p('active, positive, experiential')}`,
        ``,
        `# 1.2.1 et 1.2.4 Les séances, dans l’ordre, année par année : leurs activités et leur durée.`,
        `# Prévoyez les séances de ${years > 1 ? `chacune des ${years} années` : 'l’année'}.`,
        `#`,
        `# Un EXEMPLE, pour la forme :`,
        `#`,
        `#   - id: seance-1`,
        `#     year: 1`,
        `#     title: Reconnaître ses émotions`,
        `#     activities: [meteo-interieure, roue-des-emotions]`,
        `#     duration: 60              # en minutes`,
        `#`,
        `# La séance ci-dessous tient la place de la première des vôtres.`,
        `sessions:`,
        `  - id: seance-1`,
        `    year: 1`,
        `    title: ${p('le nom de la séance')}`,
        `    activities: [atelier-1]`,
        `    duration: ${p('durée, par exemple 1h')}`,
        ``,
        `# 3 Un environnement éducatif favorable au développement des CPS. Pour chaque clé, une phrase qui`,
        `# dit ce que fait la structure.`,
        `environment:`,
        `  # 3.1 L’environnement social.`,
        `  social:`,
        `    relationships: ${p('les modalités relationnelles entre adultes, jeunes et enfants (3.1.1)')}`,
        `    conflict_management: ${p('la gestion des conflits interpersonnels (3.1.2)')}`,
        `    assessment: ${p('les modalités d’évaluation des enfants ou des jeunes (3.1.3)')}`,
        `    psychological_safety: ${p('comment la sécurité psychologique est assurée (3.1.4)')}`,
        `  # 3.2 L’environnement physique.`,
        `  physical:`,
        `    safety: ${p('comment la sécurité physique est assurée (3.2.1)')}`,
        `    physical_activity: ${p('comment les activités physiques sont assurées (3.2.2)')}`,
        `    spaces: ${p('les aménagements des espaces (3.2.3)')}`,
        `    time: ${p('les aménagements du temps (3.2.4)')}`,
        ``,
        `# Le suivi et l’évaluation du programme, comme le demande l’axe 4 de la stratégie nationale CPS :`,
        `# comment la mise en œuvre est suivie, ce qui change chez les enfants ou les jeunes, quand, par qui et`,
        `# avec quels outils. cpskit le présente à part du score de SpF.`,
        `evaluation:`,
        `  process:`,
        `    fidelity: ${p('comment la fidélité de mise en œuvre est mesurée, par exemple un carnet de bord après chaque séance')}`,
        `    dose: ${p('comment la dose reçue est mesurée, par exemple les séances suivies par chaque groupe')}`,
        `    reach: ${p('comment la portée est mesurée, par exemple la part du public visé qui a participé')}`,
        `  outcomes:`,
        `    - ${p('un changement recherché chez les enfants ou les jeunes')}`,
        `  plan:`,
        `    when: ${p('quand l’évaluation a lieu')}`,
        `    by: ${p('qui la mène')}`,
        `  tools:`,
        `    - ${p('questionnaires, grilles d’observation…')}`,
      ]
    : [
        `# CPS implementation manual: ${title}`,
        `#`,
        `# Written by "cps init": a skeleton to complete, section by section. Each section serves a`,
        `# quality criterion of Santé publique France (SpF) for CPS interventions, cited in a comment`,
        `# (1.1, 2.2.1…). Keys are English and fixed; what you write in them is in your own language.`,
        `#`,
        `# To do:`,
        `#   - replace each "TO COMPLETE: …" with what your programme does, or remove the line if it has`,
        `#     none: as long as a value holds a place, it counts as missing and cps check reports it;`,
        `#   - write your activities and sessions (commented EXAMPLES show the shape);`,
        `#   - check the manual: cps check ${file}   (cps explain <rule> explains each finding).`,
        `#`,
        `# The texts to complete are in double quotes: in YAML, a text that contains ": " must be.`,
        `# Keep the quotes as long as your text contains a colon.`,
        ``,
        `version: 1 # version of the cpskit manual format`,
        ``,
        `# The programme: whom it serves, where, for how long, and what evidence it rests on.`,
        `program:`,
        `  # A stable identifier: letters, digits, "-", "_" and ".".`,
        `  id: ${yamlId(id)}`,
        `  title: ${t}`,
        `  summary: ${p('in two or three sentences, what the programme does and for whom')}`,
        `  # Ages of the children or young people, ${AGE_RANGE.min} to ${AGE_RANGE.max} as in the national strategy; starting`,
        `  # early, in early childhood, is part of intensity (1.2.4).`,
        `  ages: { min: ${ages.min}, max: ${ages.max} }`,
        `  # Sectors of the national strategy:`,
        ...commentList(SECTOR_IDS, '  '),
        `  sectors: [${sector}]`,
        `  # Settings where the activities take place:`,
        ...settingIds,
        `  settings: [${setting}]`,
        `  # How many years a cohort follows the programme: several years (1.2.4).`,
        `  duration: { years: ${years} }`,
        `  evidence:`,
        `    # evidence-based-program: implementing an evidence-based CPS programme;`,
        `    # evidence-informed: an intervention built on evidence and the quality criteria.`,
        `    kind: ${p('evidence-based-program or evidence-informed')}`,
        `    # The publications and evaluations the programme rests on.`,
        `    references:`,
        `      - ${p('authors, title, year')}`,
        `  # Optional: who designed the programme, and where to find it.`,
        `  # authors: ["…"]`,
        `  # website: https://…`,
        ``,
        `# 1.1 CPS practitioners master the CPS and put them into practice.`,
        `facilitators:`,
        `  # Who runs the activities: teachers, youth workers, educators, nurses…`,
        `  profiles:`,
        `    - ${p('who runs the activities')}`,
        `  # 1.1.1 How facilitators gain good scientific and experiential knowledge of the CPS: a`,
        `  # sentence saying how.`,
        `  cps_knowledge: ${p('how the facilitators gain their knowledge of the CPS')}`,
        `  # 1.1.2 How facilitators work on and strengthen their own CPS.`,
        `  own_cps_work: ${p('how the facilitators work on their own CPS')}`,
        ``,
        `# 2.1 Quality training is offered to CPS practitioners.`,
        `training:`,
        `  # Level of the CPS training path: 1 acquire the basics; 2 run CPS sessions or coordinate`,
        `  # CPS projects; 3 become a regional trainer. Running sessions takes level 2.`,
        `  level: ${p('1, 2 or 3')}`,
        `  hours: ${p('length of the training, in hours (a number, such as 12)')}`,
        `  # What the training covers: cps-knowledge (2.1.1 knowledge of the CPS), own-cps (2.1.2 one’s`,
        `  # own CPS), structured-activities (2.1.3 structured activities), materials (2.1.4 materials),`,
        `  # informal-practices (2.1.5 informal practices), pedagogy (2.1.6 active, positive,`,
        `  # experiential pedagogy). List only what the training really covers.`,
        `  covers:`,
        `    - ${p('cps-knowledge, own-cps, structured-activities…')}`,
        `  provider: ${p('who runs the training')}`,
        ``,
        `# 2.2 Ongoing support is offered to CPS practitioners.`,
        `support:`,
        `  # 2.2.1 Collective follow-up: supervision, practice-analysis, peer-exchange or team-meeting.`,
        `  # Frequency: weekly, fortnightly, monthly, termly, yearly or on-request.`,
        `  collective:`,
        `    format: ${p('supervision, practice-analysis, peer-exchange or team-meeting')}`,
        `    frequency: ${p('weekly, fortnightly, monthly, termly, yearly or on-request')}`,
        `    description: ${p('who leads it, for whom, how')}`,
        `  # 2.2.2 Individual follow-up: interview, remote-interview, observation or coaching.`,
        `  individual:`,
        `    format: ${p('interview, remote-interview, observation or coaching')}`,
        `    frequency: ${p('weekly, fortnightly, monthly, termly, yearly or on-request')}`,
        `    description: ${p('who offers it, how to ask for it')}`,
        ``,
        `# 2.3 The CPS project is carried collectively. This file is its implementation manual (2.3.2).`,
        `governance:`,
        `  # 2.3.1 The "CPS project team": who coordinates and carries the project.`,
        `  project_team:`,
        `    - ${p('role and organisation of each member')}`,
        `  advocacy:`,
        `    # 2.3.3 The advocacy team: who makes the project known and argues for it with decision-makers.`,
        `    team:`,
        `      - ${p('role and organisation of each member')}`,
        `    # 2.3.4 Advocacy and information materials.`,
        `    materials:`,
        `      - ${p('leaflet, presentation, letter to families…')}`,
        `  # 2.3.5 The stakeholders involved: cps-professionals, professionals, decision-makers, parents,`,
        `  # children, young-people, partners.`,
        `  stakeholders:`,
        `    - ${p('professionals, decision-makers, parents, children…')}`,
        ``,
        `# 1.2.5 The activities rest on CPS materials: a guide for the facilitators, a booklet for the`,
        `# participants.`,
        `materials:`,
        `  facilitator_guide: ${p('title or link of the facilitator guide')}`,
        `  participant_booklet: ${p('title or link of the participant booklet')}`,
        `  # Optional: other materials (games, posters, videos…).`,
        `  # other: ["…"]`,
        ``,
        `# 1.2 and 1.3 The activities: structured workshops (1.2.1), rituals (1.3.1) and informal practices`,
        `# within everyday activities (1.3.2). Each one names the competencies it works (1.2.3) with the`,
        `# codes of SpF’s classification: cognitive C1 (C1.1 to C1.6) and C2 (C2.1 to C2.4), emotional E1`,
        `# (E1.1, E1.2) and E2 (E2.1, E2.2a, E2.2b, E2.3), social S1 (S1.1 to S1.3) and S2 (S2.1, S2.2).`,
        `# The programme covers all the main CPS (1.2.2), phase 1 (C1, E1, S1) before phase 2 (C2, E2, S2).`,
        `#`,
        `# EXAMPLES, for the shape: uncomment and adapt them, or write your own.`,
        `#`,
        `#   - id: wheel-of-emotions`,
        `#     title: The wheel of emotions`,
        `#     kind: workshop            # workshop, ritual or informal (an informal practice)`,
        `#     competencies: [E1.1, E1.2]`,
        `#     duration: 45min           # minutes (45) or 45min, 1h, 1h30: workshops of about one hour (1.2.4)`,
        `#     pedagogy: [active, experiential]   # 1.4: active, positive, experiential`,
        `#     objectives:`,
        `#       - Name five emotions and recognise them on a face`,
        `#     description: In small groups, participants match pictures of faces with the emotions of the wheel.`,
        `#   - id: inner-weather`,
        `#     title: The inner weather report`,
        `#     kind: ritual`,
        `#     frequency: daily          # rituals and informal practices: daily, several-a-week, weekly,`,
        `#                               # fortnightly, monthly or occasional`,
        `#     competencies: [E1.2]`,
        `#     duration: 10min`,
        `#     pedagogy: [active, positive]`,
        `#   - id: words-for-emotions`,
        `#     title: Putting words on an emotion when it arises`,
        `#     kind: informal`,
        `#     frequency: daily`,
        `#     competencies: [E1.2, E2.1]`,
        `#     pedagogy: [positive]`,
        `#`,
        `# The activity below holds the place of your first one: it does not count while its title is to`,
        `# complete.`,
        `activities:`,
        `  - id: workshop-1`,
        `    title: ${p('the name of the workshop')}`,
        `    kind: ${p('workshop, ritual or informal')}`,
        `    competencies:`,
        `      - ${p('codes of the SpF classification: E1.2, S1.1…')}`,
        `    duration: ${p('length, such as 45min or 1h')}`,
        `    pedagogy:`,
        `      - ${p('active, positive, experiential')}`,
        ``,
        `# 1.2.1 and 1.2.4 The sessions, in order, year by year: their activities and their length.`,
        `# Plan the sessions of ${years > 1 ? `each of the ${years} years` : 'the year'}.`,
        `#`,
        `# An EXAMPLE, for the shape:`,
        `#`,
        `#   - id: session-1`,
        `#     year: 1`,
        `#     title: Recognising one’s emotions`,
        `#     activities: [inner-weather, wheel-of-emotions]`,
        `#     duration: 60              # minutes`,
        `#`,
        `# The session below holds the place of your first one.`,
        `sessions:`,
        `  - id: session-1`,
        `    year: 1`,
        `    title: ${p('the name of the session')}`,
        `    activities: [workshop-1]`,
        `    duration: ${p('length, such as 1h')}`,
        ``,
        `# 3 An educational environment that fosters the development of CPS. For each key, a sentence`,
        `# saying what the setting does.`,
        `environment:`,
        `  # 3.1 The social environment.`,
        `  social:`,
        `    relationships: ${p('the way adults, young people and children relate (3.1.1)')}`,
        `    conflict_management: ${p('the handling of interpersonal conflicts (3.1.2)')}`,
        `    assessment: ${p('the ways the children or young people are assessed (3.1.3)')}`,
        `    psychological_safety: ${p('how psychological safety is ensured (3.1.4)')}`,
        `  # 3.2 The physical environment.`,
        `  physical:`,
        `    safety: ${p('how physical safety is ensured (3.2.1)')}`,
        `    physical_activity: ${p('how physical activity is provided for (3.2.2)')}`,
        `    spaces: ${p('the layout of spaces (3.2.3)')}`,
        `    time: ${p('the organisation of time (3.2.4)')}`,
        ``,
        `# Monitoring and evaluating the programme, as axis 4 of the national CPS strategy asks: how the`,
        `# implementation is followed, what changes in the children or young people, when, by whom and with`,
        `# which tools. cpskit shows it apart from SpF's score.`,
        `evaluation:`,
        `  process:`,
        `    fidelity: ${p('how fidelity of implementation is measured, for instance a log after each session')}`,
        `    dose: ${p('how the dose received is measured, for instance the sessions each group attended')}`,
        `    reach: ${p('how reach is measured, for instance the share of the intended public who took part')}`,
        `  outcomes:`,
        `    - ${p('a change looked for in the children or young people')}`,
        `  plan:`,
        `    when: ${p('when the evaluation takes place')}`,
        `    by: ${p('who carries it out')}`,
        `  tools:`,
        `    - ${p('questionnaires, observation grids…')}`,
      ];
  return `${lines.join('\n')}\n`;
}
