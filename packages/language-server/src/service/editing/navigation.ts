import { ID_PATTERN, localize, type Localized, type MessageArgs } from '@cpskit/core';
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { isMap, isSeq, stringOf, valueOf, type YNode, type YPair, type YScalar } from '../parse/tree.js';
import { insideSpan } from '../text/spans.js';
import { contentEnd, isPlainSafe, lspRange, pairEnd } from './edit-text.js';
import type { ManualSnapshot } from './snapshot.js';

const ID = new RegExp(ID_PATTERN);

const TEXTS = {
  session: { en: 'year {year} · {count} {count|activity|activities}', fr: 'année {year} · {count} {count|activité|activités}' },
  sessionNoYear: { en: '{count} {count|activity|activities}', fr: '{count} {count|activité|activités}' },
  invalidName: {
    en: '"{name}" is not a valid activity id: use letters, digits, "-", "_" or ".", starting with a letter or a digit, without spaces or accents.',
    fr: '« {name} » n’est pas un identifiant d’activité valide : utilisez des lettres, des chiffres, « - », « _ » ou « . », en commençant par une lettre ou un chiffre, sans espaces ni accents.',
  },
  nameTaken: {
    en: 'Another activity already has the id "{name}"; choose another one.',
    fr: 'Une autre activité a déjà l’identifiant « {name} » ; choisissez-en un autre.',
  },
  notRenamable: {
    en: 'Only an activity id can be renamed: place the cursor on an activity’s id or on a session’s reference to it.',
    fr: 'Seul l’identifiant d’une activité peut être renommé : placez le curseur sur l’identifiant d’une activité ou sur une séance qui la cite.',
  },
} satisfies Record<string, Localized>;

/** Why a rename is refused, with the message to show; the LSP adapter turns it into a ResponseError. */
export interface RenameRefusal {
  readonly refused: 'invalid-name' | 'name-taken' | 'not-renamable';
  readonly message: string;
}

export function isRenameRefusal(value: unknown): value is RenameRefusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

/** The outline: the top-level sections, with the activities and sessions under their lists. */
export function documentSymbols(snapshot: ManualSnapshot): DocumentSymbol[] {
  const root = snapshot.parsed.root;
  if (!isMap(root)) return [];
  const { text } = snapshot;
  const lines = snapshot.parsed.lines;
  const symbols: DocumentSymbol[] = [];
  for (const pair of root.pairs) {
    const name = String(pair.key.value) || '""';
    const value = pair.value;
    const range = lspRange(lines, pair.key.start, pairEnd(pair.key, value, text));
    const symbol: DocumentSymbol = { name, kind: sectionKind(name, value), range, selectionRange: lspRange(lines, pair.key.start, pair.key.end) };
    if (name === 'program' && isMap(value)) {
      const title = stringOf(valueOf(value, 'title'));
      if (title) symbol.detail = title;
    }
    // What an alias stands for is shown where its anchor wrote it.
    if ((name === 'activities' || name === 'sessions') && isSeq(value) && !value.aliasOf) {
      symbol.children = value.items.flatMap((item, index) => {
        if (!isMap(item)) return [];
        return [name === 'activities' ? activitySymbol(snapshot, item, index) : sessionSymbol(snapshot, item, index)];
      });
    }
    symbols.push(symbol);
  }
  return symbols;
}

function sectionKind(name: string, value: YNode | null): SymbolKind {
  if (name === 'program') return SymbolKind.Module;
  if (isSeq(value)) return SymbolKind.Array;
  if (isMap(value)) return SymbolKind.Object;
  return SymbolKind.Property;
}

function itemRanges(snapshot: ManualSnapshot, item: YNode & { kind: 'map' }, idNode: YNode | null | undefined): { range: Range; selectionRange: Range } {
  const lines = snapshot.parsed.lines;
  const end = contentEnd(item, snapshot.text);
  const range = lspRange(lines, item.start, end);
  // Through an alias, the id is written at the anchor: the alias itself is what is selected.
  const inside = idNode && !item.aliasOf && idNode.start >= item.start && idNode.end <= end;
  return { range, selectionRange: inside ? lspRange(lines, idNode.start, idNode.end) : range };
}

