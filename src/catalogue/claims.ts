/**
 * @module The vocabulary of explanation claims (情况说明): which words before a printed figure
 * say what the figure is (a level, a change, a share, an execution rate …), and which subject
 * names which table figure in which section. The generic extraction and linking code in
 * src/checks/explanations reads these tables; nothing about wording lives in that code.
 *
 * Subjects are matched after normalisation (spaces, list numbering, years, the department's
 * name and filler words removed): "2024年度收入合计" → "收入合计".
 */
import type { IdentitySpec } from './identity-types.js';

/** What a printed figure says about its subject. */
export type FigureRole =
  | 'level' // the subject's amount (本年收入合计 2,679,781.44万元)
  | 'budget' // 年初预算为 / 预算为 / 预算数 (in a budget document: the level)
  | 'actual' // 支出决算为 / 执行数 / 决算数
  | 'prior' // 上年执行数 / 上年决算数为 (the comparison base)
  | 'change' // 增加 / 减少 Y 万元
  | 'changePercent' // 增长 / 下降 X%
  | 'share' // 占 X%
  | 'rate' // 完成年初预算的 X%
  | 'other'; // a percentage the vocabulary does not know (预决算差异率 …)

export type Direction = 'up' | 'down';

export interface RoleWording {
  readonly role: FigureRole;
  /** Tested against the text between the previous figure (or clause start) and this one. */
  readonly before: RegExp;
  readonly direction?: Direction;
  /** Applies to percentages (true) or amounts (false). */
  readonly percent: boolean;
}

const UP = '(?:增加|增长|上升|提高|多)';
const DOWN = '(?:减少|下降|降低|减|节约|压减|缩减|少)';

/** Tried in order; the first whose `before` matches decides the role. */
export const ROLE_WORDING: readonly RoleWording[] = [
  { role: 'other', before: /(?:差异率|差异|偏差率|变动率)(?:为)?$/, percent: true },
  { role: 'share', before: /占(?<base>[^，。；]*?)(?:的)?(?:比重|比例)?(?:为)?$/, percent: true },
  { role: 'rate', before: /(?:完成|达到|为)(?:了)?(?:年初|全年|调整)?预算(?:数)?的$|(?:预算)?执行率(?:为|达)?$|完成率(?:为)?$/, percent: true },
  { role: 'changePercent', before: new RegExp(`${UP}(?:了)?(?:幅度)?(?:为)?$`), direction: 'up', percent: true },
  { role: 'changePercent', before: new RegExp(`${DOWN}(?:了)?(?:幅度)?(?:为)?$`), direction: 'down', percent: true },
  { role: 'change', before: new RegExp(`${UP}(?:了)?$`), direction: 'up', percent: false },
  { role: 'change', before: new RegExp(`${DOWN}(?:了)?$`), direction: 'down', percent: false },
  { role: 'prior', before: /(?:上年度?(?:执行数|决算数?|预算数?)|\d{4}年度?(?:执行数|决算数?))(?:为|是)?$/, percent: false },
  { role: 'budget', before: /(?:年初|全年|调整后)?预算(?:数|金额)?(?:为|是)?$|预算安排(?:为)?$/, percent: false },
  { role: 'actual', before: /(?:支出)?决算(?:数)?(?:为|是)?$|执行数(?:为|是)?$|实际支出(?:为)?$/, percent: false },
];

/** Words that state no change (持平), with or without 基本 (roughly). */
export const FLAT_WORDING = /(?<roughly>基本)?(?:持平|无变化|没有变化|未发生变化|保持不变|无增减)/;

/** 决算数大于预算数: a stated comparison of the actual and the budget figure. */
export const COMPARISON_WORDING = /决算数?(?<word>大于|小于|等于|高于|低于|超过|少于|多于)(?:年初)?预算数?/;

/** The comparison words and what they claim about actual − budget. */
export const COMPARISON_SIGN: Readonly<Record<string, -1 | 0 | 1>> = {
  大于: 1, 高于: 1, 超过: 1, 多于: 1, 小于: -1, 低于: -1, 少于: -1, 等于: 0,
};

/** A clause without figures that compares (收入支出总体与上年相比): its subject is what the next figures are about. */
export const COMPARISON_CLAUSE = /(?:与|比|较)(?:上年|上年度|\d{4}\s*年度?)(?:预算|执行数|决算数?)?(?:相比)?/;

/** A clause that starts the parts of the figure before it (其中 …, 主要用于以下方面 …). */
export const PARTS_START = /^(?:其中|主要用于以下方面(?:支出)?|具体(?:情况|使用情况)?如下|分别为)$/;

