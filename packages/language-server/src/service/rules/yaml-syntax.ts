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
    en: 'Something is missing here: a closing quote or bracket, or a ":" after a key.',
    fr: 'Il manque quelque chose ici : un guillemet ou un crochet fermant, ou « : » après une clé.',
  },
  UNCLOSED_QUOTE: {
    en: 'A quoted text is not closed: add the closing quote.',
    fr: 'Un texte entre guillemets n’est pas fermé : ajoutez le guillemet fermant.',
  },
  MISSING_COLON: {
    en: 'A key must be followed by ":" and its value, as in "title: My programme".',
    fr: 'Une clé doit être suivie de « : » et de sa valeur, comme dans « title: Mon programme ».',
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
    en: 'Unexpected text here: check the indentation and the brackets around it.',
    fr: 'Texte inattendu ici : vérifiez l’indentation et les crochets autour.',
  },
  BAD_SCALAR_START: {
    en: 'This value starts with a character YAML reserves; put the value between quotes.',
    fr: 'Cette valeur commence par un caractère réservé par YAML ; mettez-la entre guillemets.',
  },
  BLOCK_IN_FLOW: {
    en: 'A list or section written across lines cannot sit inside [ ] or { }.',
    fr: 'Une liste ou une section écrite sur plusieurs lignes ne peut pas se trouver entre [ ] ou { }.',
  },
};

/** The library gives one code for several mistakes; its message tells them apart. */
function refineCode(code: string | undefined, detail: string | undefined): string | undefined {
  if (code !== 'MISSING_CHAR' || !detail) return code;
  if (/quote/i.test(detail)) return 'UNCLOSED_QUOTE';
  if (/map values/i.test(detail)) return 'MISSING_COLON';
  return code;
}

/** The title of the fix that quotes a text: the same for the syntax error and for a list item read as a key. */
export const QUOTE_TITLE: Localized = { en: 'Put the text between quotes', fr: 'Mettre le texte entre guillemets' };

/** A text as a double-quoted YAML scalar: the same text, whatever colons it holds. */
export function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A line `key: value`, or `- key: value`: the value starts after the colon and its spaces. */
const KEY_LINE = /^(\s*(?:-\s+)?[^\s#'"[\]{}:&*!|>%@`-][^:#]*?:[ \t]+)(.*)$/;

/**
 * The plain value of a line that YAML refused because it holds « : » (`summary: Objectif : nommer
 * ses émotions`): French puts a space before the colon, and « : » inside a plain text opens a key
 * that YAML does not allow there. Undefined when the line is something else.
 */
function bareColonAt(
  text: string,
  line: number,
  lines: { lineEnd(line: number): number; offsetAt(position: { line: number; character: number }): number },
): { start: number; end: number; value: string } | undefined {
  const lineStart = lines.offsetAt({ line, character: 0 });
  const content = text.slice(lineStart, lines.lineEnd(line));
  // A line this long is no key and value a person typed; its pattern is not tried.
  if (content.length > 2000) return undefined;
  const match = KEY_LINE.exec(content);
  if (!match) return undefined;
  let value = match[2]!;
  // A comment after the value stays a comment.
  const comment = value.search(/\s#/);
  if (comment >= 0) value = value.slice(0, comment);
  value = value.trimEnd();
  if (value === '' || /^["'[{|>&*!]/.test(value) || !/:(\s|$)/.test(value)) return undefined;
  const start = lineStart + match[1]!.length;
  return { start, end: start + value.length, value };
}

const GENERIC: Localized = {
  en: 'YAML syntax error: {detail}',
  fr: 'Erreur de syntaxe YAML : {detail}',
};

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    category: 'syntax',
    description: {
      en: 'The file is well-formed YAML holding one manual.',
      fr: 'Le fichier est un YAML bien formé contenant un seul manuel.',
    },
    severity: 'error',
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: it widens the message ids to string, for the `syntax-${code}` ids built in check.
    messages: {
      ...Object.fromEntries(Object.entries(BY_CODE).map(([code, text]) => [`syntax-${code}`, text])),
      syntax: GENERIC,
      'bare-colon': {
        en: 'The text "{value}" holds a colon followed by a space, which YAML reads as the start of a key, not as part of a text. Put the whole text between quotes.',
        fr: 'Le texte «\u00a0{value}\u00a0» contient deux-points suivis d’une espace, que YAML lit comme le début d’une clé\u00a0: ce n’est plus un simple texte. Mettez tout le texte entre guillemets.',
      },
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
    } as Record<string, Localized>,
  },
  check({ parsed, report }) {
    for (const problem of parsed.problems) {
      const at = { start: problem.start, end: problem.end };
      switch (problem.kind) {
        case 'syntax': {
          const colon = bareColonAt(parsed.text, parsed.lines.positionAt(problem.start).line, parsed.lines);
          if (colon) {
            report({
              messageId: 'bare-colon',
              args: { value: colon.value },
              start: colon.start,
              end: colon.end,
              fix: { title: QUOTE_TITLE, edits: [{ start: colon.start, end: colon.end, newText: quoted(colon.value) }], safe: true },
            });
            break;
          }
          const code = refineCode(problem.code, problem.detail);
          const messageId = code && BY_CODE[code] ? `syntax-${code}` : 'syntax';
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
        default:
          // Duplicate keys have their own rule; the limits passed (too deep, too large…) too.
          break;
      }
    }
  },
});
