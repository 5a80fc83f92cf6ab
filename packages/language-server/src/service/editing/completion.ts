import {
  ACTIVITY_KINDS,
  CATEGORIES,
  GENERAL_COMPETENCIES,
  PEDAGOGIES,
  SPECIFIC_COMPETENCIES,
  foldText,
  lookupCompetency,
  manualSchema,
  normaliseCode,
  type Locale,
  type Localized,
  displayed,
} from '@cpskit/core';
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { z } from 'zod';
import { isRequiredKey, objectKeys, schemaAtPath, unwrap } from '../schema/zod-walk.js';
import { isOversize } from '../parse/parse-manual.js';
import { contextAt, pathPattern, targetPath, type CursorContext, type PathSegment } from './cursor-context.js';
import { Markup, describeCompetency, describeKey } from './hover.js';
import { keyDoc, valueDoc } from './key-docs.js';
import type { EditorCapabilities, ManualSnapshot } from './snapshot.js';
import { citationTag } from '../finding.js';

type AnySchema = z.core.$ZodType;
type Closed = string | number | boolean;

const WORDS = {
  en: {
    required: 'required',
    optional: 'optional',
    newActivity: 'New activity',
    newActivityDetail: 'An activity with its id, title, kind, competencies, duration and pedagogy',
    newSession: 'New session',
    newSessionDetail: 'A session with its id, year and activities',
    activityId: 'activity-id',
    activityTitle: 'Title of the activity',
    phase: 'phase',
  },
  fr: {
    required: 'obligatoire',
    optional: 'facultatif',
    newActivity: 'Nouvelle activité',
    newActivityDetail: 'Une activité avec son identifiant, son titre, son type, ses compétences, sa durée et sa pédagogie',
    newSession: 'Nouvelle séance',
    newSessionDetail: 'Une séance avec son identifiant, son année et ses activités',
    activityId: 'id-activite',
    activityTitle: 'Titre de l’activité',
    phase: 'phase',
  },
} as const;

function def(schema: AnySchema): { type: string; [key: string]: unknown } {
  return schema._zod.def as unknown as { type: string; [key: string]: unknown };
}

/** The values a schema allows when it is a closed list: enum entries, literals, booleans. */
function closedValues(schema: AnySchema | undefined): Closed[] | undefined {
  if (!schema) return undefined;
  const d = def(unwrap(schema));
  switch (d.type) {
    case 'enum':
      return Object.values(d['entries'] as Record<string, string>);
    case 'literal':
      return [...(d['values'] as Closed[])];
    case 'boolean':
      return [true, false];
    case 'union': {
      const values = (d['options'] as AnySchema[]).flatMap((option) => closedValues(option) ?? []);
      return values.length > 0 ? values : undefined;
    }
    default:
      return undefined;
  }
}

function elementOf(schema: AnySchema | undefined): AnySchema | undefined {
  if (!schema) return undefined;
  const d = def(unwrap(schema));
  return d.type === 'array' ? unwrap(d['element'] as AnySchema) : undefined;
}

const isObject = (schema: AnySchema | undefined): boolean => schema !== undefined && def(unwrap(schema)).type === 'object';

const pad = (rank: number): string => String(rank).padStart(4, '0');

/** How completion edits the text at the cursor: what it replaces and what must come first. */
interface Edit {
  readonly range: Range;
  readonly context: CursorContext;
  readonly snippets: boolean;
  readonly markdown: boolean;
  readonly locale: Locale;
}

function documentation(edit: Edit, fill: (out: Markup) => unknown): MarkupContent | undefined {
  const out = new Markup(edit.markdown);
  fill(out);
  return out.empty ? undefined : { kind: edit.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: out.toString() };
}

/** What goes before any inserted value: a space after `:` or `-`, a dash for a new list item. */
function lead(context: CursorContext): string {
  return `${context.needsSpace ? ' ' : ''}${context.needsDash ? '- ' : ''}`;
}

/** Keys of the object at `path` that are not written yet. */
function keyItems(edit: Edit, path: readonly PathSegment[], present: readonly string[]): CompletionItem[] {
  const schema = schemaAtPath(manualSchema, path);
  if (!isObject(schema)) return [];
  const words = WORDS[edit.locale];
  const { context } = edit;
  const written = new Set(present);
  return objectKeys(schema)
    .map((key, rank) => ({ key, rank }))
    .filter(({ key }) => !written.has(key))
    .map(({ key, rank }): CompletionItem => {
      const keyPath = [...path, key];
      const required = isRequiredKey(schema!, key);
      const serves = keyDoc(keyPath)?.serves ?? [];
      // SpF's ids after "SpF"; an axis of the national strategy in its own words ("axis 4"), which is not SpF's.
      const cites = [
        ...(serves.some((citation) => citation.kind !== 'axis')
          ? [
              `SpF ${serves
                .filter((citation) => citation.kind !== 'axis')
                .map((citation) => citation.id)
                .join(', ')}`,
            ]
          : []),
        ...serves.filter((citation) => citation.kind === 'axis').map((citation) => citationTag(citation, edit.locale)),
      ];
      const insert = keyInsert(key, keyPath, edit);
      // On a list item's line (`- key:`), the key stands two columns right of the line's indentation.
      const text = context.list === 'block' ? insert.text.replace(/\n/g, '\n  ') : insert.text;
      const doc = documentation(edit, (out) => describeKey(out, keyPath, edit.locale));
      return {
        label: key,
        kind: CompletionItemKind.Property,
        detail: [required ? words.required : words.optional, ...cites].join(' · '),
        ...(doc ? { documentation: doc } : {}),
        sortText: `${required ? 0 : 1}${pad(rank)}`,
        filterText: key,
        textEdit: { range: edit.range, newText: `${lead(context)}${text}` },
        insertTextFormat: insert.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        ...(text.includes('\n') ? { insertTextMode: InsertTextMode.adjustIndentation } : {}),
      };
    });
}

