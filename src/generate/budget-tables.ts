/**
 * @module Budget figures → the canonical budget tables of MODEL.md (budget.summary … budget.threePublic
 * with last year's and this year's 三公 budgets), laid out as the place prints them. Every
 * total is summed from the items, so each budget identity holds by construction.
 */
import { PERSONNEL_CLASSES } from '../catalogue/index.js';
import type { Amount } from '../model/index.js';
import { sum } from './amounts.js';
import { basicOf, gpbOf, itemTotal, projectOf } from './budget-figures.js';
import type { BudgetFigures, BudgetItem } from './budget-figures.js';
import type { Form } from './forms.js';
import { amount, classTotals, codedTable, economicCodes, fiscalSummaryFigures, nameIn, numbered, threePublicTable, twoSided } from './tables.js';
import type { PlannedTable, TableContext } from './tables.js';

export interface BudgetTableContext extends TableContext {
  readonly forms: readonly Form[];
  /** Print the 项目支出 table (places that print zeros; the others leave its eleven columns unreadable). */
  readonly withProjectTable: boolean;
}

export function budgetTables(f: BudgetFigures, ctx: BudgetTableContext): PlannedTable[] {
  const formOf = (kind: string) => ctx.forms.find((x) => x.kind === kind)!;
  const by = (pick: (i: BudgetItem) => Record<string, Amount>) => new Map(f.items.map((i) => [i.code, pick(i)]));
  const zero = ctx.style.emptyFundCell === 'zero';
  const coded = (kind: string, items: ReadonlyMap<string, Record<string, Amount>>, zeros = zero) => {
    const form = formOf(kind);
    const hasAny = [...items.values()].some((v) => Object.values(v).some((a) => a !== 0n));
    const why = form.emptyNote?.replace('{body}', ctx.body);
    const note = hasAny || !why ? { printed: form.note, truth: form.note } : { printed: why, truth: why };
    return codedTable(form, ctx.number(kind), ctx, items, note, zeros);
  };
  const expenditure = by((i) => ({ total: itemTotal(i), basic: basicOf(i), project: projectOf(i) }));
  const tables = [
    summaryTable(f, ctx, formOf('budget.summary'), expenditure),
    coded('budget.income', by((i) => ({ total: itemTotal(i), priorYearCarryover: i.carryFiscal + i.carryNonFiscal, gpb: gpbOf(i), gf: i.gf,
      soce: i.soce, business: i.business, operating: 0n, other: i.other })), false),
    coded('budget.expenditure', expenditure, false),
    fiscalSummaryTable(f, ctx, formOf('budget.fiscalSummary')),
    coded('budget.gpbExpenditure', by((i) => ({ total: gpbOf(i), basic: i.gpbPersonnel + i.gpbPublic, project: i.gpbProject })), false),
    economicTable(f, ctx, formOf('budget.gpbBasicExpenditure')),
    ...(ctx.withProjectTable ? [coded('budget.gpbProjectExpenditure', by((i) => ({ total: i.gpbProject, e301: 0n, e307: 0n, e309: 0n, e311: 0n,
      e312: 0n, e313: 0n, ...i.projectEconomic })))] : []),
    coded('budget.gf', by((i) => ({ total: i.gf, basic: 0n, project: i.gf }))),
    coded('budget.soce', by((i) => ({ total: i.soce, basic: 0n, project: i.soce }))),
    threePublicTable(formOf('budget.threePublic'), ctx, { priorYear: f.threePublic.priorYear, budget: f.threePublic.budget }),
  ];
  return tables;
}

const SUMMARY_INCOME: ReadonlyArray<readonly [string, string, (i: BudgetItem) => Amount]> = [
  ['gpbAppropriation', '一般公共预算拨款收入', gpbOf], ['gfAppropriation', '政府性基金预算拨款收入', (i) => i.gf],
  ['soceAppropriation', '国有资本经营预算拨款收入', (i) => i.soce], ['businessIncome', '事业收入', (i) => i.business],
  ['operatingIncome', '事业单位经营收入', () => 0n], ['otherIncome', '其他收入', (i) => i.other],
];

