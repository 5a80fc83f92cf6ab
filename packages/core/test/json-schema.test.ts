import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manualJsonSchema, manualJsonSchemaText, manualSchema } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COMMITTED = path.join(ROOT, 'schemas/manual.schema.json');

function manualsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.cps\.ya?ml$/.test(name))
    .map((name) => path.join(folder, name))
    .sort();
}

function compileStrict() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(manualJsonSchema());
}

describe('schemas/manual.schema.json', () => {
  it('is what the generator writes from the zod schema (run `pnpm schema:generate` after changing the schema)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(manualJsonSchemaText());
  });

  it('compiles with ajv in strict mode', () => {
    expect(() => compileStrict()).not.toThrow();
  });
});

/** Values of every kind, to put where they do not belong. */
const STRANGERS: readonly unknown[] = [null, true, 0, -1, 2.5, 30, '', 'x', 'a b', [], ['x'], {}, { x: 1 }];

/** Every variant of a manual obtained by one mutation: a key removed, a key added, a value replaced. */
function* mutations(value: unknown, at: (replacement: unknown) => unknown = (v) => v): Generator<unknown> {
  for (const stranger of STRANGERS) yield at(stranger);
  if (Array.isArray(value)) {
    yield at([]);
    for (let i = 0; i < value.length && i < 3; i++) {
      yield* mutations(value[i], (replacement) => at(value.map((item, j) => (j === i ? replacement : item))));
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    yield at({ ...record, unexpected_key: 'x' });
    for (const key of Object.keys(record)) {
      const { [key]: _removed, ...rest } = record;
      yield at(rest);
      yield* mutations(record[key], (replacement) => at({ ...record, [key]: replacement }));
    }
  }
}

describe('zod and ajv', () => {
  const validate = compileStrict();
  const examples = manualsUnder(path.join(ROOT, 'examples'));
  const sources = [path.join(ROOT, 'packages/core/test/fixtures/minimal.cps.yaml'), ...examples];

  it('find the shipped examples to compare on', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(sources.map((file) => [path.relative(ROOT, file), file]))('agree on %s and on every one-step mutation of it', { timeout: 120_000 }, (_name, file) => {
    const manual = parse(readFileSync(file, 'utf8')) as unknown;
    let compared = 0;
    let invalid = 0;
    for (const variant of [manual, ...mutations(manual)]) {
      const byZod = manualSchema.safeParse(variant).success;
      const byAjv = validate(variant);
      if (byZod !== byAjv) {
        throw new Error(`zod says ${byZod}, ajv says ${byAjv} for ${JSON.stringify(variant).slice(0, 400)}`);
      }
      compared++;
      if (!byZod) invalid++;
    }
    // The corpus must hold both kinds, or the comparison proves nothing (the weak example is
    // invalid on purpose, and so are nearly all its mutations).
    expect(invalid).toBeGreaterThan(compared / 3);
    if (manualSchema.safeParse(manual).success) expect(invalid).toBeLessThan(compared);
  });
});
