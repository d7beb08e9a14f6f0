/**
 * @module render — the producer side: a department's own figures (JSON or the XLSX form of
 * docs/render-input.md) validated into exact amounts, laid out as the standard tables with a
 * first draft of the explanations (the generator's builders), ready for any output format.
 */
export { count, jsonPath, validateInput } from './input.js';
export type { InputItem, InputPath, InputProblem, Locate, RenderInput, Validated } from './input.js';
export { planOf, statedDisagreements } from './plan.js';
export type { RenderPlan } from './plan.js';
export { readRenderInput } from './read.js';
export { readXlsxInput, type XlsxRead } from './xlsx-input.js';
export { writeInputXlsx } from './xlsx-form.js';
export { renderInputFieldsMarkdown, renderInputSchema } from './schema.js';
