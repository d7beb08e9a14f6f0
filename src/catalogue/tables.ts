/**
 * @module The table catalogue: every standard table kind of MODEL.md with its title
 * variants, layout, columns and summary rows. Titles are matched after whitespace,
 * numbering (一、 表1 公开01表 单位公开表1 预算01表) and （续） are removed.
 */
import type { CodeScheme } from '../model/index.js';
import type { RowSpec, TableSpec } from './types.js';
import {
  AMOUNT, BASIC_BUDGET_COLUMNS, BUDGET_EXPENDITURE_COLUMNS, BUDGET_INCOME_COLUMNS, CARRYOVER_COLUMNS, ECONOMIC_EXPENDITURE_COLUMNS,
  EXPENDITURE_COLUMNS, FISCAL_BASIC_COLUMNS, FISCAL_EXPENDITURE_COLUMNS, FINAL_INCOME_COLUMNS, FISCAL_SIDE, FUND_COLUMNS, FUNDING_SOURCE_COLUMNS, GPB_EXPENDITURE_COLUMNS, PROJECT_COLUMNS,
} from './columns.js';

const row = (key: string, aliases: string[], extra: Partial<RowSpec> = {}): RowSpec => ({ key, aliases, ...extra });

const TOTAL_ROW = row('total', ['合计', '总计']);

const FINAL_SUMMARY_ROWS: RowSpec[] = [
  row('gpbAppropriation', ['一般公共预算财政拨款收入', '一般公共预算财政拨款'], { side: 'income' }),
  row('fiscalAppropriation', ['财政拨款收入'], { side: 'income' }),
  row('gfAppropriation', ['政府性基金预算财政拨款收入', '政府性基金预算财政拨款'], { side: 'income' }),
  row('soceAppropriation', ['国有资本经营预算财政拨款收入', '国有资本经营预算财政拨款'], { side: 'income' }),
  row('superiorSubsidy', ['上级补助收入'], { side: 'income' }),
  row('businessIncome', ['事业收入'], { side: 'income' }),
  row('operatingIncome', ['经营收入'], { side: 'income' }),
  row('affiliatedRemittance', ['附属单位上缴收入'], { side: 'income' }),
  row('otherIncome', ['其他收入', '其它收入'], { side: 'income' }),
  row('incomeTotal', ['本年收入合计'], { side: 'income' }),
  row('nonFiscalBalanceUsed', ['使用非财政拨款结余（含专用结余）', '使用非财政拨款结余', '使用专用结余'], { side: 'income' }),
  row('openingBalance', ['年初结转和结余'], { side: 'income' }),
  row('incomeGrandTotal', ['总计', '收入总计'], { side: 'income' }),
  row('expenditureTotal', ['本年支出合计'], { side: 'expenditure' }),
  row('balanceDistribution', ['结余分配'], { side: 'expenditure' }),
  row('closingBalance', ['年末结转和结余'], { side: 'expenditure' }),
  row('expenditureGrandTotal', ['总计', '支出总计'], { side: 'expenditure' }),
];

