import { ID_PATTERN, OPERATIONAL_CRITERIA, isPlaceholder, type Locale, displayed } from '@cpskit/core';
import { keyDoc, type KeyDoc } from '../editing/key-docs.js';
import type { Citation } from '../finding.js';
import { pathPattern, type PathSegment } from '../editing/cursor-context.js';
import type { YNode, YScalar } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { clip, placeOf } from './support/places.js';

/**
 * The manual's identity: a placeholder there that the format refuses (`version: TODO`,
 * `id: À COMPLÉTER`) stays a schema error, since nothing else can name the manual; a valid
 * identifier that holds a place (`id: a-completer`) is reported here.
 */
function isIdentityError(pattern: string, text: string): boolean {
  return pattern === 'version' || (pattern === 'program.id' && !ID.test(text));
}
const ID = new RegExp(ID_PATTERN);

/** The key's entry in the catalogue: its own, or, for an item of a list, the list's. */
function docOf(pattern: string): KeyDoc | undefined {
  return keyDoc(pattern) ?? (pattern.endsWith('[]') ? keyDoc(pattern.slice(0, -2)) : undefined);
}

/**
 * What a key serves, for the finding to cite: the operational criterion its modalities share
 * when it serves several of one criterion (`pedagogy` serves 1.4.1 to 1.4.3: criterion 1.4),
 * else the first it serves; a key that serves nothing itself cites what its section serves.
 */
export function citationFor(path: readonly PathSegment[]): Citation | undefined {
  for (let length = path.length; length > 0; length--) {
    const serves = docOf(pathPattern(path.slice(0, length)))?.serves ?? [];
    if (serves.length === 0) continue;
    if (serves.length > 1 && serves.every((entry) => entry.kind === 'modality')) {
      const criteria = new Set(serves.map((entry) => entry.id.split('.').slice(0, 2).join('.')));
      const [only] = [...criteria];
      if (criteria.size === 1 && only && OPERATIONAL_CRITERIA.some((criterion) => criterion.id === only)) return { kind: 'criterion', id: only };
    }
    return serves[0];
  }
  return undefined;
}

/** A place of the manual as a reader names it: « activities › #3 › title ». */
function describe(path: readonly PathSegment[], locale: Locale): string {
  const named = path.map((step) => (typeof step === 'number' ? `#${step + 1}` : step)).join(' › ');
  return locale === 'fr' ? `«\u00a0${named}\u00a0»` : `"${named}"`;
}

interface Found {
  readonly node: YScalar;
  readonly path: readonly PathSegment[];
}

/** A node met on the walk, with the key or index that led to it from its parent's step. */
interface Step {
  readonly node: YNode;
  readonly segment?: PathSegment;
  readonly parent?: Step;
}

/** The keys and indexes from the root to a step: built only for the few texts that hold a place. */
function pathOf(step: Step): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Step | undefined = step; at?.segment !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/**
 * Every text value of the manual that holds a place, as written (a value reached through an
 * alias is reported where its anchor wrote it). The walk keeps its own stack: a deeply
 * nested text must not exhaust the call stack. It is run on every keystroke over every value
 * of the manual, so a node's path is put together only when its text holds a place.
 */
function placeholders(root: YNode | null): Found[] {
  const found: Found[] = [];
  const stack: Step[] = root ? [{ node: root }] : [];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { node } = step;
    if (node.aliasOf) continue;
    if (node.kind === 'scalar') {
      if (typeof node.value !== 'string' || !isPlaceholder(node.value)) continue;
      const path = pathOf(step);
      if (!isIdentityError(pathPattern(path), node.value)) found.push({ node, path });
    } else if (node.kind === 'map') {
      for (let i = node.pairs.length - 1; i >= 0; i--) {
        const pair = node.pairs[i]!;
        if (pair.value) stack.push({ node: pair.value, segment: String(pair.key.value), parent: step });
      }
    } else {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i]!, segment: i, parent: step });
    }
  }
  return found;
}

export default defineRule<'placeholder' | 'placeholder-axis'>({
  meta: {
    id: 'placeholder',
    category: 'criteria',
    description: {
      en: 'No value of the manual merely holds a place (« À COMPLÉTER », "TO COMPLETE", TODO, "EXAMPLE: …", "..."): each one counts as missing until it is written.',
      fr: 'Aucune valeur du manuel ne fait que tenir une place (« À COMPLÉTER », « TO COMPLETE », TODO, « EXEMPLE : … », « ... ») : chacune compte comme absente tant qu’elle n’est pas écrite.',
    },
    severity: 'warning',
    messages: {
      placeholder: {
        en: '"{value}" holds the place of what {where} should say (criterion {criterion}), and counts as missing until it is written. {meaning} Write it, or remove the line if the programme has none.',
        fr: '«\u00a0{value}\u00a0» tient la place de ce que doit dire {where} (critère {criterion}) et compte comme absent tant qu’il n’est pas écrit. {meaning} Écrivez-le, ou retirez la ligne si le programme n’en a pas.',
      },
      'placeholder-axis': {
        en: '"{value}" holds the place of what {where} should say (axis {axis} of the national CPS strategy), and counts as missing until it is written. {meaning} Write it, or remove the line if the programme has none.',
        fr: '«\u00a0{value}\u00a0» tient la place de ce que doit dire {where} (axe\u00a0{axis} de la stratégie nationale CPS) et compte comme absent tant qu’il n’est pas écrit. {meaning} Écrivez-le, ou retirez la ligne si le programme n’en a pas.',
      },
    },
  },
  check({ parsed, report, locale }) {
    for (const { node, path } of placeholders(parsed.root)) {
      const doc = docOf(pathPattern(path));
      // A key the format does not know is the schema's to report, whatever its value.
      if (!doc) continue;
      const cites = citationFor(path);
      // Every key of the format serves a modality, a criterion or an axis, itself or through its
      // section, except `version`, whose placeholder is the schema's (isIdentityError).
      if (!cites) continue;
      const args = { value: clip(String(node.value), 60), where: describe(path, locale), meaning: displayed(doc.meaning, locale) };
      // A key that serves an axis of the national strategy (evaluation: axis 4) names the axis, never a « critère ».
      if (cites?.kind === 'axis') report({ messageId: 'placeholder-axis', args: { ...args, axis: cites.id }, cites, ...placeOf(node) });
      else report({ messageId: 'placeholder', args: { ...args, criterion: cites.id }, cites, ...placeOf(node) });
    }
  },
});