/** Lists of codes and ids, written on one line as the format's examples do: `competencies: [E1.2, E2.1]`. */
const FLOW_LISTS = new Set(['activities[].competencies', 'sessions[].activities']);

/** The text a key completion writes: the key and its colon, and with snippets the start of its value. */
function keyInsert(key: string, keyPath: readonly PathSegment[], edit: Edit): { text: string; snippet: boolean } {
  if (edit.context.hasColon) return { text: key, snippet: false };
  if (!edit.snippets || edit.context.flow) return { text: `${key}: `, snippet: false };
  const schema = schemaAtPath(manualSchema, keyPath);
  const element = elementOf(schema);
  if (isObject(schema)) return { text: `${key}:\n  $0`, snippet: true };
  if (element && (closedValues(element) || FLOW_LISTS.has(pathPattern(keyPath)))) return { text: `${key}: [$0]`, snippet: true };
  if (element) return { text: `${key}:\n  - $0`, snippet: true };
  return { text: `${key}: $0`, snippet: true };
}

/** Values of a closed list, each with its meaning. */
function valueItems(edit: Edit, pattern: string, values: readonly Closed[], wrap: boolean, present: ReadonlySet<string>): CompletionItem[] {
  const { locale, context } = edit;
  return values
    .map((value, rank) => ({ value, rank }))
    .filter(({ value }) => !present.has(String(value)))
    .map(({ value, rank }): CompletionItem => {
      const text = String(value);
      const meaning = valueDoc(pattern, value);
      const doc = documentation(edit, (out) => {
        if (!meaning) return;
        out.paragraph(`${out.code(text)} — ${out.text(displayed(meaning.label, locale))}`);
      });
      return {
        label: text,
        kind: typeof value === 'string' ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
        ...(meaning ? { labelDetails: { description: displayed(meaning.label, locale) } } : {}),
        ...(doc ? { documentation: doc } : {}),
        sortText: pad(rank),
        filterText: meaning && typeof value === 'string' ? searchable(text, meaning.label) : text,
        textEdit: { range: edit.range, newText: `${lead(context)}${wrap ? `[${text}]` : text}` },
        insertTextFormat: InsertTextFormat.PlainText,
      };
    });
}

/** A filter text that finds an item by its code and by the words of its label, with or without accents. */
function searchable(code: string, label: Localized): string {
  return [...new Set([code, label.fr, foldText(label.fr), label.en, foldText(label.en)])].join(' ');
}

/** Every competency code, phase 1 first, each general competency followed by its specific ones. */
const COMPETENCY_ORDER: readonly string[] = GENERAL_COMPETENCIES.flatMap((general) => [
  general.code,
  ...SPECIFIC_COMPETENCIES.filter((specific) => specific.general === general.code).map((specific) => specific.code),
]);

function competencyItems(edit: Edit, wrap: boolean, present: readonly string[]): CompletionItem[] {
  const { locale, context } = edit;
  const written = new Set(present.map((code) => normaliseCode(code) ?? code));
  return COMPETENCY_ORDER.filter((code) => !written.has(code)).map((code, rank): CompletionItem => {
    const entry = lookupCompetency(code)!;
    const { label } = entry.competency;
    const general = entry.level === 'general' ? entry.competency : GENERAL_COMPETENCIES.find((candidate) => candidate.code === entry.competency.general)!;
    const category = CATEGORIES.find((candidate) => candidate.code === general.category)!;
    const doc = documentation(edit, (out) => describeCompetency(out, entry, locale));
    return {
      label: code,
      kind: CompletionItemKind.Constant,
      labelDetails: { description: label[locale] },
      detail: `${displayed(category.label, locale)} · ${WORDS[locale].phase} ${general.phase}`,
      ...(doc ? { documentation: doc } : {}),
      sortText: pad(rank),
      filterText: searchable(code, label),
      textEdit: { range: edit.range, newText: `${lead(context)}${wrap ? `[${code}]` : code}` },
      insertTextFormat: InsertTextFormat.PlainText,
    };
  });
}

