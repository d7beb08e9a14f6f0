/**
 * @module Final-accounts figures → the canonical tables of MODEL.md (the truth a parse must
 * give back), each with what the renderer needs to print it: the row labels as printed and,
 * for two-sided tables, which income and expenditure rows share a line.
 */
import { codeName, FUNCTIONAL_CLASSES, judgeName, THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, TABLE_SPECS } from '../catalogue/index.js';
import type { PlaceStyle } from '../catalogue/index.js';
import { ECONOMIC_CODE_NAMES } from '../catalogue/index.js';
import { codeLineage, formatAmount } from '../model/index.js';
import type { Amount, Cell, Column, Row, Side, Table } from '../model/index.js';
import { CHINESE_NUMERALS, formOf, SUMMARY_INCOME_ITEMS } from './forms.js';
import type { Form } from './forms.js';
import { gpbSpend } from './figures.js';
import type { FinalFigures, ItemFigures, ThreePublicPart } from './figures.js';
import { sum } from './amounts.js';

export interface PlannedTable {
  readonly table: Table;
  readonly form: Form;
  /** Printed label of each row (numbering and code included, name unwrapped). */
  readonly labels: string[];
  /** Two-sided tables: row indexes printed on each line, income first. */
  readonly pairs?: Array<[number | null, number | null]>;
  /** What an absent cell prints as ('-'), or null when it prints nothing. */
  readonly emptyMark: string | null;
  /** The note lines as printed (an empty table's note is only the sentence saying why: Table.note). */
  readonly printedNote: string | null;
}

const NOWHERE = { page: null, line: 0 } as const;

