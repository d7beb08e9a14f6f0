/** @module arithmetic — identities instantiated over a document's tables, evaluated exactly. */
export type { CellRef, Equation, RowShape, TableShape, Term } from './equations.js';
export { cellKey, findRow, instantiate, shapeOf } from './equations.js';
export type { CellValue, Evaluation, Outcome } from './evaluate.js';
export { evaluate, judge, tolerance } from './evaluate.js';
export type { IdentityTally } from './tally.js';
export { identityTally } from './tally.js';
