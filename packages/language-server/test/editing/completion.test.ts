import { describe, expect, it } from 'vitest';
import { foldText, type Locale } from '@cpskit/core';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type MarkupContent, type TextEdit } from 'vscode-languageserver-types';
import { complete } from '../../src/service/editing/completion.js';
import { createSnapshot } from '../../src/service/editing/snapshot.js';
import { atCursor, manual } from './hover-completion-fixtures.js';

interface Options {
  readonly locale?: Locale;
  readonly snippets?: boolean;
  readonly markdown?: boolean;
}

/** Completes at the cursor; checks that every item replaces exactly the «» range (or the cursor alone when none is marked). */
function completeAt(source: string, { locale = 'en', snippets = true, markdown = true }: Options = {}): CompletionItem[] {
  const fixture = atCursor(source);
  const snapshot = createSnapshot('file:///manual.cps.yaml', 1, fixture.text, { locale });
  const list = complete(snapshot, fixture.position, { snippets, markdown });
  expect(list.isIncomplete).toBe(false);
  const range = fixture.marked ?? { start: fixture.offset, end: fixture.offset };
  for (const item of list.items) {
    expect((item.textEdit as TextEdit).range, `range of ${item.label}`).toEqual(fixture.lines.rangeOf(range.start, range.end));
    if (!snippets) expect(item.insertTextFormat, `${item.label} is no snippet`).not.toBe(InsertTextFormat.Snippet);
  }
  return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

const labels = (items: readonly CompletionItem[]) => items.map((item) => item.label);
const newText = (items: readonly CompletionItem[], label: string) => (items.find((item) => item.label === label)?.textEdit as TextEdit | undefined)?.newText;
const item = (items: readonly CompletionItem[], label: string) => {
  const found = items.find((candidate) => candidate.label === label);
  expect(found, `an item "${label}"`).toBeDefined();
  return found!;
};

/** What an editor's filter keeps when a person types `query`: items whose filter text holds it, accents aside. */
const typed = (items: readonly CompletionItem[], query: string) =>
  items.filter((candidate) => foldText(candidate.filterText ?? String(candidate.label)).includes(foldText(query))).map((candidate) => candidate.label);

const ACTIVITY_KEYS = ['id', 'title', 'kind', 'competencies', 'duration', 'frequency', 'ages', 'pedagogy', 'description', 'steps', 'debrief', 'objectives'];

describe('complete: keys', () => {
  it.each([
    {
      name: 'a half-typed key inside an activity ("    ti"): the keys not written yet, required first',
      text: manual({ activities: ['  - id: a', '    «ti|»', '    kind: ritual'] }),
      want: ['title', 'competencies', 'duration', 'frequency', 'ages', 'pedagogy', 'description', 'steps', 'debrief', 'objectives'],
    },
    {
      name: 'the root of a manual with only its version',
      text: 'version: 1\n«|»',
      want: ['program', 'activities', 'facilitators', 'training', 'support', 'governance', 'materials', 'sessions', 'environment', 'evaluation'],
    },
    {
      name: 'a section opened under its key',
      text: manual({ rest: ['support:', '  «|»'] }),
      want: ['collective', 'individual'],
    },
    {
      name: 'keys written below the cursor are not offered again',
      text: manual({ rest: ['environment:', '  social:', '    «as|»', '    relationships: true', '    psychological_safety: true'] }),
      want: ['conflict_management', 'assessment'],
    },
    {
      name: 'a flow map',
      text: manual({ program: ['  id: x', '  ages: { min: 8, «|»'] }),
      want: ['max'],
    },
    {
      name: 'a new item of the sessions list, after its dash, without snippets',
      text: manual({ sessions: ['  - id: s1', '    year: 1', '    activities: [roue]', '  - «|»'] }),
      snippets: false,
      want: ['id', 'year', 'activities', 'title', 'ages', 'duration'],
    },
  ])('$name', ({ text, want, snippets }) => {
    const items = completeAt(text, { snippets: snippets ?? true });
    expect(labels(items)).toEqual(want);
    for (const entry of items) expect(entry.kind).toBe(CompletionItemKind.Property);
  });

  it('writes the key with its colon, and with snippets the start of its value', () => {
    const text = manual({ activities: ['  - id: a', '    «ti|»', '    kind: ritual'] });
    const withSnippets = completeAt(text);
    expect(newText(withSnippets, 'title')).toBe('title: $0');
    expect(newText(withSnippets, 'competencies')).toBe('competencies: [$0]');
    expect(newText(withSnippets, 'pedagogy')).toBe('pedagogy: [$0]');
    expect(newText(withSnippets, 'objectives')).toBe('objectives:\n  - $0');
    expect(item(withSnippets, 'objectives').insertTextMode).toBe(InsertTextMode.adjustIndentation);
    expect(item(withSnippets, 'title').insertTextFormat).toBe(InsertTextFormat.Snippet);
    const plain = completeAt(text, { snippets: false });
    expect(newText(plain, 'title')).toBe('title: ');
    expect(newText(plain, 'competencies')).toBe('competencies: ');
    expect(item(plain, 'title').insertTextFormat).toBe(InsertTextFormat.PlainText);
  });

  it('sections open on the next line; lists of sections start their first item', () => {
    const items = completeAt('version: 1\n«|»');
    expect(newText(items, 'program')).toBe('program:\n  $0');
    expect(newText(items, 'activities')).toBe('activities:\n  - $0');
  });

  it('renames the key under the cursor without adding a second colon', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    «ti|tle»: A', '    kind: ritual'] }));
    expect(labels(items)).toEqual(['title', 'competencies', 'duration', 'frequency', 'ages', 'pedagogy', 'description', 'steps', 'debrief', 'objectives']);
    expect(newText(items, 'title')).toBe('title');
  });

  it('in a flow map, never spans lines', () => {
    const items = completeAt('support: { «|» }\n');
    expect(newText(items, 'collective')).toBe('collective: ');
  });

  it('on a new line at a list’s indentation, starts the item with its dash, nested lines two columns further', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    title: A', '    kind: ritual', '  «|»'] }), { snippets: true });
    expect(newText(items, 'id')).toBe('- id: $0');
    expect(newText(items, 'objectives')).toBe('- objectives:\n    - $0');
    const afterDash = completeAt(manual({ activities: ['  - id: a', '    title: A', '    kind: ritual', '  - «|»'] }));
    expect(newText(afterDash, 'objectives')).toBe('objectives:\n    - $0');
  });

  it('documents each key with its meaning and the SpF criterion it serves, in the locale', () => {
    const en = item(completeAt(manual({ rest: ['support:', '  «|»'] })), 'collective');
    expect(en.detail).toBe('optional · SpF 2.2.1');
    const doc = en.documentation as MarkupContent;
    expect(doc.kind).toBe(MarkupKind.Markdown);
    expect(doc.value).toContain('Collective follow-up of the facilitators');
    expect(doc.value).toContain('2.2.1 — Collective follow-up is offered to CPS practitioners');
    const fr = item(completeAt(manual({ rest: ['materials:', '  «|»'] }), { locale: 'fr', markdown: false }), 'participant_booklet');
    expect(fr.detail).toBe('facultatif · SpF 1.2.5');
    expect((fr.documentation as MarkupContent).kind).toBe(MarkupKind.PlainText);
    expect((fr.documentation as MarkupContent).value).toContain('1.2.5 — Les activités CPS s’appuient sur des supports CPS');
    const required = item(completeAt('version: 1\n«|»', { locale: 'fr' }), 'program');
    expect(required.detail).toBe('obligatoire · SpF 2.3.2');
    // An axis of the national strategy is not SpF's: named as such, in the locale.
    const axis = item(completeAt(manual({ rest: ['evaluation:', '  «|»'] }), { locale: 'fr' }), 'process');
    expect(axis.detail).toBe('facultatif · axe 4');
    expect((axis.documentation as MarkupContent).value).toContain('Axe 4 — Mettre en place un système national de suivi et d’évaluation');
  });

  it('offers nothing where the schema has no section', () => {
    expect(completeAt(manual({ rest: ['evaluation:', '  indicators:', '    nope:', '      «|»'] }))).toEqual([]);
  });
});

