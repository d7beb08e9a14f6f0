/**
 * @module The identities of MODEL.md as data. Recognition uses them to decide which column
 * a value belongs to when empty cells vanished; checks evaluate them and report each one.
 */
import type { CellTerm, IdentitySpec, RowRef } from './identity-types.js';

const cell = (table: string, row: string, column: string): CellTerm => ({ table, row: rowRef(row), column });
const rowRef = (r: string): RowRef => (/^\d+$/.test(r) ? { code: r } : { key: r });
const cells = (table: string, rows: string[], column: string) => rows.map((r) => cell(table, r, column));

/** Periods and funding sources a 三公 table may print. */
const THREE_PUBLIC_PERIODS = ['budget', 'final', 'priorYear', 'gpb', 'gf', 'soce'];
/** Budgets also print each year by source, and the change (深圳: one row per year). */
const THREE_PUBLIC_BUDGET_PERIODS = [...THREE_PUBLIC_PERIODS, 'change', 'priorYearGpb', 'priorYearGf', 'priorYearSoce', 'changeGpb', 'changeGf', 'changeSoce'];
/** A change printed beside two years: [change, prior year, budget year]. */
const THREE_PUBLIC_CHANGES = [['change', 'priorYear', 'budget'], ['changeGpb', 'priorYearGpb', 'gpb'], ['changeGf', 'priorYearGf', 'gf'],
  ['changeSoce', 'priorYearSoce', 'soce']] as const;