const FISCAL_SUMMARY_ROWS: RowSpec[] = [
  // 深圳 prints each under 上年结余、结转 as 一般公共预算拨款结余、结转
  row('openingBalance.gpb', ['一般公共预算财政拨款', '一般公共预算拨款', '一般公共预算', '一般公共预算拨款结余、结转'], { side: 'income', under: 'openingBalance' }),
  row('openingBalance.gf', ['政府性基金预算财政拨款', '政府性基金预算拨款', '政府性基金预算', '政府性基金预算拨款结余、结转'], { side: 'income', under: 'openingBalance' }),
  row('openingBalance.soce', ['国有资本经营预算财政拨款', '国有资本经营预算拨款', '国有资本经营预算', '国有资本经营预算拨款结余、结转'],
    { side: 'income', under: 'openingBalance' }),
  // 福建: 一般公共预算拨款收入 …
  row('gpb', ['一般公共预算财政拨款', '一般公共预算财政拨款收入', '一般公共预算拨款', '一般公共预算拨款收入', '一般公共预算', '一般公共预算资金'], { side: 'income' }),
  row('gf', ['政府性基金预算财政拨款', '政府性基金预算拨款', '政府性基金预算拨款收入', '政府性基金预算', '政府性基金预算资金'], { side: 'income' }),
  row('soce', ['国有资本经营预算财政拨款', '国有资本经营财政拨款', '国有资本经营预算拨款', '国有资本经营预算拨款收入', '国有资本经营预算', '国有资本经营预算资金'],
    { side: 'income' }),
  row('incomeTotal', ['本年收入合计', '本年收入', '财政拨款（补助）', '财政拨款(补助)', '财政拨款'], { side: 'income', opens: true }),
  row('openingBalance', ['年初财政拨款结转和结余', '上年结转', '上年结转结余', '上年财政拨款结转', '上年结余、结转'], { side: 'income', opens: true }),
  // 收入合计/支出合计 printed last, under 上年结转/结转下年, are the grand totals
  row('incomeGrandTotal', ['总计', '收入总计', '收入合计'], { side: 'income' }),
  row('expenditureTotal', ['本年支出合计', '本年支出'], { side: 'expenditure' }),
  row('closingBalance', ['年末财政拨款结转和结余', '结转下年', '年末结转和结余'], { side: 'expenditure' }),
  row('expenditureGrandTotal', ['总计', '支出总计', '支出合计'], { side: 'expenditure' }),
];

const BUDGET_SUMMARY_ROWS: RowSpec[] = [
  row('priorYearCarryover.fiscal', ['财政拨款结转', '财政拨款结余、结转'], { side: 'income', under: 'priorYearCarryover' }),
  row('priorYearCarryover.gpb', ['一般公共预算拨款', '一般公共预算'], { side: 'income', under: 'priorYearCarryover' }),
  row('priorYearCarryover.gf', ['政府性基金预算拨款', '政府性基金预算'], { side: 'income', under: 'priorYearCarryover' }),
  row('priorYearCarryover.soce', ['国有资本经营预算拨款', '国有资本经营预算'], { side: 'income', under: 'priorYearCarryover' }),
  row('priorYearCarryover.nonFiscal', ['非财政拨款结转结余', '非财政拨款结余、结转'], { side: 'income', under: 'priorYearCarryover' }),
  row('priorYearCarryover.specialAccount', ['财政专户核拨'], { side: 'income', under: 'priorYearCarryover' }),
  row('priorYearCarryover.unitFunds', ['单位资金'], { side: 'income', under: 'priorYearCarryover' }),
  row('gpbAppropriation', ['一般公共预算拨款收入', '一般公共预算拨款', '一般公共预算收入', '一般公共预算财政拨款收入', '一般公共预算'], { side: 'income' }),
  row('gpbOwnFunds', ['一般财力'], { side: 'income' }),
  row('gpbTransfer', ['上级一般公共预算安排转移支付', '上级一般公共预算安排的转移支付'], { side: 'income' }),
  row('gfAppropriation', ['政府性基金预算拨款收入', '政府性基金预算拨款', '政府性基金预算收入', '政府性基金预算'], { side: 'income' }),
  row('gfOwnFunds', ['政府性基金收入'], { side: 'income' }),
  row('gfTransfer', ['上级政府性基金安排转移支付'], { side: 'income' }),
  row('soceAppropriation', ['国有资本经营预算拨款收入', '国有资本经营预算拨款', '国有资本经营预算收入', '国有资本经营预算'], { side: 'income' }),
  row('soceOwnFunds', ['国有资本经营收入'], { side: 'income' }),
  row('soceTransfer', ['上级国有资本经营预算安排转移支付'], { side: 'income' }),
  row('specialAccount', ['财政专户管理资金收入', '财政专户管理资金', '财政专户核拨', '财政专户拨款', '财政专户拨款收入',
    '财政专户管理事业收入'], { side: 'income' }),
  // 广东: 预算拨款 is the appropriation of all three budgets, printed without its parts
  // 长沙: 本级财政拨款收入 is the appropriation of all three budgets, printed without its parts
  row('fiscalAppropriation', ['预算拨款', '本级财政拨款收入', '本级财政拨款'], { side: 'income' }),
  row('unitFunds', ['单位资金'], { side: 'income' }),
  row('businessIncome', ['事业收入'], { side: 'income' }),
  row('superiorSubsidy', ['上级补助收入'], { side: 'income' }),
  row('affiliatedRemittance', ['附属单位上缴收入'], { side: 'income' }),
  row('operatingIncome', ['事业单位经营收入', '事业单位经营服务收入', '经营收入'], { side: 'income' }),
  row('otherIncome', ['其他收入', '其它收入'], { side: 'income' }),
  // 江苏 prints 当年收入小计 / 上年结转资金 / 收入合计 and 当年支出小计 / 结转下年资金 / 支出合计
  row('incomeTotal', ['本年收入合计', '本年收入', '当年收入小计'], { side: 'income', opens: true }),
  row('nonFiscalBalanceUsed', ['使用非财政拨款结余', '使用非财政拨款结余（含专用结余）'], { side: 'income' }),
  row('priorYearCarryover', ['上年结转', '上年结转结余', '上年结转（结余）', '上年结转和结余', '上年结余、结转', '上年结转资金'],
    { side: 'income', opens: true }),
  row('incomeGrandTotal', ['收入总计', '总计'], { side: 'income' }),
  // 收入合计/支出合计 printed after 上年结转/结转下年 are the grand totals (before them, 合计 is the year's own)
  row('incomeGrandTotal', ['收入合计'], { side: 'income', under: 'priorYearCarryover' }),
  row('expenditureTotal', ['本年支出合计', '本年支出', '当年支出小计'], { side: 'expenditure' }),
  row('carryToNextYear', ['结转下年', '年末结转和结余', '年末结转结余', '年终结转结余', '结转结余下年', '结转下年资金', '结转下年支出'],
    { side: 'expenditure', opens: true }),
  row('expenditureGrandTotal', ['支出总计', '总计'], { side: 'expenditure' }),
  row('expenditureGrandTotal', ['支出合计'], { side: 'expenditure', under: 'carryToNextYear' }),
];

