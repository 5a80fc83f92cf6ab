import type { Rule } from '../rule.js';

/** Rules of this group, in the order they run and are listed. */
export const IMPLEMENTATION_RULES: readonly Rule[] = [] as readonly Rule[];
