/**
 * @module Rules of the identity family: how the catalogue's identities (identities.ts,
 * identities-budget.ts) are reported. One rule per kind of relation; the identity's own id
 * and basis travel in each finding.
 */
import type { RuleSpec } from './rule-types.js';

export const IDENTITY_RULES: readonly RuleSpec[] = [
  { id: 'identity.rowSum', family: 'identity', severity: 'error', title: '行内合计不等于分项之和 (row total ≠ sum of its columns)',
    basis: 'On every row of a table the total column equals the sum of its component columns (e.g. 本年收入合计 = 财政拨款收入 + … + 其他收入; 支出合计 = 基本支出 + 项目支出). A miss beyond one unit of the last printed place per summand is an error.' },
  { id: 'identity.hierarchy', family: 'identity', severity: 'error', title: '科目逐级汇总不符 (class ≠ sum of its sub-items)',
    basis: 'Classification codes roll up: a 类 equals the sum of its 款, a 款 the sum of its 项, and the table total the sum of its 类 — in every column (MODEL.md, hierarchy identities).' },
  { id: 'identity.tableTotal', family: 'identity', severity: 'error', title: '表内总计关系不符 (summary relation within a table)',
    basis: 'Relations between named rows of one table: 收入总计 = 本年收入合计 + 使用结余 + 年初结转和结余; 收入总计 = 支出总计; 人员经费合计 = 301 + 303, and the like.' },
  { id: 'identity.crossTable', family: 'identity', severity: 'error', title: '表间数据不一致 (tables disagree)',
    basis: 'The same figure printed in two tables must be equal: 总表本年收入合计 = 收入决算表合计, 财政拨款收支总表的一般公共预算支出 = 一般公共预算财政拨款支出表 (by class), 基本支出 = 人员经费 + 公用经费 of the basic-expenditure table, and the others of MODEL.md.' },
  { id: 'identity.inequality', family: 'identity', severity: 'error', title: '数据大小关系不成立 (inequality broken)',
    basis: 'Some figures bound others: a 三公 item covers both basic and project spending, so it is not smaller than the matching economic line of the basic-expenditure table (30212, 30217, 30231, 31013); the general-budget appropriation spent on a subject is not larger than the total spent on it.' },
  { id: 'identity.rounding', family: 'identity', severity: 'rounding', title: '舍入差异 (rounding differences)',
    basis: 'Published figures are rounded to the printed place; a sum may miss its total by up to one unit of the last place per summand. Such misses are reported once per table, as rounding, never as errors.' },
  { id: 'identity.notEvaluated', family: 'identity', severity: 'info', title: '未能核对的恒等式 (identities not evaluated)',
    basis: 'An identity whose table is missing, or whose cells could not be placed with certainty (an ambiguous row of the text input), is reported as not evaluated — never silently passed — so the coverage of the check is visible.' },
];