function activitySymbol(snapshot: ManualSnapshot, item: YNode & { kind: 'map' }, index: number): DocumentSymbol {
  const idNode = valueOf(item, 'id');
  const title = stringOf(valueOf(item, 'title'));
  return {
    name: stringOf(idNode) ?? `#${index + 1}`,
    ...(title ? { detail: title } : {}),
    kind: SymbolKind.Function,
    ...itemRanges(snapshot, item, idNode),
  };
}

function sessionSymbol(snapshot: ManualSnapshot, item: YNode & { kind: 'map' }, index: number): DocumentSymbol {
  const idNode = valueOf(item, 'id');
  const year = valueOf(item, 'year');
  const activities = valueOf(item, 'activities');
  const count = isSeq(activities) ? activities.items.length : stringOf(activities) ? 1 : 0;
  const hasYear = year?.kind === 'scalar' && typeof year.value === 'number';
  const detail = hasYear ? localize(TEXTS.session, snapshot.locale, { year: year.value, count }) : localize(TEXTS.sessionNoYear, snapshot.locale, { count });
  return { name: stringOf(idNode) ?? `#${index + 1}`, detail, kind: SymbolKind.Event, ...itemRanges(snapshot, item, idNode) };
}

/** An activity id written in the manual: where an activity declares it, or where a session cites it. */
interface Occurrence {
  readonly id: string;
  readonly node: YScalar;
  readonly declaration: boolean;
}

