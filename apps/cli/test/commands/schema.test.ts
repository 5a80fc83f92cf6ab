import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANUAL_SCHEMA_ID, manualJsonSchemaText, type Locale } from '@cpskit/core';
import { runSchema } from '../../src/commands/schema.js';

const work = mkdtempSync(path.join(tmpdir(), 'cps-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function schema(output?: string, locale: Locale = 'en') {
  let stdout = '';
  let stderr = '';
  const io = { cwd: work, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } };
  const code = await runSchema({ locale, ...(output === undefined ? {} : { output }) }, io);
  return { code, stdout, stderr };
}

describe('cps schema', () => {
  it('prints the JSON Schema of a manual on standard output, and nothing else', async () => {
    const run = await schema();
    expect(run).toEqual({ code: 0, stdout: manualJsonSchemaText(), stderr: '' });
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(parsed['$id']).toBe(MANUAL_SCHEMA_ID);
    expect(parsed['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('writes it to --output instead, creating the folder, and says so on standard error', async () => {
    const run = await schema('out/manual.schema.json', 'fr');
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'cps\u00a0: schéma JSON écrit dans out/manual.schema.json.\n' });
    expect(readFileSync(path.join(work, 'out/manual.schema.json'), 'utf8')).toBe(manualJsonSchemaText());
  });

  it('exits 2 with the reason when the file cannot be written', async () => {
    mkdirSync(path.join(work, 'a-folder'));
    const run = await schema('a-folder');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('cps: the JSON Schema cannot be written to "a-folder" (a folder, not a file, EISDIR).\n');
  });
});