function summaryTable(f: BudgetFigures, ctx: TableContext, form: Form, expenditure: ReadonlyMap<string, Record<string, Amount>>): PlannedTable {
  const s = (pick: (i: BudgetItem) => Amount) => sum(f.items.map(pick));
  const incomeTotal = sum(SUMMARY_INCOME.map(([, , pick]) => s(pick)));
  const carry = s((i) => i.carryFiscal + i.carryNonFiscal);
  const classes = classTotals(expenditure, 'total');
  const expTotal = sum([...classes.values()]);
  const grand = incomeTotal + carry;
  return twoSided(form, ctx,
    { items: SUMMARY_INCOME.map(([key, label, pick], i) => ({ key, code: null, label: numbered(i, label), values: amount(s(pick)) })),
      closing: [{ key: 'incomeTotal', code: null, label: '本年收入合计', values: amount(incomeTotal) },
        { key: 'nonFiscalBalanceUsed', code: null, label: '使用非财政拨款结余', values: amount(0n) },
        { key: 'priorYearCarryover', code: null, label: '上年结转', values: amount(carry) },
        { key: 'incomeGrandTotal', code: null, label: '收入总计', values: amount(grand) }] },
    { items: [...classes].map(([code, a], i) => ({ key: null, code, label: numbered(i, nameIn(ctx, code)), values: amount(a) })),
      closing: [{ key: 'expenditureTotal', code: null, label: '本年支出合计', values: amount(expTotal) },
        null,
        { key: 'carryToNextYear', code: null, label: '结转下年', values: amount(grand - expTotal) },
        { key: 'expenditureGrandTotal', code: null, label: '支出总计', values: amount(grand) }] },
    ['amount'], ['amount']);
}

function fiscalSummaryTable(f: BudgetFigures, ctx: TableContext, form: Form): PlannedTable {
  const s = (pick: (i: BudgetItem) => Amount) => sum(f.items.map(pick));
  const inc = { gpb: s(gpbOf), gf: s((i) => i.gf), soce: s((i) => i.soce) };
  const open = { gpb: s((i) => i.carryFiscal), gf: 0n, soce: 0n };
  const spent = new Map(f.items.map((i) => [i.code, { gpb: gpbOf(i) + i.carryFiscal, gf: i.gf, soce: i.soce }]));
  const { funds, codes, fundRow, expTotal, closing, incomeTotal, openTotal, grand } = fiscalSummaryFigures(inc, open, spent);
  const labels = ['一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款'];
  return twoSided(form, ctx,
    { items: (['gpb', 'gf', 'soce'] as const).map((k, i) => ({ key: k, code: null, label: numbered(i, labels[i]!), values: amount(inc[k]) })),
      closing: [{ key: 'incomeTotal', code: null, label: '本年收入合计', values: amount(incomeTotal) },
        { key: 'openingBalance', code: null, label: '上年结转', values: amount(openTotal) },
        ...(['gpb', 'gf', 'soce'] as const).map((k, i) => ({ key: `openingBalance.${k}`, code: null, label: labels[i]!, values: amount(open[k]) })),
        { key: 'incomeGrandTotal', code: null, label: '收入总计', values: amount(incomeTotal + openTotal) }] },
    { items: codes.map((code, i) => ({ key: null, code, label: numbered(i, nameIn(ctx, code)), values: fundRow((x) => funds[x].get(code) ?? 0n) })),
      closing: [{ key: 'expenditureTotal', code: null, label: '本年支出合计', values: expTotal },
        { key: 'closingBalance', code: null, label: '结转下年', values: closing },
        null, null, null,
        { key: 'expenditureGrandTotal', code: null, label: '支出总计', values: grand }] },
    ['amount'], ['total', 'gpb', 'gf', 'soce']);
}

/** 基本支出表: the economic 类 and 款 of basic spending, each under 人员经费 (301, 303) or 公用经费. */
function economicTable(f: BudgetFigures, ctx: TableContext, form: Form): PlannedTable {
  const items = new Map<string, Record<string, Amount>>();
  for (const code of economicCodes(f.economic)) {
    const a = f.economic.get(code) ?? 0n;
    if (code.length !== 5 || a === 0n) continue;
    const personnel = PERSONNEL_CLASSES.includes(code.slice(0, 3));
    items.set(code, { total: a, personnel: personnel ? a : 0n, public: personnel ? 0n : a });
  }
  return codedTable(form, ctx.number(form.kind), ctx, items, { printed: form.note, truth: form.note }, ctx.style.emptyFundCell === 'zero');
}

