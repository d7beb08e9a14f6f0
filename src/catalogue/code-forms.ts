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

/**
 * Header words of a column of unit codes: tables whose rows are units (单位), not classification
 * items, print each unit's code there before its name (西安 单位编码 "114001 西安市人民政府办公厅",
 * 无锡 单位代码, 苏州 部门代码 wrapped as 部门代 / 码). Words compared with whitespace removed.
 */
export const UNIT_CODE_HEADERS: readonly string[] = ['单位编码', '单位代码', '部门编码', '部门代码'];

/** Header words of a classification-code column: beside one, a table's codes stay classification codes. */
export const CLASSIFICATION_CODE_HEADERS: readonly string[] = ['科目编码', '科目代码', '功能分类科目', '经济分类科目'];

/**
 * A unit code as printed in its column: 3–9 digits (部门 024, 单位 024001, 313001). Only a
 * column of unit codes makes a leading figure one: elsewhere it is a year ("2025 年边境地区转移支付").
 */
export const UNIT_CODE = /^\d{3,9}$/;
