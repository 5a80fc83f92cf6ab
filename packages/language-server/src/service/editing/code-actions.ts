import { localize, yamlPlaceholder, type Locale, type Localized, type MessageArgs } from '@cpskit/core';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Finding } from '../finding.js';
import { fixText } from '../fix/apply-fixes.js';
import { isOversize } from '../parse/parse-manual.js';
import { isMap, isScalar, isSeq, pairOf, type YMap, type YNode } from '../parse/tree.js';
import { isFindingsSummary } from '../finding-collector.js';
import { insideSpan, multiLineScalarSpans } from '../text/spans.js';
import { textEdits } from '../text/text-diff.js';
import { describePath } from '../rules/schema.js';
import { findDirectives, type Directive } from '../suppression.js';
import type { LineIndex } from '../text/line-index.js';
import { findingToDiagnostic } from './diagnostics.js';
import { indentOf, isFlow, lineBreakOf, lspRange, yamlId } from './edit-text.js';
import type { ManualSnapshot } from './snapshot.js';

export interface CodeActionOptions {
  /** The kinds of action the editor asks for (LSP `context.only`); all the quick fixes when absent. */
  readonly only?: readonly string[];
}

/** The kind of the action that applies every safe fix, as `cps check --fix` does (`editor.codeActionsOnSave` can ask for it). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cps`;

/** Rules whose findings get no "disable" action: a syntax error is not silenced, and stale comments are reported after suppression runs. */
const NOT_SUPPRESSIBLE: ReadonlySet<string> = new Set(['yaml-syntax', 'unused-suppression']);

const TITLES = {
  defineActivity: { en: 'Define activity "{id}"', fr: 'Définir l’activité « {id} »' },
  addSection: { en: 'Add the "{section}" section', fr: 'Ajouter la section « {section} »' },
  disableLine: { en: 'Disable "{rule}" for this line', fr: 'Désactiver « {rule} » pour cette ligne' },
  disableFile: { en: 'Disable "{rule}" for the whole file', fr: 'Désactiver « {rule} » pour tout le fichier' },
  fixAll: { en: 'Fix every problem that can be fixed safely', fr: 'Corriger tous les problèmes qui peuvent l’être sans risque' },
} satisfies Record<string, Localized>;

/**
 * What the skeletons leave to write, in the author's language: each becomes a placeholder
 * (« À COMPLÉTER : … »), so that nothing a quick fix inserts can earn a modality.
 */
const TO_WRITE = {
  kind: { en: 'workshop, ritual or informal', fr: 'workshop, ritual ou informal' },
  competencies: { en: 'codes of the SpF classification: C1.1, E2.2a, S2…', fr: 'codes de la classification de SpF : C1.1, E2.2a, S2…' },
  title: { en: 'the name of the programme', fr: 'le nom du programme' },
  activityTitle: { en: 'the name of the activity', fr: 'le nom de l’activité' },
  min: { en: 'the youngest age, 3 to 25', fr: 'l’âge le plus jeune, de 3 à 25 ans' },
  max: { en: 'the oldest age, 3 to 25', fr: 'l’âge le plus âgé, de 3 à 25 ans' },
  settings: { en: 'where it runs: primary-school, secondary-school…', fr: 'où il se déroule : primary-school, secondary-school…' },
  years: { en: 'how many years a cohort follows it', fr: 'combien d’années une cohorte le suit' },
  evidence: { en: 'evidence-based-program or evidence-informed', fr: 'evidence-based-program ou evidence-informed' },
} satisfies Record<string, Localized>;

/** A placeholder for one of TO_WRITE, as a YAML text. */
const toWrite = (what: keyof typeof TO_WRITE, locale: Locale): string => yamlPlaceholder(TO_WRITE[what][locale], locale);

/** The sections the schema requires that an action can add, with their skeleton's lines. */
const REQUIRED_SECTIONS: Readonly<Record<string, (locale: Locale, unit: string) => string[]>> = {
  program: (locale, unit) => [
    'program:',
    // An identifier is needed for the manual to be read at all; `a-completer` says it is to replace.
    `${unit}id: ${locale === 'fr' ? 'a-completer' : 'to-complete'}`,
    `${unit}title: ${toWrite('title', locale)}`,
    `${unit}ages: { min: ${toWrite('min', locale)}, max: ${toWrite('max', locale)} }`,
    `${unit}settings: [${toWrite('settings', locale)}]`,
    `${unit}duration: { years: ${toWrite('years', locale)} }`,
    `${unit}evidence: { kind: ${toWrite('evidence', locale)} }`,
  ],
  activities: (locale, unit) => ['activities:', ...activityLines(locale === 'fr' ? 'activite-1' : 'activity-1', locale, unit, `${unit}  `)],
};