const BASIC_ECONOMIC_ROWS: RowSpec[] = [
  row('personnelTotal', ['人员经费合计', '人员经费']),
  row('publicTotal', ['公用经费合计', '公用经费']),
  TOTAL_ROW,
];

/**
 * Words that qualify a title without changing the table: who publishes it (市级部门, 预算单位,
 * 部门综合预算) and classification remarks (功能分类). Stripped before the stems are tested:
 * leading qualifiers repeatedly, fillers anywhere.
 */
export const TITLE_QUALIFIERS: readonly string[] = ['市级部门', '部门综合预算', '预算单位', '部门', '单位'];
export const TITLE_FILLERS: readonly string[] = ['（按支出功能分类科目）', '（按支出经济分类科目）', '（按功能分类科目）', '（按功能分类）',
  '（按经济分类科目）', '（按经济分类）', '（功能科目）', '（经济科目）', '部门预算经济分类', '功能分类'];

/**
 * The classification a title names (一般公共预算支出表（按经济分类）): a table whose codes are of
 * the other scheme is not that kind, though the titles are the same once the fillers are gone.
 */
export const TITLE_CODE_SCHEMES: ReadonlyArray<readonly [RegExp, CodeScheme]> = [
  [/功能分类|功能科目/, 'functional'],
  [/经济分类|经济科目/, 'economic'],
];

