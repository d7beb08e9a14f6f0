/**
 * @module What a department states to `budgetlens render`, as data: the leaf figures it knows
 * (per functional 项, per economic 款, the 三公 items, balances, prior-year figures,
 * procurement, assets, counts), each with its JSON key and the Chinese label a finance
 * officer fills in the XLSX form. Every total is computed from these, never typed; the
 * optional stated totals (核对数) are compared with what was computed. The validator, the
 * XLSX reader, the JSON Schema and docs/render-input.md are all read from this one table.
 */

export type InputKind = 'final' | 'budget';

export interface InputField {
  readonly key: string;
  /** Header label (XLSX) in Chinese. */
  readonly label: string;
  readonly kinds: readonly InputKind[];
  /** amount: money in the document unit, at most 2 decimals; count: a whole number. */
  readonly type: 'amount' | 'count';
  /** What the figure is, in English (docs and JSON Schema). */
  readonly about: string;
}

const BOTH: readonly InputKind[] = ['final', 'budget'];
const FINAL: readonly InputKind[] = ['final'];
const BUDGET: readonly InputKind[] = ['budget'];

const f = (key: string, label: string, kinds: readonly InputKind[], about: string, type: 'amount' | 'count' = 'amount'): InputField =>
  ({ key, label, kinds, type, about });

/** Per functional 项 (7-digit code): the columns of the department's ledger. */
export const ITEM_FIELDS: readonly InputField[] = [
  f('gpbPersonnel', '一般公共预算基本支出（人员经费）', BOTH, 'basic spending from the general budget appropriation: personnel'),
  f('gpbPublic', '一般公共预算基本支出（公用经费）', BOTH, 'basic spending from the general budget appropriation: public (running) costs'),
  f('gpbProject', '一般公共预算项目支出', BOTH, 'project spending from the general budget appropriation (this year\'s money)'),
  f('nonFiscalBasic', '非财政拨款基本支出', FINAL, 'basic spending from non-fiscal money (business and other income, balances)'),
  f('nonFiscalProject', '非财政拨款项目支出', FINAL, 'project spending from non-fiscal money'),
  f('gfProject', '政府性基金预算支出', FINAL, 'spending from the government fund appropriation (project)'),
  f('soceProject', '国有资本经营预算支出', FINAL, 'spending from the state capital operations appropriation (project)'),
  f('gpbIncome', '一般公共预算财政拨款收入', FINAL, 'general budget appropriation received'),
  f('gfIncome', '政府性基金预算财政拨款收入', FINAL, 'government fund appropriation received'),
  f('soceIncome', '国有资本经营预算财政拨款收入', FINAL, 'state capital operations appropriation received'),
  f('businessIncome', '事业收入', FINAL, 'business income (事业收入)'),
  f('otherIncome', '其他收入', FINAL, 'other income'),
  f('gfOpening', '政府性基金年初结转和结余', FINAL, 'government fund balance at the start of the year'),
  f('soceOpening', '国有资本经营年初结转和结余', FINAL, 'state capital operations balance at the start of the year'),
  f('gf', '政府性基金预算拨款支出', BUDGET, 'spending budgeted from the government fund appropriation (project)'),
  f('soce', '国有资本经营预算拨款支出', BUDGET, 'spending budgeted from the state capital operations appropriation (project)'),
  f('unitBasic', '单位资金基本支出', BUDGET, 'basic spending budgeted from the unit\'s own money'),
  f('unitProject', '单位资金项目支出', BUDGET, 'project spending budgeted from the unit\'s own money'),
  f('business', '事业收入', BUDGET, 'business income budgeted (funds unit spending)'),
  f('other', '其他收入', BUDGET, 'other income budgeted (funds unit spending)'),
  f('carryFiscal', '上年财政拨款结转', BUDGET, 'last year\'s fiscal carryover spent on projects this year'),
  f('carryNonFiscal', '上年非财政拨款结转', BUDGET, 'last year\'s non-fiscal carryover spent on projects this year'),
  f('priorGpb', '上年一般公共预算执行数', BUDGET, 'last year\'s outturn of this item\'s general budget appropriation (for the stated changes)'),
];

