import { SETTINGS, SETTING_IDS, idFromTitle, readAges, readYears, starterManual, type Locale, displayed } from '@cpskit/core';
import * as vscode from 'vscode';
import { text } from './messages.js';

/** Ages as `cps init` reads them (`8-11`, `8 à 11`, one age…), or undefined. */
export function parseAges(raw: string): { min: number; max: number } | undefined {
  const ages = readAges(raw);
  return typeof ages === 'object' ? ages : undefined;
}

/** A number of years as `cps init` reads it, or undefined. */
export const parseYears = readYears;

/**
 * Asks for a title, the ages, the setting, the number of years and the manual's language, then
 * opens the commented starter manual (the one `cps init` writes) as a new, unsaved CPS manual.
 * Nothing is written to disk: the person saves it where they want. Escape at any step stops.
 */
export async function newManual(locale: Locale): Promise<vscode.TextEditor | undefined> {
  const title = await vscode.window.showInputBox({
    prompt: text('new.title', locale),
    placeHolder: text('new.title-placeholder', locale),
    validateInput: (value) => (value.trim() === '' ? text('new.title-empty', locale) : undefined),
  });
  if (title === undefined) return undefined;
  const agesText = await vscode.window.showInputBox({
    prompt: text('new.ages', locale),
    value: '8-11',
    validateInput: (value) => (parseAges(value) ? undefined : text('new.ages-bad', locale)),
  });
  const ages = agesText === undefined ? undefined : parseAges(agesText);
  if (!ages) return undefined;
  const setting = await vscode.window.showQuickPick(
    SETTING_IDS.map((id) => ({ label: displayed(SETTINGS[id].label, locale), description: id, id })),
    { placeHolder: text('new.setting', locale), matchOnDescription: true },
  );
  if (!setting) return undefined;
  const yearsText = await vscode.window.showInputBox({
    prompt: text('new.years', locale),
    value: '3',
    validateInput: (value) => (parseYears(value) ? undefined : text('new.years-bad', locale)),
  });
  const years = yearsText === undefined ? undefined : parseYears(yearsText);
  if (!years) return undefined;
  const language = await vscode.window.showQuickPick(
    [
      { label: 'Français', id: 'fr' as const },
      { label: 'English', id: 'en' as const },
    ].sort((a) => (a.id === locale ? -1 : 1)),
    { placeHolder: text('new.language', locale) },
  );
  if (!language) return undefined;
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  const id = idFromTitle(cleanTitle) ?? 'programme';
  const content = starterManual({ title: cleanTitle, id, ages, setting: setting.id, years, locale: language.id });
  const document = await vscode.workspace.openTextDocument({ language: 'cps-yaml', content });
  return vscode.window.showTextDocument(document);
}
