import fc from 'fast-check';
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };
type Check = { check: string; [key: string]: unknown };

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;
const checksOf = (schema: AnySchema): Check[] => ((defOf(schema)['checks'] as AnySchema[] | undefined) ?? []).map((check) => defOf(check) as unknown as Check);

/**
 * Where the schema cannot say what makes a manual interesting: the value at a path, as
 * `activities[].id` (a key, `[]` for any item). Used for the cross-references (activity ids
 * that sessions name) and the classification codes, which the schema types as plain strings.
 */
export type Overrides = Readonly<Record<string, fc.Arbitrary<unknown>>>;

export interface SchemaArbitraryOptions {
  readonly overrides?: Overrides;
  /** Most items of an array (default 4). */
  readonly maxItems?: number;
  /** The texts the schema asks for (a `string` without a pattern). */
  readonly text?: fc.Arbitrary<string>;
}

/**
 * An arbitrary of values that the zod schema accepts (modulo the cross-field rules it does not
 * state), built by walking the schema's definition: objects (optional keys sometimes left
 * out), arrays within their length checks, strings within their pattern or length, numbers
 * within their bounds, enums, literals, unions. The one copy of the manual's shape stays the schema.
 */
export function arbitraryOf(schema: AnySchema, options: SchemaArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const text = options.text ?? fc.string({ minLength: 1, maxLength: 24 });
  const maxItems = options.maxItems ?? 4;
  const walk = (node: AnySchema, path: string): fc.Arbitrary<unknown> => {
    const override = options.overrides?.[path];
    if (override) return override;
    const def = defOf(node);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
        return walk(def['innerType'] as AnySchema, path);
      case 'object': {
        const shape = def['shape'] as Record<string, AnySchema>;
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const [key, field] of Object.entries(shape)) {
          model[key] = walk(field, path === '' ? key : `${path}.${key}`);
          if (defOf(field).type !== 'optional') required.push(key);
        }
        return fc.record(model, { requiredKeys: required });
      }
      case 'array': {
        const min = checksOf(node).find((check) => check.check === 'min_length')?.['minimum'] as number | undefined;
        return fc.array(walk(def['element'] as AnySchema, `${path}[]`), { minLength: min ?? 0, maxLength: Math.max(min ?? 0, maxItems) });
      }
      case 'string': {
        const pattern = checksOf(node).find((check) => check.check === 'string_format' && check['format'] === 'regex')?.['pattern'];
        if (pattern instanceof RegExp) return fc.stringMatching(pattern, { size: 'xsmall' });
        const min = checksOf(node).find((check) => check.check === 'min_length')?.['minimum'] as number | undefined;
        return min ? text.filter((value) => value.length >= min) : text;
      }
      case 'number':
        return numberOf(checksOf(node));
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def['entries'] as Record<string, unknown>)); // bounded-spread: an enum of the schema
      case 'literal':
        return fc.constantFrom(...(def['values'] as unknown[])); // bounded-spread: a literal of the schema
      case 'union':
        return fc.oneof(...(def['options'] as AnySchema[]).map((option) => walk(option, path))); // bounded-spread: a union's options
      default:
        throw new Error(`arbitraryOf: the schema has a ${def.type} at ${path || 'its root'}, which this walker does not know; teach it`);
    }
  };
  return walk(schema, '');
}

function numberOf(checks: readonly Check[]): fc.Arbitrary<number> {
  const integer = checks.some((check) => check.check === 'number_format' && (check['format'] === 'safeint' || check['format'] === 'int32'));
  const lower = checks.find((check) => check.check === 'greater_than');
  const upper = checks.find((check) => check.check === 'less_than');
  const min = (lower?.['value'] as number | undefined) ?? (integer ? -1000 : -1e6);
  const max = (upper?.['value'] as number | undefined) ?? (integer ? 1000 : 1e6);
  if (integer) return fc.integer({ min: lower?.['inclusive'] === false ? min + 1 : min, max: upper?.['inclusive'] === false ? max - 1 : max });
  return fc.oneof(
    fc.integer({ min: Math.ceil(min + (lower?.['inclusive'] === false ? 1 : 0)), max: Math.floor(max) }),
    fc.double({ min, max, minExcluded: lower?.['inclusive'] === false, maxExcluded: upper?.['inclusive'] === false, noNaN: true }),
  );
}