/** One-off figures of the explanations (sheet 其他数据, JSON `figures`); absent = 0. */
export const SCALAR_FIELDS: readonly InputField[] = [
  f('gpbOpening', '一般公共预算财政拨款年初结转和结余', FINAL, 'general budget appropriation balance at the start of the year'),
  f('nonFiscalOpening', '非财政拨款年初结转和结余', FINAL, 'non-fiscal balance at the start of the year'),
  f('priorGrandTotal', '上年收入支出总计', FINAL, 'last year\'s income/expenditure grand total'),
  f('priorFiscalGrandTotal', '上年财政拨款收入支出总计', FINAL, 'last year\'s fiscal grand total'),
  f('priorGpbExpenditure', '上年一般公共预算财政拨款支出', FINAL, 'last year\'s general budget appropriation spending'),
  f('gpbInitialBudget', '一般公共预算财政拨款年初预算', FINAL, 'this year\'s initial budget of the general budget appropriation spending'),
  f('procurementGoods', '政府采购货物支出', BOTH, 'government procurement: goods'),
  f('procurementWorks', '政府采购工程支出', BOTH, 'government procurement: works'),
  f('procurementServices', '政府采购服务支出', BOTH, 'government procurement: services'),
  f('procurementSmallFirms', '授予中小企业合同金额', BOTH, 'procurement contracts awarded to small and medium firms'),
  f('vehicles', '车辆总数', BOTH, 'vehicles held at the end of the year (assets)', 'count'),
  f('equipment', '单位价值100万元以上设备', BOTH, 'pieces of equipment worth 1 million yuan or more', 'count'),
  f('overseasGroups', '因公出国（境）团组数', BOTH, 'official trips abroad: groups', 'count'),
  f('overseasTravellers', '因公出国（境）人次', BOTH, 'official trips abroad: person-trips', 'count'),
  f('vehiclesBought', '公务用车购置数', BOTH, 'official vehicles bought', 'count'),
  f('vehiclesHeld', '年末公务用车保有量', BOTH, 'official vehicles held at the end of the year', 'count'),
  f('receptionBatches', '国内公务接待批次', BOTH, 'official receptions: batches', 'count'),
  f('receptionGuests', '国内公务接待人次', BOTH, 'official receptions: guests', 'count'),
  f('performanceProjects', '实行绩效目标管理的项目数', BUDGET, 'projects under performance-target management', 'count'),
];

/** The 三公 items (rows of sheet 三公经费). */
export const THREE_PUBLIC_INPUT_PARTS: readonly InputField[] = [
  f('overseas', '因公出国（境）费', BOTH, 'official trips abroad'),
  f('vehiclePurchase', '公务用车购置费', BOTH, 'official vehicle purchase'),
  f('vehicleOperation', '公务用车运行维护费', BOTH, 'official vehicle operation and maintenance'),
  f('reception', '公务接待费', BOTH, 'official reception'),
];

/** The 三公 periods (columns of sheet 三公经费). */
export const THREE_PUBLIC_PERIODS: readonly InputField[] = [
  f('budget', '预算数', FINAL, 'the year\'s (adjusted) budget'),
  f('final', '决算数', FINAL, 'the year\'s actual spending'),
  f('prior', '上年决算数', FINAL, 'last year\'s actual spending (for the stated change)'),
  f('budget', '本年预算数', BUDGET, 'this year\'s budget'),
  f('priorYear', '上年预算数', BUDGET, 'last year\'s budget'),
];

/** A cell of a produced table: [table kind, row key or code, column]. */
export type CellAddress = readonly [string, string, string];

