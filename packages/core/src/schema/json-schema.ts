import { z } from 'zod';
import { manualSchema } from './manual.js';

/** Where the published JSON Schema lives, for `$id`: the file `@cpskit/core` ships, from an npm CDN (stable: it names no version). */
export const MANUAL_SCHEMA_ID = 'https://unpkg.com/@cpskit/core/dist/manual.schema.json';

/** The JSON Schema (draft 2020-12) of a manual, generated from the zod schema. */
export function manualJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(manualSchema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: MANUAL_SCHEMA_ID, ...rest };
}

/** The JSON Schema as the text committed in `schemas/manual.schema.json`. */
export function manualJsonSchemaText(): string {
  return `${JSON.stringify(manualJsonSchema(), null, 2)}\n`;
}
