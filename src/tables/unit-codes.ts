/**
 * @module Rows that are units (单位), not classification items: a table whose header names a
 * column of unit codes (单位编码, 部门代码 …) prints each unit's code there, before its name
 * ("114001 西安市人民政府办公厅"). The code is the row's `unitCode`, not part of its name.
 */
import { CLASSIFICATION_CODE_HEADERS, UNIT_CODE, UNIT_CODE_HEADERS } from '../catalogue/index.js';
import type { Line } from '../ingest/index.js';
import { headerText } from './geometry.js';
import { squash } from './text.js';

/**
 * Whether a header names a unit-code column and no classification-code column. Wrapped header
 * labels are re-joined first (苏州 prints 部门代 / 码 on two lines of one cell).
 */
export function namesUnitCodes(headerLines: readonly Line[]): boolean {
  if (headerLines.length === 0) return false;
  const words = squash(headerText(headerLines));
  return UNIT_CODE_HEADERS.some((w) => words.includes(w)) && !CLASSIFICATION_CODE_HEADERS.some((w) => words.includes(w));
}

/**
 * The unit code a line begins with, and the text after it: the code must be followed by the
 * unit's name ("024001 苏州市审计局 4,651.67"; "313001 ）" where the name wraps around it) or by
 * a printed amount (separators or decimals: the name wrapped above and below), never by a
 * year's 年 or a bare integer.
 */
export function leadingUnitCode(line: Line): { unitCode: string; rest: string } | null {
  const m = /^\s*(\S+)\s+(?=[^\d\s年.,\-—–－]|-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s|$)|-?\d+\.\d+(?:\s|$))/.exec(line.text);
  if (!m || !UNIT_CODE.test(m[1]!)) return null;
  return { unitCode: m[1]!, rest: line.text.slice(m[0].length) };
}