/**
 * The quick fixes for the findings that overlap `range`: each finding's own fix, defining an
 * undefined activity, adding a missing required section, and disabling the rule for the
 * finding's line or for the whole file. Edits are minimal insertions or replacements. When
 * `only` asks for it ({@link FIX_ALL_KIND}, `source.fixAll` or `source`), also the action that
 * applies every safe fix of the document.
 */
export function codeActions(snapshot: ManualSnapshot, range: Range, options: CodeActionOptions = {}): CodeAction[] {
  // A manual over the size limit is not read: there is nothing to edit by.
  if (isOversize(snapshot.parsed)) return [];
  // Fixing the whole document is asked for by its kind (a "source" action, or on save), never offered with the quick fixes.
  const fixAll = options.only?.some((kind) => kind !== '' && kindIncludes(kind, FIX_ALL_KIND)) ? fixAllAction(snapshot) : undefined;
  const quickFixes = !options.only?.length || options.only.some((kind) => kindIncludes(kind, CodeActionKind.QuickFix)) ? quickFixesAt(snapshot, range) : [];
  return fixAll ? [...quickFixes, fixAll] : quickFixes;
}

/**
 * The safe fixes of the whole document, as `cps check --fix` applies them (`fixText`), as the
 * smallest edits that make the fixed text; nothing when there is none, or when the text cannot
 * be read.
 */
function fixAllAction(snapshot: ManualSnapshot): CodeAction | undefined {
  const fixed = fixText(snapshot.text, snapshot.options ?? { locale: snapshot.locale });
  if (fixed.unreadable || fixed.text === snapshot.text) return undefined;
  const lines = snapshot.parsed.lines;
  return {
    title: localize(TITLES.fixAll, snapshot.locale),
    kind: FIX_ALL_KIND,
    edit: { changes: { [snapshot.uri]: textEdits(snapshot.text, fixed.text).map((edit) => ({ range: lspRange(lines, edit.start, edit.end), newText: edit.newText })) } },
  };
}

/** The quick fixes for the findings that overlap `range`. */
function quickFixesAt(snapshot: ManualSnapshot, range: Range): CodeAction[] {
  const { parsed } = snapshot;
  const { lines } = parsed;
  const from = lines.offsetAt(range.start);
  const to = Math.max(from, lines.offsetAt(range.end));
  const findings = snapshot.validation.findings.filter((finding) => finding.offsets.start <= to && from <= finding.offsets.end);
  if (findings.length === 0) return [];

  const builder = new ActionBuilder(snapshot);
  for (const finding of findings) builder.fixesFor(finding);
  // The count of findings not shown stands for other rules' findings: no comment silences it.
  const silenceable = findings.filter((finding) => !isFindingsSummary(finding));
  for (const finding of silenceable) builder.disableLine(finding);
  for (const finding of silenceable) builder.disableFile(finding);
  return builder.actions();
}

/** Whether an action of kind `kind` answers a request for `requested` (itself or a sub-kind of it). */
function kindIncludes(requested: string, kind: string): boolean {
  return requested === '' || kind === requested || kind.startsWith(`${requested}.`);
}

interface Insertion {
  readonly offset: number;
  /** Whether the text must start with a line break (the last line has none). */
  readonly lead: boolean;
}

class ActionBuilder {
  private readonly byKey = new Map<string, CodeAction>();
  private readonly lines: LineIndex;
  private readonly text: string;
  private readonly eol: string;
  private readonly locale: Locale;
  private directives: readonly Directive[] | undefined;
  private textSpans: readonly (readonly [number, number])[] | undefined;

  constructor(private readonly snapshot: ManualSnapshot) {
    this.lines = snapshot.parsed.lines;
    this.text = snapshot.text;
    this.eol = lineBreakOf(snapshot.text);
    this.locale = snapshot.locale;
  }

  actions(): CodeAction[] {
    return [...this.byKey.values()];
  }

  fixesFor(finding: Finding): void {
    const diagnostic = findingToDiagnostic(finding, this.snapshot.uri);
    if (finding.fix) {
      const { edits } = finding.fix;
      // A single replacement (a misspelt code) is the obvious fix; an inserted skeleton is one choice among others.
      const single = edits.length === 1 && edits[0]!.end > edits[0]!.start;
      this.add(
        `fix:${finding.ruleId}:${finding.offsets.start}:${finding.fix.title}`,
        finding.fix.title,
        edits.map((edit) => this.edit(edit.start, edit.end, edit.newText)),
        diagnostic,
        single,
      );
    }
    if (finding.ruleId === 'undefined-activity') {
      const id = typeof finding.args['id'] === 'string' ? finding.args['id'] : undefined;
      const edit = id === undefined ? undefined : this.defineActivity(id);
      if (id !== undefined && edit) this.add(`define:${id}`, this.title(TITLES.defineActivity, { id }), [edit], diagnostic);
    }
    if (finding.ruleId === 'schema' && (finding.messageId === 'missing-key' || finding.messageId === 'missing-keys')) {
      // Only the keys missing from the manual itself: a missing key deeper down is the author's to write.
      if (finding.args['where'] !== describePath([], finding.locale)) return;
      const root = this.snapshot.validation.model.root;
      if (!root) return;
      for (const section of Object.keys(REQUIRED_SECTIONS)) {
        if (pairOf(root, section)) continue;
        const edit = this.addSection(root, REQUIRED_SECTIONS[section]!(this.locale, this.indentUnit(root)));
        if (edit) this.add(`section:${section}`, this.title(TITLES.addSection, { section }), [edit], diagnostic);
      }
    }
  }

