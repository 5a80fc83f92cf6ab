/**
 * Inputs that crash the process that checks them (a fatal error no property can catch), found by
 * `pnpm fuzz` and reported. The suites skip them, under a category of their own that the run
 * reports without failing, so that one known crash does not end or dominate a run; the
 * hostile-repository script checks the crash itself (F2). Remove an entry with its fix.
 */
const KNOWN_CRASHERS: readonly { readonly category: string; readonly test: (text: string) => boolean }[] = [
  {
    // intensity builds an array of every planned year: `Array.from({ length: years })`.
    category: 'skipped (known defect): duration.years of 1,000 or more exhausts the heap',
    test: (text) => /\byears["']?\s*:\s*(?:!!\w+\s+)?["']?\s*\+?(?:\d[\d_]{3,}|\d+(?:\.\d*)?e\+?\d+|\.inf)/i.test(text),
  },
];

/** The category of a known crasher this text may be, or undefined. */
export function knownCrasher(text: string): string | undefined {
  return KNOWN_CRASHERS.find((crasher) => crasher.test(text))?.category;
}

/** Whether a violation category is a known crasher skipped, which a run reports but does not fail on. */
export const isSkippedKnownDefect = (category: string): boolean => category.startsWith('skipped (known defect)');
