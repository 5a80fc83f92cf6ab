import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

function def(schema: AnySchema): { type: string; [key: string]: unknown } {
  return schema._zod.def as unknown as { type: string; [key: string]: unknown };
}

/** The schema itself once optional, nullable and default wrappers are taken off. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const d = def(current);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault') {
      current = d['innerType'] as AnySchema;
    } else return current;
  }
}

/** The schema that describes the value at a path of keys and indexes, when there is one. */
export function schemaAtPath(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(root);
  for (const step of path) {
    if (!current) return undefined;
    current = branchFor(current, step);
    if (!current) return undefined;
    const d = def(current);
    if (d.type === 'object' && typeof step === 'string') {
      const shape = d['shape'] as Record<string, AnySchema>;
      current = Object.hasOwn(shape, step) ? unwrap(shape[step]!) : undefined;
    } else if (d.type === 'array' && typeof step === 'number') {
      current = unwrap(d['element'] as AnySchema);
    } else return undefined;
  }
  return current;
}

/**
 * The option of a union that a step of a path goes into: the section of `support.collective`
 * (a follow-up, or `{ none }` when it is left out), the item of a session's `activities` (an id
 * or `{ ref, competencies }`). Any other schema is its own branch.
 */
function branchFor(schema: AnySchema, step: PropertyKey): AnySchema | undefined {
  const d = def(schema);
  if (d.type !== 'union') return schema;
  for (const option of d['options'] as AnySchema[]) {
    const inner = unwrap(option);
    const innerDef = def(inner);
    if (typeof step === 'string' && innerDef.type === 'object' && Object.hasOwn(innerDef['shape'] as object, step)) return inner;
    if (typeof step === 'number' && innerDef.type === 'array') return inner;
  }
  return undefined;
}

/** The keys an object schema knows, in the order the schema lists them; for a union, those of each of its sections. */
export function objectKeys(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const d = def(unwrap(schema));
  if (d.type === 'union') return [...new Set((d['options'] as AnySchema[]).flatMap((option) => objectKeys(option)))];
  return d.type === 'object' ? Object.keys(d['shape'] as object) : [];
}

/** Whether a key of an object schema is required. */
export function isRequiredKey(schema: AnySchema, key: string): boolean {
  const d = def(unwrap(schema));
  if (d.type !== 'object') return false;
  const field = (d['shape'] as Record<string, AnySchema>)[key];
  return field !== undefined && def(field).type !== 'optional';
}
