/** The pages of docs/rules/, read at build time; a chunk of its own, loaded by `cps explain` only. */
declare const __RULE_DOCS__: string | undefined;

export const RULE_DOCS_JSON: string | undefined = typeof __RULE_DOCS__ === 'string' ? __RULE_DOCS__ : undefined;
