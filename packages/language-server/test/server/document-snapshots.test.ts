import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { DocumentSnapshots } from '../../src/server/document-snapshots.js';
import type { WorkspaceSettings } from '../../src/server/workspace-settings.js';
import { MANUAL } from '../lsp/fixtures.js';

const URI = 'file:///work/rythme.cps.yaml';
const DEBOUNCE = 30;

/** The snapshots of one document, its versions set by `edit`, with the editor's documents and the settings stood in for. */
function setUp() {
  let document = TextDocument.create(URI, 'cps-yaml', 1, MANUAL);
  const documents = { get: (uri: string) => (uri === URI ? document : undefined), all: () => [document] } as unknown as TextDocuments<TextDocument>;
  const settings = { checkSettings: () => ({ options: {}, errors: [] }) } as unknown as WorkspaceSettings;
  const snapshots = new DocumentSnapshots(documents, settings, Promise.resolve(), () => {}, DEBOUNCE);
  const edit = () => {
    document = TextDocument.update(document, [{ text: `${MANUAL}\n# ${document.version}` }], document.version + 1);
    snapshots.schedule(document);
    return document.version;
  };
  return { snapshots, edit, open: () => snapshots.check(document) };
}

describe('DocumentSnapshots: when an edit is checked', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('checks a keystroke that comes after a quiet moment at once, without waiting for the debounce', async () => {
    const { snapshots, edit, open } = setUp();
    open();
    await vi.advanceTimersByTimeAsync(500);
    const version = edit();
    await vi.advanceTimersByTimeAsync(0);
    expect(snapshots.isChecked(URI, version)).toBe(true);
  });

  it('waits for the debounce on an edit that follows a check closely, and checks a burst once, at its last version', async () => {
    const { snapshots, edit, open } = setUp();
    const checked: number[] = [];
    snapshots.onDidCheck(({ snapshot }) => checked.push(snapshot.version));
    open();
    await vi.advanceTimersByTimeAsync(5);
    edit();
    await vi.advanceTimersByTimeAsync(DEBOUNCE - 10);
    const last = edit();
    await vi.advanceTimersByTimeAsync(DEBOUNCE - 1);
    expect(snapshots.isChecked(URI, last)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(snapshots.isChecked(URI, last)).toBe(true);
    expect(checked).toEqual([1, last]);
  });

  it('treats an edit made while a check waits as part of the burst, however long after the last check', async () => {
    const { snapshots, edit, open } = setUp();
    const checked: number[] = [];
    snapshots.onDidCheck(({ snapshot }) => checked.push(snapshot.version));
    open();
    await vi.advanceTimersByTimeAsync(500);
    // The first edit after the quiet moment is due at once; a second one before it runs joins it.
    edit();
    const last = edit();
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(checked).toEqual([1, last]);
  });
});