/** Every activity id of the manual, in document order, each place once (an alias repeats places). */
function occurrences(snapshot: ManualSnapshot): Occurrence[] {
  const { model } = snapshot.validation;
  const seen = new Set<string>();
  const found: Occurrence[] = [];
  const add = (id: string, node: YScalar, declaration: boolean) => {
    const key = `${node.start}:${node.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ id, node, declaration });
  };
  for (const activity of model.allActivities) if (activity.id) add(activity.id.value, activity.id.node, true);
  for (const session of model.allSessions) for (const ref of session.activityRefs) add(ref.value, ref.node, false);
  return found.sort((a, b) => a.node.start - b.node.start);
}

function occurrenceAt(snapshot: ManualSnapshot, position: Position): { at: Occurrence; all: Occurrence[] } | undefined {
  const offset = snapshot.parsed.lines.offsetAt(position);
  const all = occurrences(snapshot);
  const at = all.find((entry) => entry.node.start <= offset && offset <= entry.node.end);
  return at ? { at, all } : undefined;
}

function locationOf(snapshot: ManualSnapshot, node: YNode): Location {
  return { uri: snapshot.uri, range: lspRange(snapshot.parsed.lines, node.start, node.end) };
}

/** Where the activity under the cursor is defined (itself, on its own id); none when it is not. */
export function definition(snapshot: ManualSnapshot, position: Position): Location[] {
  const found = occurrenceAt(snapshot, position);
  if (!found) return [];
  if (found.at.declaration) return [locationOf(snapshot, found.at.node)];
  return found.all.filter((entry) => entry.declaration && entry.id === found.at.id).map((entry) => locationOf(snapshot, entry.node));
}

/** The activity id under the cursor and every session's reference to it, in document order. */
export function references(snapshot: ManualSnapshot, position: Position, includeDeclaration: boolean): Location[] {
  const found = occurrenceAt(snapshot, position);
  if (!found) return [];
  return found.all.filter((entry) => entry.id === found.at.id && (includeDeclaration || !entry.declaration)).map((entry) => locationOf(snapshot, entry.node));
}

/** The text of a scalar without its quotes. */
function innerRange(snapshot: ManualSnapshot, node: YScalar): { start: number; end: number } {
  const quote = snapshot.text[node.start];
  if ((quote === '"' || quote === "'") && node.end - node.start >= 2 && snapshot.text[node.end - 1] === quote) {
    return { start: node.start + 1, end: node.end - 1 };
  }
  return { start: node.start, end: node.end };
}

/** The activity id under the cursor, to rename, or null where nothing can be renamed. */
export function prepareRename(snapshot: ManualSnapshot, position: Position): { range: Range; placeholder: string } | null {
  const found = occurrenceAt(snapshot, position);
  if (!found) return null;
  const inner = innerRange(snapshot, found.at.node);
  return { range: lspRange(snapshot.parsed.lines, inner.start, inner.end), placeholder: found.at.id };
}

/**
 * Renames the activity id under the cursor everywhere in the manual: its definition and every
 * session's reference. Refuses a name that is not a valid id or that another activity has.
 */
export function rename(snapshot: ManualSnapshot, position: Position, newName: string): WorkspaceEdit | RenameRefusal {
  const refuse = (refused: RenameRefusal['refused'], template: Localized, args: MessageArgs = {}): RenameRefusal => ({
    refused,
    message: localize(template, snapshot.locale, args),
  });
  const found = occurrenceAt(snapshot, position);
  if (!found) return refuse('not-renamable', TEXTS.notRenamable);
  const oldName = found.at.id;
  if (!ID.test(newName)) return refuse('invalid-name', TEXTS.invalidName, { name: newName });
  if (newName !== oldName && found.all.some((entry) => entry.declaration && entry.id === newName)) {
    return refuse('name-taken', TEXTS.nameTaken, { name: newName });
  }
  const edits: TextEdit[] = [];
  const edited = new Set<number>();
  if (newName !== oldName) {
    for (const entry of found.all) {
      if (entry.id !== oldName) continue;
      // An alias (`*name`) stays an alias: the text it stands for is renamed where its anchor wrote it.
      const target = (entry.node.aliasOf as YScalar | undefined) ?? entry.node;
      if (edited.has(target.start)) continue;
      edited.add(target.start);
      edits.push({ range: lspRange(snapshot.parsed.lines, target.start, target.end), newText: renderLike(snapshot.text, target, newName) });
    }
  }
  return { changes: { [snapshot.uri]: edits } };
}

/** A new id written in the style of the scalar it replaces: in the same quotes, or plain when YAML reads it back as text. */
function renderLike(text: string, node: YScalar, value: string): string {
  const quote = text[node.start];
  if (quote === "'") return `'${value}'`;
  if (quote === '"' || !isPlainSafe(value)) return `"${value}"`;
  return value;
}

/** The foldable regions: every map or list (and text) over several lines, from its key's line; comment blocks. */
export function foldingRanges(snapshot: ManualSnapshot): FoldingRange[] {
  const { text } = snapshot;
  const lines = snapshot.parsed.lines;
  const byStart = new Map<number, number>();
  const fold = (from: number, to: number) => {
    const startLine = lines.positionAt(from).line;
    const endLine = lines.positionAt(to).line;
    if (endLine > startLine && (byStart.get(startLine) ?? -1) < endLine) byStart.set(startLine, endLine);
  };
  const textSpans: [number, number][] = [];
  const visit = (node: YNode, from: number, depth: number) => {
    // An alias is one word where it is written; its contents fold where the anchor wrote them.
    if (node.aliasOf || depth > 200) return;
    const end = contentEnd(node, text);
    if (node.kind === 'scalar') {
      if (/[\r\n]/.test(text.slice(node.start, end))) {
        textSpans.push([node.start, node.end]);
        fold(from, end);
      }
      return;
    }
    fold(from, end);
    if (node.kind === 'seq') for (const item of node.items) visit(item, item.start, depth + 1);
    else for (const pair of node.pairs) visitPair(pair, depth + 1);
  };
  const visitPair = (pair: YPair, depth: number) => {
    if (pair.value) visit(pair.value, pair.key.start, depth);
  };
  const root = snapshot.parsed.root;
  if (root && !root.aliasOf) {
    // The whole document is no region to fold: its sections are.
    if (root.kind === 'map') for (const pair of root.pairs) visitPair(pair, 1);
    else if (root.kind === 'seq') for (const item of root.items) visit(item, item.start, 1);
  }

  const ranges: FoldingRange[] = [...byStart].map(([startLine, endLine]) => ({ startLine, endLine }));
  textSpans.sort((a, b) => a[0] - b[0]);
  let blockStart = -1;
  for (let line = 0; line <= lines.lineCount; line++) {
    const isComment = line < lines.lineCount && /^\uFEFF?[ \t]*#/.test(lines.lineText(line)) && !insideSpan(textSpans, lines.offsetAt({ line, character: 0 }));
    if (isComment && blockStart === -1) blockStart = line;
    if (!isComment && blockStart !== -1) {
      if (line - 1 > blockStart) ranges.push({ startLine: blockStart, endLine: line - 1, kind: FoldingRangeKind.Comment });
      blockStart = -1;
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
}
