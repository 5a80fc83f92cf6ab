import { describe, expect, it } from 'vitest';
import { isNothing, isPlaceholder } from '../src/index.js';

/** Texts that hold a place for a text still to be written. */
const PLACEHOLDERS: readonly string[] = [
  '...',
  '…',
  '?',
  '-',
  '—',
  '___',
  '(...)',
  '[…]',
  '« … »',
  'xxx',
  'XXXX',
  'À COMPLÉTER',
  'À COMPLÉTER : titre ou lien du guide d’intervention',
  'A COMPLETER',
  'à compléter',
  'À compléter par l’équipe projet',
  'a remplir',
  'À définir avec les partenaires',
  'A préciser',
  'à déterminer',
  'À renseigner',
  'À venir',
  'à fixer en début d’année',
  'En cours de rédaction',
  'en cours',
  'TO COMPLETE: title or link of the guide',
  'to complete',
  'To be completed',
  'to be defined',
  'To be determined later',
  'to be confirmed',
  'to do',
  'TODO',
  'todo: write the objectives',
  'TBD',
  'tbc',
  'FIXME',
  'placeholder',
  'Lorem ipsum dolor sit amet',
  'Guide : voir avec la CPAM (TODO)',
  'Le livret XXX',
  'Formation de 12 h, organisme À DÉFINIR',
  'Les enseignants — À PRÉCISER',
  'EXEMPLE : les enseignants de la classe',
  'EXEMPLE\u00a0: la roue des émotions',
  'EXAMPLE: the class teachers',
  'a-completer',
  'to-complete',
  '[TODO]',
  '*À COMPLÉTER*',
];

/** Texts a person wrote that only look like placeholders at a glance. */
const TEXTS: readonly string[] = [
  'Un carnet à compléter par l’élève',
  'Le livret « Mon carnet des émotions », à compléter après chaque séance',
  'To complete the activity, children draw their inner weather.',
  'To do so, the facilitator asks each child how they feel.',
  'En cours de récréation, l’adulte aide les enfants à nommer ce qu’ils ressentent.',
  'Les enseignants de la classe',
  'Supervision mensuelle par la psychologue scolaire',
  'Guide d’intervention Unplugged (2013)',
  'Exemple : la cour de récréation est réaménagée avec les élèves', // an author’s own example, lower case after the capital
  'Todorov 2012, étude sur les émotions',
  'Texte de loi n° 2021-1109',
  'XXIe siècle',
  'Extra-curricular clubs',
  'x-ray of the programme',
  'Tbilissi, jumelage scolaire',
  'Placement en famille d’accueil',
  'À vous de jouer : un jeu coopératif',
  'A fun game',
  'Aucun',
  'néant',
  'E1.2',
  'x', // an id as short as can be, not a row of x's
  '12',
];

describe('isPlaceholder', () => {
  it.each(PLACEHOLDERS)('holds a place: %s', (text) => expect(isPlaceholder(text)).toBe(true));
  it.each(TEXTS)('is a text: %s', (text) => expect(isPlaceholder(text)).toBe(false));

  it('reads an empty or blank text as empty, not as a placeholder', () => {
    expect(isPlaceholder('')).toBe(false);
    expect(isPlaceholder('   ')).toBe(false);
  });

  it('reads a value with a long run of spaces inside it at once (it took seconds per 45,000 spaces)', { timeout: 20_000 }, () => {
    const spaces = ' '.repeat(200_000);
    expect(isPlaceholder(`${spaces}« À COMPLÉTER »${spaces}`)).toBe(true);
    expect(isPlaceholder(`Les enfants${spaces}nomment leurs émotions.`)).toBe(false);
    expect(isNothing(`néant${spaces}.`)).toBe(true);
  });
  // A long text is first read by its beginning only: these pin that the beginning decides as the whole would.
  const prose = ' Les enfants nomment leurs émotions, puis chacun dit ce qu’il a ressenti pendant le jeu de rôle.'.repeat(4);
  it.each([
    ['a leading word, whatever follows', `À compléter par l’équipe.${prose}`, true],
    ['« en cours de » and a word about the writing', `En cours de rédaction :${prose}`, true],
    ['a leading word after a long run of dashes', `${'-'.repeat(100)} à compléter par l’équipe,${prose}`, true],
    ['"to complete" followed by punctuation only', `To complete${'.'.repeat(300)}`, true],
    ['a marker in capitals far into the text', `${prose} TODO`, true],
    ['"to complete" starting a sentence', `To complete the activity,${prose}`, false],
    ['« à compléter » in the middle of a sentence', `${prose} Un carnet à compléter par l’élève.`, false],
    ['« en cours de » starting an ordinary sentence', `En cours de récréation,${prose}`, false],
  ])('reads a long text by its beginning as by the whole: %s', (_, text, expected) => expect(isPlaceholder(text)).toBe(expected));
});

describe('isNothing', () => {
  it.each(['néant', 'Néant.', 'aucun', 'Aucune', 'rien', 'sans objet', 'Sans objet', 'none', 'None.', 'n/a', 'N/A', 'not applicable', '« néant »'])(
    'says there is none: %s',
    (text) => expect(isNothing(text)).toBe(true),
  );
  it.each(['Aucun suivi individuel n’est prévu, mais une supervision mensuelle', 'Nonante', 'à compléter', 'Les parents', 'non', 'rien à signaler sauf la cour'])(
    'is something else: %s',
    (text) => expect(isNothing(text)).toBe(false),
  );
});
