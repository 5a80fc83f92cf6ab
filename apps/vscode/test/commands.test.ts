import { readFileSync } from 'node:fs';
import { analyzeText } from '@cpskit/language-server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newManual, parseAges, parseYears } from '../src/new-manual.js';
import { WorkspaceCheck } from '../src/workspace-check.js';
import { FakeLanguageClient } from './fake-client.js';
import { Uri, events, fakeDocument, recorded, resetFake, workspace, type Diagnostic } from './vscode-fake.js';

const EXAMPLE = readFileSync(new URL('../../../examples/psfp.cps.yaml', import.meta.url), 'utf8');
const WEAK = readFileSync(new URL('../../../examples/weak/atelier-emotions.cps.yaml', import.meta.url), 'utf8');

describe('New manual from a template', () => {
  beforeEach(resetFake);

  it('asks its questions and opens, unsaved, a starter manual with no error of shape (its placeholders are the placeholder rule’s)', async () => {
    recorded.answers.push('Les émotions au quotidien', '6-9', 'primary-school', '2', 'Français');
    const editor = await newManual('fr');
    expect(editor).toBeDefined();
    expect(recorded.opened).toHaveLength(1);
    const { language, content } = recorded.opened[0]!;
    expect(language).toBe('cps-yaml');
    expect(content).toContain('id: les-emotions-au-quotidien');
    expect(content).toContain('ages: { min: 6, max: 9 }');
    expect(content).toContain('duration: { years: 2 }');
    expect(content).toContain('# Manuel d’implantation CPS\u00a0: Les émotions au quotidien');
    const shape = analyzeText(content!).findings.filter((finding) => ['yaml-syntax', 'schema'].includes(finding.ruleId));
    expect(shape).toEqual([]);
  });

  it('writes nothing when the person presses Escape at any question', async () => {
    for (let answered = 0; answered < 5; answered++) {
      resetFake();
      recorded.answers.push(...['Titre', '8-11', 'primary-school', '3', 'English'].slice(0, answered), undefined);
      expect(await newManual('en')).toBeUndefined();
      expect(recorded.opened).toEqual([]);
    }
  });

  it('reads ages and years the way people write them, and refuses the others', () => {
    expect(parseAges('8-11')).toEqual({ min: 8, max: 11 });
    expect(parseAges('8 à 11')).toEqual({ min: 8, max: 11 });
    expect(parseAges(' 12 ')).toEqual({ min: 12, max: 12 });
    expect(parseAges('11-8')).toBeUndefined();
    expect(parseAges('2-5')).toBeUndefined();
    expect(parseAges('huit')).toBeUndefined();
    expect(parseYears('3')).toBe(3);
    expect(parseYears('0')).toBeUndefined();
    expect(parseYears('23')).toBeUndefined();
  });
});

describe('Check all manuals in the workspace', () => {
  beforeEach(() => {
    resetFake();
    new FakeLanguageClient('cps', 'cpskit', {}, { documentSelector: [], synchronize: { configurationSection: 'cps', fileEvents: undefined }, outputChannelName: 'cpskit' });
    FakeLanguageClient.last!.running = true;
  });

  it('puts the findings of manuals not open into the Problems panel, leaves the open ones to the server, and sums up', async () => {
    recorded.files.set('/work/a/psfp.cps.yaml', EXAMPLE);
    recorded.files.set('/work/b/weak.cps.yaml', WEAK);
    recorded.files.set('/work/b/open.cps.yml', WEAK);
    recorded.files.set('/work/c/locked.cps.yaml', new Error('EACCES'));
    workspace.textDocuments.push(fakeDocument(Uri.file('/work/b/open.cps.yml'), 'cps-yaml', WEAK));
    const check = new WorkspaceCheck(() => FakeLanguageClient.last as never);
    await check.run('en');

    const collection = recorded.collections[0]!;
    expect([...collection.entries.keys()].sort()).toEqual(['file:///work/a/psfp.cps.yaml', 'file:///work/b/weak.cps.yaml']);
    const weak: Diagnostic[] = collection.entries.get('file:///work/b/weak.cps.yaml')!;
    const expected = analyzeText(WEAK).findings;
    expect(weak).toHaveLength(expected.length);
    expect(weak.every((diagnostic) => diagnostic.source === 'cpskit')).toBe(true);
    expect(weak.map((diagnostic) => (diagnostic.code as { value: string }).value)).toEqual(expected.map((finding) => finding.ruleId));

    expect(recorded.executed.map((entry) => entry.command)).toContain('workbench.actions.view.problems');
    const counts = { error: 0, warning: 0, info: 0 };
    for (const text of [EXAMPLE, WEAK, WEAK]) for (const finding of analyzeText(text).findings) counts[finding.severity]++;
    expect(recorded.messages).toEqual([
      { kind: 'info', text: `3 manuals checked: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info.` },
      { kind: 'warning', text: '1 file could not be read: c/locked.cps.yaml' },
    ]);

    // Opening a manual hands it back to the server: its diagnostics are never shown twice.
    events.open.fire(fakeDocument(Uri.file('/work/b/weak.cps.yaml'), 'cps-yaml', WEAK));
    expect([...collection.entries.keys()]).toEqual(['file:///work/a/psfp.cps.yaml']);

    // Closed again (the server then clears its diagnostics), it gets those of the file as saved.
    recorded.files.set('/work/b/weak.cps.yaml', WEAK.replace(/E1\.1/g, 'E9.9'));
    events.close.fire(fakeDocument(Uri.file('/work/b/weak.cps.yaml'), 'cps-yaml', WEAK));
    await vi.waitFor(() => expect(collection.entries.has('file:///work/b/weak.cps.yaml')).toBe(true));
    expect(collection.entries.get('file:///work/b/weak.cps.yaml')!.some((diagnostic) => diagnostic.message.includes('E9.9'))).toBe(true);
    // A file the check did not find is none of its business.
    events.close.fire(fakeDocument(Uri.file('/work/elsewhere.cps.yaml'), 'cps-yaml', WEAK));
    expect(collection.entries.has('file:///work/elsewhere.cps.yaml')).toBe(false);
    check.dispose();
  });

  it('says so when the workspace has no manual', async () => {
    const check = new WorkspaceCheck(() => FakeLanguageClient.last as never);
    await check.run('fr');
    expect(recorded.messages).toEqual([{ kind: 'info', text: 'Aucun manuel CPS (*.cps.yaml, *.cps.yml) dans cet espace de travail.' }]);
    check.dispose();
  });
});
