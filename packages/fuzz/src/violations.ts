/** One kind of property violation: how often it happened and its smallest example. */
export interface Violation {
  readonly category: string;
  count: number;
  example: { readonly text: string; readonly classes: readonly string[]; readonly detail: string };
}

/**
 * The violations of a property run, grouped by category, each kept with its smallest input: a
 * 100,000-case run reports every kind of defect it met, not just the first, with a short
 * reproduction for each.
 */
export class Violations {
  private readonly byCategory = new Map<string, Violation>();

  add(category: string, text: string, classes: readonly string[], detail = ''): void {
    const known = this.byCategory.get(category);
    if (!known) this.byCategory.set(category, { category, count: 1, example: { text, classes, detail } });
    else {
      known.count++;
      if (text.length < known.example.text.length) known.example = { text, classes, detail };
    }
  }

  get size(): number {
    return this.byCategory.size;
  }

  /** The categories met. */
  categories(): string[] {
    return [...this.byCategory.keys()];
  }

  /** Categories with their counts, for an assertion that names what failed. */
  summary(): string[] {
    return [...this.byCategory.values()].map((violation) => `${violation.category} (×${violation.count})`);
  }

  /** Every category with its smallest reproduction, as JSON string literals so that any byte shows. */
  report(title: string): string {
    if (this.byCategory.size === 0) return `${title}: no violation`;
    const lines = [`${title}: ${this.byCategory.size} kinds of violation`];
    for (const { category, count, example } of this.byCategory.values()) {
      lines.push(`- ${category} (×${count}); smallest input, ${example.text.length} chars, classes ${example.classes.join(' + ')}:`);
      lines.push(`    ${JSON.stringify(example.text.length > 2000 ? `${example.text.slice(0, 2000)}…` : example.text)}`);
      if (example.detail) lines.push(`    ${example.detail.split('\n').slice(0, 6).join('\n    ')}`);
    }
    return lines.join('\n');
  }
}
