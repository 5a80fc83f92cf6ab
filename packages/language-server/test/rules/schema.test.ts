import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/schema.js';
import { checkCases, runRule } from '../rule-tester.js';

/** A valid manual whose parts the cases replace. */
function manual(parts: { program?: string; activities?: string; extra?: string; version?: string } = {}): string {
  return [
    `version: ${parts.version ?? '1'}`,
    'program:',
    parts.program ??
      [
        '  id: essai',
        '  title: Un essai',
        '  ages: { min: 8, max: 11 }',
        '  settings: [primary-school]',
        '  duration: { years: 2 }',
        '  evidence: { kind: evidence-informed }',
      ].join('\n'),
    'activities:',
    parts.activities ?? '  - id: a1\n    title: Météo\n    kind: ritual\n    duration: 10min',
    parts.extra ?? '',
  ].join('\n');
}

const program = (override: Record<string, string>) =>
  Object.entries({
    id: 'essai',
    title: 'Un essai',
    ages: '{ min: 8, max: 11 }',
    settings: '[primary-school]',
    duration: '{ years: 2 }',
    evidence: '{ kind: evidence-informed }',
    ...override,
  })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `  ${key}: ${value}`)
    .join('\n');

describe('schema', () => {
  it('reports each mistake once, at the node at fault', () => {
    checkCases(rule, [
      { name: 'a valid manual', text: manual(), findings: [] },
      {
        name: 'a placeholder where a number, a value of a list or a list is expected is left to the placeholder rule',
        text: manual({
          extra: [
            'training:',
            '  level: "À COMPLÉTER : 1, 2 ou 3"',
            '  hours: TODO',
            '  covers: "TO COMPLETE: cps-knowledge, own-cps…"',
            'support:',
            '  collective: { format: "À COMPLÉTER", frequency: TBD }',
            'governance:',
            '  stakeholders: [parents, "À COMPLÉTER : les autres parties prenantes"]',
          ].join('\n'),
        }),
        findings: [],
      },
      {
        name: 'a placeholder as the programme’s id is still an invalid id: nothing else names the manual',
        text: manual({ program: program({ id: '«"À COMPLÉTER"»' }) }),
        findings: [{ messageId: 'bad-id' }],
      },
      {
        name: 'a placeholder where the value is wrong for another reason is still reported: an unknown key',
        text: manual({ extra: '«budget»: À COMPLÉTER' }),
        findings: [{ messageId: 'unknown-key-list' }],
      },
      {
        name: 'a misspelt key gives one finding with the suggestion, not a missing key too',
        text: manual({ program: program({ title: '', '«titel»': 'Un essai' }) }),
        findings: [{ messageId: 'unknown-key', args: { key: 'titel', suggestion: 'title' } }],
      },
      {
        name: 'an unknown key that resembles nothing lists the keys allowed',
        text: manual({ extra: '«budget»: 1000' }),
        findings: [{ messageId: 'unknown-key-list', says: 'version, program, facilitators' }],
      },
      {
        name: 'a missing key is reported on the key of its section',
        text: manual({ program: program({ settings: '' }) }).replace('program:', '«program»:'),
        findings: [{ messageId: 'missing-key', args: { key: 'settings' } }],
      },
      {
        name: 'several missing keys of one section are one finding',
        text: manual({ program: program({ settings: '', duration: '', evidence: '' }) }).replace('program:', '«program»:'),
        findings: [{ messageId: 'missing-keys', says: 'The required keys "settings", "duration" and "evidence" are missing from "program"' }],
      },
      {
        name: 'a missing key whose value is one of a list (an enum) is reported as missing too',
        text: manual({ extra: '«support»:\n  collective: { frequency: monthly }' }).replace('support»:\n  collective', 'support»:\n  «collective»').replace('«support»', 'support'),
        findings: [{ messageId: 'missing-key', args: { key: 'format' } }],
      },
      {
        name: 'a key missing from the manual itself is reported on its first key',
        text: manual()
          .replace('version: 1', '«version»: 1')
          .replace(/activities:[\s\S]*$/, ''),
        findings: [{ messageId: 'missing-key', args: { key: 'activities' } }],
      },
      {
        name: 'a syntax error leaves the shape unchecked: its consequences would only mislead',
        text: manual({ program: program({ title: '"Un essai' }) }),
        findings: [],
      },
      {
        name: 'a wrong type is reported on the value',
        text: manual({ program: program({ duration: '{ years: «two» }' }) }),
        findings: [{ messageId: 'wrong-type', says: 'Expected a number here, found the text "two"' }],
      },
      {
        name: 'a misspelt value gets the nearest allowed one',
        text: manual({ program: program({ settings: '[«primary-scool»]' }) }),
        findings: [{ messageId: 'bad-value', args: { suggestion: 'primary-school' } }],
      },
      {
        name: 'a French word where a value is expected gets the value it stands for',
        locale: 'fr',
        text: manual({ activities: ['  - id: a1', '    title: T', '    kind: «atelier»', '    frequency: «hebdomadaire»'].join('\n') }),
        findings: [
          { messageId: 'french-value', args: { suggestion: 'workshop' }, says: 'Vouliez-vous dire «\u00a0workshop\u00a0»' },
          { messageId: 'french-value', args: { suggestion: 'weekly' } },
        ],
      },
      {
        name: 'a list item read as a key because of « : » is said to be a text',
        text: manual({ activities: ['  - id: a1', '    title: T', '    kind: workshop', '    objectives:', '      - «Objectif : nommer ses émotions»'].join('\n') }),
        findings: [{ messageId: 'colon-in-text', says: 'Put the whole text between quotes' }],
      },
      {
        name: 'a value far from any lists the allowed values',
        text: manual({ program: program({ evidence: '{ kind: «tradition» }' }) }),
        findings: [{ messageId: 'bad-value-list', says: 'evidence-based-program, evidence-informed' }],
      },
      { name: 'another format version', text: manual({ version: '«2»' }), findings: [{ messageId: 'version' }] },
      { name: 'no activities', text: manual({ activities: '' }).replace('activities:', 'activities: «[]»'), findings: [{ messageId: 'empty-list' }] },
      { name: 'an empty title', text: manual({ program: program({ title: '«""»' }) }), findings: [{ messageId: 'empty-text' }] },
      {
        name: 'ages outside 3–25 and not whole',
        text: manual({ program: program({ ages: '{ min: «2», max: «30» }' }) }),
        findings: [
          { messageId: 'too-small', args: { limit: 3 } },
          { messageId: 'too-big', args: { limit: 25 } },
        ],
      },
      { name: 'an age that is not whole', text: manual({ program: program({ ages: '{ min: «8.5», max: 11 }' }) }), findings: [{ messageId: 'not-integer' }] },
      { name: 'a programme of no years', text: manual({ program: program({ duration: '{ years: «0» }' }) }), findings: [{ messageId: 'not-positive' }] },
      {
        name: 'a duration that is no duration',
        text: manual({ activities: '  - id: a1\n    title: Météo\n    kind: ritual\n    duration: «dix minutes»' }),
        findings: [{ messageId: 'bad-duration' }],
      },
      {
        name: 'durations in the accepted spellings',
        text: manual({
          activities: ['10min', '45', '1h', '1h30', '"1 h 30 min"', '2 heures', '90 minutes']
            .map((duration, i) => `  - id: a${i}\n    title: T\n    kind: workshop\n    duration: ${duration}`)
            .join('\n'),
        }),
        findings: [],
      },
      {
        name: 'a number or a boolean where a text is expected gets the advice to quote it',
        text: manual({ activities: '  - id: «6e-1»\n    title: «true»\n    kind: ritual' }),
        findings: [
          { messageId: 'needs-quotes', says: 'YAML reads 6e-1 as the number 0.6; put it between quotes: "6e-1"' },
          { messageId: 'needs-quotes', says: 'YAML reads true as true' },
        ],
      },
      {
        name: 'a wrong value inside an anchor is reported once, however many aliases use it',
        text: manual({
          activities: [
            '  - { id: a1, title: T, kind: ritual, pedagogy: &p [active, «positif»] }',
            '  - { id: a2, title: T, kind: ritual, pedagogy: *p }',
            '  - { id: a3, title: T, kind: ritual, pedagogy: *p }',
          ].join('\n'),
        }),
        findings: [{ messageId: 'french-value', args: { suggestion: 'positive' } }],
      },
      { name: 'an id with a space', text: manual({ program: program({ id: '«mon programme»' }) }), findings: [{ messageId: 'bad-id' }] },
      {
        name: 'an empty value is reported on its key',
        text: manual({ program: `${program({ title: '' })}\n  «title»:` }),
        findings: [{ messageId: 'wrong-type', says: 'found nothing' }],
      },
      {
        name: 'a section of the wrong kind gives one finding',
        text: manual({ activities: '' }).replace('activities:', 'activities: «une seule activité»'),
        findings: [{ messageId: 'wrong-type', says: 'Expected a list' }],
      },
      {
        name: 'a declaration that is neither true nor a sentence',
        text: manual({ extra: 'facilitators:\n  profiles: [enseignants]\n  own_cps_work: «3»' }),
        findings: [{ messageId: 'wrong-type', says: 'true or false, a text or a section' }],
      },
      { name: 'an empty file', text: '«»', findings: [{ messageId: 'empty-document' }] },
      { name: 'a list instead of a manual', text: '«- version: 1\n»', findings: [{ messageId: 'not-a-manual' }] },
    ]);
  });

  it('speaks French', () => {
    const [finding] = runRule(rule, manual({ program: program({ title: '', titel: 'x' }) }), 'fr');
    expect(finding?.message.replace(/\u00a0/g, ' ')).toBe('Clé inconnue « titel » dans « program ». Vouliez-vous dire « title » ?');
  });

  it('reports a value reached through an alias at the alias, and what is inside it where the anchor wrote it', () => {
    const text = [
      'defaults: &ages { min: 8, max: 40 }',
      'version: 1',
      'program:',
      '  id: essai',
      '  title: Un essai',
      '  ages: *ages',
      '  settings: &s primary-school',
      '  duration: { years: 2 }',
      '  evidence: { kind: evidence-informed }',
      'activities:',
      '  - { id: a1, title: M, kind: ritual }',
    ].join('\n');
    const findings = runRule(rule, text);
    expect(findings.map((finding) => [finding.messageId, finding.range.start.line, finding.range.start.character])).toEqual([
      ['unknown-key-list', 0, 0],
      ['too-big', 0, 31],
      ['wrong-type', 6, 15],
    ]);
  });
});