  disableLine(finding: Finding): void {
    if (NOT_SUPPRESSIBLE.has(finding.ruleId)) return;
    const rule = finding.ruleId;
    const line = finding.range.start.line;
    const diagnostic = findingToDiagnostic(finding, this.snapshot.uri);
    const title = this.title(TITLES.disableLine, { rule });
    const above = this.findDirectives().find((directive) => directive.kind === 'next-line' && directive.line === line - 1);
    if (above) {
      // Only the line right below a comment is silenced by it: a second comment would silence the first.
      const last = above.rules[above.rules.length - 1];
      if (!last || above.rules.some((entry) => entry.id === rule)) return;
      this.add(`line:${line}:${rule}`, title, [this.edit(last.end, last.end, `, ${rule}`)], diagnostic);
      return;
    }
    const lineStart = this.lineStart(line);
    // Inside a text written over several lines, a comment would be part of the text.
    if (this.insideText(lineStart)) return;
    const indent = indentOf(this.lines.lineText(line).replace(/^\uFEFF/, ''));
    this.add(`line:${line}:${rule}`, title, [this.edit(lineStart, lineStart, `${indent}# cps-disable-next-line ${rule} -- ${this.eol}`)], diagnostic);
  }

  /**
   * The comment goes on the first line, or, when the file opens with a header (comment lines
   * followed by a blank line), right after the header's last line.
   */
  disableFile(finding: Finding): void {
    if (NOT_SUPPRESSIBLE.has(finding.ruleId)) return;
    const rule = finding.ruleId;
    const offset = this.headerEnd();
    const title = this.title(TITLES.disableFile, { rule });
    this.add(`file:${rule}`, title, [this.edit(offset, offset, `# cps-disable ${rule} -- ${this.eol}`)], findingToDiagnostic(finding, this.snapshot.uri));
  }

  /** A new activity at the end of the `activities` list, in the list's indentation and item style. */
  private defineActivity(id: string): TextEdit | undefined {
    const root = this.snapshot.validation.model.root;
    if (!root || isFlow(root, this.text)) return undefined;
    const pair = pairOf(root, 'activities');
    const unit = this.indentUnit(root);
    if (!pair) return this.addSection(root, ['activities:', ...activityLines(id, this.locale, unit, `${unit}  `)]);
    const value = pair.value;
    if (value === null || (isScalar(value) && value.start === value.end && value.value === null)) {
      // `activities:` and nothing yet: the list goes under the key.
      const keyLine = this.lines.positionAt(pair.key.start).line;
      const keyIndent = indentOf(this.lines.lineText(keyLine).replace(/^\uFEFF/, ''));
      const at = this.lines.lineEnd(keyLine);
      const item = activityLines(id, this.locale, `${keyIndent}${unit}`, `${keyIndent}${unit}  `);
      return this.edit(at, at, `${this.eol}${item.join(this.eol)}`);
    }
    // A list written in flow style, or shared through an alias, is not one a block item can join.
    if (!isSeq(value) || value.aliasOf || isFlow(value, this.text)) return undefined;
    const last = value.items[value.items.length - 1];
    if (!last) return undefined;
    const dash = this.lines.positionAt(value.start);
    const dashLine = this.lines.lineText(dash.line).replace(/^\uFEFF/, '');
    const dashIndent = /^[ \t]*$/.test(dashLine.slice(0, dash.character)) ? dashLine.slice(0, dash.character) : ' '.repeat(dash.character);
    const lastDash = this.text.lastIndexOf('-', last.start - 1);
    const gap = lastDash >= 0 && /^-[ \t]+$/.test(this.text.slice(lastDash, last.start)) ? last.start - lastDash - 1 : 1;
    const contentIndent = `${dashIndent}${' '.repeat(gap + 1)}`;
    const item =
      isMap(last) && !last.aliasOf && isFlow(last, this.text)
        ? [flowActivity(id, this.locale, this.text[last.start + 1] === ' ' ? ' ' : '', `${dashIndent}-${' '.repeat(gap)}`)]
        : activityLines(id, this.locale, dashIndent, contentIndent, gap);
    const at = this.afterItem(last, dash.character);
    return this.edit(at.offset, at.offset, `${at.lead ? this.eol : ''}${item.join(this.eol)}${this.eol}`);
  }

