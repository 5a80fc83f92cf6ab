import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpText } from '../src/help.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => parse(readFileSync(ROOT + file, 'utf8')) as Record<string, any>;

describe('the GitHub Actions shipped in the repository', () => {
  it('the composite action runs cps check with options cps has, and writes the SARIF file it announces', () => {
    const action = read('.github/actions/cps-check/action.yml');
    expect(action['runs'].using).toBe('composite');
    const script = action['runs'].steps.map((step: { run?: string; env?: object }) => `${step.run ?? ''}\n${JSON.stringify(step.env ?? {})}`).join('\n');
    expect(script).toContain('apps/cli/dist/cps.cjs');
    for (const option of script.match(/--[a-z-]+/g) ?? []) {
      if (['--frozen-lockfile', '--filter'].includes(option) || option.startsWith('--filter')) continue;
      expect(helpText('en'), option).toContain(option);
    }
    expect(script).toContain('--format sarif --output-file "${{ inputs.sarif-file }}"');
    expect(action['outputs']['sarif-file'].value).toBe('${{ inputs.sarif-file }}');
  });

  it('the reusable workflow uploads that SARIF file for code scanning', () => {
    const workflow = read('.github/workflows/cps-check.yml');
    expect(Object.keys(workflow['on'])).toEqual(['workflow_call']);
    const steps = workflow['jobs'].check.steps as { uses?: string; with?: Record<string, string>; id?: string }[];
    const check = steps.find((step) => step.uses?.endsWith('.github/actions/cps-check'));
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(check?.id).toBe('cps');
    expect(upload?.with?.['sarif_file']).toBe('${{ steps.cps.outputs.sarif-file }}');
    expect(workflow['permissions']['security-events']).toBe('write');
  });
});
