/**
 * @module Budget (预算) identities of MODEL.md as data; see identities.ts for final accounts.
 */
import type { IdentitySpec } from './identity-types.js';
import { BUDGET_KIND_IDENTITIES } from './identities-budget-kinds.js';
import { cell, cells, fiscalSummary, fundsWithinExpenditure, HIERARCHY_BASIS, threePublic, threePublicCoversEconomic } from './identities.js';

const S = 'budget.summary';
const I = 'budget.income';
const INCOME_ITEMS = ['fiscalAppropriation', 'gpbAppropriation', 'gfAppropriation', 'soceAppropriation', 'specialAccount'];
const UNIT_FUND_ITEMS = ['businessIncome', 'operatingIncome', 'superiorSubsidy', 'affiliatedRemittance', 'otherIncome'];

const SUMMARY: IdentitySpec[] = [
  { id: `${S}.incomeTotal`, kind: 'cells', op: '=', lhs: [cell(S, 'incomeTotal', 'amount')],
    rhs: cells(S, [...INCOME_ITEMS, ...UNIT_FUND_ITEMS], 'amount'), unlessRows: [cell(S, 'unitFunds', 'amount')],
    basis: '本年收入合计 = 各项本年收入之和。' },
  { id: `${S}.incomeTotal`, kind: 'cells', op: '=', lhs: [cell(S, 'incomeTotal', 'amount')],
    rhs: cells(S, [...INCOME_ITEMS, 'unitFunds'], 'amount'), requiresRows: [cell(S, 'unitFunds', 'amount')],
    basis: '本年收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算拨款 + 财政专户核拨 + 单位资金。' },
  { id: `${S}.unitFunds`, kind: 'cells', op: '=', lhs: [cell(S, 'unitFunds', 'amount')], rhs: cells(S, UNIT_FUND_ITEMS, 'amount'),
    basis: '单位资金 = 事业收入 + 上级补助收入 + 附属单位上缴收入 + 事业单位经营收入 + 其他收入。' },
  ...(['gpb', 'gf', 'soce'] as const).map((f): IdentitySpec => ({
    id: `${S}.${f}Split`, kind: 'cells', op: '=', lhs: [cell(S, `${f}Appropriation`, 'amount')],
    rhs: cells(S, [`${f}OwnFunds`, `${f}Transfer`], 'amount'), requiresRows: [cell(S, `${f}OwnFunds`, 'amount')],
    basis: '财政拨款 = 本级财力 + 上级转移支付。' })),
  { id: `${S}.carryover`, kind: 'cells', op: '=', lhs: [cell(S, 'priorYearCarryover', 'amount')],
    rhs: cells(S, ['priorYearCarryover.fiscal', 'priorYearCarryover.nonFiscal'], 'amount'),
    requiresRows: [cell(S, 'priorYearCarryover.fiscal', 'amount')], basis: '上年结转结余 = 财政拨款结转 + 非财政拨款结转结余。' },
  { id: `${S}.incomeGrandTotal`, kind: 'cells', op: '=', lhs: [cell(S, 'incomeGrandTotal', 'amount')],
    rhs: cells(S, ['incomeTotal', 'priorYearCarryover', 'nonFiscalBalanceUsed'], 'amount'),
    requiresRows: [cell(S, 'incomeTotal', 'amount')], basis: '收入总计 = 本年收入 + 上年结转（结余）+ 使用非财政拨款结余。' },
  { id: `${S}.expenditureTotal`, kind: 'hierarchy', table: S, totalRow: 'expenditureTotal', basis: '本年支出合计 = 各类支出之和。' },
  { id: `${S}.expenditureGrandTotal`, kind: 'cells', op: '=', lhs: [cell(S, 'expenditureGrandTotal', 'amount')],
    rhs: cells(S, ['expenditureTotal', 'carryToNextYear'], 'amount'), requiresRows: [cell(S, 'expenditureTotal', 'amount')],
    basis: '支出总计 = 本年支出合计 + 结转下年。' },
  { id: `${S}.expenditureGrandTotal`, kind: 'hierarchy', table: S, totalRow: 'expenditureGrandTotal', plus: ['carryToNextYear'],
    unlessRows: ['expenditureTotal'], basis: '支出总计 = 各类支出之和 + 结转下年。' },
  { id: `${S}.balance`, kind: 'cells', op: '=', lhs: [cell(S, 'incomeGrandTotal', 'amount')],
    rhs: [cell(S, 'expenditureGrandTotal', 'amount')], basis: '收入总计 = 支出总计。' },
];

