/** @module cli — the budgetlens command line. */
export { main, run } from './main.js';
export type { Io } from './main.js';
export { EXIT } from './exit-codes.js';