/** Units a money figure is printed in, and their factor relative to 万元 (as a fraction num/den). */
export const MONEY_UNITS: Readonly<Record<string, { readonly num: bigint; readonly den: bigint }>> = {
  亿元: { num: 10000n, den: 1n },
  万元: { num: 1n, den: 1n },
  元: { num: 1n, den: 10000n },
};

/** Removed from a subject before it is matched: numbering, years, comparison phrases, fillers. */
export const SUBJECT_NOISE: readonly RegExp[] = [
  /^(?:\d+[.、．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、)/,
  /^(?:其中|另外|此外)/,
  /^(?:本单位|本部门|我单位|我部门)/,
  // 比上年预算数 / 较2025年年初预算 (budgets compare with last year's budget): the whole phrase, not leaving 数 or 年初预算.
  /(?:与|比|较)(?:上年度?|\d{4}年?度?)(?:年初)?(?:预算数?|执行数|决算数?)?(?:相比)?/g,
  /(?:截至|截止)?\d{4}\s*年(?:度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g,
  /^(?:本年度|本年|当年|全年)(?=[^收支财])/,
  /(?:均|各|共|共计|合计为|总额为|分别|是|为|达|约)+$/,
  // A bare 决算数 / 预算数 restates the current subject ("决算数较上年增加 …").
  /^(?:支出)?(?:决算|预算)数?$/,
];

/** Where a subject's figure is printed: a table, its row and the columns by role. */
export interface ClaimTarget {
  readonly table: string;
  /** A row key (incomeTotal …) or "@code": the row whose code the subject names (X（类）Y（款）Z（项）). */
  readonly row: string;
  /** Column of the level (and in final accounts the actual); "" for none. */
  readonly column: string;
  /** Column of the 年初预算 / 预算数 figure where the table prints it. */
  readonly budgetColumn?: string;
  /** Column of the prior-year figure (budget documents), the base of a stated change. */
  readonly priorColumn?: string;
  readonly changeColumn?: string;
  readonly changePercentColumn?: string;
}

export interface SubjectVocabulary {
  readonly subject: RegExp;
  /** Section keys (prefix match: "gpbExpenditure" covers gpbExpenditure.detail) where it applies. */
  readonly sections: readonly string[];
  /** First target whose table the disclosure has wins. */
  readonly targets: readonly ClaimTarget[];
}

const T = (table: string, row: string, column: string, more: Partial<ClaimTarget> = {}): ClaimTarget => ({ table, row, column, ...more });

const GPB_BUDGET = { priorColumn: 'priorYearActual', changeColumn: 'change', changePercentColumn: 'changePercent' } as const;

/** The three-public items: subject wording → column suffix (final.X, budget.X, priorYear.X). */
const THREE_PUBLIC: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:财政拨款)?因公出国(?:（境）|\(境\))?(?:费用?|经费)/, 'overseas'],
  [/^(?:财政拨款)?公务用车购置(?:及|与|和)运行(?:维护)?费/, 'vehicles'],
  [/^(?:财政拨款)?公务用车购置费/, 'vehiclePurchase'],
  [/^(?:财政拨款)?公务用车运行(?:维护)?费/, 'vehicleOperation'],
  [/^(?:财政拨款)?公务接待费/, 'reception'],
  [/^(?:财政拨款)?(?:[“"]?三公[”"]?)经费(?:财政拨款)?(?:支出(?:决算数?)?|数|预算|决算数?)?$/, 'total'],
];

const threePublicEntries: SubjectVocabulary[] = THREE_PUBLIC.map(([subject, item]) => ({
  subject,
  sections: ['threePublic'],
  targets: [
    T('final.threePublic', 'threePublic', `final.${item}`, { budgetColumn: `budget.${item}` }),
    T('budget.threePublic', 'threePublic', `budget.${item}`, { priorColumn: `priorYear.${item}` }),
  ],
}));

/**
 * Subject → table figure, tried in order within the section. A subject no entry matches is
 * reported as unlinked: a guessed link would make a false error.
 */
