/**
 * @module mutation — the harness that proves the checks: single alterations of a clean
 * disclosure (figures in tables and text, tables and sections left out), each re-checked;
 * a detectable alteration must be found where it was made.
 */
export { mutate, summarize } from './harness.js';
export type { HarnessOptions } from './harness.js';
export type { Mutation, MutationKind, MutationOutcome, MutationSummary } from './types.js';