describe('complete: values', () => {
  it.each([
    { name: 'an activity’s kind', text: manual({ activities: ['  - id: a', '    title: A', '    kind: «|»'] }), want: ['workshop', 'ritual', 'informal', 'home-practice'] },
    { name: 'a half-typed kind', text: manual({ activities: ['  - id: a', '    title: A', '    kind: «ri|»'] }), want: ['workshop', 'ritual', 'informal', 'home-practice'] },
    { name: 'the intervention kind, in a flow map', text: manual({ program: ['  id: x', '  evidence: { kind: «ev|» }'] }), want: ['evidence-based-program', 'evidence-informed'] },
    { name: 'the version', text: 'version: «|»\n', want: ['1'] },
    { name: 'the training level', text: 'training:\n  level: «|»\n', want: ['1', '2', '3'] },
    { name: 'a declaration', text: 'facilitators:\n  own_cps_work: «|»\n', want: ['true', 'false'] },
    { name: 'a collective follow-up’s format', text: 'support:\n  collective:\n    format: «|»\n', want: ['supervision', 'practice-analysis', 'peer-exchange', 'team-meeting'] },
    { name: 'an individual follow-up’s format', text: 'support: { individual: { format: «|» } }\n', want: ['interview', 'remote-interview', 'observation', 'coaching'] },
    { name: 'a follow-up’s frequency', text: 'support:\n  collective:\n    frequency: «mo|»\n', want: ['weekly', 'fortnightly', 'monthly', 'termly', 'yearly', 'on-request'] },
    {
      name: 'a practice’s frequency',
      text: manual({ activities: ['  - id: a', '    frequency: «|»'] }),
      want: ['daily', 'several-a-week', 'weekly', 'fortnightly', 'monthly', 'occasional'],
    },
    { name: 'pedagogy, in a flow list, minus what is written', text: manual({ activities: ['  - id: a', '    pedagogy: [active, «|»]'] }), want: ['positive', 'experiential'] },
    {
      name: 'training topics, in a block list',
      text: 'training:\n  covers:\n    - own-cps\n    - «|»\n',
      want: ['cps-knowledge', 'structured-activities', 'materials', 'informal-practices', 'pedagogy'],
    },
    {
      name: 'stakeholders, unclosed flow list',
      text: 'governance:\n  stakeholders: [parents, children, «|»\n',
      want: ['cps-professionals', 'professionals', 'decision-makers', 'young-people', 'partners'],
    },
    {
      name: 'sectors',
      text: manual({ program: ['  id: x', '  sectors: [«spo|»]'] }),
      want: [
        'health',
        'national-education',
        'agricultural-education',
        'higher-education',
        'youth-and-community',
        'vocational-training',
        'youth-justice',
        'social-cohesion',
        'sport',
        'culture',
      ],
    },
    { name: 'a free text: nothing', text: manual({ activities: ['  - id: a', '    title: «La|»'] }), want: [] },
  ])('$name', ({ text, want }) => {
    const items = completeAt(text);
    expect(labels(items)).toEqual(want);
  });

  it('labels each value with its meaning, in the locale, and finds it by the words of that meaning', () => {
    const settings = completeAt(manual({ program: ['  id: x', '  settings: [primary-school, «|»]'] }), { locale: 'fr' });
    expect(labels(settings)).not.toContain('primary-school');
    expect(item(settings, 'preschool').labelDetails?.description).toBe('École maternelle');
    expect(typed(settings, 'collège')).toEqual(['secondary-school']);
    expect(typed(settings, 'college')).toEqual(['secondary-school']);
    const kinds = completeAt(manual({ activities: ['  - id: a', '    title: A', '    kind: «|»'] }), { locale: 'fr' });
    expect(item(kinds, 'ritual').labelDetails?.description).toBe('rituel : une pratique CPS courte qui revient régulièrement');
    expect(item(kinds, 'ritual').kind).toBe(CompletionItemKind.EnumMember);
    const levels = completeAt('training:\n  level: «|»\n');
    expect(item(levels, '3').labelDetails?.description).toBe('Become a regional CPS trainer');
    expect(item(levels, '3').kind).toBe(CompletionItemKind.Value);
  });

  it('writes a list key’s value as a list', () => {
    const items = completeAt(manual({ program: ['  id: x', '  settings: «|»'] }));
    expect(newText(items, 'sport')).toBe('[sport]');
  });

  it('adds the space a colon or a dash still needs', () => {
    expect(newText(completeAt('training:\n  level:«|»\n'), '2')).toBe(' 2');
    expect(newText(completeAt('program:\n  settings:\n    -«|»\n'), 'sport')).toBe(' sport');
  });

  it('starts a new item of a list of values with its dash', () => {
    const items = completeAt('training:\n  covers:\n    - own-cps\n    «|»\n');
    expect(newText(items, 'pedagogy')).toBe('- pedagogy');
  });

  it('replaces a quoted value inside its quotes', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    kind: "«wor|»"'] }));
    expect(newText(items, 'workshop')).toBe('workshop');
  });
});