describe('schema: verdicts remembered by the text of an item', () => {
  const faulty = '  - id: a2\n    title: Jeu\n    kind: game\n    duration: 10min';
  const where = (text: string) => runRule(rule, text).map((finding) => [finding.messageId, finding.range.start.line, finding.range.start.character]);

  it('places a remembered verdict at the item where it now stands', () => {
    const first = where(manual({ activities: faulty }));
    expect(first).toEqual([['bad-value-list', 11, 10]]);
    // The same item, once more and one activity further down: the same finding, at its new place, twice.
    const second = where(manual({ activities: `  - id: a1\n    title: Météo\n    kind: ritual\n    duration: 10min\n${faulty}\n${faulty.replace('a2', 'a3')}` }));
    expect(second).toEqual([
      ['bad-value-list', 15, 10],
      ['bad-value-list', 19, 10],
    ]);
  });

  it('asks again about an item that reaches a value through an alias, whose text says nothing of that value', () => {
    const withKind = (kind: string) =>
      manual({ activities: `  - id: a0\n    title: T\n    kind: &k ${kind}\n    duration: 10min\n  - id: a1\n    title: Météo\n    kind: *k\n    duration: 10min` });
    expect(where(withKind('ritual'))).toEqual([]);
    expect(where(withKind('ritul')).map(([messageId, line]) => [messageId, line])).toEqual([
      ['bad-value', 11],
      ['bad-value', 15],
    ]);
  });
});

