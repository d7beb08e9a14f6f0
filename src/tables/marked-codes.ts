/**
 * @module Codes printed with a mark ("[201]一般公共服务支出", "50101-工资奖金津补贴 30101-基本工资"):
 * the row's code is the one code its label marks, or where it marks several, the one of the
 * table's scheme; codes of a parallel
 * scheme may stand beside it, a code of another scheme makes the row a cross-tabulated leaf
 * (no code: it stands for no code's total).
 */
import { CODE_MARKS, CODE_SCHEMES, PARALLEL_SCHEMES } from '../catalogue/index.js';
import type { CodeScheme } from '../model/index.js';

interface Mark {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

/** The row code a line's label marks, with the text after the mark (the name and figures), or null. */
export function markedCode(text: string, scheme: CodeScheme | undefined): { code: string; rest: string } | null {
  const found = marks(text);
  if (found.length === 0) return null;
  // one code is the row's whatever its scheme (a 项目支出 table may list economic codes)
  const own = found.length === 1 || !scheme ? found : found.filter((m) => CODE_SCHEMES[scheme].test(m.code));
  if (own.length !== 1) return null;
  const parallel = scheme ? PARALLEL_SCHEMES[scheme] ?? [] : [];
  const others = found.filter((m) => m !== own[0]);
  if (!others.every((m) => parallel.some((s) => CODE_SCHEMES[s].test(m.code)))) return null;
  return { code: own[0]!.code, rest: text.slice(own[0]!.end).trimStart() };
}

function marks(text: string): Mark[] {
  return CODE_MARKS.flatMap((m) => [...text.matchAll(m.pattern)].map((x) => ({ code: x[1]!, start: x.index, end: x.index + x[0].length })))
    .sort((a, b) => a.start - b.start);
}