describe('complete: competency codes', () => {
  const unclosed = manual({ activities: ['  - id: a', '    title: A', '    kind: ritual', '    competencies: [E1.2, «|»'] });

  it('offers every code but those written, phase 1 first, each general competency before its specific ones', () => {
    const items = completeAt(unclosed);
    expect(labels(items)).toEqual([
      'C1',
      'C1.1',
      'C1.2',
      'C1.3',
      'C1.4',
      'C1.5',
      'C1.6',
      'E1',
      'E1.1',
      'S1',
      'S1.1',
      'S1.2',
      'S1.3',
      'C2',
      'C2.1',
      'C2.2',
      'C2.3',
      'C2.4',
      'E2',
      'E2.1',
      'E2.2',
      'E2.2a',
      'E2.2b',
      'E2.3',
      'S2',
      'S2.1',
      'S2.2',
    ]);
  });

  it('shows each code’s label beside it, in the locale, with its category and phase', () => {
    const fr = item(completeAt(unclosed, { locale: 'fr' }), 'E1.1');
    expect(fr.labelDetails?.description).toBe('Comprendre les émotions');
    expect(fr.detail).toBe('Les compétences émotionnelles · phase 1');
    expect((fr.documentation as MarkupContent).value).toContain('Messages clés de la classification');
    const en = item(completeAt(unclosed), 'E2.2a');
    expect(en.labelDetails?.description).toBe('Regulate one’s pleasant emotions');
    expect(en.detail).toBe('Emotional competencies · phase 2');
    expect((en.documentation as MarkupContent).value).toContain('Part of: **E2.2**');
  });

  it('finds codes by the French label, with or without accents', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    competencies: [«émo|»]'] }));
    const emotional = ['E1', 'E1.1', 'E1.2', 'E2', 'E2.1', 'E2.2', 'E2.2a', 'E2.2b'];
    expect(typed(items, 'émotions')).toEqual(emotional);
    expect(typed(items, 'emotions')).toEqual(emotional);
    expect(typed(items, 'stress')).toEqual(['E2', 'E2.3']);
    for (const entry of items) expect(entry.filterText).toContain(String(entry.label));
    expect(item(items, 'E1.2').filterText).toContain('Identifier ses émotions');
    expect(item(items, 'E1.2').filterText).toContain('identifier ses emotions');
  });

  it('in a block list, after its dash', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    competencies:', '      - C1.1', '      - «|»', '      - "S1 "'] }));
    expect(labels(items)).not.toContain('C1.1');
    expect(labels(items)).not.toContain('S1');
    expect(labels(items)).toContain('S1.1');
  });

  it('as the value of the key, inside brackets', () => {
    expect(newText(completeAt(manual({ activities: ['  - id: a', '    competencies: «|»'] })), 'S2.2')).toBe('[S2.2]');
  });

  it('a code written in another spelling counts as written', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    competencies: ["e2.2 (a)", «|»]'] }));
    expect(labels(items)).not.toContain('E2.2a');
    expect(labels(items)).toContain('E2.2b');
  });
});

