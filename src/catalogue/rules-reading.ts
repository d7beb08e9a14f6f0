/** @module Rules of the reading family: what the reader could not take in, reported so nothing is silently lost. */
import type { RuleSpec } from './rule-types.js';

export const READING_RULES: readonly RuleSpec[] = [
  { id: 'reading.incomplete', family: 'reading', severity: 'warning', title: '文件未能完整读取 (document not read completely)',
    basis: 'A part of the document could not be read with certainty: a table cut off at the end of the input, a row with more figures than columns, pages without a text layer (scans, until OCR exists), a performance table whose layout was not understood. Checks that need those figures are not evaluated; the finding says which part and why.' },
  { id: 'reading.checkFailed', family: 'reading', severity: 'warning', title: '部分核对未能完成 (a rule family failed on this document)',
    basis: 'A rule family stopped on something in this document it did not expect (a defect of budgetlens, to be reported). Its checks are counted as not evaluated and the other families still run, so one bad spot never hides the rest of the report.' },
];
