/**
 * @module The printed forms of the final-accounts tables, as data: standard title, header
 * lines (flattened as text extraction leaves them), the column keys in printed order and the
 * notes under each table, in the wording of the 财政部/上海 templates.
 */

export interface Form {
  readonly kind: string;
  readonly title: string;
  /** Header lines; `{ln}` marks text printed only with 行次 (summary tables). */
  readonly header: readonly string[];
  /** Column keys in printed order (coded tables). */
  readonly columns: readonly string[];
  readonly note: string;
  /** The sentence an empty table prints under its note; {body} is the department. */
  readonly emptyNote?: string;
}

const FUND_HEADER = ['项目 年初结转和结余 本年收入 本年支出 年末结转和结余', '科目代码 科目名称 小计 基本支出 项目支出'];

export const FINAL_FORMS: readonly Form[] = [
  { kind: 'final.summary', title: '收入支出决算总表', columns: ['amount'],
    header: ['收入 支出', '项目{ln} 行次{/ln} 决算数 项目{ln} 行次{/ln} 决算数', '{ln}栏次 1 栏次 2{/ln}'],
    note: '注：本表反映部门本年度的总收支和年末结转结余情况。' },
  { kind: 'final.income', title: '收入决算表', columns: ['total', 'fiscal', 'superiorSubsidy', 'business', 'operating', 'affiliated', 'other'],
    header: ['项目 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入', '科目代码 科目名称', '栏次 1 2 3 4 5 6 7'],
    note: '注：本表反映部门本年度取得的各项收入情况。' },
  { kind: 'final.expenditure', title: '支出决算表', columns: ['total', 'basic', 'project', 'remitToSuperior', 'operating', 'subsidyToAffiliated'],
    header: ['项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出', '科目代码 科目名称', '栏次 1 2 3 4 5 6'],
    note: '注：本表反映部门本年度各项支出情况。' },
  { kind: 'final.fiscalSummary', title: '财政拨款收入支出决算总表', columns: ['amount', 'total', 'gpb', 'gf', 'soce'],
    header: ['收入 支出', '项目{ln} 行次{/ln} 决算数 项目{ln} 行次{/ln} 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款',
      '{ln}栏次 1 栏次 2 3 4 5{/ln}'],
    note: '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。' },
  { kind: 'final.gpbExpenditure', title: '一般公共预算财政拨款支出决算表', columns: ['total', 'basic', 'personnel', 'public', 'project'],
    header: ['项目 本年支出', '科目代码 科目名称 合计 基本支出 项目支出', '人员经费 公用经费'],
    note: '注：本表反映部门本年度一般公共预算财政拨款支出情况。' },
  { kind: 'final.gpbBasicExpenditure', title: '一般公共预算财政拨款基本支出决算表', columns: ['amount'],
    header: ['科目代码 科目名称 决算数 科目代码 科目名称 决算数 科目代码 科目名称 决算数'],
    note: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。' },
  { kind: 'final.gf', title: '政府性基金预算财政拨款收入支出决算表', columns: ['openingBalance', 'income', 'total', 'basic', 'project', 'closingBalance'],
    header: [...FUND_HEADER, '栏次 1 2 3 4 5 6'],
    note: '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
    emptyNote: '说明：{body}本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。' },
  { kind: 'final.soce', title: '国有资本经营预算财政拨款收入支出决算表', columns: ['openingBalance', 'income', 'total', 'basic', 'project', 'closingBalance'],
    header: [...FUND_HEADER, '栏次 1 2 3 4 5 6'],
    note: '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
    emptyNote: '说明：{body}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。' },
  { kind: 'final.threePublic', title: '财政拨款“三公”经费支出决算表', columns: [],
    header: ['预算数 决算数', '合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费 合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费',
      '小计 公务用车购置费 公务用车运行费 小计 公务用车购置费 公务用车运行费', '1 2 3 4 5 6 7 8 9 10 11 12'],
    note: '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。',
    emptyNote: '说明：{body}本年度没有“三公”经费财政拨款支出，故本表无数据。' },
];

/** The 收入支出决算总表 income items in printed order (key, label). */
export const SUMMARY_INCOME_ITEMS: ReadonlyArray<readonly [string, string]> = [
  ['gpbAppropriation', '一般公共预算财政拨款收入'], ['gfAppropriation', '政府性基金预算财政拨款收入'],
  ['soceAppropriation', '国有资本经营预算财政拨款收入'], ['superiorSubsidy', '上级补助收入'], ['businessIncome', '事业收入'],
  ['operatingIncome', '经营收入'], ['affiliatedRemittance', '附属单位上缴收入'], ['otherIncome', '其他收入'],
];

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

export function formOf(kind: string): Form {
  const f = FINAL_FORMS.find((x) => x.kind === kind);
  if (!f) throw new RangeError(`no printed form for ${kind}`);
  return f;
}