export const SUBJECT_VOCABULARY: readonly SubjectVocabulary[] = [
  // 收入支出总体情况 (收支总表)
  { subject: /^本年收入(?:合计)?$/, sections: ['overview'], targets: [T('final.summary', 'incomeTotal', 'amount'), T('budget.summary', 'incomeTotal', 'amount')] },
  { subject: /^本年支出(?:合计)?$/, sections: ['overview'], targets: [T('final.summary', 'expenditureTotal', 'amount'), T('budget.summary', 'expenditureTotal', 'amount')] },
  { subject: /^使用非财政拨款结余/, sections: ['overview', 'income'], targets: [T('final.summary', 'nonFiscalBalanceUsed', 'amount'), T('budget.income', 'total', 'nonFiscalBalanceUsed')] },
  { subject: /^年初结转和结余$/, sections: ['overview'], targets: [T('final.summary', 'openingBalance', 'amount')] },
  { subject: /^结余分配$/, sections: ['overview'], targets: [T('final.summary', 'balanceDistribution', 'amount')] },
  { subject: /^年末结转和结余$/, sections: ['overview'], targets: [T('final.summary', 'closingBalance', 'amount')] },
  { subject: /^(?:收、?支|收入、?支出)总(?:计|预算)?$|^收入总计$/, sections: ['overview'], targets: [T('final.summary', 'incomeGrandTotal', 'amount'), T('budget.summary', 'incomeGrandTotal', 'amount')] },
  { subject: /^支出总计$/, sections: ['overview'], targets: [T('final.summary', 'expenditureGrandTotal', 'amount'), T('budget.summary', 'expenditureGrandTotal', 'amount')] },
  // 收入情况 (收入表)
  { subject: /^(?:本年)?收入(?:合计|预算|总计)?$|^部门收入预算$|^单位收入预算$/, sections: ['income'], targets: [T('final.income', 'total', 'total'), T('budget.income', 'total', 'total')] },
  { subject: /^财政拨款收入$/, sections: ['income'], targets: [T('final.income', 'total', 'fiscal')] },
  { subject: /^一般公共预算(?:财政)?(?:拨款)?(?:收入)?$/, sections: ['income'], targets: [T('budget.income', 'total', 'gpb'), T('final.summary', 'gpbAppropriation', 'amount')] },
  { subject: /^上级补助收入$/, sections: ['income'], targets: [T('final.income', 'total', 'superiorSubsidy'), T('budget.income', 'total', 'superiorSubsidy')] },
  { subject: /^事业收入$/, sections: ['income'], targets: [T('final.income', 'total', 'business'), T('budget.income', 'total', 'business')] },
  { subject: /^(?:事业单位)?经营收入$/, sections: ['income'], targets: [T('final.income', 'total', 'operating'), T('budget.income', 'total', 'operating')] },
  { subject: /^附属单位上缴收入$/, sections: ['income'], targets: [T('final.income', 'total', 'affiliated'), T('budget.income', 'total', 'affiliated')] },
  { subject: /^其他收入$/, sections: ['income'], targets: [T('final.income', 'total', 'other'), T('budget.income', 'total', 'other')] },
  { subject: /^上年结转(?:结余)?$|^财政拨款结转$/, sections: ['income'], targets: [T('budget.income', 'total', 'priorYearCarryover')] },
  // 支出情况 (支出表)
  { subject: /^(?:本年)?支出(?:合计|预算|总计)?$/, sections: ['expenditure'], targets: [T('final.expenditure', 'total', 'total'), T('budget.expenditure', 'total', 'total')] },
  { subject: /^基本支出$/, sections: ['expenditure'], targets: [T('final.expenditure', 'total', 'basic'), T('budget.expenditure', 'total', 'basic')] },
  { subject: /^项目支出$/, sections: ['expenditure'], targets: [T('final.expenditure', 'total', 'project'), T('budget.expenditure', 'total', 'project')] },
  { subject: /^上缴上级支出$/, sections: ['expenditure'], targets: [T('final.expenditure', 'total', 'remitToSuperior'), T('budget.expenditure', 'total', 'remitToSuperior')] },
  { subject: /^(?:事业单位)?经营支出$/, sections: ['expenditure'], targets: [T('final.expenditure', 'total', 'operating'), T('budget.expenditure', 'total', 'operating')] },
  { subject: /^对附属单位补助支出$/, sections: ['expenditure'], targets: [T('final.expenditure', 'total', 'subsidyToAffiliated'), T('budget.expenditure', 'total', 'subsidyToAffiliated')] },
  // 财政拨款收支总体情况 (财政拨款收支总表)
  { subject: /^财政拨款收、?支总(?:计|预算)?$|^财政拨款收入、?支出总计$|^财政拨款收入总计$/, sections: ['fiscalOverview'], targets: [T('final.fiscalSummary', 'incomeGrandTotal', 'amount'), T('budget.fiscalSummary', 'incomeGrandTotal', 'amount')] },
  { subject: /^财政拨款支出总计$/, sections: ['fiscalOverview'], targets: [T('final.fiscalSummary', 'expenditureGrandTotal', 'total'), T('budget.fiscalSummary', 'expenditureGrandTotal', 'total')] },
  { subject: /^年初财政拨款结转和结余$/, sections: ['fiscalOverview'], targets: [T('final.fiscalSummary', 'openingBalance', 'amount')] },
  { subject: /^年末财政拨款结转和结余$/, sections: ['fiscalOverview'], targets: [T('final.fiscalSummary', 'closingBalance', 'total')] },
  { subject: /^本年财政拨款收入$/, sections: ['fiscalOverview'], targets: [T('final.fiscalSummary', 'incomeTotal', 'amount')] },
  { subject: /^本年财政拨款支出$/, sections: ['fiscalOverview'], targets: [T('final.fiscalSummary', 'expenditureTotal', 'total')] },
  { subject: /^一般公共预算当年财政拨款收入$|^一般公共预算拨款$/, sections: ['fiscalOverview'], targets: [T('budget.fiscalSummary', 'gpb', 'amount'), T('final.fiscalSummary', 'gpb', 'amount')] },
  { subject: /^上年结转$/, sections: ['fiscalOverview'], targets: [T('budget.fiscalSummary', 'openingBalance', 'amount')] },
  { subject: /^@class$/, sections: ['fiscalOverview'], targets: [T('final.fiscalSummary', '@code', 'total'), T('budget.fiscalSummary', '@code', 'total')] },
  // 政府性基金、国有资本经营预算 (their own tables)
  // The fund's own table leaves many cells blank in some places; the 财政拨款收支总表 prints the same figures (identities).
  { subject: /^政府性基金预算(?:财政)?拨款收入$/, sections: ['gf'], targets: [T('final.fiscalSummary', 'gf', 'amount'), T('final.gf', 'total', 'income')] },
  { subject: /^政府性基金预算(?:财政)?拨款支出$/, sections: ['gf'],
    targets: [T('final.fiscalSummary', 'expenditureTotal', 'gf'), T('final.gf', 'total', 'total'), T('budget.gf', 'total', 'total')] },
  { subject: /^国有资本经营预算(?:财政)?拨款收入$/, sections: ['soce'], targets: [T('final.fiscalSummary', 'soce', 'amount'), T('final.soce', 'total', 'income')] },
  { subject: /^国有资本经营预算(?:财政)?拨款支出$/, sections: ['soce'],
    targets: [T('final.fiscalSummary', 'expenditureTotal', 'soce'), T('final.soce', 'total', 'total'), T('budget.soce', 'total', 'total')] },
  // 一般公共预算财政拨款支出 (一般公共预算支出表)
  {
    subject: /^一般公共预算(?:财政)?(?:当年)?(?:拨款)?(?:支出|合计)?$|^财政拨款支出$/,
    sections: ['gpbExpenditure'],
    targets: [T('final.gpbExpenditure', 'total', 'total'), T('budget.gpbExpenditure', 'total', 'total', GPB_BUDGET)],
  },
  { subject: /^基本支出$/, sections: ['gpbExpenditure'], targets: [T('final.gpbExpenditure', 'total', 'basic'), T('budget.gpbExpenditure', 'total', 'basic')] },
  { subject: /^项目支出$/, sections: ['gpbExpenditure'], targets: [T('final.gpbExpenditure', 'total', 'project'), T('budget.gpbExpenditure', 'total', 'project')] },
  { subject: /^@class$|^@item$/, sections: ['gpbExpenditure'], targets: [T('final.gpbExpenditure', '@code', 'total'), T('budget.gpbExpenditure', '@code', 'total', GPB_BUDGET)] },
  // 基本支出 (基本支出表)
  { subject: /^一般公共预算(?:财政拨款)?基本支出(?:共计)?$|^基本支出$/, sections: ['gpbBasic'], targets: [T('final.gpbExpenditure', 'total', 'basic'), T('budget.gpbBasicExpenditure', 'total', 'total')] },
  { subject: /^人员经费$/, sections: ['gpbBasic'], targets: [T('final.gpbBasicExpenditure', 'personnelTotal', 'amount'), T('budget.gpbBasicExpenditure', 'total', 'personnel')] },
  { subject: /^(?:日常)?公用经费$/, sections: ['gpbBasic'], targets: [T('final.gpbBasicExpenditure', 'publicTotal', 'amount'), T('budget.gpbBasicExpenditure', 'total', 'public')] },
  ...threePublicEntries,
];

