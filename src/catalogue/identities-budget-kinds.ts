/**
 * @module Identities of the budget kinds beyond MODEL.md (docs/model-extensions.md): the
 * general-budget expenditure by economic class, the general-budget basic expenditure by
 * function, and the basic and project expenditure of all funds by paying source.
 */
import type { IdentitySpec } from './identity-types.js';
import { cell, HIERARCHY_BASIS } from './identities.js';

const E = 'budget.gpbEconomicExpenditure';
const F = 'budget.gpbBasicFunctional';
const B = 'budget.basicExpenditure';
const P = 'budget.projectExpenditure';
const FE = 'budget.fiscalExpenditure';
const FB = 'budget.fiscalBasicExpenditure';
const GPB = 'budget.gpbExpenditure';
const GPB_BASIC = 'budget.gpbBasicExpenditure';

/** 支出总计 = 基本支出 + 项目支出, with 基本支出 printed whole or as 人员经费 | 公用经费 (西安). */
const ECONOMIC_ROWS: IdentitySpec[] = [
  { id: `${E}.rowSum`, kind: 'row', table: E, lhs: ['total'], rhs: ['basic', 'project'], requires: ['basic'],
    basis: '一般公共预算支出（按经济分类）每行：支出总计 = 基本支出 + 项目支出。' },
  { id: `${E}.rowSum`, kind: 'row', table: E, lhs: ['total'], rhs: ['personnel', 'public', 'project'], requires: ['personnel'], unless: ['basic'],
    basis: '一般公共预算支出（按经济分类）每行：合计 = 人员经费 + 公用经费 + 项目支出。' },
  { id: `${E}.basicSplit`, kind: 'row', table: E, lhs: ['basic'], rhs: ['personnel', 'public'], requires: ['basic', 'personnel'],
    basis: '基本支出 = 人员经费 + 公用经费。' },
  { id: `${E}.hierarchy`, kind: 'hierarchy', table: E, basis: HIERARCHY_BASIS },
  { id: `${F}.rowSum`, kind: 'row', table: F, lhs: ['total'], rhs: ['personnel', 'public'], basis: '基本支出（按功能分类）每行：合计 = 人员经费 + 公用经费。' },
  { id: `${F}.hierarchy`, kind: 'hierarchy', table: F, basis: HIERARCHY_BASIS },
];

/**
 * The same money told by function and by economic class: the totals of the economic table are
 * the functional table's; its basic spending, class by class, is the basic-expenditure table's.
 */
const ECONOMIC_CROSS: IdentitySpec[] = [
  ...['total', 'basic', 'personnel', 'public', 'project'].map((column): IdentitySpec => ({
    id: 'budget.cross.gpbEconomicTotal', kind: 'cells', op: '=', lhs: [cell(E, 'total', column)], rhs: [cell(GPB, 'total', column)],
    basis: '一般公共预算支出按经济分类与按功能分类的合计（各列）相等。' })),
  { id: 'budget.cross.gpbEconomicBasic', kind: 'cells', op: '=', lhs: [cell(E, 'total', 'basic')], rhs: [cell(GPB_BASIC, 'total', 'total')],
    basis: '一般公共预算支出（按经济分类）的基本支出合计 = 一般公共预算基本支出表合计。' },
  ...([['basic', 'total'], ['personnel', 'personnel'], ['public', 'public']] as const).map(([left, right]): IdentitySpec => ({
    id: 'budget.cross.gpbEconomicBasicByCode', kind: 'rows', rows: 'coded', op: '=', keyed: { total: 'total' },
    left: { table: E, column: left }, right: { table: GPB_BASIC, column: right },
    basis: '一般公共预算支出（按经济分类）各经济科目的基本支出 = 一般公共预算基本支出表同一科目。' })),
  ...([['total', 'basic'], ['personnel', 'personnel'], ['public', 'public']] as const).map(([left, right]): IdentitySpec => ({
    id: 'budget.cross.gpbBasicByFunction', kind: 'rows', rows: 'coded', op: '=', keyed: { total: 'total' },
    left: { table: F, column: left }, right: { table: GPB, column: right },
    basis: '一般公共预算基本支出（按功能分类）各科目 = 一般公共预算支出表同一科目的基本支出。' })),
  { id: 'budget.cross.gpbBasicByFunctionTotal', kind: 'cells', op: '=', lhs: [cell(F, 'total', 'total')], rhs: [cell(GPB_BASIC, 'total', 'total')],
    basis: '一般公共预算基本支出按功能分类与按经济分类的合计相等。' },
];

/**
 * 财政拨款支出表 / 财政拨款基本支出表: the three funds together, split as the general budget's
 * tables; the general budget is part of them, and they are part of all funds' spending.
 */
