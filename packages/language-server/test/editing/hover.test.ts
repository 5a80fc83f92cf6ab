import { describe, expect, it } from 'vitest';
import type { Locale } from '@cpskit/core';
import { MarkupKind, type MarkupContent } from 'vscode-languageserver-types';
import { parseManual } from '../../src/service/parse/parse-manual.js';
import { hover } from '../../src/service/editing/hover.js';
import { createSnapshot, type ManualSnapshot } from '../../src/service/editing/snapshot.js';
import { validateParsed } from '../../src/service/validate.js';
import { atCursor, manual } from './hover-completion-fixtures.js';

interface Case {
  readonly name: string;
  /** The manual, `|` at the cursor and «» around the range the hover must cover. */
  readonly text: string;
  readonly locale?: Locale;
  /** Markdown (the default) or plain text. */
  readonly markdown?: boolean;
  /** Lines or fragments the hover must contain, in this order. */
  readonly says: readonly string[];
  readonly never?: readonly string[];
}

/** Two activities in two sessions: E2 in the first, E1 in the second (phase-order), each thinly worked. */
const sequenced = (codeA: string, refA: string) =>
  manual({
    activities: ['  - id: a', '    title: A', '    kind: workshop', `    competencies: [${codeA}]`, '  - id: b', '    title: B', '    kind: workshop', '    competencies: [E1.2]'],
    sessions: [`  - { id: s1, year: 1, activities: [${refA}] }`, '  - { id: s2, year: 2, activities: [b] }'],
  });

const activity = (competencies: string) => manual({ activities: ['  - id: a', '    title: A', '    kind: workshop', `    competencies: ${competencies}`] });

/** A manual with sections that draw findings on keys and values. */
const withSections = (line: string) =>
  manual({
    rest: ['support:', '  individual: { format: interview, frequency: monthly }', 'materials:', '  participant_booklet: Mon livret', 'environment:', '  social:', line],
  });

