import { describe, expect, it } from 'vitest';
import { lookupModality, lookupOperationalCriterion, lookupStrategyAxis, manualSchema } from '@cpskit/core';
import type { z } from 'zod';
import { KEY_DOCS, VALUE_DOCS, keyDoc, valueDoc, valueDocs } from '../../src/service/editing/key-docs.js';

type AnySchema = z.core.$ZodType;
const def = (schema: AnySchema) => schema._zod.def as unknown as { type: string; [key: string]: unknown };

/** Every key of the schema by path pattern, and every closed value by the pattern where it is written. */
function walkSchema(): { keys: string[]; values: Map<string, string[]> } {
  const keys: string[] = [];
  const values = new Map<string, string[]>();
  const addValues = (pattern: string, list: readonly unknown[]) => values.set(pattern, [...(values.get(pattern) ?? []), ...list.map(String)]);
  const visit = (schema: AnySchema, pattern: string): void => {
    const d = def(schema);
    switch (d.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
        visit(d['innerType'] as AnySchema, pattern);
        return;
      case 'object':
        for (const [key, child] of Object.entries(d['shape'] as Record<string, AnySchema>)) {
          const path = pattern === '' ? key : `${pattern}.${key}`;
          keys.push(path);
          visit(child, path);
        }
        return;
      case 'array':
        visit(d['element'] as AnySchema, `${pattern}[]`);
        return;
      case 'union':
        for (const option of d['options'] as AnySchema[]) visit(option, pattern);
        return;
      case 'enum':
        addValues(pattern, Object.values(d['entries'] as Record<string, string>));
        return;
      case 'literal':
        addValues(pattern, d['values'] as unknown[]);
        return;
      case 'boolean':
        addValues(pattern, [true, false]);
        return;
      default:
        return;
    }
  };
  visit(manualSchema, '');
  return { keys, values };
}

const { keys: SCHEMA_KEYS, values: SCHEMA_VALUES } = walkSchema();

describe('the key catalogue', () => {
  it('walks the whole schema (sanity check of the walk itself)', () => {
    expect(SCHEMA_KEYS).toContain('version');
    expect(SCHEMA_KEYS).toContain('program.ages.min');
    expect(SCHEMA_KEYS).toContain('support.individual.frequency');
    expect(SCHEMA_KEYS).toContain('activities[].competencies');
    expect(SCHEMA_KEYS).toContain('sessions[].activities');
    expect(SCHEMA_KEYS).toContain('environment.physical.time');
    expect(SCHEMA_KEYS.length).toBeGreaterThan(60);
  });

  it.each(SCHEMA_KEYS)('documents %s', (pattern) => {
    const entry = keyDoc(pattern);
    expect(entry, `no entry in KEY_DOCS for "${pattern}"`).toBeDefined();
  });

  it('has no entry for a key the schema does not know', () => {
    expect(Object.keys(KEY_DOCS).filter((pattern) => !SCHEMA_KEYS.includes(pattern))).toEqual([]);
  });

  it.each(Object.entries(KEY_DOCS))('%s: says it in both languages and cites only what exists', (_pattern, entry) => {
    expect(entry.meaning.en.trim()).not.toBe('');
    expect(entry.meaning.fr.trim()).not.toBe('');
    expect(entry.meaning.fr).not.toBe(entry.meaning.en);
    for (const citation of entry.serves) {
      if (citation.kind === 'modality') expect(lookupModality(citation.id), citation.id).toBeDefined();
      else if (citation.kind === 'criterion') expect(lookupOperationalCriterion(citation.id), citation.id).toBeDefined();
      else if (citation.kind === 'axis') expect(lookupStrategyAxis(citation.id), citation.id).toBeDefined();
      else throw new Error(`keys serve modalities, criteria or an axis of the strategy, not ${citation.kind}`);
    }
  });

  it.each([
    ['support.collective', '2.2.1'],
    ['support.individual', '2.2.2'],
    ['environment.social.relationships', '3.1.1'],
    ['environment.physical.time', '3.2.4'],
    ['materials.participant_booklet', '1.2.5'],
    ['materials.facilitator_guide', '1.2.5'],
    ['activities[].competencies', '1.2.3'],
    ['facilitators.own_cps_work', '1.1.2'],
    ['governance.project_team', '2.3.1'],
    ['governance.stakeholders', '2.3.5'],
    ['program.duration.years', '1.2.4'],
  ])('%s serves modality %s first', (pattern, modality) => {
    expect(keyDoc(pattern)!.serves[0]).toEqual({ kind: 'modality', id: modality });
  });

  it('finds an entry from a path with indexes', () => {
    expect(keyDoc(['activities', 3, 'kind'])).toBe(KEY_DOCS['activities[].kind']);
    expect(keyDoc(['sessions', 0, 'activities'])).toBe(KEY_DOCS['sessions[].activities']);
    expect(keyDoc(['program', 'nope'])).toBeUndefined();
    expect(keyDoc('constructor')).toBeUndefined();
  });
});

describe('the value catalogue', () => {
  const closed = [...SCHEMA_VALUES.entries()];

  it('walks every closed list of the schema', () => {
    expect(SCHEMA_VALUES.get('activities[].kind')).toEqual(['workshop', 'ritual', 'informal', 'home-practice']);
    expect(SCHEMA_VALUES.get('training.level')).toEqual(['1', '2', '3']);
    expect(SCHEMA_VALUES.get('environment.social.relationships')).toEqual(['true', 'false']);
  });

  it.each(closed)('documents every value of %s', (pattern, values) => {
    for (const value of values) expect(valueDoc(pattern, value), `${pattern}: ${value}`).toBeDefined();
  });

  it('documents no value the schema does not allow', () => {
    for (const [pattern, docs] of Object.entries(VALUE_DOCS)) {
      expect(SCHEMA_VALUES.get(pattern), pattern).toBeDefined();
      expect(
        Object.keys(docs).filter((value) => !SCHEMA_VALUES.get(pattern)!.includes(value)),
        pattern,
      ).toEqual([]);
    }
  });

  it('says every value in both languages, with the reference’s own labels where core has them', () => {
    for (const docs of Object.values(VALUE_DOCS)) {
      for (const entry of Object.values(docs)) {
        expect(entry.label.en.trim()).not.toBe('');
        expect(entry.label.fr.trim()).not.toBe('');
        for (const citation of entry.serves ?? []) expect(lookupModality(citation.id), citation.id).toBeDefined();
      }
    }
    expect(valueDoc('program.settings[]', 'primary-school')!.label.fr).toBe('École élémentaire');
    expect(valueDoc('training.level', 2)!.label.fr).toBe('Savoir animer des séances CPS auprès des enfants et des jeunes ; Savoir coordonner des projets CPS');
    expect(valueDoc('training.covers[]', 'own-cps')!.serves).toEqual([{ kind: 'modality', id: '2.1.2' }]);
    expect(valueDocs('activities[].title')).toBeUndefined();
  });
});