describe('complete: activities of a session', () => {
  const sessions = (line: string) => manual({ sessions: ['  - { id: s1, year: 1, activities: [meteo-interieure] }', line] });

  it('offers the activity ids with their titles', () => {
    const items = completeAt(sessions('  - { id: s2, year: 1, activities: [«ro|»] }'), { locale: 'fr' });
    expect(labels(items)).toEqual(['meteo-interieure', 'roue']);
    expect(item(items, 'roue').labelDetails?.description).toBe('La roue des émotions');
    expect(item(items, 'roue').detail).toBe('workshop');
    expect(item(items, 'roue').kind).toBe(CompletionItemKind.Reference);
    expect(typed(items, 'meteo')).toEqual(['meteo-interieure']);
    expect(typed(items, 'émotions')).toEqual(['roue']);
  });

  it('shows the activities’ ids and titles as text in the documentation: no image, link or HTML, backticks kept', () => {
    const title = '![x](http://evil/img.png) [link](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const text = manual({
      activities: ['  - id: "a`b"', `    title: "${title}"`, '    kind: workshop', '    competencies: [E1.1]', '  - id: "``c"', '    title: C', '    kind: workshop'],
      sessions: ['  - { id: s1, year: 1, activities: [«|»] }'],
    });
    const items = completeAt(text);
    const heading = (items: readonly CompletionItem[], label: string) => (item(items, label).documentation as MarkupContent).value.split('\n\n')[0];
    expect(heading(items, 'a`b')).toBe('``a`b`` — **\\!\\[x\\](http:\u200b//evil/img.png) \\[link\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>**');
    expect(heading(items, '``c')).toBe('``` ``c ``` — **C**');
    expect(heading(completeAt(text, { markdown: false }), 'a`b')).toBe(`a\`b — ${title}`);
  });

  it('in a block session, as the key’s value, inside brackets', () => {
    const items = completeAt(manual({ sessions: ['  - id: s1', '    year: 1', '    activities: «|»'] }));
    expect(newText(items, 'roue')).toBe('[roue]');
  });

  it('in a block list of activity ids', () => {
    const items = completeAt(manual({ sessions: ['  - id: s1', '    year: 1', '    activities:', '      - roue', '      - «m|»'] }));
    expect(newText(items, 'meteo-interieure')).toBe('meteo-interieure');
  });
});