/** A printed cell: 2 decimals with thousands separators, as the tables print them. */
export function cellOf(value: Amount): Cell {
  const plain = formatAmount(value, 2);
  const [int = '', frac = ''] = plain.replace('-', '').split('.');
  const text = `${value < 0n ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
  return { value, decimals: 2, text, at: NOWHERE };
}

/** Cells of the amounts that print: non-zero ones, and zeros too when the style prints 0.00. */
export function cells(values: Record<string, Amount>, zero: boolean): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(values)) if (v !== 0n || zero) out[k] = cellOf(v);
  return out;
}

export function columnsOf(kind: string, keys: readonly string[], header: string, side?: Side): Column[] {
  const spec = TABLE_SPECS.find((s) => s.kind === kind)!;
  const pool = side ? spec.sides![side] : spec.columns;
  return keys.map((key) => {
    const c = pool.find((x) => x.key === key)!;
    const label = [...c.aliases].sort((a, b) => b.length - a.length).find((a) => header.includes(a)) ?? c.aliases[0] ?? key;
    return { key, label, ...(side ? { side } : {}) };
  });
}

export function table(form: Form, number: string | null, columns: Column[], rows: Row[], note: string | null): Table {
  const empty = rows.every((r) => Object.keys(r.values).length === 0);
  return { kind: form.kind, title: form.title, number, pages: null, empty, note, columns, rows, at: NOWHERE };
}

export function row(key: string | null, code: string | null, name: string, values: Record<string, Cell>, side?: Side): Row {
  return { key, code, name, ...(side ? { side } : {}), values, text: '', at: NOWHERE };
}


/** The name in force in the document's year (20805 was 行政事业单位离退休 before 2020): documents print that one. */
export function nameOf(code: string, year: number): string {
  const name = FUNCTIONAL_CLASSES.find((c) => c.code === code)?.name ?? codeName(code) ?? code;
  const verdict = judgeName(code, name, year);
  return verdict.status === 'unknown' ? name : verdict.expected;
}

/** Whose names a table prints: the year's, and names the discloser gave for codes the catalogue lacks. */
export interface Naming {
  readonly year: number;
  readonly names?: ReadonlyMap<string, string>;
}

/** The catalogue's name in force that year; a given name only where the catalogue has none. */
export function nameIn(n: Naming, code: string): string {
  const known = nameOf(code, n.year);
  return known !== code ? known : n.names?.get(code) ?? code;
}

/** Joined or split (201 03 01) code as printed. */
export function printCode(code: string, style: PlaceStyle): string {
  return style.codeFormat === 'split' ? [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean).join(' ') : code;
}

/** Coded rows: 合计 first, then each 类 with its 款 and 项, every column summed from the items. */
export function codedTable(form: Form, number: string | null, ctx: TableContext, items: ReadonlyMap<string, Record<string, Amount>>,
  note: { printed: string; truth: string }, zero = false): PlannedTable {
  const header = form.header.join('');
  const keys = form.columns;
  const totals = new Map<string, Record<string, Amount>>();
  const add = (code: string, v: Record<string, Amount>) => {
    const t = totals.get(code) ?? Object.fromEntries(keys.map((k) => [k, 0n]));
    for (const k of keys) t[k]! += v[k] ?? 0n;
    totals.set(code, t);
  };
  for (const [code, v] of items) {
    if (keys.every((k) => (v[k] ?? 0n) === 0n)) continue;
    for (const c of [...codeLineage(code), 'total']) add(c, v);
  }
  const codes = [...totals.keys()].filter((c) => c !== 'total').sort();
  const rows: Row[] = [];
  const labels: string[] = [];
  if (codes.length > 0) {
    rows.push(row('total', null, '合计', cells(totals.get('total')!, zero)));
    labels.push('合计');
  }
  for (const code of codes) {
    const name = nameIn(ctx, code);
    rows.push(row(null, code, name, cells(totals.get(code)!, zero)));
    labels.push(`${printCode(code, ctx.style)} ${name}`);
  }
  const mark = !zero && ctx.style.emptyFundCell === 'dash' && form.emptyNote ? '-' : null;
  return { table: table(form, number, columnsOf(form.kind, keys, header), rows, note.truth), form, labels, emptyMark: mark, printedNote: note.printed };
}

export interface TableContext extends Naming {
  readonly style: PlaceStyle;
  readonly body: string;
  readonly number: (kind: string) => string | null;
}

export function finalTables(f: FinalFigures, ctx: TableContext): PlannedTable[] {
  const { style } = ctx;
  const by = (pick: (i: ItemFigures) => Record<string, Amount>) => new Map(f.items.map((i) => [i.code, pick(i)]));
  const income = by((i) => ({ fiscal: i.gpbIncome + i.gfIncome + i.soceIncome, business: i.businessIncome, other: i.otherIncome,
    total: i.gpbIncome + i.gfIncome + i.soceIncome + i.businessIncome + i.otherIncome }));
  const expenditure = by((i) => {
    const basic = i.gpbPersonnel + i.gpbPublic + i.nonFiscalBasic;
    const project = i.gpbProject + i.nonFiscalProject + i.gfProject + i.soceProject;
    return { total: basic + project, basic, project };
  });
  const gpbCols = style.personnelColumns ? ['total', 'basic', 'personnel', 'public', 'project'] : ['total', 'basic', 'project'];
  const gpbForm = { ...formOf('final.gpbExpenditure'), columns: gpbCols,
    header: style.personnelColumns ? formOf('final.gpbExpenditure').header : ['项目 本年支出', '科目代码 科目名称 合计 基本支出 项目支出'] };
  const gpb = by((i) => ({ total: gpbSpend(i), basic: i.gpbPersonnel + i.gpbPublic, personnel: i.gpbPersonnel, public: i.gpbPublic, project: i.gpbProject }));
  const fund = (spent: (i: ItemFigures) => Amount, inc: (i: ItemFigures) => Amount, open: (i: ItemFigures) => Amount) =>
    by((i) => ({ openingBalance: open(i), income: inc(i), total: spent(i), basic: 0n, project: spent(i), closingBalance: open(i) + inc(i) - spent(i) }));
  const gf = fund((i) => i.gfProject, (i) => i.gfIncome, (i) => i.gfOpening);
  const soce = fund((i) => i.soceProject, (i) => i.soceIncome, (i) => i.soceOpening);
  const coded = (kind: string, items: ReadonlyMap<string, Record<string, Amount>>, form = formOf(kind)) => {
    const hasAny = [...items.values()].some((v) => Object.values(v).some((a) => a !== 0n));
    const why = form.emptyNote?.replace('{body}', ctx.body);
    const note = hasAny || !why ? { printed: form.note, truth: form.note } : { printed: `${form.note}\n${why}`, truth: why };
    // The fund tables print their empty cells as the place does (0.00, a dash, or nothing).
    return codedTable(form, ctx.number(kind), ctx, items, note, form.emptyNote !== undefined && style.emptyFundCell === 'zero');
  };
  return [
    summaryTable(f, ctx, expenditure),
    coded('final.income', income),
    coded('final.expenditure', expenditure),
    fiscalSummaryTable(f, ctx),
    coded('final.gpbExpenditure', gpb, gpbForm),
    economicTable(f, ctx),
    coded('final.gf', gf),
    coded('final.soce', soce),
    threePublicTable(formOf('final.threePublic'), ctx, { budget: f.threePublic.budget, final: f.threePublic.final }),
  ];
}

export function classTotals(items: ReadonlyMap<string, Record<string, Amount>>, key: string): Map<string, Amount> {
  const out = new Map<string, Amount>();
  for (const [code, v] of items) {
    const a = v[key] ?? 0n;
    if (a !== 0n) out.set(code.slice(0, 3), (out.get(code.slice(0, 3)) ?? 0n) + a);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

export interface SideRow { key: string | null; code: string | null; label: string; values: Record<string, Amount> }

/** A side's rows: items from the top, the closing block at the bottom (null: a slot left blank). */
export interface SideRows { items: SideRow[]; closing: Array<SideRow | null> }

/** Lays two sides out line by line: items from the top, the closing block (合计, 结转, 总计) aligned at the bottom. */
export function twoSided(form: Form, ctx: TableContext, income: SideRows,
  expenditure: SideRows, incomeCols: string[], expCols: string[]): PlannedTable {
  const zero = zeroPrinted(ctx.style);
  const rows: Row[] = [];
  const labels: string[] = [];
  const add = (r: SideRow | null | undefined, side: Side): number | null => {
    if (!r) return null;
    const cols = side === 'income' ? incomeCols : expCols;
    const vals = Object.fromEntries(cols.map((c) => [c, r.values[c] ?? 0n]));
    const name = r.label.replace(/^[一二三四五六七八九十]+、/, '');
    rows.push(row(r.key, r.code, name, cells(vals, zero), side));
    labels.push(r.label);
    return rows.length - 1;
  };
  const pairs: Array<[number | null, number | null]> = [];
  const n = Math.max(income.items.length, expenditure.items.length);
  for (let i = 0; i < n; i++) pairs.push([add(income.items[i], 'income'), add(expenditure.items[i], 'expenditure')]);
  const m = Math.max(income.closing.length, expenditure.closing.length);
  for (let i = 0; i < m; i++) {
    const inc = income.closing[i - (m - income.closing.length)];
    const exp = expenditure.closing[i - (m - expenditure.closing.length)];
    pairs.push([add(inc, 'income'), add(exp, 'expenditure')]);
  }
  const header = form.header.join('');
  const columns = [...columnsOf(form.kind, incomeCols, header, 'income'),
    ...columnsOf(form.kind, expCols, header, 'expenditure').filter((c) => !incomeCols.includes(c.key))];
  return { table: table(form, ctx.number(form.kind), columns, rows, form.note), form, labels, pairs, emptyMark: markOf(ctx.style, zero),
    printedNote: form.note };
}

/**
 * Whether empty cells of a two-sided table print as 0.00. Without 行次 an empty income cell
 * would leave two labels side by side that no text reader can tell apart, so styles without
 * 行次 print 0.00 (or a dash) there, as the corpus's documents of those places do.
 */
export function zeroPrinted(style: PlaceStyle): boolean {
  return style.lineNumbers ? style.emptyFundCell === 'zero' : style.emptyFundCell !== 'dash';
}

export function markOf(style: PlaceStyle, zero: boolean): string | null {
  return !zero && style.emptyFundCell === 'dash' ? '-' : null;
}

export const numbered = (i: number, label: string) => `${CHINESE_NUMERALS[i]}、${label}`;
export const amount = (a: Amount) => ({ amount: a });

function summaryTable(f: FinalFigures, ctx: TableContext, expenditure: ReadonlyMap<string, Record<string, Amount>>): PlannedTable {
  const s = (pick: (i: ItemFigures) => Amount) => sum(f.items.map(pick));
  const values: Record<string, Amount> = { gpbAppropriation: s((i) => i.gpbIncome), gfAppropriation: s((i) => i.gfIncome),
    soceAppropriation: s((i) => i.soceIncome), businessIncome: s((i) => i.businessIncome), otherIncome: s((i) => i.otherIncome) };
  const incomeTotal = sum(Object.values(values));
  const opening = f.gpbOpening + f.nonFiscalOpening + s((i) => i.gfOpening + i.soceOpening);
  const classes = classTotals(expenditure, 'total');
  const expTotal = sum([...classes.values()]);
  const grand = incomeTotal + opening;
  return twoSided(formOf('final.summary'), ctx,
    { items: SUMMARY_INCOME_ITEMS.map(([key, label], i) => ({ key, code: null, label: numbered(i, label), values: amount(values[key] ?? 0n) })),
      closing: [{ key: 'incomeTotal', code: null, label: '本年收入合计', values: amount(incomeTotal) },
        { key: 'nonFiscalBalanceUsed', code: null, label: '使用非财政拨款结余（含专用结余）', values: amount(0n) },
        { key: 'openingBalance', code: null, label: '年初结转和结余', values: amount(opening) },
        { key: 'incomeGrandTotal', code: null, label: '总计', values: amount(grand) }] },
    { items: [...classes].map(([code, a], i) => ({ key: null, code, label: numbered(i, nameIn(ctx, code)), values: amount(a) })),
      closing: [{ key: 'expenditureTotal', code: null, label: '本年支出合计', values: amount(expTotal) },
        { key: 'balanceDistribution', code: null, label: '结余分配', values: amount(0n) },
        { key: 'closingBalance', code: null, label: '年末结转和结余', values: amount(grand - expTotal) },
        { key: 'expenditureGrandTotal', code: null, label: '总计', values: amount(grand) }] },
    ['amount'], ['amount']);
}

export type Fund = 'gpb' | 'gf' | 'soce';
type ByFund = Record<Fund, Amount>;

/**
 * The arithmetic of a 财政拨款收支总表, final or budget: each fund's spending by 类, the expenditure
 * rows (total = gpb + gf + soce), totals, closing balances and grand totals, from income, opening
 * balances and spending by item.
 */
export function fiscalSummaryFigures(inc: ByFund, open: ByFund, spent: ReadonlyMap<string, ByFund>) {
  const byClass = (fund: Fund) => classTotals(new Map([...spent].map(([c, v]) => [c, { a: v[fund] }])), 'a');
  const funds = { gpb: byClass('gpb'), gf: byClass('gf'), soce: byClass('soce') };
  const codes = [...new Set([...funds.gpb.keys(), ...funds.gf.keys(), ...funds.soce.keys()])].sort();
  const fundRow = (pick: (fund: Fund) => Amount) => {
    const v = { gpb: pick('gpb'), gf: pick('gf'), soce: pick('soce') };
    return { total: v.gpb + v.gf + v.soce, ...v };
  };
  return {
    funds, codes, fundRow,
    expTotal: fundRow((x) => sum([...funds[x].values()])),
    closing: fundRow((x) => open[x] + inc[x] - sum([...funds[x].values()])),
    incomeTotal: inc.gpb + inc.gf + inc.soce,
    openTotal: open.gpb + open.gf + open.soce,
    grand: fundRow((x) => open[x] + inc[x]),
  };
}

function fiscalSummaryTable(f: FinalFigures, ctx: TableContext): PlannedTable {
  const s = (pick: (i: ItemFigures) => Amount) => sum(f.items.map(pick));
  const inc = { gpb: s((i) => i.gpbIncome), gf: s((i) => i.gfIncome), soce: s((i) => i.soceIncome) };
  const open = { gpb: f.gpbOpening, gf: s((i) => i.gfOpening), soce: s((i) => i.soceOpening) };
  const spent = new Map(f.items.map((i) => [i.code, { gpb: gpbSpend(i), gf: i.gfProject, soce: i.soceProject }]));
  const { funds, codes, fundRow, expTotal, closing, incomeTotal, openTotal, grand } = fiscalSummaryFigures(inc, open, spent);
  const fundLabels = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];
  return twoSided(formOf('final.fiscalSummary'), ctx,
    { items: (['gpb', 'gf', 'soce'] as const).map((k, i) => ({ key: k, code: null, label: numbered(i, fundLabels[i]!), values: amount(inc[k]) })),
      closing: [{ key: 'incomeTotal', code: null, label: '本年收入合计', values: amount(incomeTotal) },
        { key: 'openingBalance', code: null, label: '年初财政拨款结转和结余', values: amount(openTotal) },
        ...(['gpb', 'gf', 'soce'] as const).map((k, i) => ({ key: `openingBalance.${k}`, code: null, label: fundLabels[i]!, values: amount(open[k]) })),
        { key: 'incomeGrandTotal', code: null, label: '总计', values: amount(incomeTotal + openTotal) }] },
    { items: codes.map((code, i) => ({ key: null, code, label: numbered(i, nameIn(ctx, code)),
      values: fundRow((x) => funds[x].get(code) ?? 0n) })),
      closing: [{ key: 'expenditureTotal', code: null, label: '本年支出合计', values: expTotal },
        { key: 'closingBalance', code: null, label: '年末财政拨款结转和结余', values: closing },
        null, null, null,
        { key: 'expenditureGrandTotal', code: null, label: '总计', values: grand }] },
    ['amount'], ['total', 'gpb', 'gf', 'soce']);
}

/** The catalogued economic codes and any other code the figures carry, in code order (the catalogue's order). */
export function economicCodes(economic: ReadonlyMap<string, Amount>): string[] {
  return [...new Set([...ECONOMIC_CODE_NAMES.map((c) => c.code), ...economic.keys()])].sort();
}

/** 基本支出决算表: every catalogued economic code, in three side-by-side groups, then the two totals. */
function economicTable(f: FinalFigures, ctx: TableContext): PlannedTable {
  const form = formOf('final.gpbBasicExpenditure');
  const rows: Row[] = [];
  const labels: string[] = [];
  for (const code of economicCodes(f.economic)) {
    const a = f.economic.get(code) ?? 0n;
    const name = nameIn(ctx, code);
    rows.push(row(null, code, name, a !== 0n ? { amount: cellOf(a) } : {}));
    labels.push(`${code} ${name}`);
  }
  const personnel = sum(f.items.map((i) => i.gpbPersonnel));
  const pub = sum(f.items.map((i) => i.gpbPublic));
  rows.push(row('personnelTotal', null, '人员经费合计', { amount: cellOf(personnel) }), row('publicTotal', null, '公用经费合计', { amount: cellOf(pub) }));
  labels.push('人员经费合计', '公用经费合计');
  return { table: table(form, ctx.number(form.kind), columnsOf(form.kind, ['amount'], form.header.join('')), rows, form.note),
    form, labels, emptyMark: null, printedNote: form.note };
}

/**
 * The 三公 table of either kind: one row, the periods side by side (决算: budget | final;
 * 预算: prior year | budget), each as total, items and the vehicle subtotal with its parts.
 */
export function threePublicTable(form: Form, ctx: TableContext, periods: Readonly<Record<string, Record<ThreePublicPart, Amount>>>): PlannedTable {
  const zero = ctx.style.emptyFundCell === 'zero';
  const values: Record<string, Amount> = {};
  for (const [period, p] of Object.entries(periods)) {
    const vehicles = p.vehiclePurchase + p.vehicleOperation;
    Object.assign(values, { [`${period}.total`]: p.overseas + vehicles + p.reception, [`${period}.overseas`]: p.overseas,
      [`${period}.vehicles`]: vehicles, [`${period}.vehiclePurchase`]: p.vehiclePurchase,
      [`${period}.vehicleOperation`]: p.vehicleOperation, [`${period}.reception`]: p.reception });
  }
  const columns: Column[] = Object.keys(periods).flatMap((p) => THREE_PUBLIC_ITEMS.map((i) => ({ key: `${p}.${i}`,
    label: `${THREE_PUBLIC_LABELS[p]}·${THREE_PUBLIC_LABELS[i]}` })));
  const r = row('threePublic', null, '“三公”经费', cells(values, zero));
  const rows = Object.keys(r.values).length > 0 ? [r] : []; // nothing printed: no row of figures to read
  // A table printed without figures says why, as the fund tables do.
  const why = rows.length === 0 ? form.emptyNote?.replace('{body}', ctx.body) : undefined;
  return { table: table(form, ctx.number(form.kind), columns, rows, why ?? form.note), form, labels: [''],
    emptyMark: !zero && ctx.style.emptyFundCell === 'dash' ? '-' : null, printedNote: why ? `${form.note}\n${why}` : form.note };
}
