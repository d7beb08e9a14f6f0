/**
 * @module The explanations (情况说明) of a budget disclosure in the official budget wording
 * (收支预算总体情况, 收入预算, 支出预算, 财政拨款收支, 一般公共预算当年拨款规模变化/结构/具体使用,
 * 基本支出, 政府性基金, “三公”经费预算, 机关运行经费, 政府采购预算, 国有资产, 绩效目标), every figure
 * computed from the tables or the budget figures and recorded as a claim.
 */
import type { Table } from '../model/index.js';
import type { BudgetFigures } from './budget-figures.js';
import { gpbOf } from './budget-figures.js';
import { CHINESE_NUMERALS } from './forms.js';
import type { DraftSection } from './narrative.js';
import { assetsText, threePublicCounts } from './narrative-other.js';
import type { Claim } from './wording.js';
import { Wording } from './wording.js';
import { nameIn } from './tables.js';
import { cellAt, type NarrativeInput } from './narrative.js';

export type BudgetNarrativeInput = NarrativeInput<BudgetFigures>;

type Add = (key: string, title: string, write: (w: Wording) => string[]) => void;
type Sub = (key: string, index: number, title: string, write: (w: Wording) => string[]) => void;

export function budgetNarrative(n: BudgetNarrativeInput, claims: Claim[]): DraftSection[] {
  const t = (kind: string) => n.tables.find((x) => x.kind === kind);
  const out: DraftSection[] = [];
  const section: Add = (key, title, write) => {
    const w = new Wording(key, n.unit, claims);
    out.push({ heading: `${CHINESE_NUMERALS[out.filter((s) => !s.heading.startsWith('（')).length]}、${title}`, key, paragraphs: write(w) });
  };
  const sub: Sub = (key, index, title, write) => {
    const w = new Wording(key, n.unit, claims);
    out.push({ heading: `（${CHINESE_NUMERALS[index]}）${title}`, key, paragraphs: write(w) });
  };
  const { body, year } = n;
  const s = n.scopeWord;
  const summary = t('budget.summary');
  const grand = cellAt(summary, 'incomeGrandTotal', 'amount');
  section('overview', `关于${body} ${year} 年收支预算情况的总体说明`, (w) => [
    `按照综合预算的原则，${body}所有收入和支出均纳入${s}预算管理。${year} 年${body}收支总预算 ${w.amount(grand, '收支总预算')}。`]);
  const inc = t('budget.income');
  const incTotal = cellAt(inc, 'total', 'total');
  const incParts = ([['priorYearCarryover', '上年结转'], ['gpb', '一般公共预算拨款收入'], ['business', '事业收入'], ['other', '其他收入']] as const)
    .map(([k, label]) => [cellAt(inc, 'total', k), label] as const).filter(([a]) => a !== 0n);
  section('income', `关于${body} ${year} 年收入预算情况的说明`, (w) => [`${body} ${year} 年收入预算 ${w.amount(incTotal, '收入预算')}，其中：${incParts
    .map(([a, label]) => `${label} ${w.amount(a, label)}，${w.share(a, incTotal, `${label}/收入预算`)}`).join('；')}。`]);
  const exp = t('budget.expenditure');
  const expTotal = cellAt(exp, 'total', 'total');
  const expParts = ([['basic', '基本支出'], ['project', '项目支出']] as const).map(([k, label]) => [cellAt(exp, 'total', k), label] as const)
    .filter(([a]) => a !== 0n);
  section('expenditure', `关于${body} ${year} 年支出预算情况的说明`, (w) => [`${body} ${year} 年支出预算 ${w.amount(expTotal, '支出预算')}，其中：${expParts
    .map(([a, label]) => `${label} ${w.amount(a, label)}，${w.share(a, expTotal, `${label}/支出预算`)}`).join('；')}。`]);
  fiscalSection(n, t('budget.fiscalSummary'), section);
  gpbSections(n, t('budget.gpbExpenditure'), section, sub);
  const basic = t('budget.gpbBasicExpenditure');
  section('gpbBasic', `关于${body} ${year} 年一般公共预算基本支出情况的说明`, (w) => [`${body} ${year} 年一般公共预算基本支出 ${w.amount(cellAt(basic, 'total', 'total'), '基本支出')}，其中：人员经费 ${w.amount(cellAt(basic, 'total', 'personnel'), '人员经费')}，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、住房公积金、退休费等；公用经费 ${w.amount(cellAt(basic, 'total', 'public'), '公用经费')}，主要包括：办公费、水电费、邮电费、差旅费、公务接待费、公务用车运行维护费、办公设备购置等。`]);
  fundSection(n, section, 'gf', '政府性基金预算', t('budget.gf'));
  fundSection(n, section, 'soce', '国有资本经营预算', t('budget.soce'));
  threePublicSection(n, section);
  otherSections(n, t('budget.gpbBasicExpenditure'), section, sub);
  return out;
}

