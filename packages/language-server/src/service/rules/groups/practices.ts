import type { Rule } from '../rule.js';

/** Rules of this group, in the order they run and are listed. */
export const PRACTICES_RULES: readonly Rule[] = [] as readonly Rule[];
