/**
 * @module How a row label may print its classification codes beyond "201 一般公共服务支出", and
 * which codes a table's rows are keyed by when a label prints codes of several schemes.
 */
import type { CodeScheme } from '../model/index.js';

/** A printed code mark: group 1 is the code. Marked codes are unambiguous anywhere in a label. */
export interface CodeMark {
  readonly id: string;
  readonly pattern: RegExp;
}

export const CODE_MARKS: readonly CodeMark[] = [
  // "[201]一般公共服务支出", "［30101］基本工资" (广州, 珠海 预算公开表)
  { id: 'bracketed', pattern: /[[［【]\s*([2-5]\d{2}(?:\d{2}){0,2})\s*[\]］】]/g },
  // "2010301-行政运行", "50101-工资奖金津补贴" (北京 预算公开表): a dash between code and name
  { id: 'dashed', pattern: /(?<![\d.,])([2-5]\d{2}(?:\d{2}){0,2})\s?[-－—–](?=[^\d\s\-－—–])/g },
];

/** The model's code schemes, and the 政府经济分类 (5xx) some tables print beside the 部门 one. */
export type PrintedCodeScheme = CodeScheme | 'govEconomic';

/** The shape of each scheme's codes (北京 extends the 部门 economic 款 by a 2-digit part: 3021101 差旅费). */
export const CODE_SCHEMES: Readonly<Record<PrintedCodeScheme, RegExp>> = {
  functional: /^2\d{2}(?:\d{2}){0,2}$/,
  economic: /^3\d{2}(?:\d{2}){0,2}$/,
  govEconomic: /^5\d{2}(?:\d{2})?$/,
};

/**
 * Schemes that classify the same money another way: printed beside a table's own code
 * (政府经济分类 50101 beside 部门经济分类 30101) they leave the row one row of that code. A code
 * of any other scheme breaks the row down further (支出功能分类 2010301 × 经济分类 30101: a
 * cross-tabulated leaf, which stands for no code's total).
 */
export const PARALLEL_SCHEMES: Readonly<Partial<Record<PrintedCodeScheme, readonly PrintedCodeScheme[]>>> = {
  economic: ['govEconomic'],
};
