import type { Localized } from '@cpskit/core';
import { defineRule } from './rule.js';

/** The library's error codes that people meet most, in words a non-programmer can act on. */
const BY_CODE: Readonly<Record<string, Localized>> = {
  BAD_INDENT: {
    en: 'The indentation is off here: line this up with the other keys of its section, using spaces.',
    fr: "L'indentation est incorrecte ici : alignez cette ligne sur les autres clés de sa section, avec des espaces.",
  },
  TAB_AS_INDENT: {
    en: 'A tab is used for indentation; YAML only accepts spaces.',
    fr: "Une tabulation sert d'indentation ; YAML n'accepte que des espaces.",
  },
  MISSING_CHAR: {
    en: 'Something is missing here ({detail}): a closing quote or bracket, or a ":" after a key.',
    fr: 'Il manque quelque chose ici ({detail}) : un guillemet ou un crochet fermant, ou « : » après une clé.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'A key must fit on one line and be followed by ":"; check the indentation of this line and the one above.',
    fr: 'Une clé doit tenir sur une ligne et être suivie de « : » ; vérifiez l’indentation de cette ligne et de la précédente.',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'A key must fit on one line and be followed by ":"; check the indentation of this line and the one above.',
    fr: 'Une clé doit tenir sur une ligne et être suivie de « : » ; vérifiez l’indentation de cette ligne et de la précédente.',
  },
  UNEXPECTED_TOKEN: {
    en: 'Unexpected text here ({detail}).',
    fr: 'Texte inattendu ici ({detail}).',
  },
  BAD_SCALAR_START: {
    en: 'This value starts with a character YAML reserves; put the value between quotes.',
    fr: 'Cette valeur commence par un caractère réservé par YAML ; mettez-la entre guillemets.',
  },
  BLOCK_IN_FLOW: {
    en: 'A list or section written across lines cannot sit inside [ ] or { }.',
    fr: 'Une liste ou une section écrite sur plusieurs lignes ne peut pas se trouver entre [ ] ou { }.',
  },
  RESOURCE_EXHAUSTION: {
    en: 'The file is nested too deeply to be a manual ({detail}).',
    fr: 'Le fichier est imbriqué trop profondément pour être un manuel ({detail}).',
  },
};

const GENERIC: Localized = {
  en: 'YAML syntax error: {detail}',
  fr: 'Erreur de syntaxe YAML : {detail}',
};

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    description: {
      en: 'The file is well-formed YAML holding one manual.',
      fr: 'Le fichier est un YAML bien formé contenant un seul manuel.',
    },
    severity: 'error',
    messages: {
      ...Object.fromEntries(Object.entries(BY_CODE).map(([code, text]) => [`syntax-${code}`, text])),
      syntax: GENERIC,
      'multiple-documents': {
        en: 'A manual file holds one document; move what follows "---" into a file of its own.',
        fr: 'Un fichier de manuel contient un seul document ; déplacez ce qui suit « --- » dans un fichier à part.',
      },
      'complex-key': {
        en: 'Keys are plain words such as "title"; a list or section cannot be a key.',
        fr: 'Les clés sont des mots simples comme « title » ; une liste ou une section ne peut pas servir de clé.',
      },
      'unknown-anchor': {
        en: 'The alias *{name} refers to no anchor &{name} defined above it.',
        fr: "L'alias *{name} ne renvoie à aucune ancre &{name} définie plus haut.",
      },
      'alias-cycle': {
        en: 'The alias *{name} is used inside its own anchor; it would repeat forever.',
        fr: "L'alias *{name} est utilisé à l'intérieur de sa propre ancre ; il se répéterait sans fin.",
      },
      'alias-expansion': {
        en: 'The aliases in this file expand to more than {limit} values; it is not checked further.',
        fr: 'Les alias de ce fichier se déploient en plus de {limit} valeurs ; il n’est pas vérifié davantage.',
      },
    } as Record<string, Localized>,
  },
  check({ parsed, report }) {
    for (const problem of parsed.problems) {
      const at = { start: problem.start, end: problem.end };
      switch (problem.kind) {
        case 'syntax': {
          const messageId = problem.code && BY_CODE[problem.code] ? `syntax-${problem.code}` : 'syntax';
          report({ messageId, args: { detail: problem.detail ?? '' }, ...at });
          break;
        }
        case 'multiple-documents':
        case 'complex-key':
          report({ messageId: problem.kind, ...at });
          break;
        case 'unknown-anchor':
        case 'alias-cycle':
          report({ messageId: problem.kind, args: { name: problem.key ?? '' }, ...at });
          break;
        case 'alias-expansion':
          report({ messageId: problem.kind, args: { limit: problem.limit ?? '' }, ...at });
          break;
        case 'duplicate-key':
          break;
      }
    }
  },
});