describe('schema: French words where a value is expected', () => {
  it('offers a fix that puts the value in place of the word, once for an anchor and its aliases', () => {
    const text = manual({
      activities: ['  - { id: a1, title: T, kind: rituel, frequency: mensuel }', '  - { id: a2, title: T, kind: &k atelier }', '  - { id: a3, title: T, kind: *k }'].join('\n'),
    });
    const findings = runRule(rule, text, 'fr');
    const fixed = findings.map((finding) => [text.slice(finding.offsets.start, finding.offsets.end), finding.fix?.edits[0]?.newText]);
    expect(fixed).toEqual([
      ['rituel', 'ritual'],
      ['mensuel', 'monthly'],
      ['atelier', 'workshop'],
      // The alias is reported where it is used; the fix at the anchor mends both.
      ['*k', undefined],
    ]);
    expect(findings[0]!.fix?.title).toBe('Remplacer par «\u00a0ritual\u00a0»');
  });
});

describe('schema: a text that YAML reads as a key because of « : »', () => {
  it('says so, with a safe fix that quotes the text', () => {
    const text = manual({
      activities: [
        '  - id: a1',
        '    title: T',
        '    kind: workshop',
        '    objectives:',
        '      - Objectif : nommer ses émotions',
        '      - Repérer ses émotions',
        '    steps: [Accueil : météo]',
      ].join('\n'),
    });
    const findings = runRule(rule, text, 'fr');
    expect(findings.map((finding) => [finding.messageId, text.slice(finding.offsets.start, finding.offsets.end), finding.fix?.edits[0]?.newText, finding.fix?.safe])).toEqual([
      ['colon-in-text', 'Objectif : nommer ses émotions', '"Objectif : nommer ses émotions"', true],
      ['colon-in-text', 'Accueil : météo', '"Accueil : météo"', true],
    ]);
    expect(findings[0]!.message).toContain('comme une clé et sa valeur');
  });
});