/** Title stems; `(决算|预算)?` and 情况/总体情况 variants are spelled out per kind. */
const T = {
  summary: [/^(财务)?收(入)?支(出)?(决算|预算)?总(体情况)?表$/, /^收支(决算|预算)?总表$/],
  income: [/^收入(决算|预算)?(总)?(体情况)?表$/],
  expenditure: [/^(本年)?支出(决算|预算)?(总)?(体情况)?表$/],
  fiscalSummary: [/^财政拨款收(入)?支(出)?(决算|预算)?总(体情况)?表$/, /^财政拨款收支(预算)?总体情况表$/],
  gpbExpenditure: [/^一般公共预算(财政)?(拨款)?支出(决算|预算)?(明细)?(情况)?表$/],
  gpbBasic: [/^一般公共预算(财政)?(拨款)?基本支出(决算|预算)?(经济分类)?(明细)?(情况)?表(（经济分类科目）)?$/],
  gpbProject: [/^一般公共预算(财政)?(拨款)?项目支出(决算|预算)?(情况)?表$/, /^项目支出(预算)?表$/],
  gf: [/^(财政拨款)?政府性基金(预算)?(财政)?(拨款)?(收入)?支出(决算|预算)?(情况)?表$/, /^政府性基金(预算)?收支(预算)?表$/],
  soce: [/^国有资本经营预算(财政)?(拨款)?(收入)?支出(决算|预算)?(情况)?表$/],
  threePublic: [
    /^(一般公共预算)?(财政)?(拨款)?(预算)?“?三公”?经费(支出)?(决算|预算)?(情况)?表$/,
    // budgets that print 机关运行经费 or 会议费/培训费 beside the 三公 columns
    /^(一般公共预算)?(财政)?(拨款)?“?三公”?经费(和机关运行经费|[、及]会议费[、及]培训费)(支出)?(预算)?表$/,
  ],
  carryover: [/^上年结转结余(情况)?明细表$/],
  // 福建: 一般公共预算支出经济分类情况表 (经济分类 is part of the title, not a remark)
  gpbEconomic: [/^一般公共预算(财政)?(拨款)?支出经济分类(情况)?表$/],
  // all funds, by paying source: 基本支出总表 (深圳), 基本支出预算情况表 (烟台), (部门)预算基本支出预算表 (广州)
  basic: [/^(预算)?基本支出(预算)?(总|情况)?表$/],
  // 总/情况 required: 项目支出(预算)表 alone is the gpb project table; 广州 adds 及其他支出
  project: [/^(预算)?项目支出(预算)?(总|情况)表$/],
  // the three funds together (苏州 财政拨款支出表（功能科目）, 江苏 财政拨款基本支出预算表（经济科目）)
  fiscalExpenditure: [/^财政拨款支出(预算)?表$/],
  fiscalBasic: [/^财政拨款基本支出(预算)?表$/],
};