/** Markers of a classification item in a subject: 公共安全支出（类）公安（款）行政运行（项）. */
export const CODE_LEVEL_MARKERS: readonly string[] = ['（类）', '（款）', '（项）'];

/**
 * Figures the explanation states as the sum of other stated figures (其中 lists): checked when
 * the whole has no table figure of its own (政府采购 has no table in the disclosure).
 * Each alternative lists the parts that must all be stated.
 */
export interface Composition {
  readonly sections: readonly string[];
  readonly whole: RegExp;
  readonly parts: readonly RegExp[];
}

const PROCUREMENT_WHOLE = /^(?:各单位)?政府采购(?:支出|预算|安排|金额)*(?:总额|总金额)?(?:（以合同签订为准）|\(以合同签订为准\))?$/;

function procurementPart(kind: string): RegExp {
  return new RegExp(`^(?:政府采购|拟采购|拟购买)?${kind}类?(?:采购)?(?:支出|金额|预算)*$`);
}

/** Wordings of one stated figure in a section: a share's base (货物支出金额) is the stated subject (政府采购货物支出) it shares a pattern with. */
export interface SubjectSynonym {
  readonly sections: readonly string[];
  readonly pattern: RegExp;
}

export const SUBJECT_SYNONYMS: readonly SubjectSynonym[] = ['货物', '工程', '服务'].map((kind) => ({ sections: ['procurement'], pattern: procurementPart(kind) }));