const cases: readonly Case[] = [
  {
    name: 'a competency code, English: the French label with the English beside it, category, phase, general competency, key messages',
    text: activity('[«E1|.2», E2.1]'),
    says: [
      '**E1.2** — Identifier ses émotions *(Identify one’s emotions)*',
      'Category: Emotional competencies',
      'Phase 1: Understanding and acceptance',
      'General competency: **E1** — Renforcer sa conscience des émotions *(Strengthen awareness of emotions)*',
      'Key messages of the classification:',
      '- Emotions are messengers',
      '- They signal a need',
    ],
  },
  {
    name: 'a competency code, French: the French label only',
    locale: 'fr',
    text: activity('[E1.2, «E2|.1»]'),
    says: [
      '**E2.1** — Exprimer ses émotions de façon constructive  \n',
      'Catégorie : Les compétences émotionnelles',
      'Phase 2 : Régulation et accomplissement',
      'Compétence générale : **E2** — Réguler ses émotions et son stress',
      'Messages clés de la classification :',
      '- Le stress est une réaction physio-psychologique au danger',
    ],
    never: ['Express one’s emotions', '*('],
  },
  {
    name: 'S1 gives both key messages of its slide; S2, which the reference gives none, shows no key-message heading',
    text: activity('[«S1|.3», S2.2]'),
    says: ['- Social bonds are one of the main factors in a person’s fulfilment.', '- Developing social bonds involves taking part in repeated and lasting interactions.'],
  },
  {
    name: 'S2 has no key message',
    text: activity('[S1.3, «S2|.2»]'),
    says: ['General competency: **S2** — Résoudre des difficultés relationnelles'],
    never: ['Key messages', 'Developing social bonds'],
  },
  {
    name: 'E2.2 shows its two parts',
    locale: 'fr',
    text: activity('[«E2.|2»]'),
    says: [
      '**E2.2** — Réguler ses émotions (a) agréables (b) désagréables',
      'Ses deux parties :',
      '- **E2.2a** — Réguler ses émotions agréables',
      '- **E2.2b** — Réguler ses émotions désagréables',
    ],
  },
  {
    name: 'a part of E2.2 in another accepted spelling, quoted: the canonical code, how it is written, what it is part of',
    text: activity('[E1.2, «"e2.2 (|b)"»]'),
    says: [
      '**E2.2b** — Réguler ses émotions désagréables *(Regulate one’s unpleasant emotions)*',
      'Written: `e2.2 (b)`',
      'Part of: **E2.2** — Réguler ses émotions (a) agréables (b) désagréables',
    ],
  },
  {
    name: 'a general competency lists its specific ones',
    locale: 'fr',
    text: activity('[«S|1»]'),
    says: [
      '**S1** — Développer des relations constructives',
      'Catégorie : Les compétences sociales',
      'Compétences spécifiques :',
      '- **S1.1** — Communiquer de façon efficace et positive',
      '- **S1.3**',
    ],
    never: ['Compétence générale'],
  },
  {
    name: 'a code in a block list',
    text: manual({ activities: ['  - id: a', '    title: A', '    kind: workshop', '    competencies:', '      - E1.2', '      - «C1|.6»'] }),
    says: ['**C1.6** — Renforcer sa pleine attention *(Strengthen mindful attention)*', 'Category: Cognitive competencies'],
  },
  {
    name: 'an unknown code: no classification, the finding with why it matters and cps explain',
    text: activity('[E1.2, «E1|.3»]'),
    says: [
      '**Error** · `unknown-competency`',
      '"E1.3" is not a competency of the SpF classification. Did you mean E1.2 (Identify one’s emotions)?',
      'Why it matters: Every competency code is one of the SpF classification',
      'SpF reference: 1.2.3 — The CPS worked on are clearly made explicit and presented in line with current scientific knowledge',
      'More: `cps explain unknown-competency`',
    ],
    never: ['Category'],
  },
  {
    name: 'a key: its meaning and the modality it serves (support.collective → 2.2.1)',
    locale: 'fr',
    text: manual({ rest: ['support:', '  «coll|ective»: { format: supervision, frequency: monthly }'] }),
    says: [
      '`collective` — *Facultatif*',
      'Le suivi collectif des intervenants : supervision, analyse de pratiques, échanges entre pairs...',
      'Critères de qualité SpF :',
      '- 2.2.1 — Un suivi collectif est proposé aux professionnels-intervenants CPS (supervision, analyse de pratiques...)',
    ],
  },
  {
    name: 'a key in English (materials.participant_booklet → 1.2.5)',
    text: withSections('    relationships: Des règles de vie construites avec les enfants').replace('participant_booklet', '«participant_|booklet»'),
    says: [
      '`participant_booklet` — *Optional*',
      'The booklet for the participant ("livret participant"): its title or link.',
      '- 1.2.5 — CPS activities rest on CPS materials (a guide for the facilitator, a booklet for the participant)',
    ],
  },
  {
    name: 'a key with a closed list of values (activities[].kind) lists them',
    text: manual({ activities: ['  - id: a', '    title: A', '    «ki|nd»: workshop'] }),
    says: ['`kind` — *Required*', 'Values:', '- `workshop` — workshop: a structured, sequenced CPS session', '- `ritual`', '- 1.2.1 — A set of organised'],
  },
  {
    name: 'a key of environment.social (relationships → 3.1.1)',
    locale: 'fr',
    text: withSections('    «relation|ships»: Des règles de vie construites avec les enfants'),
    says: ['`relationships` — *Facultatif*', 'Comment les personnes de la structure', '- 3.1.1 — Les modalités relationnelles entre les personnes de la structure'],
  },
  {
    name: 'a key that draws findings: its meaning, then each finding',
    text: withSections('    relationships: Des règles de vie').replace('support:', '«supp|ort»:'),
    says: [
      '`support` — *Optional*',
      '- 2.2 — Ongoing support is offered to CPS practitioners',
      '---',
      '**Warning** · `collective-follow-up`',
      'SpF reference: 2.2.1 — Collective follow-up is offered to CPS practitioners',
      'More: `cps explain collective-follow-up`',
    ],
  },
  {
    name: 'a value of a closed list with a finding on it',
    locale: 'fr',
    text: withSections('    relationships: «tr|ue»'),
    says: [
      '`true` — déclaré, sans dire comment',
      '---',
      '**Info** · `declaration-evidence`',
      'Référence SpF : 3.1.1 — Les modalités relationnelles',
      'En savoir plus : `cps explain declaration-evidence`',
    ],
  },
  {
    name: 'a competency with a finding citing a competency',
    locale: 'fr',
    text: sequenced('«E2|.1»', 'a'),
    says: ['**E2.1** — Exprimer ses émotions de façon constructive', '---', '**Info** · `thin-competency`', 'Référence SpF : E2 — Réguler ses émotions et son stress'],
  },
  {
    name: 'a value with only a finding: the scalar is the range',
    text: sequenced('E2.1', '«|a»'),
    says: ['**Warning** · `phase-order`', 'Session "s1" works E2', 'SpF reference: E1 — Strengthen awareness of emotions', 'More: `cps explain phase-order`'],
    never: ['---'],
  },
  {
    name: 'plain text when the editor has no Markdown',
    markdown: false,
    text: activity('[«E1.|2»]'),
    says: ['E1.2 — Identifier ses émotions (Identify one’s emotions)\nCategory: Emotional competencies\n', '- Emotions are messengers'],
    never: ['**', '`', '  \n'],
  },
  {
    name: 'plain text for a finding',
    markdown: false,
    locale: 'fr',
    text: activity('[«E1|.3»]'),
    says: ['Erreur · unknown-competency', 'Pourquoi c’est important : Chaque code de compétence', 'En savoir plus : cps explain unknown-competency'],
    never: ['**', '`'],
  },
  {
    name: 'Markdown in the data is escaped',
    text: manual({ activities: ['  - id: a', '    title: A', '    kind: workshop', '    competencies: [«E*_|1»]'] }),
    says: ['"E\\*\\_1" is not a competency'],
  },
  {
    name: 'a half-typed manual: the key under the cursor is still explained',
    text: 'version: 1\nprogram:\n  id: x\n  «ag|es»: { min: 3, max: 5\nactivities:\n  - id: a\n    competencies: [E1.2, \n',
    says: ['`ages` — *Required*', 'The ages of the children or young people who take part'],
  },
];

