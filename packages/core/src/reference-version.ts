import type { Localized } from './localized.js';

/** Which text of Santé publique France the reference data (classification, criteria) follows. */
export interface ReferenceVersion {
  /** Stable id, for tools: a later SpF text comes as a new id. */
  readonly id: string;
  readonly label: Localized;
}

/**
 * The reference cpskit checks against today: SpF's 2025 operational classification of CPS and
 * its table of quality criteria, as the seeds give them. SpF published the phase-1 volume first
 * (Tome I); when the rest comes, or a new text replaces this one, the data changes under a new id.
 * This module imports nothing at run time, so that `cps --version` can show it without loading
 * the checker.
 */
export const REFERENCE_VERSION: ReferenceVersion = {
  id: 'spf-2025-phase1',
  label: {
    fr: 'SpF 2025, classification opérationnelle (phase 1 publiée en premier)',
    en: 'SpF 2025, operational classification (phase 1 published first)',
  },
};
