/**
 * @module Column vocabularies shared by several table kinds (header words → column keys).
 * Aliases are matched on the header text with whitespace removed, longest first.
 */
import type { ColumnSpec } from './types.js';

const col = (key: string, aliases: string[], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, aliases, ...extra });

export const TOTAL = col('total', ['本年收入合计', '本年支出合计', '支出合计', '收入合计', '收入总计', '合计', '总计', '小计'], { required: true });
export const BASIC = col('basic', ['基本支出']);
// 西安 calls project expenditure 专项业务经费 (its 表10 部门综合预算专项业务经费支出表)
export const PROJECT = col('project', ['项目支出', '专项业务经费支出']);
export const PERSONNEL = col('personnel', ['人员经费', '人员支出', '人员类']);
export const PUBLIC = col('public', ['公用经费', '日常公用支出', '公用支出']);

export const FINAL_INCOME_COLUMNS: readonly ColumnSpec[] = [
  TOTAL,
  col('fiscal', ['财政拨款收入', '财政拨款']),
  col('superiorSubsidy', ['上级补助收入']),
  col('business', ['事业收入']),
  col('operating', ['经营收入']),
  col('affiliated', ['附属单位上缴收入']),
  col('other', ['其他收入']),
];

export const EXPENDITURE_COLUMNS: readonly ColumnSpec[] = [
  TOTAL,
  BASIC,
  PROJECT,
  col('remitToSuperior', ['上缴上级支出']),
  col('operating', ['事业单位经营支出', '经营支出']),
  col('subsidyToAffiliated', ['对附属单位补助支出']),
  // 江苏 2019 budgets: a reserve the unit holds back, part of the total
  col('unitReserve', ['单位预留机动经费']),
];

/** Budget 支出总表: some print 基本支出 as 人员支出 | 日常公用支出 with no subtotal of its own (杭州). */
export const BUDGET_EXPENDITURE_COLUMNS: readonly ColumnSpec[] = [...EXPENDITURE_COLUMNS.slice(0, 2), PERSONNEL, PUBLIC, ...EXPENDITURE_COLUMNS.slice(2)];

/** Budget income tables: central (001) and local (004) sets in one canonical order. */
export const BUDGET_INCOME_COLUMNS: readonly ColumnSpec[] = [
  TOTAL,
  col('priorYearCarryover', ['上年结转', '上年结转结余', '上年结余、结转', '上年结余结转', '上年结转和结余资金']),
  // 江苏: 本年收入 › 小计 | sources …, 上年结转结余 › 小计 | the same sources (a heading joined to its cell)
  col('currentIncome', ['本年收入小计']),
  col('carryoverGpb', ['上年结转结余一般公共预算']),
  col('carryoverGf', ['上年结转结余政府性基金预算']),
  col('carryoverSoce', ['上年结转结余国有资本经营预算']),
  // 湖州: 上年结转结余 › 专户资金结转结余 | 单位资金结转结余 name their carryover in full
  col('carryoverSpecial', ['上年结转结余财政专户管理资金', '专户资金结转结余']),
  col('carryoverUnitFunds', ['上年结转结余单位资金', '单位资金结转结余']),
  col('fiscalSubtotal', ['财政拨款(补助)小计', '财政拨款（补助）小计', '财政拨款小计', '财政拨款收入', '本级财政拨款金额']),
  // 长沙: 本级财政拨款 › 金额 / 其中：经费拨款 (the general budget's appropriation)
  col('gpb', ['一般公共预算拨款收入', '一般公共预算拨款', '一般公共预算资金', '一般公共预算', '其中：经费拨款', '经费拨款']),
  // 西安: 一般公共预算拨款 › 小计 | 其中：专项资金列入部门预算（的）项目, part of the 小计 (no source of its own)
  col('gpbSpecialFunds', ['其中：专项资金列入部门预算项目', '其中：专项资金列入部门预算的项目']),
  col('gpbTransfer', ['上级一般公共预算安排的转移支付', '上级一般公共预算安排转移支付']),
  // 江苏 (items as rows): the group 政府性基金 › 小计
  col('gf', ['政府性基金预算拨款收入', '政府性基金预算拨款', '政府性基金预算', '政府性基金拨款', '政府性基金']),
  col('gfTransfer', ['上级政府性基金安排的转移支付', '上级政府性基金预算安排的转移支付']),
  col('soce', ['国有资本经营预算拨款收入', '国有资本经营预算拨款', '国有资本经营预算']),
  col('soceTransfer', ['上级国有资本经营预算安排的转移支付']),
  col('specialAccount', ['财政专户管理资金', '财政专户管理事业收入', '财政专户（教育收费）', '财政专户(教育收费)', '财政专户']),
  // 广东: 财政专户拨款收入 heads 教育收费 | 其他专户收入拨款, printed instead of one 财政专户 column
  col('specialTuition', ['财政专户拨款收入教育收费']),
  col('specialOther', ['其他专户收入拨款']),
  col('business', ['事业收入']),
  col('businessTuition', ['其中：教育收费', '其中:教育收费'], { when: ['教育收费'] }),
  col('operating', ['事业单位经营收入', '事业单位经营服务收入', '经营收入']),
  col('superiorSubsidy', ['上级补助收入']),
  col('affiliated', ['附属单位上缴收入']),
  col('other', ['其他收入', '其它收入']),
  col('unitFunds', ['单位资金']),
  col('nonFiscalBalanceUsed', ['使用非财政拨款结余']),
  col('fiscalCarryover', ['财政拨款结转']),
  col('nonFiscalCarryover', ['非财政拨款结转结余']),
];

