/** @module The usual Chinese name of each table kind, for messages about a table that is not there. */
export const TABLE_NAMES: Readonly<Record<string, string>> = {
  'final.summary': '收入支出决算总表', 'final.income': '收入决算表', 'final.expenditure': '支出决算表',
  'final.fiscalSummary': '财政拨款收入支出决算总表', 'final.gpbExpenditure': '一般公共预算财政拨款支出决算表',
  'final.gpbBasicExpenditure': '一般公共预算财政拨款基本支出决算表', 'final.gf': '政府性基金预算财政拨款收入支出决算表',
  'final.soce': '国有资本经营预算财政拨款收入支出决算表', 'final.threePublic': '“三公”经费支出决算表',
  'budget.summary': '收支总体情况表', 'budget.income': '收入总体情况表', 'budget.expenditure': '支出总体情况表',
  'budget.fiscalSummary': '财政拨款收支总体情况表', 'budget.gpbExpenditure': '一般公共预算支出情况表',
  'budget.gpbBasicExpenditure': '一般公共预算基本支出情况表', 'budget.gpbProjectExpenditure': '项目支出表',
  'budget.gf': '政府性基金预算支出情况表', 'budget.soce': '国有资本经营预算支出情况表',
  'budget.threePublic': '一般公共预算“三公”经费支出情况表', 'budget.carryoverDetail': '上年结转结余明细表',
  'budget.gpbEconomicExpenditure': '一般公共预算支出表（按经济分类）', 'budget.gpbBasicFunctional': '一般公共预算基本支出表（按功能分类）',
  'budget.basicExpenditure': '基本支出总表', 'budget.projectExpenditure': '项目支出总表',
  'budget.fiscalExpenditure': '财政拨款支出表（功能科目）', 'budget.fiscalBasicExpenditure': '财政拨款基本支出表（经济科目）',
};