export const TABLE_SPECS: readonly TableSpec[] = [
  { kind: 'final.summary', disclosure: 'final', titles: T.summary, layout: 'twoSided', columns: [AMOUNT],
    sides: { income: [AMOUNT], expenditure: [AMOUNT] }, rows: FINAL_SUMMARY_ROWS },
  { kind: 'final.income', disclosure: 'final', titles: T.income, layout: 'coded', columns: FINAL_INCOME_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'final.expenditure', disclosure: 'final', titles: T.expenditure, layout: 'coded', columns: EXPENDITURE_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'final.fiscalSummary', disclosure: 'final', titles: T.fiscalSummary, layout: 'twoSided', columns: [AMOUNT],
    sides: { income: [AMOUNT], expenditure: FISCAL_SIDE }, rows: FISCAL_SUMMARY_ROWS },
  { kind: 'final.gpbExpenditure', disclosure: 'final', titles: T.gpbExpenditure, layout: 'coded', columns: GPB_EXPENDITURE_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'final.gpbBasicExpenditure', disclosure: 'final', titles: T.gpbBasic, layout: 'economicGroups', columns: [AMOUNT], rows: BASIC_ECONOMIC_ROWS, codes: 'economic' },
  { kind: 'final.gf', disclosure: 'final', titles: T.gf, layout: 'coded', columns: FUND_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'final.soce', disclosure: 'final', titles: T.soce, layout: 'coded', columns: FUND_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'final.threePublic', disclosure: 'final', titles: T.threePublic, layout: 'threePublic', columns: [], rows: [] },
  { kind: 'budget.summary', disclosure: 'budget', titles: T.summary, layout: 'twoSided', columns: [AMOUNT],
    sides: { income: [AMOUNT], expenditure: [AMOUNT] }, rows: BUDGET_SUMMARY_ROWS },
  { kind: 'budget.income', disclosure: 'budget', titles: T.income, layout: 'coded', columns: BUDGET_INCOME_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.expenditure', disclosure: 'budget', titles: T.expenditure, layout: 'coded', columns: BUDGET_EXPENDITURE_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.fiscalSummary', disclosure: 'budget', titles: T.fiscalSummary, layout: 'twoSided', columns: [AMOUNT],
    sides: { income: [AMOUNT], expenditure: FISCAL_SIDE }, rows: FISCAL_SUMMARY_ROWS },
  { kind: 'budget.gpbExpenditure', disclosure: 'budget', titles: T.gpbExpenditure, layout: 'coded', columns: GPB_EXPENDITURE_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.gpbBasicExpenditure', disclosure: 'budget', titles: T.gpbBasic, layout: 'coded', columns: BASIC_BUDGET_COLUMNS, rows: [TOTAL_ROW], codes: 'economic' },
  { kind: 'budget.gpbProjectExpenditure', disclosure: 'budget', titles: T.gpbProject, layout: 'coded', columns: PROJECT_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.gf', disclosure: 'budget', titles: T.gf, layout: 'coded', columns: FUND_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.soce', disclosure: 'budget', titles: T.soce, layout: 'coded', columns: FUND_COLUMNS, rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.threePublic', disclosure: 'budget', titles: T.threePublic, layout: 'threePublic', columns: [], rows: [] },
  { kind: 'budget.carryoverDetail', disclosure: 'budget', titles: T.carryover, layout: 'coded', columns: CARRYOVER_COLUMNS, rows: [TOTAL_ROW] },
  // Kinds beyond MODEL.md (docs/model-extensions.md). Listed last: a title that names no
  // classification keeps the kind above; only the classification a title names picks these.
  { kind: 'budget.gpbEconomicExpenditure', disclosure: 'budget', optional: true, titles: [...T.gpbExpenditure, ...T.gpbEconomic], layout: 'coded',
    columns: ECONOMIC_EXPENDITURE_COLUMNS, rows: [TOTAL_ROW], codes: 'economic' },
  { kind: 'budget.gpbBasicFunctional', disclosure: 'budget', optional: true, titles: T.gpbBasic, layout: 'coded', columns: BASIC_BUDGET_COLUMNS,
    rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.basicExpenditure', disclosure: 'budget', optional: true, titles: T.basic, layout: 'coded', columns: FUNDING_SOURCE_COLUMNS,
    rows: [TOTAL_ROW], codes: 'economic' },
  { kind: 'budget.fiscalExpenditure', disclosure: 'budget', optional: true, titles: T.fiscalExpenditure, layout: 'coded', columns: FISCAL_EXPENDITURE_COLUMNS,
    rows: [TOTAL_ROW], codes: 'functional' },
  { kind: 'budget.fiscalBasicExpenditure', disclosure: 'budget', optional: true, titles: T.fiscalBasic, layout: 'coded', columns: FISCAL_BASIC_COLUMNS,
    rows: [TOTAL_ROW], codes: 'economic' },
  { kind: 'budget.projectExpenditure', disclosure: 'budget', optional: true, titles: T.project, layout: 'coded', columns: FUNDING_SOURCE_COLUMNS,
    rows: [TOTAL_ROW] },
];

/** Kinds whose absence is no gap (`TableSpec.optional`). */
export const OPTIONAL_KINDS: ReadonlySet<string> = new Set(TABLE_SPECS.filter((s) => s.optional).map((s) => s.kind));