export interface StatedTotal {
  readonly key: string;
  readonly label: string;
  readonly cell: Readonly<Record<InputKind, CellAddress>>;
}

/** Totals a department may state to have them compared (核对数): never used as figures, only checked. */
export const STATED_TOTALS: readonly StatedTotal[] = [
  { key: 'incomeTotal', label: '本年收入合计', cell: { final: ['final.summary', 'incomeTotal', 'amount'], budget: ['budget.summary', 'incomeTotal', 'amount'] } },
  { key: 'expenditureTotal', label: '本年支出合计',
    cell: { final: ['final.summary', 'expenditureTotal', 'amount'], budget: ['budget.summary', 'expenditureTotal', 'amount'] } },
  { key: 'grandTotal', label: '收入总计', cell: { final: ['final.summary', 'incomeGrandTotal', 'amount'], budget: ['budget.summary', 'incomeGrandTotal', 'amount'] } },
  { key: 'basicExpenditure', label: '基本支出合计', cell: { final: ['final.expenditure', 'total', 'basic'], budget: ['budget.expenditure', 'total', 'basic'] } },
  { key: 'projectExpenditure', label: '项目支出合计', cell: { final: ['final.expenditure', 'total', 'project'], budget: ['budget.expenditure', 'total', 'project'] } },
  { key: 'gpbExpenditure', label: '一般公共预算财政拨款支出合计',
    cell: { final: ['final.gpbExpenditure', 'total', 'total'], budget: ['budget.gpbExpenditure', 'total', 'total'] } },
  { key: 'threePublic', label: '“三公”经费合计', cell: { final: ['final.threePublic', 'threePublic', 'final.total'], budget: ['budget.threePublic', 'threePublic', 'budget.total'] } },
];

/** Label prefix of a stated total in sheet 其他数据. */
export const STATED_PREFIX = '核对数：';

/** Document facts (sheet 基本信息, top-level JSON keys) with the Chinese words accepted for each value. */
export const META_FIELDS = {
  body: { label: '部门名称', about: 'the disclosing body as it is to be printed' },
  year: { label: '年度', about: 'the fiscal year the figures are for' },
  kind: { label: '类型', about: 'final (决算) or budget (预算)', values: { final: ['final', '决算'], budget: ['budget', '预算'] } },
  scope: { label: '范围', about: 'department (部门, with subordinate units) or unit (单位)',
    values: { department: ['department', '部门'], unit: ['unit', '单位'] } },
  level: { label: '级次', about: 'central, provincial, municipal or county',
    values: { central: ['central', '中央'], provincial: ['provincial', '省级', '省'], municipal: ['municipal', '市级', '市'], county: ['county', '县级', '县', '区'] } },
  unit: { label: '金额单位', about: 'the unit of every amount: 万元 or 元', values: { 万元: ['万元'], 元: ['元'] } },
  style: { label: '样式', about: 'optional place style of the printed forms (central, jilin, shanghai, jiangsu, guangdong, beijing, urumqi …); by default the level\'s usual one' },
} as const;

/** The place style used when none is given, by level. */
export const DEFAULT_STYLE_BY_LEVEL: Readonly<Record<string, string>> = {
  central: 'central', provincial: 'jilin', municipal: 'jiangsu', county: 'shanghai-district',
};

/** Sheet names of the XLSX form and their header labels. */
export const INPUT_SHEETS = {
  meta: { name: '基本信息', header: ['项目', '内容'] },
  items: { name: '功能分类', header: ['科目编码', '科目名称'] },
  economic: { name: '经济分类', header: ['科目编码', '科目名称', '金额'] },
  threePublic: { name: '三公经费', header: ['项目'] },
  figures: { name: '其他数据', header: ['项目', '数值'] },
} as const;

export const fieldsFor = (fields: readonly InputField[], kind: InputKind): InputField[] => fields.filter((x) => x.kinds.includes(kind));
