import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseEditor, onPath } from '../../src/tui/editor.js';

const programs =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);

describe('the editor `o` opens a finding in', () => {
  it('is the user’s own: $VISUAL, then $EDITOR', () => {
    expect(chooseEditor({ VISUAL: 'code --wait', EDITOR: 'nano' }, programs('editor', 'nano'))).toBe('code --wait');
    expect(chooseEditor({ EDITOR: 'micro' }, programs('editor', 'nano'))).toBe('micro');
    expect(chooseEditor({ VISUAL: '  ', EDITOR: 'micro' }, programs())).toBe('micro');
  });

  it('is the system’s `editor`, else nano, when the user has none — never vi, where a trainer who does not know it is stuck', () => {
    expect(chooseEditor({}, programs('editor', 'nano', 'vi'))).toBe('editor');
    expect(chooseEditor({}, programs('nano', 'vi'))).toBe('nano');
    expect(chooseEditor({}, programs('vi'))).toBeUndefined();
  });

  it('finds programs in the folders of $PATH, executable files only', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cps-editor-'));
    const bin = path.join(root, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'nano'), '#!/bin/sh\n');
    chmodSync(path.join(bin, 'nano'), 0o755);
    writeFileSync(path.join(bin, 'editor'), 'not executable');
    mkdirSync(path.join(bin, 'vim'));
    const found = onPath({ PATH: [bin, 'relative/bin'].join(path.delimiter) });
    expect(['nano', 'editor', 'vim', 'emacs'].filter(found)).toEqual(['nano']);
    expect(chooseEditor({ PATH: bin })).toBe('nano');
  });
});
