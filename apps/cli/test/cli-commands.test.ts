import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_METAS } from '@cpskit/language-server';

const CPS = fileURLToPath(new URL('../dist/cps.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cps-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cps = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CPS, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });

describe('cps rules', () => {
  it('lists every rule with its severity and citation, in the chosen language', () => {
    const run = cps(['rules', '--locale', 'fr']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^règle\s+gravité\s+critère\s+ce qu’elle vérifie$/);
    expect(lines).toHaveLength(RULE_METAS.length + 1);
    expect(lines.find((line) => line.startsWith('intensity '))).toMatch(/^intensity\s+avertissement\s+1\.2\.4\s+Les séances durent environ une heure/);
    // A warning rule's messages that are notes by nature say so: no configuration or preset raises them.
    expect(lines.find((line) => line.startsWith('validated-dose '))).toMatch(/^validated-dose\s+avertissement\s+1\.2\.4\s+.*\(toujours en info\u00a0: no-dose\)$/);
    expect(lines.find((line) => line.startsWith('evidence-references '))).toMatch(/\(toujours en info\u00a0: intervention-without-references\)$/);
  });
});

describe('cps explain', () => {
  it('prints the docs page of a rule in French from the bundled binary, wherever it is run', () => {
    const run = cps(['explain', 'env-relationships', '--locale', 'fr'], work);
    expect(run.status).toBe(0);
    // Not a terminal: the page as plain text, its headings without their Markdown marks.
    expect(run.stdout.split('\n')[0]).toBe('env-relationships');
    expect(run.stdout).toContain('S’appuie sur\u00a0: 3.1.1 — Les modalités relationnelles');
    expect(run.stdout).toContain('Comment c’est évalué');
    expect(run.stdout).not.toContain('###');
    expect(run.stdout).not.toContain('## English');
  });

  it('and in English', () => {
    const run = cps(['explain', 'env-relationships', '--locale', 'en'], work);
    expect(run.stdout).toContain('How it is assessed');
    expect(run.stdout).not.toContain('Comment c’est évalué');
  });

  it('suggests the nearest rule for a typo, exit 2', () => {
    const run = cps(['explain', 'intensty']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cps: unknown rule "intensty". Did you mean "intensity"?\n');
  });
});

describe('cps check --summary', () => {
  it('prints the criteria table and the coverage, readable without colour', () => {
    writeFileSync(
      path.join(work, 'a.cps.yaml'),
      'version: 1\nprogram: { id: a, title: A, ages: { min: 8, max: 10 }, settings: [primary-school], duration: { years: 2 }, evidence: { kind: evidence-informed } }\nactivities: [{ id: x, title: X, kind: workshop, competencies: [E1.2, E2.1], duration: 60 }]\nsessions: [{ id: s1, year: 1, activities: [x] }, { id: s2, year: 2, activities: [x] }]\n',
    );
    const run = cps(['check', 'a.cps.yaml', '--summary', '--locale', 'en'], work);
    expect(run.stdout).toContain('Quality criteria (SpF) — score ');
    expect(run.stdout).toMatch(/1\.2 Structured and sequenced CPS activities are carried out\s+\d+/);
    // Each modality on a line of its own, with SpF's wording.
    expect(run.stdout).toMatch(/✖ 2\.2\.1 Collective follow-up is offered to CPS practitioners/);
    expect(run.stdout).toMatch(/✖ 2\.2\.2 Individual follow-up is offered to CPS practitioners/);
    expect(run.stdout).toMatch(/E1 Strengthen awareness of emotions\s+30 min\s+30 min\s+1 h/);
    expect(run.stdout).toMatch(/C1 Strengthen self-awareness\s+–\s+–\s+none/);
    expect(run.stdout).toMatch(/Sessions \(2\)\s+1 h\s+1 h\s+2 h/);
    // Axis 4 in a table of its own, after SpF's and before the legend, out of the score.
    const axis4 = run.stdout.indexOf('Monitoring and evaluation (axis 4 of the national strategy, unscored)');
    expect(axis4).toBeGreaterThan(run.stdout.indexOf('3.2 '));
    expect(run.stdout.slice(axis4)).toMatch(/\n {4}✖ A4\.1 Process indicators are followed: fidelity of implementation, [^\n]+\n {4}✖ A4\.2 [^\n]+\n {4}✖ A4\.3 /);
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('options of another command', () => {
  it('are an error that names the command taking them, not silently ignored', () => {
    const check = cps(['check', 'examples/psfp.cps.yaml', '--title', 'Mon programme', '--locale', 'fr']);
    expect(check.status).toBe(2);
    expect(check.stderr).toBe('cps check ne prend pas --title\u00a0; cps init le prend. «\u00a0cps --help\u00a0» donne les options de chaque commande.\n');
    const init = cps(['init', '--summary']);
    expect(init.status).toBe(2);
    expect(init.stderr).toBe('cps init does not take --summary; cps check does. "cps --help" lists the options of each command.\n');
    const schema = cps(['schema', '--output', path.join(work, 'schema.json'), '--locale', 'en']);
    expect(schema.status).toBe(0);
  });
});