const ROWS: IdentitySpec[] = [
  { id: `${I}.rowSum`, kind: 'row', table: I, lhs: ['total'], unless: ['fiscalSubtotal'],
    rhs: ['priorYearCarryover', 'gpb', 'gf', 'soce', 'specialAccount', 'specialTuition', 'specialOther', 'business', 'operating', 'superiorSubsidy', 'affiliated',
      'other', 'unitFunds', 'nonFiscalBalanceUsed', 'fiscalCarryover', 'nonFiscalCarryover'],
    basis: '收入总表每行：合计 = 各收入来源之和（“其中”列不计）。' },
  { id: `${I}.rowSum`, kind: 'row', table: I, lhs: ['total'], requires: ['fiscalSubtotal', 'unitFunds'],
    rhs: ['fiscalSubtotal', 'specialAccount', 'unitFunds', 'fiscalCarryover', 'nonFiscalCarryover'],
    basis: '收入总表每行：总计 = 财政拨款（补助）小计 + 财政专户 + 单位资金 + 财政拨款结转 + 非财政拨款结转结余。' },
  // the same without a 单位资金 column: the unit's own sources stand beside 财政拨款收入
  { id: `${I}.rowSum`, kind: 'row', table: I, lhs: ['total'], requires: ['fiscalSubtotal'], unless: ['unitFunds'],
    rhs: ['priorYearCarryover', 'fiscalSubtotal', 'specialAccount', 'specialTuition', 'specialOther', 'business', 'operating', 'superiorSubsidy', 'affiliated', 'other',
      'nonFiscalBalanceUsed', 'fiscalCarryover', 'nonFiscalCarryover'],
    basis: '收入总表每行：合计 = 上年结转 + 财政拨款收入 + 财政专户 + 事业收入 + 经营收入 + 其他各项收入。' },
  { id: `${I}.currentIncome`, kind: 'row', table: I, lhs: ['currentIncome'], requires: ['currentIncome'],
    rhs: ['gpb', 'gf', 'soce', 'specialAccount', 'specialTuition', 'specialOther', 'business', 'operating', 'superiorSubsidy',
      'affiliated', 'other', 'unitFunds'], basis: '本年收入小计 = 本年各收入来源之和。' },
  { id: `${I}.carryoverParts`, kind: 'row', table: I, lhs: ['priorYearCarryover'], requires: ['carryoverGpb'],
    rhs: ['carryoverGpb', 'carryoverGf', 'carryoverSoce', 'carryoverSpecial', 'carryoverUnitFunds'],
    basis: '上年结转结余小计 = 各来源上年结转结余之和。' },
  { id: `${I}.fiscalSubtotal`, kind: 'row', table: I, lhs: ['fiscalSubtotal'], requires: ['fiscalSubtotal'],
    rhs: ['gpb', 'gpbTransfer', 'gf', 'gfTransfer', 'soce', 'soceTransfer'], basis: '财政拨款（补助）小计 = 各项财政拨款之和。' },
  { id: 'budget.expenditure.rowSum', kind: 'row', table: 'budget.expenditure', lhs: ['total'], unless: ['personnel'],
    rhs: ['basic', 'project', 'remitToSuperior', 'operating', 'subsidyToAffiliated', 'unitReserve'], basis: '支出总表每行：合计 = 基本支出 + 项目支出 + 其他列。' },
  // 基本支出 printed as its parts (人员支出 | 日常公用支出), with or without a 小计 of its own
  { id: 'budget.expenditure.rowSum', kind: 'row', table: 'budget.expenditure', lhs: ['total'], requires: ['personnel'],
    rhs: ['personnel', 'public', 'project', 'remitToSuperior', 'operating', 'subsidyToAffiliated', 'unitReserve'],
    basis: '支出总表每行：合计 = 人员支出 + 日常公用支出 + 项目支出 + 其他列。' },
  { id: 'budget.expenditure.basic', kind: 'row', table: 'budget.expenditure', lhs: ['basic'], rhs: ['personnel', 'public'],
    requires: ['basic', 'personnel'], basis: '基本支出 = 人员支出 + 日常公用支出。' },
  { id: 'budget.gpbExpenditure.rowSum', kind: 'row', table: 'budget.gpbExpenditure', lhs: ['total'], rhs: ['basic', 'project'],
    requires: ['basic'], basis: '一般公共预算支出 = 基本支出 + 项目支出。' },
  { id: 'budget.gpbExpenditure.change', kind: 'row', table: 'budget.gpbExpenditure', lhs: ['change', 'priorYearActual'], rhs: ['total'],
    requires: ['change', 'priorYearActual'], unless: ['totalExclInfra'], basis: '增减额 = 本年预算数 − 上年执行数。' },
  { id: 'budget.gpbExpenditure.change', kind: 'row', table: 'budget.gpbExpenditure', lhs: ['change', 'priorYearActualExclInfra'],
    rhs: ['totalExclInfra'], requires: ['change', 'totalExclInfra', 'priorYearActualExclInfra'], unless: ['changeExclInfra'],
    basis: '增减额 = 扣除中央基建投资后预算数 − 扣除中央基建投资后执行数。' },
  // Both comparisons printed side by side (read from the header's geometry): each against its own base.
  { id: 'budget.gpbExpenditure.change', kind: 'row', table: 'budget.gpbExpenditure', lhs: ['change', 'priorYearActual'], rhs: ['total'],
    requires: ['change', 'priorYearActual', 'changeExclInfra'], basis: '增减额 = 本年预算数 − 上年执行数。' },
  { id: 'budget.gpbExpenditure.changeExclInfra', kind: 'row', table: 'budget.gpbExpenditure', lhs: ['changeExclInfra', 'priorYearActualExclInfra'],
    rhs: ['totalExclInfra'], requires: ['changeExclInfra', 'totalExclInfra', 'priorYearActualExclInfra'],
    basis: '增减额（扣除中央基建投资）= 扣除中央基建投资后预算数 − 扣除中央基建投资后执行数。' },
  { id: 'budget.gpbBasicExpenditure.rowSum', kind: 'row', table: 'budget.gpbBasicExpenditure', lhs: ['total'], rhs: ['personnel', 'public'],
    basis: '基本支出每行：合计 = 人员经费 + 公用经费。' },
  ...['budget.gf', 'budget.soce'].flatMap((t): IdentitySpec[] => [
    { id: `${t}.rowSum`, kind: 'row', table: t, lhs: ['total'], rhs: ['basic', 'project'], requires: ['basic'], basis: '合计 = 基本支出 + 项目支出。' },
    { id: `${t}.basicSplit`, kind: 'row', table: t, lhs: ['basic'], rhs: ['personnel', 'public'], requires: ['personnel'],
      basis: '基本支出 = 人员经费 + 公用经费。' },
  ]),
  { id: 'budget.gpbProjectExpenditure.rowSum', kind: 'row', table: 'budget.gpbProjectExpenditure', lhs: ['total'],
    rhs: ['e301', 'e302', 'e303', 'e307', 'e309', 'e310', 'e311', 'e312', 'e313', 'e399'], basis: '项目支出合计 = 各经济分类之和。' },
  { id: 'budget.carryoverDetail.rowSum', kind: 'row', table: 'budget.carryoverDetail', lhs: ['total'], rhs: ['fiscal', 'nonFiscal'],
    basis: '上年结转结余：合计 = 财政拨款 + 非财政拨款。' },
  ...['fiscal', 'nonFiscal'].map((s): IdentitySpec => ({
    id: 'budget.carryoverDetail.split', kind: 'row', table: 'budget.carryoverDetail', lhs: [s],
    rhs: [`${s}BasicPersonnel`, `${s}BasicPublic`, `${s}Project`], basis: '小计 = 人员经费 + 公用经费 + 项目支出。' })),
  ...['budget.income', 'budget.expenditure', 'budget.gpbExpenditure', 'budget.gpbBasicExpenditure', 'budget.gpbProjectExpenditure',
    'budget.gf', 'budget.soce'].map((table): IdentitySpec => ({ id: `${table}.hierarchy`, kind: 'hierarchy', table, basis: HIERARCHY_BASIS })),
  ...threePublic('budget.threePublic'),
];