function fiscalSection(n: BudgetNarrativeInput, fs: Table | undefined, section: Add): void {
  const grand = cellAt(fs, 'incomeGrandTotal', 'amount');
  const classes = (fs?.rows ?? []).filter((r) => r.code?.length === 3 && (r.values['total']?.value ?? 0n) !== 0n);
  section('fiscalOverview', `关于${n.body} ${n.year} 年财政拨款收支预算情况的总体说明`, (w) => {
    const carry = cellAt(fs, 'openingBalance', 'amount');
    const income = `一般公共预算当年财政拨款收入 ${w.amount(cellAt(fs, 'gpb', 'amount'), '一般公共预算当年财政拨款收入')}${carry ? `、上年结转 ${w.amount(carry, '上年结转')}` : ''}`;
    const spent = classes.map((r) => {
      const a = r.values['total']!.value;
      // The class as the table names it (the year's name, or the discloser's own).
      return `${r.name} ${w.amount(a, `${r.code} 类`)}，${w.share(a, grand, `${r.code}/财政拨款收支总预算`)}`;
    }).join('；');
    return [`${n.body} ${n.year} 年财政拨款收支总预算 ${w.amount(grand, '财政拨款收支总预算')}。收入包括：${income}。支出包括：${spent}。`];
  });
}

function gpbSections(n: BudgetNarrativeInput, gpb: Table | undefined, section: Add, sub: Sub): void {
  const total = cellAt(gpb, 'total', 'total');
  const prior = n.figures.items.reduce((a, i) => a + i.priorGpb, 0n);
  section('gpbExpenditure', `关于${n.body} ${n.year} 年一般公共预算当年拨款情况的说明`, () => []);
  sub('gpbExpenditure.overall', 0, '一般公共预算当年拨款规模变化情况', (w) => [
    `${n.body} ${n.year} 年一般公共预算当年拨款 ${w.amount(total, '一般公共预算当年拨款')}，比 ${n.year - 1} 年执行数${w.change(total, prior, '一般公共预算当年拨款较上年执行数')}。`]);
  const classes = (gpb?.rows ?? []).filter((r) => r.code?.length === 3);
  sub('gpbExpenditure.structure', 1, '一般公共预算当年拨款结构情况', (w) => [
    `${n.year} 年一般公共预算当年拨款 ${w.amount(total, '一般公共预算当年拨款')}，主要用于以下方面：${classes.map((r) => {
      const a = r.values['total']?.value ?? 0n;
      return `${r.name}（类）${w.amount(a, `${r.code} 类`)}，${w.share(a, total, `${r.code}/一般公共预算当年拨款`)}`;
    }).join('；')}。`]);
  const items = n.figures.items.filter((i) => gpbOf(i) !== 0n);
  sub('gpbExpenditure.detail', 2, '一般公共预算当年拨款具体使用情况', (w) => items.map((i, k) => {
    const name = (code: string) => nameIn(n, code);
    const path = `${name(i.code.slice(0, 3))}（类）${name(i.code.slice(0, 5))}（款）${name(i.code)}（项）`;
    return `${k + 1}.${path}${n.year} 年预算 ${w.amount(gpbOf(i), `${i.code} 项`)}，比 ${n.year - 1} 年执行数${w.change(gpbOf(i), i.priorGpb, `${i.code} 项较上年执行数`)}。`;
  }));
}

