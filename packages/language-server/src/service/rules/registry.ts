import duplicateId from './duplicate-id.js';
import duplicateKey from './duplicate-key.js';
import type { Rule } from './rule.js';
import schema from './schema.js';
import undefinedActivity from './undefined-activity.js';
import unknownCompetency from './unknown-competency.js';
import yamlSyntax from './yaml-syntax.js';

/** Every rule, in the order they run. Adding a rule means adding its file here, its docs and its tests. */
export const RULES: readonly Rule[] = [yamlSyntax, duplicateKey, schema, duplicateId, unknownCompetency, undefinedActivity] as Rule[];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