const FISCAL: IdentitySpec[] = [
  { id: `${FE}.rowSum`, kind: 'row', table: FE, lhs: ['total'], rhs: ['basic', 'project'], requires: ['basic'],
    basis: '财政拨款支出每行：合计 = 基本支出 + 项目支出。' },
  { id: `${FE}.basicSplit`, kind: 'row', table: FE, lhs: ['basic'], rhs: ['personnel', 'public'], requires: ['basic', 'personnel'],
    basis: '基本支出 = 人员经费 + 公用经费。' },
  { id: `${FE}.hierarchy`, kind: 'hierarchy', table: FE, basis: HIERARCHY_BASIS },
  { id: `${FB}.rowSum`, kind: 'row', table: FB, lhs: ['total'], rhs: ['personnel', 'public'], requires: ['personnel'],
    basis: '财政拨款基本支出每行：合计 = 人员经费 + 公用经费。' },
  { id: `${FB}.hierarchy`, kind: 'hierarchy', table: FB, basis: HIERARCHY_BASIS },
  { id: 'budget.cross.fiscalExpenditureClasses', kind: 'rows', rows: 'classes', op: '=', keyed: { expenditureTotal: 'total' },
    left: { table: 'budget.fiscalSummary', column: 'total' }, right: { table: FE, column: 'total' },
    basis: '财政拨款收支总表各类支出 = 财政拨款支出表对应类合计。' },
  { id: 'budget.cross.fiscalBasic', kind: 'cells', op: '=', lhs: [cell(FE, 'total', 'basic')], rhs: [cell(FB, 'total', 'total')],
    basis: '财政拨款支出表基本支出合计 = 财政拨款基本支出表合计。' },
  ...['total', 'basic', 'project'].flatMap((column): IdentitySpec[] => [
    { id: 'budget.cross.gpbWithinFiscal', kind: 'rows', rows: 'coded', op: '<=', keyed: { total: 'total' },
      left: { table: GPB, column }, right: { table: FE, column }, basis: '一般公共预算支出逐科目不大于财政拨款支出。' },
    { id: 'budget.cross.fiscalWithinExpenditure', kind: 'rows', rows: 'coded', op: '<=', keyed: { total: 'total' },
      left: { table: FE, column }, right: { table: 'budget.expenditure', column }, basis: '财政拨款支出逐科目不大于支出总表。' },
  ]),
  { id: 'budget.cross.gpbBasicWithinFiscal', kind: 'rows', rows: 'coded', op: '<=', keyed: { total: 'total' },
    left: { table: GPB_BASIC, column: 'total' }, right: { table: FB, column: 'total' },
    basis: '一般公共预算基本支出逐经济科目不大于财政拨款基本支出。' },
];

/** The budget funds' sources, each paying part of a row; a group column stands for its parts. */
const UNIT_SOURCES = ['business', 'operating', 'superiorSubsidy', 'affiliated', 'other'];
const OUTSIDE_FUNDS = ['specialAccount', 'otherFunds', 'priorYearCarryover', 'nonFiscalBalanceUsed'];

function bySource(table: string, name: string): IdentitySpec[] {
  return [
    { id: `${table}.rowSum`, kind: 'row', table, lhs: ['total'], unless: ['fiscalSubtotal', 'unitFunds'],
      rhs: ['gpb', 'gf', 'soce', ...UNIT_SOURCES, ...OUTSIDE_FUNDS], basis: `${name}每行：总计 = 各资金来源之和。` },
    { id: `${table}.rowSum`, kind: 'row', table, lhs: ['total'], requires: ['fiscalSubtotal'], unless: ['unitFunds'],
      rhs: ['fiscalSubtotal', ...UNIT_SOURCES, ...OUTSIDE_FUNDS], basis: `${name}每行：总计 = 财政拨款小计 + 其他各资金来源。` },
    { id: `${table}.rowSum`, kind: 'row', table, lhs: ['total'], requires: ['fiscalSubtotal', 'unitFunds'],
      rhs: ['fiscalSubtotal', 'unitFunds', ...OUTSIDE_FUNDS], basis: `${name}每行：总计 = 财政拨款小计 + 单位资金 + 其他各资金来源。` },
    { id: `${table}.rowSum`, kind: 'row', table, lhs: ['total'], requires: ['unitFunds'], unless: ['fiscalSubtotal'],
      rhs: ['gpb', 'gf', 'soce', 'unitFunds', ...OUTSIDE_FUNDS], basis: `${name}每行：总计 = 各项财政拨款 + 单位资金 + 其他各资金来源。` },
    { id: `${table}.fiscalSubtotal`, kind: 'row', table, lhs: ['fiscalSubtotal'], rhs: ['gpb', 'gf', 'soce'], requires: ['fiscalSubtotal'],
      basis: '财政拨款小计 = 一般公共预算拨款 + 政府性基金预算拨款 + 国有资本经营预算拨款。' },
    { id: `${table}.unitFunds`, kind: 'row', table, lhs: ['unitFunds'], rhs: UNIT_SOURCES, requires: ['unitFunds', 'business'],
      basis: '单位资金 = 事业收入 + 事业单位经营收入 + 上级补助收入 + 附属单位上缴收入 + 其他收入。' },
  ];
}

const SOURCE_TABLES: IdentitySpec[] = [
  ...bySource(B, '基本支出总表'),
  { id: `${B}.hierarchy`, kind: 'hierarchy', table: B, basis: HIERARCHY_BASIS },
  ...bySource(P, '项目支出总表'),
  { id: 'budget.cross.basicBySource', kind: 'cells', op: '=', lhs: [cell(B, 'total', 'total')], rhs: [cell('budget.expenditure', 'total', 'basic')],
    basis: '基本支出总表总计 = 支出总表基本支出合计。' },
  { id: 'budget.cross.projectBySource', kind: 'cells', op: '=', lhs: [cell(P, 'total', 'total')], rhs: [cell('budget.expenditure', 'total', 'project')],
    basis: '项目支出总表总计 = 支出总表项目支出合计。' },
];

export const BUDGET_KIND_IDENTITIES: readonly IdentitySpec[] = [...ECONOMIC_ROWS, ...ECONOMIC_CROSS, ...FISCAL, ...SOURCE_TABLES];