describe('complete: snippets', () => {
  const newActivity = [
    'id: ${1:activity-id}',
    '  title: ${2:Title of the activity}',
    '  kind: ${3|workshop,ritual,informal,home-practice|}',
    '  competencies: [$4]',
    '  duration: ${5:45min}',
    '  pedagogy: [${6|active,positive,experiential|}]$0',
  ].join('\n');

  it('a new activity after a dash in the activities list, first, with placeholders', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    title: A', '    kind: ritual', '  - «|»'] }));
    expect(labels(items)).toEqual(['New activity', ...ACTIVITY_KEYS]);
    const snippet = items[0]!;
    expect(snippet.kind).toBe(CompletionItemKind.Snippet);
    expect(snippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(snippet.insertTextMode).toBe(InsertTextMode.adjustIndentation);
    expect((snippet.textEdit as TextEdit).newText).toBe(newActivity);
  });

  it('a new activity on a blank line of the list brings its own dash, in French', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    title: A', '    kind: ritual', '  «|»'] }), { locale: 'fr' });
    expect(items[0]!.label).toBe('Nouvelle activité');
    expect((items[0]!.textEdit as TextEdit).newText).toBe(
      [
        '- id: ${1:id-activite}',
        '  title: ${2:Titre de l’activité}',
        '  kind: ${3|workshop,ritual,informal,home-practice|}',
        '  competencies: [$4]',
        '  duration: ${5:45min}',
        '  pedagogy: [${6|active,positive,experiential|}]$0',
      ].join('\n'),
    );
    expect(typed(items, 'nouvelle')).toEqual(['Nouvelle activité']);
  });

  it('a new session, numbered after the ones above', () => {
    const items = completeAt(manual({ sessions: ['  - { id: s1, year: 1, activities: [roue] }', '  - { id: s2, year: 1, activities: [roue] }', '  - «|»'] }));
    expect(items[0]!.label).toBe('New session');
    expect((items[0]!.textEdit as TextEdit).newText).toBe('id: ${1:s3}\n  year: ${2:1}\n  activities: [$3]$0');
  });

  it('never without snippet support, nor outside the two lists', () => {
    const items = completeAt(manual({ activities: ['  - id: a', '    title: A', '    kind: ritual', '  - «|»'] }), { snippets: false });
    expect(labels(items)).toEqual(ACTIVITY_KEYS);
    expect(labels(completeAt(manual({ rest: ['support:', '  «|»'] })))).not.toContain('New activity');
  });
});

describe('complete: nothing to offer', () => {
  it.each([
    ['in a comment', manual().replace('version: 1', 'version: 1 # le for|mat')],
    ['in a multi-line text', manual({ activities: ['  - id: a', '    description: >', '      Un te|xte'] })],
    ['on a key the schema does not know', manual({ rest: ['extra:', '  |'] })],
  ])('%s', (_name, source) => {
    const fixture = atCursor(source);
    const snapshot = createSnapshot('file:///manual.cps.yaml', 1, fixture.text);
    expect(complete(snapshot, fixture.position, { snippets: true, markdown: true }).items).toEqual([]);
  });

  it('never throws, at every position of a half-typed manual', () => {
    const text = manual({ activities: ['  - id: a', '    ti', '    competencies: [E1.2, ', '  - kind: "wor', '  -'], sessions: ['  - { id: s1, activities: [a, '] });
    const snapshot = createSnapshot('file:///manual.cps.yaml', 1, text);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(() => complete(snapshot, snapshot.parsed.lines.positionAt(offset), { snippets: true, markdown: true })).not.toThrow();
    }
  });
});
