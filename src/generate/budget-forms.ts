/**
 * @module The printed forms of the budget tables (预算公开表), as data: titles in each place's
 * wording (中央 部门收支总表, 地方 部门收支总体情况表, 上海 财务收支预算总表, 北京 收支总表 …),
 * header lines as text extraction leaves them, column keys in printed order and the notes.
 */
import type { Form } from './forms.js';

/** Title families: which wording a place uses for its budget tables. */
export type BudgetTitleFamily = 'central' | 'local' | 'shanghai' | 'beijing';

const FAMILY_OF_STYLE: Readonly<Record<string, BudgetTitleFamily>> = {
  central: 'central', shanghai: 'shanghai', 'shanghai-district': 'shanghai', beijing: 'beijing',
};

export const budgetTitleFamily = (styleId: string): BudgetTitleFamily => FAMILY_OF_STYLE[styleId] ?? 'local';

/** Titles by family; `{s}` is 部门 or 单位 as the discloser calls itself. */
const TITLES: Readonly<Record<BudgetTitleFamily, Readonly<Record<string, string>>>> = {
  central: { summary: '{s}收支总表', income: '{s}收入总表', expenditure: '{s}支出总表', fiscalSummary: '财政拨款收支总表',
    gpbExpenditure: '一般公共预算支出表', gpbBasicExpenditure: '一般公共预算基本支出表', gpbProjectExpenditure: '一般公共预算项目支出表',
    gf: '政府性基金预算支出表', soce: '国有资本经营预算支出表', threePublic: '财政拨款预算“三公”经费支出表' },
  local: { summary: '{s}收支总体情况表', income: '{s}收入总体情况表', expenditure: '{s}支出总体情况表', fiscalSummary: '财政拨款收支总体情况表',
    gpbExpenditure: '一般公共预算支出情况表', gpbBasicExpenditure: '一般公共预算基本支出情况表', gpbProjectExpenditure: '一般公共预算项目支出情况表',
    gf: '政府性基金预算支出情况表', soce: '国有资本经营预算支出情况表', threePublic: '财政拨款“三公”经费支出情况表' },
  shanghai: { summary: '财务收支预算总表', income: '{s}收入预算总表', expenditure: '{s}支出预算总表', fiscalSummary: '财政拨款收支预算总表',
    gpbExpenditure: '一般公共预算支出功能分类预算表', gpbBasicExpenditure: '一般公共预算基本支出部门预算经济分类预算表',
    gpbProjectExpenditure: '一般公共预算项目支出预算表', gf: '政府性基金预算支出预算表', soce: '国有资本经营预算支出预算表',
    threePublic: '“三公”经费预算表' },
  beijing: { summary: '收支总表', income: '收入总表', expenditure: '支出总表', fiscalSummary: '财政拨款收支总表',
    gpbExpenditure: '一般公共预算财政拨款支出表', gpbBasicExpenditure: '一般公共预算财政拨款基本支出表',
    gpbProjectExpenditure: '一般公共预算财政拨款项目支出表', gf: '政府性基金预算财政拨款支出表', soce: '国有资本经营预算财政拨款支出表',
    threePublic: '一般公共预算财政拨款“三公”经费支出表' },
};

const CODED = '科目编码 科目名称';
const FUND_EMPTY = '（注：{body}{year}年没有使用{fund}预算拨款安排的支出，故本表无数据。）';

interface FormDraft { readonly key: string; readonly header: readonly string[]; readonly columns: readonly string[]; readonly note: string;
  readonly emptyNote?: string }

const DRAFTS: readonly FormDraft[] = [
  { key: 'summary', columns: ['amount'], header: ['收入 支出', '项目 预算数 项目 预算数'], note: '注：本表反映部门本年度的总收支情况。' },
  { key: 'income', columns: ['total', 'priorYearCarryover', 'gpb', 'gf', 'soce', 'business', 'operating', 'other'],
    header: [`${CODED} 合计 上年结转 一般公共预算拨款收入 政府性基金预算拨款收入 国有资本经营预算拨款收入 事业收入 事业单位经营收入 其他收入`],
    note: '注：本表反映部门本年度取得的各项收入情况。' },
  { key: 'expenditure', columns: ['total', 'basic', 'project'], header: [`${CODED} 合计 基本支出 项目支出`],
    note: '注：本表反映部门本年度各项支出情况。' },
  { key: 'fiscalSummary', columns: ['amount', 'total', 'gpb', 'gf', 'soce'],
    header: ['收入 支出', '项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算'],
    note: '注：本表反映部门本年度一般公共预算、政府性基金预算和国有资本经营预算财政拨款的总收支情况。' },
  { key: 'gpbExpenditure', columns: ['total', 'basic', 'project'], header: [`${CODED} 合计 基本支出 项目支出`],
    note: '注：本表反映部门本年度一般公共预算当年拨款支出情况。' },
  { key: 'gpbBasicExpenditure', columns: ['total', 'personnel', 'public'], header: [`${CODED} 合计 人员经费 公用经费`],
    note: '注：本表反映部门本年度一般公共预算基本支出经济分类情况。' },
  { key: 'gpbProjectExpenditure', columns: ['total', 'e301', 'e302', 'e303', 'e307', 'e309', 'e310', 'e311', 'e312', 'e313', 'e399'],
    header: [`${CODED} 合计 工资福利支出 商品和服务支出 对个人和家庭的补助 债务利息及费用支出 资本性支出（基本建设） 资本性支出 对企业补助（基本建设） 对企业补助 对社会保障基金补助 其他支出`],
    note: '注：本表反映部门本年度一般公共预算项目支出经济分类情况。' },
  { key: 'gf', columns: ['total', 'basic', 'project'], header: [`${CODED} 合计 基本支出 项目支出`],
    note: '注：本表反映部门本年度政府性基金预算拨款支出情况。', emptyNote: FUND_EMPTY.replace('{fund}', '政府性基金') },
  { key: 'soce', columns: ['total', 'basic', 'project'], header: [`${CODED} 合计 基本支出 项目支出`],
    note: '注：本表反映部门本年度国有资本经营预算拨款支出情况。', emptyNote: FUND_EMPTY.replace('{fund}', '国有资本经营') },
  { key: 'threePublic', columns: [],
    header: ['{prior}年预算数 {year}年预算数', '合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费',
      '小计 公务用车购置费 公务用车运行费 小计 公务用车购置费 公务用车运行费'],
    note: '注：本表反映部门本年度财政拨款“三公”经费预算安排情况及与上年预算的比较。',
    emptyNote: '（注：{body}{year}年没有财政拨款安排的“三公”经费预算，故本表无数据。）' },
];

/** The budget forms of a place and year: titles of its family, the years in the 三公 header. */
export function budgetForms(styleId: string, scopeWord: string, year: number): Form[] {
  const titles = TITLES[budgetTitleFamily(styleId)];
  return DRAFTS.map((d) => ({
    kind: `budget.${d.key}`, title: titles[d.key]!.replace('{s}', scopeWord), columns: d.columns, note: d.note,
    header: d.header.map((h) => h.replace('{prior}', String(year - 1)).replace('{year}', String(year))),
    ...(d.emptyNote ? { emptyNote: d.emptyNote.replace('{year}', String(year)) } : {}),
  }));
}