/**
 * Tables printed transposed (江苏 收入预算总表): a 项目名称 | 金额 header and one row per column of
 * the standard form, named by the column's aliases; rows are grouped under labels printed to
 * their left, and a group's `subtotal` row is the column its group label names.
 */
export const ITEMS_AS_ROWS = { header: /^项目(名称)?金额$/, subtotal: ['小计'] } as const;

export const GPB_EXPENDITURE_COLUMNS: readonly ColumnSpec[] = [
  // headers print years; the tables stage names them relative to the latest (上年 = the year before)
  col('priorYearBudget', ['上年预算数', '上年预算']),
  col('priorYearActual', ['执行数']),
  col('priorYearActualExclInfra', ['扣除中央基建投资后执行数']),
  TOTAL,
  BASIC,
  PERSONNEL,
  PUBLIC,
  PROJECT,
  col('totalExclInfra', ['扣除中央基建投资后预算数']),
  // 北京: 项目支出 heads 项目支出总数 | 扣除基建项目后预算数 (an "of which" view of the project column)
  col('projectExclInfra', ['扣除基建项目后预算数']),
  col('change', ['增减额']),
  col('changePercent', ['增减(%)', '增减（%）', '增减%', '增长率'], { percent: true }),
  // the same comparison on the base without central infrastructure investment; only a
  // header read by geometry tells it apart (the group heading ends in the qualifier)
  col('changeExclInfra', ['（扣除中央基建投资）增减额']),
  col('changePercentExclInfra', ['（扣除中央基建投资）增减（%）', '（扣除中央基建投资）增减(%)'], { percent: true }),
];

export const FUND_COLUMNS: readonly ColumnSpec[] = [
  col('openingBalance', ['年初结转和结余']),
  col('income', ['本年收入']),
  TOTAL,
  BASIC,
  PERSONNEL,
  PUBLIC,
  PROJECT,
  col('closingBalance', ['年末结转和结余']),
];

export const BASIC_BUDGET_COLUMNS: readonly ColumnSpec[] = [TOTAL, PERSONNEL, PUBLIC];

/**
 * 一般公共预算支出表（按经济分类）: economic codes × the split of the functional table (深圳
 * 支出总计 | 基本支出 | 项目支出; 西安 合计 | 人员经费支出 | 公用经费支出 | 专项业务经费支出), or one
 * 预算数 column (福州, 泉州 经济分类情况表).
 */
export const ECONOMIC_EXPENDITURE_COLUMNS: readonly ColumnSpec[] = [
  col('total', [...TOTAL.aliases, '预算数'], { required: true }), BASIC, PERSONNEL, PUBLIC, PROJECT,
];

/**
 * 财政拨款支出表（功能科目） (苏州, 无锡; 江苏 财政拨款支出预算表): the three funds' spending by function,
 * split as the general budget's, or one 金额 column.
 */
export const FISCAL_EXPENDITURE_COLUMNS: readonly ColumnSpec[] = [
  col('total', [...TOTAL.aliases, '金额', '预算数'], { required: true }), BASIC, PERSONNEL, PUBLIC, PROJECT,
];

/** 财政拨款基本支出表（经济科目）: 合计 | 人员经费 | 公用经费, or one 金额 column (江苏). */
export const FISCAL_BASIC_COLUMNS: readonly ColumnSpec[] = [col('total', [...TOTAL.aliases, '金额'], { required: true }), PERSONNEL, PUBLIC];

/**
 * 基本支出总表 / 项目支出总表 (深圳), 基本支出（项目支出）预算情况表 (烟台), 部门预算基本支出预算表 (广州):
 * the spending of all funds by the source that pays it, the source columns of the income table.
 * 财政拨款 › 合计 is the fiscal subtotal; 其他资金 the sources outside the budget funds (广州).
 */
