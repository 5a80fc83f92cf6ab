export { arbitraryOf, type Overrides, type SchemaArbitraryOptions } from './schema-arbitrary.js';
export { manualCase, manualCases, schemaManual, buildCase, type ManualCase, type ManualCaseOptions } from './manual-cases.js';
export { HOSTILE_PIECES, controlChar, hostileString } from './hostile-strings.js';
export { CaseTimer, fuzzRuns, strictTiming } from './timing.js';
export { workflowCommandProblems, type CommandProblem } from './workflow-commands.js';
export { Violations, type Violation } from './violations.js';
export { commentsOf, lostComments } from './comments.js';