/**
 * Sections where a share stated without its part (货物采购授予中小企业合同金额占货物支出金额的49.6%)
 * implies one: share × base is a part of the stated figure its subject ends with (授予中小企业合同金额),
 * so it cannot exceed that figure. Only the bound is checked: the printed shares of goods, works
 * and services need not add up to the whole's (000 states 49.6%, 70.1%, 85.2% that imply 3% less).
 */
export const IMPLIED_PART_SECTIONS: readonly string[] = ['procurement'];

export const COMPOSITIONS: readonly Composition[] = [
  // 政府采购预算总额 / 支出预算总额 / 安排 / 金额（以合同签订为准）= 货物 + 工程 + 服务 (政府采购货物预算, 货物类采购, 拟采购货物支出, 货物采购金额 …).
  { sections: ['procurement'], whole: PROCUREMENT_WHOLE, parts: ['货物', '工程', '服务'].map(procurementPart) },
  // No works to buy, none stated (拟采购货物支出 84万元、拟购买服务支出 1338.50万元).
  { sections: ['procurement'], whole: PROCUREMENT_WHOLE, parts: ['货物', '服务'].map(procurementPart) },
  { sections: ['threePublic'], whole: /三公/, parts: [/因公出国/, /^(?:财政拨款)?公务用车购置(?:及|与|和)运行/, /^(?:财政拨款)?公务接待费/] },
  { sections: ['threePublic'], whole: /三公/, parts: [/因公出国/, /^(?:财政拨款)?公务用车购置费/, /^(?:财政拨款)?公务用车运行/, /^(?:财政拨款)?公务接待费/] },
  { sections: ['threePublic'], whole: /^(?:财政拨款)?公务用车购置(?:及|与|和)运行/, parts: [/^(?:财政拨款)?公务用车购置费/, /^(?:财政拨款)?公务用车运行/] },
  { sections: ['gpbBasic'], whole: /基本支出/, parts: [/^人员经费$/, /^(?:日常)?公用经费$/] },
];

/**
 * A stated figure is checked against a table cell only when the cell passes the identities it
 * takes part in of these kinds: a cell of a row that fails its row sum (合计 = 基本 + 项目) most
 * likely holds a value read into the wrong column, so a claim that differs from it is not
 * evaluated rather than blamed on the text (the identity family reports the failure itself).
 * Hierarchy sums are not listed: a 类 misprinted in the table fails its sum over its 款, yet
 * the 款 printed below it are right, and a claim about them must still be checked.
 */
export interface CellTrust {
  readonly kind: IdentitySpec['kind'];
  /** Which cells of a failing equation become untrusted: all its terms, or only the summed parts. */
  readonly cells: 'all' | 'parts';
}

export const CELL_TRUST: readonly CellTrust[] = [
  { kind: 'row', cells: 'all' },
];

/**
 * Prior-year figures a table prints on a second basis (central budgets: 执行数 and 扣除中央基建投资后
 * 执行数). An explanation's "比上年执行数增加 …" may use either; a change is judged against the basis
 * it matches.
 */
export const PRIOR_ALTERNATIVES: Readonly<Record<string, string>> = { priorYearActual: 'priorYearActualExclInfra' };
