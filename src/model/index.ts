/** @module model — the canonical disclosure model and its value types. */
export * from './amount.js';
export * from './code.js';
export type * from './disclosure.js';
export * from './finding.js';