export const FUNDING_SOURCE_COLUMNS: readonly ColumnSpec[] = [
  ...BUDGET_INCOME_COLUMNS.map((c) => (c.key === 'fiscalSubtotal' ? col('fiscalSubtotal', [...c.aliases, '财政拨款合计']) : c)),
  col('otherFunds', ['其他资金']),
];

/** 上年结转结余情况明细表: the same four columns under 财政拨款 and under 非财政拨款. */
export const CARRYOVER_COLUMNS: readonly ColumnSpec[] = ['fiscal', 'nonFiscal'].flatMap((source) => [
  col(source, [], { required: true }),
  col(`${source}BasicPersonnel`, [], { required: true }),
  col(`${source}BasicPublic`, [], { required: true }),
  col(`${source}Project`, [], { required: true }),
]).reduce<ColumnSpec[]>((all, c) => [...all, c], [TOTAL]);

export const AMOUNT = col('amount', ['决算数', '预算数', '金额', '合计'], { required: true });

/** The items of a 三公 table, in printed order within each period. */
export const THREE_PUBLIC_ITEMS = ['total', 'overseas', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

/** Row labels of the transposed 三公 table (items as rows), matched on the bare label. */
export const THREE_PUBLIC_ITEM_LABELS: Record<(typeof THREE_PUBLIC_ITEMS)[number], RegExp> = {
  total: /^(合计|总计|“?三公”?经费合计)$/,
  overseas: /^因公出国（境）费(用)?$/,
  vehicles: /^公务用车购置及运行(维护)?费(（小计）|小计)?$/,
  vehiclePurchase: /^公务用车购置费?$/,
  vehicleOperation: /^公务用车运行(维护)?费$/,
  reception: /^公务接待费$/,
};

/**
 * Where each 三公 item's own (lowest) header cell is printed, matched on the cell's text: the
 * vehicle group's 小计 when there is one; 机关运行经费 where the table adds that column (上海).
 */
export const THREE_PUBLIC_HEADER_WORDS: Readonly<Record<(typeof THREE_PUBLIC_ITEMS)[number] | 'operatingCost', RegExp>> = {
  total: /^合计$/, overseas: /^因公出国/, vehicles: /^(小计|公务用车购置及运行)/, vehiclePurchase: /^(公务用车)?购置费$/,
  vehicleOperation: /^(公务用车)?运行(（维护）|维护)?费$/, reception: /^公务接待/, operatingCost: /^机关运行经费/,
};

/** Display labels of 三公 column parts: periods, funding sources, items. */
export const THREE_PUBLIC_LABELS: Readonly<Record<string, string>> = {
  budget: '预算数', final: '决算数', priorYear: '上年预算数', gpb: '一般公共预算', gf: '政府性基金', soce: '国有资本经营预算',
  total: '合计', overseas: '因公出国（境）费', vehicles: '公务用车购置及运行费', vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费', reception: '公务接待费', operatingCost: '机关运行经费',
  change: '增减变化', priorYearGpb: '上年一般公共预算', priorYearGf: '上年政府性基金', priorYearSoce: '上年国有资本经营预算',
  changeGpb: '增减变化（一般公共预算）', changeGf: '增减变化（政府性基金）', changeSoce: '增减变化（国有资本经营预算）',
  grandTotal: '合计（含会议费、培训费）', meetings: '会议费', training: '培训费',
};

/** Expenditure side of 财政拨款收支总表: total and the three funds. */
export const FISCAL_SIDE: readonly ColumnSpec[] = [
  col('total', ['合计', '预算数', '决算数', '金额'], { required: true }),
  col('gpb', ['一般公共预算财政拨款', '一般公共预算']),
  col('gf', ['政府性基金预算财政拨款', '政府性基金预算']),
  col('soce', ['国有资本经营预算财政拨款', '国有资本经营预算']),
];

/** 项目支出表: the project total and one column per economic class. */
export const PROJECT_COLUMNS: readonly ColumnSpec[] = [
  col('total', ['项目支出合计', '合计'], { required: true }),
  col('e301', ['工资福利支出']),
  col('e302', ['商品和服务支出']),
  col('e303', ['对个人和家庭的补助']),
  col('e307', ['债务利息及费用支出']),
  col('e309', ['资本性支出（基本建设）', '资本性支出(基本建设)']),
  col('e310', ['资本性支出']),
  col('e311', ['对企业补助（基本建设）', '对企业补助(基本建设)']),
  col('e312', ['对企业补助']),
  col('e313', ['对社会保障基金补助']),
  col('e399', ['其他支出']),
];
