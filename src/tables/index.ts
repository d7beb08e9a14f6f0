/** @module tables — recognising the standard tables of a disclosure and placing every figure. */
export { recognizeTables } from './recognize.js';
export type { Recognized } from './recognize.js';
export { readPerformanceTables } from './performance/index.js';
