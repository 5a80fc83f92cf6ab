import { parseLocale, type Locale } from '@cpskit/core';
import type { RuleSettingInput } from '../service/config/rule-settings.js';

/** What the editor's settings (section `cps`) may set. */
export interface ClientSettings {
  readonly locale?: Locale;
  /** Rule severities and options, over those of the configuration file. */
  readonly rules?: Readonly<Record<string, RuleSettingInput>>;
  /** A configuration file to use instead of the nearest cps.config.yaml. */
  readonly configPath?: string;
}

/** Reads settings defensively: whatever an editor sends, a bad value is ignored, never fatal. */
export function readSettings(raw: unknown): ClientSettings {
  if (!raw || typeof raw !== 'object') return {};
  const record = raw as Record<string, unknown>;
  const locale = typeof record['locale'] === 'string' ? parseLocale(record['locale']) : undefined;
  const rules = record['rules'] && typeof record['rules'] === 'object' && !Array.isArray(record['rules']) ? (record['rules'] as Record<string, RuleSettingInput>) : undefined;
  const configPath = typeof record['configPath'] === 'string' && record['configPath'] !== '' ? record['configPath'] : undefined;
  return { ...(locale ? { locale } : {}), ...(rules ? { rules } : {}), ...(configPath ? { configPath } : {}) };
}