  /** Where a list item ends: the start of the line after it, past the comments indented under it. */
  private afterItem(item: YNode, dashColumn: number): Insertion {
    let at = this.nextLineStart(item.end);
    while (!at.lead && at.offset < this.text.length) {
      const line = this.lines.positionAt(at.offset).line;
      const content = this.lines.lineText(line);
      if (!/^[ \t]*#/.test(content) || indentOf(content).length <= dashColumn) break;
      at = this.nextLineStart(this.lines.lineEnd(line));
    }
    return at;
  }

  /** A top-level section after the manual's last one, as missing-section places its skeletons. */
  private addSection(root: YMap, sectionLines: readonly string[]): TextEdit | undefined {
    if (isFlow(root, this.text)) return undefined;
    const at = this.nextLineStart(root.end);
    return this.edit(at.offset, at.offset, `${at.lead ? this.eol : ''}${sectionLines.join(this.eol)}${this.eol}`);
  }

  /** The start of the line after the one `offset` is on, or of that line when `offset` follows a line break. */
  private nextLineStart(offset: number): Insertion {
    const text = this.text;
    if (offset > 0 && (text[offset - 1] === '\n' || (text[offset - 1] === '\r' && text[offset] !== '\n'))) return { offset, lead: false };
    const line = this.lines.positionAt(offset).line;
    if (line + 1 < this.lines.lineCount) return { offset: this.lineStart(line + 1), lead: false };
    return { offset: text.length, lead: text.length > 0 };
  }

  /** The document's indentation step, read from its first nested section; two spaces by default. */
  private indentUnit(root: YMap): string {
    for (const pair of root.pairs) {
      const value = pair.value;
      if (!isMap(value) || value.aliasOf || isFlow(value, this.text)) continue;
      const position = this.lines.positionAt(value.start);
      const keyColumn = this.lines.positionAt(pair.key.start).character;
      if (position.character > keyColumn) return ' '.repeat(position.character - keyColumn);
    }
    return '  ';
  }

  private headerEnd(): number {
    const bom = this.text.startsWith('\uFEFF') ? 1 : 0;
    let line = 0;
    while (line < this.lines.lineCount && /^\uFEFF?[ \t]*#/.test(this.lines.lineText(line))) line++;
    if (line === 0 || line >= this.lines.lineCount || this.lines.lineText(line).trim() !== '') return bom;
    return this.lineStart(line);
  }

  private lineStart(line: number): number {
    const start = this.lines.offsetAt({ line, character: 0 });
    return start === 0 && this.text.startsWith('\uFEFF') ? 1 : start;
  }

  private findDirectives(): readonly Directive[] {
    this.directives ??= findDirectives(this.snapshot.parsed);
    return this.directives;
  }

  private insideText(offset: number): boolean {
    this.textSpans ??= multiLineScalarSpans(this.snapshot.parsed.root, this.text);
    return insideSpan(this.textSpans, offset);
  }

  private title(template: Localized, args: MessageArgs): string {
    return localize(template, this.locale, args);
  }

  private edit(start: number, end: number, newText: string): TextEdit {
    return { range: lspRange(this.lines, start, end), newText };
  }

  /** Adds an action, or the diagnostic to the same action already offered for another finding. */
  private add(key: string, title: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred = false): void {
    const known = this.byKey.get(key);
    if (known) {
      if (!known.diagnostics?.some((entry) => sameDiagnostic(entry, diagnostic))) known.diagnostics?.push(diagnostic);
      return;
    }
    this.byKey.set(key, {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [this.snapshot.uri]: edits } },
      ...(isPreferred ? { isPreferred: true } : {}),
    });
  }
}

/**
 * The lines of a new block activity item: `- id: …` (the id the session already uses), then
 * its title, kind and competencies still to write: the activity counts for nothing until then.
 */
function activityLines(id: string, locale: Locale, dashIndent: string, contentIndent: string, gap = 1): string[] {
  return [
    `${dashIndent}-${' '.repeat(gap)}id: ${yamlId(id)}`,
    `${contentIndent}title: ${toWrite('activityTitle', locale)}`,
    `${contentIndent}kind: ${toWrite('kind', locale)}`,
    `${contentIndent}competencies: [${toWrite('competencies', locale)}]`,
  ];
}

/** A new flow activity item, with the inner spacing of the list's own items. */
function flowActivity(id: string, locale: Locale, space: string, lead: string): string {
  return `${lead}{${space}id: ${yamlId(id)}, title: ${toWrite('activityTitle', locale)}, kind: ${toWrite('kind', locale)}, competencies: [${toWrite('competencies', locale)}]${space}}`;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}