const CROSS: IdentitySpec[] = [
  { id: 'budget.cross.incomeGrandTotal', kind: 'cells', op: '=', lhs: [cell(I, 'total', 'total')], rhs: [cell(S, 'incomeGrandTotal', 'amount')],
    basis: '收入总表合计 = 收支总表收入总计。' },
  ...(['gpb', 'gf', 'soce'] as const).map((f): IdentitySpec => ({
    id: 'budget.cross.appropriation', kind: 'cells', op: '=', lhs: [cell(S, `${f}Appropriation`, 'amount')],
    rhs: cells(I, ['total', 'total'], f).map((c, i) => (i === 0 ? c : { ...c, column: `${f}Transfer` })),
    basis: '收支总表各项财政拨款收入 = 收入总表对应列（含上级转移支付）。' })),
  ...([['fiscal', 'fiscalCarryover'], ['nonFiscal', 'nonFiscalCarryover']] as const).map(([row, column]): IdentitySpec => ({
    id: 'budget.cross.carryoverItem', kind: 'cells', op: '=', lhs: [cell(I, 'total', column)],
    rhs: [cell(S, `priorYearCarryover.${row}`, 'amount')], requiresRows: [cell(S, `priorYearCarryover.${row}`, 'amount')],
    basis: '收入总表财政拨款结转（非财政拨款结转结余）= 收支总表上年结转对应项目。' })),
  { id: 'budget.cross.carryover', kind: 'cells', op: '=', lhs: [cell(S, 'priorYearCarryover', 'amount')],
    rhs: ['priorYearCarryover', 'fiscalCarryover', 'nonFiscalCarryover'].map((c) => cell(I, 'total', c)),
    basis: '收支总表上年结转 = 收入总表上年结转各列之和。' },
  ...([['businessIncome', 'business'], ['operatingIncome', 'operating'], ['superiorSubsidy', 'superiorSubsidy'],
    ['affiliatedRemittance', 'affiliated'], ['otherIncome', 'other'], ['specialAccount', 'specialAccount'], ['unitFunds', 'unitFunds'],
    ['nonFiscalBalanceUsed', 'nonFiscalBalanceUsed']] as const).map(([row, column]): IdentitySpec => ({
    id: 'budget.cross.incomeItem', kind: 'cells', op: '=', lhs: [cell(I, 'total', column)], rhs: [cell(S, row, 'amount')],
    basis: '收入总表合计行各列 = 收支总表对应收入项目。' })),
  { id: 'budget.cross.expenditureClasses', kind: 'rows', rows: 'classes', op: '=', keyed: { expenditureTotal: 'total' },
    left: { table: S, column: 'amount' }, right: { table: 'budget.expenditure', column: 'total' },
    basis: '收支总表各类支出 = 支出总表对应类合计。' },
  { id: 'budget.cross.gpbExpenditure', kind: 'rows', rows: 'classes', op: '>=', keyed: { expenditureTotal: 'total' },
    left: { table: 'budget.fiscalSummary', column: 'gpb|total' }, right: { table: 'budget.gpbExpenditure', column: 'total' },
    basis: '财政拨款收支总表（一般公共预算）各类支出不小于一般公共预算支出表（中央单位预算前者含上年结转）。' },
  { id: 'budget.cross.basicSplit', kind: 'cells', op: '=', lhs: [cell('budget.gpbExpenditure', 'total', 'basic')],
    rhs: [cell('budget.gpbBasicExpenditure', 'total', 'total')], basis: '一般公共预算基本支出 = 基本支出表合计。' },
  ...['total', 'basic', 'project'].map((column): IdentitySpec => ({
    id: 'budget.cross.gpbWithinExpenditure', kind: 'rows', rows: 'coded', op: '<=', keyed: { total: 'total' },
    left: { table: 'budget.gpbExpenditure', column }, right: { table: 'budget.expenditure', column },
    basis: '一般公共预算支出逐科目不大于支出总表。' })),
  ...fundsWithinExpenditure(['budget.gf', 'budget.soce'], 'budget.expenditure'),
  ...threePublicCoversEconomic('budget.threePublic', 'budget.gpbBasicExpenditure', 'budget', 'total'),
  ...threePublicCoversEconomic('budget.threePublic', 'budget.gpbBasicExpenditure', 'gpb', 'total'),
  ...([['fiscal', 'priorYearCarryover.fiscal'], ['nonFiscal', 'priorYearCarryover.nonFiscal'], ['total', 'priorYearCarryover']] as const)
    .map(([column, row]): IdentitySpec => ({
      id: 'budget.cross.carryoverDetail', kind: 'cells', op: '=', lhs: [cell('budget.carryoverDetail', 'total', column)],
      rhs: [cell(S, row, 'amount')], requiresRows: [cell(S, row, 'amount')],
      basis: '上年结转结余情况明细表合计 = 收支总表上年结转结余（分财政拨款、非财政拨款）。' })),
];

export const BUDGET_IDENTITIES: readonly IdentitySpec[] = [...SUMMARY, ...fiscalSummary('budget.fiscalSummary'), ...ROWS, ...CROSS, ...BUDGET_KIND_IDENTITIES];