describe('hover', () => {
  it.each(cases)('$name', ({ text: source, locale = 'en', markdown = true, says, never = [] }) => {
    const fixture = atCursor(source);
    const snapshot = createSnapshot('file:///manual.cps.yaml', 1, fixture.text, { locale });
    const result = hover(snapshot, fixture.position, { markdown, snippets: true });
    expect(result).not.toBeNull();
    const contents = result!.contents as MarkupContent;
    expect(contents.kind).toBe(markdown ? MarkupKind.Markdown : MarkupKind.PlainText);
    let from = 0;
    for (const fragment of says) {
      const at = contents.value.indexOf(fragment, from);
      expect(at, `"${fragment}" (in order) in:\n${contents.value}`).toBeGreaterThanOrEqual(0);
      from = at + fragment.length;
    }
    for (const fragment of never) expect(contents.value).not.toContain(fragment);
    expect(fixture.marked).toBeDefined();
    expect(result!.range).toEqual(fixture.lines.rangeOf(fixture.marked!.start, fixture.marked!.end));
  });

  it.each([
    ['on a free text', manual({ activities: ['  - id: a', '    title: La mé|téo', '    kind: workshop'] })],
    ['on blank space', 'version: 1\n  |\nprogram:\n  id: x\n'],
    ['in a comment', manual().replace('version: 1', 'version: 1 # le for|mat')],
    ['on an id', manual().replace('id: essai', 'id: es|sai')],
    ['on a number with no finding', manual().replace('years: 2', 'years: |2')],
    ['past the end of the text', 'version: 1\n|'],
  ])('returns null %s', (_name, source) => {
    const fixture = atCursor(source);
    const snapshot = createSnapshot('file:///manual.cps.yaml', 1, fixture.text, {});
    const findings = snapshot.validation.findings.filter((finding) => finding.offsets.start <= fixture.offset && fixture.offset <= finding.offsets.end);
    // Guard the fixture: a finding at the cursor would rightly produce a hover.
    expect(findings).toEqual([]);
    expect(hover(snapshot, fixture.position, { markdown: true, snippets: false })).toBeNull();
  });

  it.each([
    ['a key', 'version: 1\nprogram:\n  «dura|tion»: { years: 2 }\n', '`duration` — *Required*'],
    ['a competency code', 'activities:\n  - id: a\n    competencies: [E1.1, «S2|.2»]\n', '**S2.2** — Résoudre les conflits de façon constructive'],
    ['a value', 'activities:\n  - id: a\n    kind: «infor|mal»\n', '`informal` — informal practice'],
  ])('reads %s from the text when the tree has lost it', (_name, source, says) => {
    const fixture = atCursor(source);
    // A parse that kept nothing, as when the YAML library gives up on a half-typed document.
    const parsed = { ...parseManual(fixture.text), root: null };
    const snapshot: ManualSnapshot = { uri: 'file:///manual.cps.yaml', version: 1, text: fixture.text, parsed, validation: validateParsed(parsed), locale: 'en' };
    const result = hover(snapshot, fixture.position, { markdown: true, snippets: false });
    expect((result!.contents as MarkupContent).value).toContain(says);
    expect(result!.range).toEqual(fixture.lines.rangeOf(fixture.marked!.start, fixture.marked!.end));
  });

  it('shows what the manual says as text: no image, link or HTML, backticks kept inside their code span', () => {
    const id = 'a`b ![x](http://evil/img.png) [link](javascript:alert(1)) <img src=x onerror=alert(1)> @octocat \u001b[31m';
    const fixture = atCursor(manual({ activities: [`  - id: «"${id.replace('\u001b', '\\e')}|"»`, '    title: A', '    kind: workshop', '    competencies: [E1.1]'] }));
    const snapshot = createSnapshot('file:///manual.cps.yaml', 1, fixture.text, { locale: 'en' });
    const markdown = (hover(snapshot, fixture.position, { markdown: true, snippets: true })!.contents as MarkupContent).value;
    expect(markdown).toContain(
      '"a\\`b \\!\\[x\\](http:\u200b//evil/img.png) \\[link\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> @\u200boctocat ␛\\[31m" is not a valid id',
    );
    expect(markdown).not.toMatch(/(?<!\\)!\[|(?<!\\)<img|(?<!\\)\]\(|http:\/\/|\u001b/);
    const plain = (hover(snapshot, fixture.position, { markdown: false, snippets: true })!.contents as MarkupContent).value;
    expect(plain).toContain(`"${id.replace('\u001b', '␛')}" is not a valid id`);
  });

  it('answers on every position of every shipped example without throwing', { timeout: 120_000 }, async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const folder = path.join(import.meta.dirname, '../../../../examples');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.cps.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(path.join(folder, name), 'utf8');
      const snapshot = createSnapshot(`file:///${name}`, 1, text, { locale: 'fr' });
      for (let offset = 0; offset < text.length; offset += 7) {
        expect(() => hover(snapshot, snapshot.parsed.lines.positionAt(offset), { markdown: true, snippets: true })).not.toThrow();
      }
    }
    // Thousands of hovers: seconds on a busy machine, which vitest's default 5 s does not allow for.
  });
});