const THREE_PUBLIC_ITEM_KEYS = ['total', 'overseas', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'];

function threePublic(table: string): IdentitySpec[] {
  if (!table.startsWith('budget.')) return threePublicSums(table, THREE_PUBLIC_PERIODS);
  return [...threePublicSums(table, THREE_PUBLIC_BUDGET_PERIODS), ...threePublicBudgetExtras(table)];
}

function threePublicSums(table: string, periods: readonly string[]): IdentitySpec[] {
  return periods.flatMap((p): IdentitySpec[] => [
    { id: `${table}.total`, kind: 'row', table, lhs: [`${p}.total`], rhs: [`${p}.overseas`, `${p}.vehicles`, `${p}.reception`],
      requires: [`${p}.total`], basis: '“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行（维护）费 + 公务接待费。' },
    { id: `${table}.vehicles`, kind: 'row', table, lhs: [`${p}.vehicles`], rhs: [`${p}.vehiclePurchase`, `${p}.vehicleOperation`],
      requires: [`${p}.vehicles`], basis: '公务用车购置及运行费小计 = 公务用车购置费 + 公务用车运行（维护）费。' },
  ]);
}

/** Budget tables only: the 合计 over 三公, 会议费 and 培训费 (江苏), and a printed change between two years (深圳). */
function threePublicBudgetExtras(table: string): IdentitySpec[] {
  const grand: IdentitySpec = { id: `${table}.grandTotal`, kind: 'row', table, lhs: ['budget.grandTotal'],
    rhs: ['budget.total', 'budget.meetings', 'budget.training'], requires: ['budget.grandTotal'],
    basis: '“三公”经费、会议费、培训费合计 = “三公”经费 + 会议费 + 培训费。' };
  const changes = THREE_PUBLIC_CHANGES.flatMap(([change, prior, current]) => THREE_PUBLIC_ITEM_KEYS.map((item): IdentitySpec => ({
    id: `${table}.change`, kind: 'row', table, lhs: [`${prior}.${item}`, `${change}.${item}`], rhs: [`${current}.${item}`],
    requires: [`${change}.${item}`, `${prior}.${item}`, `${current}.${item}`],
    basis: '“三公”经费增减变化 = 本年预算数 − 上年预算数（每一项）。',
  })));
  return [grand, ...changes];
}

function threePublicCoversEconomic(threeTable: string, basicTable: string, period: string, column: string): IdentitySpec[] {
  const pairs: [string, string, string][] = [
    ['overseas', '30212', '因公出国（境）费'], ['reception', '30217', '公务接待费'],
    ['vehicleOperation', '30231', '公务用车运行维护费'], ['vehiclePurchase', '31013', '公务用车购置费'],
  ];
  return pairs.map(([item, code, name]) => ({
    id: `${threeTable}.coversEconomic`, kind: 'cells', op: '>=',
    lhs: [cell(threeTable, 'threePublic', `${period}.${item}`)], rhs: [cell(basicTable, code, column)],
    requiresRows: [cell(basicTable, code, column)],
    basis: `“三公”经费的${name}包括基本支出和项目支出，不小于基本支出经济分类 ${code} 的金额。`,
  }));
}

const HIERARCHY_BASIS = '功能/经济分类科目逐级汇总：类 = 所属款之和，款 = 所属项之和，合计 = 各类之和（每一列）。';

const FINAL: IdentitySpec[] = [
  { id: 'final.income.rowSum', kind: 'row', table: 'final.income', lhs: ['total'],
    rhs: ['fiscal', 'superiorSubsidy', 'business', 'operating', 'affiliated', 'other'],
    basis: '收入决算表每行：本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入。' },
  { id: 'final.expenditure.rowSum', kind: 'row', table: 'final.expenditure', lhs: ['total'],
    rhs: ['basic', 'project', 'remitToSuperior', 'operating', 'subsidyToAffiliated'],
    basis: '支出决算表每行：本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出。' },
  { id: 'final.gpbExpenditure.rowSum', kind: 'row', table: 'final.gpbExpenditure', lhs: ['total'], rhs: ['basic', 'project'],
    basis: '一般公共预算财政拨款支出 = 基本支出 + 项目支出。' },
  { id: 'final.gpbExpenditure.basicSplit', kind: 'row', table: 'final.gpbExpenditure', lhs: ['basic'], rhs: ['personnel', 'public'],
    requires: ['personnel', 'public'], basis: '基本支出 = 人员经费 + 公用经费。' },
  ...['final.gf', 'final.soce'].flatMap((t): IdentitySpec[] => [
    { id: `${t}.rowSum`, kind: 'row', table: t, lhs: ['total'], rhs: ['basic', 'project'], requires: ['basic'],
      basis: '本年支出小计 = 基本支出 + 项目支出。' },
    { id: `${t}.balance`, kind: 'row', table: t, lhs: ['closingBalance', 'total'], rhs: ['openingBalance', 'income'],
      requires: ['openingBalance', 'closingBalance'], basis: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。' },
  ]),
  ...['final.income', 'final.expenditure', 'final.gpbExpenditure', 'final.gf', 'final.soce', 'final.gpbBasicExpenditure']
    .map((table): IdentitySpec => ({ id: `${table}.hierarchy`, kind: 'hierarchy', table, basis: HIERARCHY_BASIS })),
  { id: 'final.gpbBasicExpenditure.personnelTotal', kind: 'cells', op: '=',
    lhs: [cell('final.gpbBasicExpenditure', 'personnelTotal', 'amount')], rhs: cells('final.gpbBasicExpenditure', ['301', '303'], 'amount'),
    basis: '人员经费合计 = 工资福利支出（301）+ 对个人和家庭的补助（303）。' },
  { id: 'final.gpbBasicExpenditure.publicTotal', kind: 'cells', op: '=',
    lhs: [cell('final.gpbBasicExpenditure', 'publicTotal', 'amount')],
    rhs: cells('final.gpbBasicExpenditure', ['302', '307', '309', '310', '312', '313', '399'], 'amount'),
    basis: '公用经费合计 = 商品和服务支出（302）+ 债务利息（307）+ 资本性支出（310 等）+ 其他支出（399）。' },
  ...threePublic('final.threePublic'),
  // 收入支出决算总表
  { id: 'final.summary.incomeTotal', kind: 'cells', op: '=', lhs: [cell('final.summary', 'incomeTotal', 'amount')],
    rhs: cells('final.summary', ['gpbAppropriation', 'fiscalAppropriation', 'gfAppropriation', 'soceAppropriation', 'superiorSubsidy',
      'businessIncome', 'operatingIncome', 'affiliatedRemittance', 'otherIncome'], 'amount'),
    basis: '本年收入合计 = 各项收入之和。' },
  { id: 'final.summary.incomeGrandTotal', kind: 'cells', op: '=', lhs: [cell('final.summary', 'incomeGrandTotal', 'amount')],
    rhs: cells('final.summary', ['incomeTotal', 'nonFiscalBalanceUsed', 'openingBalance'], 'amount'),
    basis: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余。' },
  { id: 'final.summary.expenditureTotal', kind: 'hierarchy', table: 'final.summary', totalRow: 'expenditureTotal',
    basis: '本年支出合计 = 各功能分类类级支出之和。' },
  { id: 'final.summary.expenditureGrandTotal', kind: 'cells', op: '=', lhs: [cell('final.summary', 'expenditureGrandTotal', 'amount')],
    rhs: cells('final.summary', ['expenditureTotal', 'balanceDistribution', 'closingBalance'], 'amount'),
    basis: '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余。' },
  { id: 'final.summary.balance', kind: 'cells', op: '=', lhs: [cell('final.summary', 'incomeGrandTotal', 'amount')],
    rhs: [cell('final.summary', 'expenditureGrandTotal', 'amount')], basis: '收入总计 = 支出总计。' },
  ...fiscalSummary('final.fiscalSummary'),
  // between tables
  { id: 'final.cross.incomeTotal', kind: 'cells', op: '=', lhs: [cell('final.summary', 'incomeTotal', 'amount')],
    rhs: [cell('final.income', 'total', 'total')], basis: '总表本年收入合计 = 收入决算表合计。' },
  { id: 'final.cross.fiscalIncome', kind: 'cells', op: '=', lhs: [cell('final.income', 'total', 'fiscal')],
    rhs: cells('final.summary', ['gpbAppropriation', 'fiscalAppropriation', 'gfAppropriation', 'soceAppropriation'], 'amount'),
    basis: '收入决算表财政拨款收入 = 总表三项财政拨款收入之和。' },
  ...([['superiorSubsidy', 'superiorSubsidy'], ['businessIncome', 'business'], ['operatingIncome', 'operating'],
    ['affiliatedRemittance', 'affiliated'], ['otherIncome', 'other']] as const).map(([row, column]): IdentitySpec => ({
    id: 'final.cross.incomeItem', kind: 'cells', op: '=', lhs: [cell('final.income', 'total', column)],
    rhs: [cell('final.summary', row, 'amount')], basis: '收入决算表合计行各列 = 总表对应收入项目。' })),
  { id: 'final.cross.expenditureTotal', kind: 'cells', op: '=', lhs: [cell('final.summary', 'expenditureTotal', 'amount')],
    rhs: [cell('final.expenditure', 'total', 'total')], basis: '总表本年支出合计 = 支出决算表合计。' },
  { id: 'final.cross.expenditureClasses', kind: 'rows', rows: 'classes', op: '=',
    left: { table: 'final.summary', column: 'amount' }, right: { table: 'final.expenditure', column: 'total' },
    basis: '总表各类支出 = 支出决算表对应类合计。' },
  { id: 'final.cross.fiscalIncome', kind: 'cells', op: '=', lhs: [cell('final.fiscalSummary', 'incomeTotal', 'amount')],
    rhs: [cell('final.income', 'total', 'fiscal')], basis: '财政拨款收入支出决算总表本年收入 = 收入决算表财政拨款收入。' },
  { id: 'final.cross.gpbIncome', kind: 'cells', op: '=', lhs: [cell('final.fiscalSummary', 'gpb', 'amount')],
    rhs: [cell('final.summary', 'gpbAppropriation', 'amount')], requiresRows: [cell('final.summary', 'gpbAppropriation', 'amount')],
    basis: '两张总表的一般公共预算财政拨款收入相同。' },
  { id: 'final.cross.gpbExpenditure', kind: 'rows', rows: 'classes', op: '=', keyed: { expenditureTotal: 'total' },
    left: { table: 'final.fiscalSummary', column: 'gpb' }, right: { table: 'final.gpbExpenditure', column: 'total' },
    basis: '财政拨款收支总表一般公共预算列 = 一般公共预算财政拨款支出决算表（类和合计）。' },
  { id: 'final.cross.gfExpenditure', kind: 'cells', op: '=', lhs: [cell('final.fiscalSummary', 'expenditureTotal', 'gf')],
    rhs: [cell('final.gf', 'total', 'total')], basis: '财政拨款收支总表政府性基金列 = 政府性基金决算表支出合计。' },
  { id: 'final.cross.soceExpenditure', kind: 'cells', op: '=', lhs: [cell('final.fiscalSummary', 'expenditureTotal', 'soce')],
    rhs: [cell('final.soce', 'total', 'total')], basis: '财政拨款收支总表国有资本经营列 = 国有资本经营决算表支出合计。' },
  // The fund tables restate the fiscal summary's gf / soce figures: income, opening and closing balances.
  ...(['gf', 'soce'] as const).flatMap((f): IdentitySpec[] => [
    [cell('final.fiscalSummary', f, 'amount'), 'income', '本年收入'],
    [cell('final.fiscalSummary', `openingBalance.${f}`, 'amount'), 'openingBalance', '年初结转和结余'],
    [cell('final.fiscalSummary', 'closingBalance', f), 'closingBalance', '年末结转和结余'],
  ].map(([summary, column, name]): IdentitySpec => ({
    id: `final.cross.${f}Fund`, kind: 'cells', op: '=', lhs: [summary as CellTerm], rhs: [cell(`final.${f}`, 'total', column as string)],
    requiresRows: [summary as CellTerm],
    basis: `财政拨款收入支出决算总表的${f === 'gf' ? '政府性基金预算' : '国有资本经营预算'}财政拨款${name as string} = ${f === 'gf' ? '政府性基金' : '国有资本经营'}决算表合计行的${name as string}。`,
  }))),
  { id: 'final.cross.basicSplit', kind: 'cells', op: '=', lhs: [cell('final.gpbExpenditure', 'total', 'basic')],
    rhs: cells('final.gpbBasicExpenditure', ['personnelTotal', 'publicTotal'], 'amount'),
    basis: '一般公共预算财政拨款基本支出 = 基本支出决算表人员经费合计 + 公用经费合计。' },
  ...['total', 'basic', 'project'].map((column): IdentitySpec => ({
    id: 'final.cross.gpbWithinExpenditure', kind: 'rows', rows: 'coded', op: '<=', keyed: { total: 'total' },
    left: { table: 'final.gpbExpenditure', column }, right: { table: 'final.expenditure', column },
    basis: '一般公共预算财政拨款支出是全部支出的一部分：逐科目不大于支出决算表。' })),
  ...fundsWithinExpenditure(['final.gf', 'final.soce'], 'final.expenditure'),
  ...threePublicCoversEconomic('final.threePublic', 'final.gpbBasicExpenditure', 'final', 'amount'),
];

/**
 * The fund tables' spending is part of all spending: per item and per column (本年支出小计, 基本支出,
 * 项目支出) not above the expenditure table. This is what places a fund table's lone figure under
 * 基本支出 or 项目支出 when blank cells vanished and both add up.
 */
function fundsWithinExpenditure(funds: readonly string[], expenditure: string): IdentitySpec[] {
  const prefix = expenditure.split('.')[0]!;
  return funds.flatMap((t) => ['total', 'basic', 'project'].map((column): IdentitySpec => ({
    id: `${prefix}.cross.fundWithinExpenditure`, kind: 'rows', rows: 'coded', op: '<=', keyed: { total: 'total' },
    left: { table: t, column }, right: { table: expenditure, column },
    basis: `${t.endsWith('gf') ? '政府性基金' : '国有资本经营'}预算财政拨款支出是全部支出的一部分：逐科目、逐列（合计、基本支出、项目支出）不大于支出表。`,
  })));
}

function fiscalSummary(t: string): IdentitySpec[] {
  return [
    { id: `${t}.incomeTotal`, kind: 'cells', op: '=', lhs: [cell(t, 'incomeTotal', 'amount')], rhs: cells(t, ['gpb', 'gf', 'soce'], 'amount'),
      basis: '本年财政拨款收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款。' },
    { id: `${t}.openingBalance`, kind: 'cells', op: '=', lhs: [cell(t, 'openingBalance', 'amount')],
      rhs: cells(t, ['openingBalance.gpb', 'openingBalance.gf', 'openingBalance.soce'], 'amount'),
      requiresRows: [cell(t, 'openingBalance.gpb', 'amount')], basis: '年初财政拨款结转和结余 = 三项财政拨款结转和结余之和。' },
    { id: `${t}.incomeGrandTotal`, kind: 'cells', op: '=', lhs: [cell(t, 'incomeGrandTotal', 'amount')],
      rhs: cells(t, ['incomeTotal', 'openingBalance'], 'amount'), basis: '收入总计 = 本年收入 + 年初结转和结余。' },
    { id: `${t}.rowSum`, kind: 'row', table: t, lhs: ['total'], rhs: ['gpb', 'gf', 'soce'], requires: ['gpb'],
      basis: '支出各行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款。' },
    { id: `${t}.expenditureTotal`, kind: 'hierarchy', table: t, totalRow: 'expenditureTotal', basis: '本年支出合计 = 各类支出之和。' },
    { id: `${t}.expenditureGrandTotal`, kind: 'cells', op: '=', lhs: [cell(t, 'expenditureGrandTotal', 'total')],
      rhs: cells(t, ['expenditureTotal', 'closingBalance'], 'total'), requiresRows: [cell(t, 'expenditureTotal', 'total')],
      basis: '支出总计 = 本年支出合计 + 年末结转和结余。' },
    { id: `${t}.expenditureGrandTotal`, kind: 'hierarchy', table: t, totalRow: 'expenditureGrandTotal', plus: ['closingBalance'],
      unlessRows: ['expenditureTotal'], basis: '支出总计 = 各类支出之和 + 年末（下年）结转。' },
    { id: `${t}.balance`, kind: 'cells', op: '=', lhs: [cell(t, 'incomeGrandTotal', 'amount')],
      rhs: [cell(t, 'expenditureGrandTotal', 'total')], basis: '收入总计 = 支出总计。' },
    ...(['gpb', 'gf', 'soce'] as const).map((f): IdentitySpec => ({
      id: `${t}.fundBalance`, kind: 'cells', op: '=',
      lhs: [cell(t, 'closingBalance', f), cell(t, 'expenditureTotal', f)], rhs: [cell(t, `openingBalance.${f}`, 'amount'), cell(t, f, 'amount')],
      requiresRows: [cell(t, 'closingBalance', f), cell(t, `openingBalance.${f}`, 'amount')],
      basis: '每项财政拨款：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。' })),
    ...(['gpb', 'gf', 'soce'] as const).map((f): IdentitySpec => ({
      id: `${t}.expenditureGrandTotal`, kind: 'cells', op: '=', lhs: [cell(t, 'expenditureGrandTotal', f)],
      rhs: cells(t, ['expenditureTotal', 'closingBalance'], f), requiresRows: [cell(t, 'expenditureTotal', f)],
      basis: '支出总计 = 本年支出合计 + 年末结转和结余（各列）。' })),
  ];
}

export const FINAL_IDENTITIES: readonly IdentitySpec[] = FINAL;
export { fiscalSummary, fundsWithinExpenditure, threePublic, threePublicCoversEconomic, cell, cells, HIERARCHY_BASIS };