function activityItems(edit: Edit, snapshot: ManualSnapshot, wrap: boolean): CompletionItem[] {
  const { context } = edit;
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const activity of snapshot.validation.model.allActivities) {
    const id = activity.id?.value;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const codes = activity.competencies.map((code) => code.value);
    const doc = documentation(edit, (out) => {
      out.paragraph(`${out.code(id)}${activity.title ? ` — ${out.bold(activity.title)}` : ''}`);
      const facts = [activity.kind?.value, codes.length > 0 ? codes.join(', ') : undefined].filter((fact): fact is string => fact !== undefined);
      if (facts.length > 0) out.paragraph(out.text(facts.join(' · ')));
    });
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      ...(activity.title ? { labelDetails: { description: activity.title } } : {}),
      ...(activity.kind ? { detail: activity.kind.value } : {}),
      ...(doc ? { documentation: doc } : {}),
      sortText: pad(items.length),
      filterText: activity.title ? `${id} ${activity.title} ${foldText(activity.title)}` : id,
      textEdit: { range: edit.range, newText: `${lead(context)}${wrap ? `[${id}]` : id}` },
      insertTextFormat: InsertTextFormat.PlainText,
    });
  }
  return items;
}

/** A new activity or session, with placeholders, for the `activities` and `sessions` lists. */
function snippetItems(edit: Edit, list: 'activities' | 'sessions', index: number): CompletionItem[] {
  const words = WORDS[edit.locale];
  const { context } = edit;
  const first = `${context.needsSpace ? ' ' : ''}${context.needsDash ? '- ' : ''}`;
  const body =
    list === 'activities'
      ? [
          `id: \${1:${words.activityId}}`,
          `  title: \${2:${words.activityTitle}}`,
          `  kind: \${3|${ACTIVITY_KINDS.join(',')}|}`,
          '  competencies: [$4]',
          '  duration: ${5:45min}',
          `  pedagogy: [\${6|${PEDAGOGIES.join(',')}|}]$0`,
        ]
      : [`id: \${1:s${index + 1}}`, '  year: ${2:1}', '  activities: [$3]$0'];
  const label = list === 'activities' ? words.newActivity : words.newSession;
  const detail = list === 'activities' ? words.newActivityDetail : words.newSessionDetail;
  const doc = documentation(edit, (out) => describeKey(out, [list], edit.locale));
  return [
    {
      label,
      kind: CompletionItemKind.Snippet,
      detail,
      ...(doc ? { documentation: doc } : {}),
      sortText: '!',
      filterText: `${list} ${label} ${foldText(label)}`,
      textEdit: { range: edit.range, newText: `${first}${body.join('\n')}` },
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
    },
  ];
}

/** What may be written at a list item or a key's value. */
function valueCompletions(edit: Edit, snapshot: ManualSnapshot): CompletionItem[] {
  const { context } = edit;
  const path = targetPath(context);
  const pattern = pathPattern(path);
  if (context.list) {
    const list = pathPattern(context.path);
    const element = schemaAtPath(manualSchema, path);
    if (isObject(element)) {
      // A new item of a list of objects: its first key, or a whole new activity or session.
      if (context.list !== 'block') return [];
      const items = keyItems(edit, path, []);
      return edit.snippets && (list === 'activities' || list === 'sessions') ? snippetItems(edit, list, context.index ?? 0).concat(items) : items;
    }
    if (list === 'activities[].competencies') return competencyItems(edit, false, context.presentItems);
    if (list === 'sessions[].activities') return activityItems(edit, snapshot, false);
    const values = closedValues(element);
    return values ? valueItems(edit, pattern, values, false, new Set(context.presentItems)) : [];
  }
  const schema = schemaAtPath(manualSchema, path);
  const element = elementOf(schema);
  // A list written as a value on the key's line: offer its items, inside brackets.
  if (pattern === 'activities[].competencies') return competencyItems(edit, true, []);
  if (pattern === 'sessions[].activities') return activityItems(edit, snapshot, true);
  if (element) {
    const values = closedValues(element);
    return values ? valueItems(edit, `${pattern}[]`, values, true, new Set()) : [];
  }
  const values = closedValues(schema);
  return values ? valueItems(edit, pattern, values, false, new Set()) : [];
}

/**
 * The completions at a position: the keys that may be written there, the values of a
 * closed list, competency codes, the ids of the activities in a session, and (with
 * snippets) a whole new activity or session. Works on half-typed YAML.
 */
export function complete(snapshot: ManualSnapshot, position: Position, capabilities: EditorCapabilities): CompletionList {
  // A manual over the size limit is not read, on any keystroke.
  if (isOversize(snapshot.parsed)) return { isIncomplete: false, items: [] };
  const lines = snapshot.parsed.lines;
  const offset = lines.offsetAt(position);
  const context = contextAt(snapshot.text, offset);
  if (!context) return { isIncomplete: false, items: [] };
  const edit: Edit = {
    range: lines.rangeOf(context.start, context.end),
    context,
    snippets: capabilities.snippets,
    markdown: capabilities.markdown,
    locale: snapshot.locale,
  };
  const items = context.kind === 'key' ? keyItems(edit, context.path, context.presentKeys) : valueCompletions(edit, snapshot);
  return { isIncomplete: false, items };
}