function fundSection(n: BudgetNarrativeInput, section: Add, key: string, label: string, table: Table | undefined): void {
  section(key, `关于${n.body} ${n.year} 年${label}拨款情况的说明`, (w) => {
    if (!table || table.empty) return [`${n.body} ${n.year} 年没有使用${label}拨款安排的支出。`];
    return [`${n.body} ${n.year} 年${label}拨款支出 ${w.amount(cellAt(table, 'total', 'total'), `${label}拨款支出`)}。`];
  });
}

function threePublicSection(n: BudgetNarrativeInput, section: Add): void {
  const { budget, priorYear } = n.figures.threePublic;
  const total = (p: typeof budget) => p.overseas + p.vehiclePurchase + p.vehicleOperation + p.reception;
  section('threePublic', `关于${n.body} ${n.year} 年财政拨款“三公”经费预算情况的说明`, (w) => {
    if (total(budget) === 0n && total(priorYear) === 0n) return [`${n.body} ${n.year} 年没有财政拨款安排的“三公”经费预算。${threePublicCounts(n.figures.other.counts)}`];
    const vehicles = budget.vehiclePurchase + budget.vehicleOperation;
    return [
      `${n.body} ${n.year} 年财政拨款“三公”经费预算 ${w.amount(total(budget), '“三公”经费预算')}，比上年预算${w.change(total(budget), total(priorYear), '“三公”经费预算较上年')}。`
      + `其中：因公出国（境）费 ${w.amount(budget.overseas, '因公出国（境）费预算')}；公务用车购置及运行费 ${w.amount(vehicles, '公务用车购置及运行费预算')}（其中：公务用车购置费 ${w.amount(budget.vehiclePurchase, '公务用车购置费预算')}，公务用车运行费 ${w.amount(budget.vehicleOperation, '公务用车运行费预算')}）；公务接待费 ${w.amount(budget.reception, '公务接待费预算')}。`,
    ];
  });
}

function otherSections(n: BudgetNarrativeInput, basic: Table | undefined, section: Add, sub: Sub): void {
  const { body, year } = n;
  const operating = cellAt(basic, 'total', 'public') - cellAt(basic, '310', 'total');
  const p = n.figures.other.procurement;
  const procurement = p.goods + p.works + p.services;
  section('other', '其他重要事项的情况说明', () => []);
  sub('operatingCost', 0, '机关运行经费', (w) => [`${year} 年${body}机关运行经费财政拨款预算 ${w.amount(operating, '机关运行经费')}。`]);
  sub('procurement', 1, '政府采购情况', (w) => [procurement === 0n ? `${year} 年${body}未安排政府采购预算。`
    : `${year} 年${body}政府采购预算总额 ${w.amount(procurement, '政府采购预算总额')}，其中：${([[p.goods, '政府采购货物预算'], [p.works, '政府采购工程预算'],
      [p.services, '政府采购服务预算']] as const).filter(([a]) => a !== 0n).map(([a, label]) => `${label} ${w.amount(a, label)}`).join('、')}。`]);
  sub('assets', 2, '国有资产占有使用情况', () => [assetsText(year - 1, n.scopeWord, n.figures.other.assets)]);
  sub('performance', 3, '预算绩效情况', () => [`${year} 年${body}实行绩效目标管理的项目 ${n.figures.performanceProjects} 个，绩效目标已随${n.scopeWord}预算一并公开。`]);
}
