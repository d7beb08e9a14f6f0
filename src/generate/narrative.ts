/**
 * @module The explanations (情况说明) of a final-accounts disclosure in the wording of the
 * 上海 template and the seeds, every amount, share, change and rate computed from the tables.
 * Returns printed sections (heading, key, paragraphs) and the claims they make.
 */
import type { Amount, Table } from '../model/index.js';
import { FUNCTIONAL_CLASSES } from '../catalogue/index.js';
import type { FinalFigures } from './figures.js';
import { CHINESE_NUMERALS } from './forms.js';
import type { Claim } from './wording.js';
import { Wording } from './wording.js';
import { assetsText, procurementText, reasonOf, threePublicCounts } from './narrative-other.js';

export interface DraftSection {
  heading: string;
  key: string;
  paragraphs: string[];
}

/** What an explanation is written from: the document's tables and figures (final or budget). */
export interface NarrativeInput<F = FinalFigures> {
  readonly body: string;
  readonly year: number;
  readonly unit: string;
  readonly tables: readonly Table[];
  readonly figures: F;
  /** 部门 or 单位, as the discloser calls itself. */
  readonly scopeWord: string;
  /** Names the discloser gave for codes the catalogue lacks. */
  readonly names?: ReadonlyMap<string, string>;
}

export const cellAt = (t: Table | undefined, rowKey: string, column: string): Amount =>
  t?.rows.find((r) => r.key === rowKey || r.code === rowKey)?.values[column]?.value ?? 0n;

export function finalNarrative(n: NarrativeInput, claims: Claim[]): DraftSection[] {
  const t = (kind: string) => n.tables.find((x) => x.kind === kind);
  const out: DraftSection[] = [];
  const section = (key: string, title: string, write: (w: Wording) => string[]) => {
    const w = new Wording(key, n.unit, claims);
    out.push({ heading: `${CHINESE_NUMERALS[out.filter((s) => !s.heading.startsWith('（')).length]}、${title}`, key, paragraphs: write(w) });
  };
  const sub = (key: string, index: number, title: string, write: (w: Wording) => string[]) => {
    const w = new Wording(key, n.unit, claims);
    out.push({ heading: `（${CHINESE_NUMERALS[index]}）${title}`, key, paragraphs: write(w) });
  };
  const summary = t('final.summary');
  const grand = cellAt(summary, 'incomeGrandTotal', 'amount');
  const prev = `${n.year - 1} 年度`;
  section('overview', '收入支出决算总体情况说明', (w) => [
    `${n.body} ${n.year} 年度收入、支出总计均为 ${w.amount(grand, '收入总计')}。与 ${prev}相比，收入、支出总计各${w.change(grand, n.figures.prior.grandTotal, '收入总计较上年')}。`]);
  const incomeTotal = cellAt(summary, 'incomeTotal', 'amount');
  const inc = t('final.income');
  const incomeParts = ([['fiscal', '财政拨款收入'], ['business', '事业收入'], ['operating', '经营收入'], ['other', '其他收入']] as const)
    .map(([k, label]) => [cellAt(inc, 'total', k), label] as const).filter(([a]) => a !== 0n);
  section('income', '收入决算情况说明', (w) => [`本年收入合计 ${w.amount(incomeTotal, '本年收入合计')}，其中：${incomeParts
    .map(([a, label]) => `${label} ${w.amount(a, label)}，${w.share(a, incomeTotal, `${label}/本年收入合计`)}`).join('；')}。`]);
  const exp = t('final.expenditure');
  const expTotal = cellAt(exp, 'total', 'total');
  const expParts = ([['basic', '基本支出'], ['project', '项目支出']] as const).map(([k, label]) => [cellAt(exp, 'total', k), label] as const)
    .filter(([a]) => a !== 0n);
  section('expenditure', '支出决算情况说明', (w) => [`本年支出合计 ${w.amount(expTotal, '本年支出合计')}，其中：${expParts
    .map(([a, label]) => `${label} ${w.amount(a, label)}，${w.share(a, expTotal, `${label}/本年支出合计`)}`).join('；')}。`]);
  const fiscalGrand = cellAt(t('final.fiscalSummary'), 'incomeGrandTotal', 'amount');
  section('fiscalOverview', '财政拨款收入支出决算总体情况说明', (w) => [
    `${n.body} ${n.year} 年度财政拨款收入支出总计 ${w.amount(fiscalGrand, '财政拨款收入支出总计')}。与 ${prev}相比，财政拨款收入支出总计${w.change(fiscalGrand, n.figures.prior.fiscalGrandTotal, '财政拨款收入支出总计较上年')}。`]);
  gpbSections(n, t('final.gpbExpenditure'), expTotal, section, sub);
  const basic = t('final.gpbBasicExpenditure');
  const personnel = cellAt(basic, 'personnelTotal', 'amount');
  const pub = cellAt(basic, 'publicTotal', 'amount');
  section('gpbBasic', '一般公共预算财政拨款基本支出决算情况说明', (w) => [`一般公共预算财政拨款基本支出 ${w.amount(personnel + pub, '基本支出')}。其中：人员经费 ${w.amount(personnel, '人员经费合计')}，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、住房公积金、退休费等；公用经费 ${w.amount(pub, '公用经费合计')}，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、维修（护）费、公务接待费、公务用车运行维护费、办公设备购置等。`]);
  threePublicSection(n, section);
  fundSection(n, section, 'gf', '政府性基金预算财政拨款收入支出决算情况说明', '政府性基金预算财政拨款', t('final.gf'));
  fundSection(n, section, 'soce', '国有资本经营预算财政拨款收入支出决算情况说明', '国有资本经营预算财政拨款', t('final.soce'));
  section('performance', '预算绩效管理情况', () => [`${n.body} ${n.year} 年度按照全面实施预算绩效管理的要求，对项目支出开展绩效自评，绩效自评结果已随本部门决算一并公开。`]);
  const operating = pub - cellAt(basic, '310', 'amount');
  section('other', '其他重要事项的情况说明', () => []);
  sub('operatingCost', 0, '机关运行经费支出情况', (w) => [`${n.year} 年度机关运行经费支出 ${w.amount(operating, '机关运行经费')}。`]);
  sub('procurement', 1, '政府采购支出情况', (w) => [procurementText(n.year, n.scopeWord, n.figures.other.procurement, w)]);
  sub('assets', 2, '国有资产占用情况', () => [assetsText(n.year, n.scopeWord, n.figures.other.assets)]);
  return out;
}

type Add = (key: string, title: string, write: (w: Wording) => string[]) => void;
type Sub = (key: string, index: number, title: string, write: (w: Wording) => string[]) => void;

function gpbSections(n: NarrativeInput, gpb: Table | undefined, expTotal: Amount, section: Add, sub: Sub): void {
  const total = cellAt(gpb, 'total', 'total');
  section('gpbExpenditure', '一般公共预算财政拨款支出决算情况说明', () => []);
  sub('gpbExpenditure.overall', 0, '一般公共预算财政拨款支出决算总体情况', (w) => [
    `${n.year} 年度一般公共预算财政拨款支出 ${w.amount(total, '一般公共预算财政拨款支出')}，${w.share(total, expTotal, '一般公共预算财政拨款支出/本年支出合计')}。与 ${n.year - 1} 年度相比，一般公共预算财政拨款支出${w.change(total, n.figures.prior.gpbExpenditure, '一般公共预算财政拨款支出较上年')}。`]);
  const classes = (gpb?.rows ?? []).filter((r) => r.code?.length === 3);
  sub('gpbExpenditure.structure', 1, '一般公共预算财政拨款支出决算结构情况', (w) => [
    `${n.year} 年度一般公共预算财政拨款支出 ${w.amount(total, '一般公共预算财政拨款支出')}，主要用于以下方面：${classes.map((r) => {
      const a = r.values['total']?.value ?? 0n;
      const name = FUNCTIONAL_CLASSES.find((c) => c.code === r.code)!.name;
      return `${name}（类）${w.amount(a, `${r.code} 类`)}，${w.share(a, total, `${r.code}/一般公共预算财政拨款支出`)}`;
    }).join('；')}。`]);
  sub('gpbExpenditure.detail', 2, '一般公共预算财政拨款支出决算具体情况', (w) => [
    `${n.year} 年度一般公共预算财政拨款支出年初预算为 ${w.amount(n.figures.gpbInitialBudget, '年初预算')}，支出决算为 ${w.amount(total, '一般公共预算财政拨款支出')}，完成年初预算的${w.rate(total, n.figures.gpbInitialBudget, '一般公共预算财政拨款支出/年初预算').replace('完成预算的', '')}。${reasonOf(total, n.figures.gpbInitialBudget)}`]);
}

function threePublicSection(n: NarrativeInput, section: Add): void {
  const tp = n.figures.threePublic;
  const sumOf = (p: typeof tp.final) => p.overseas + p.vehiclePurchase + p.vehicleOperation + p.reception;
  const final = sumOf(tp.final);
  const budget = sumOf(tp.budget);
  const prior = sumOf(n.figures.prior.threePublic);
  section('threePublic', '财政拨款“三公”经费支出决算情况说明', (w) => {
    if (final === 0n && budget === 0n) return [`${n.body} ${n.year} 年度无“三公”经费财政拨款支出。${threePublicCounts(n.figures.other.counts)}`];
    const vehicles = tp.final.vehiclePurchase + tp.final.vehicleOperation;
    return [
      `“三公”经费财政拨款支出年初预算为 ${w.amount(budget, '“三公”经费预算数')}，支出决算为 ${w.amount(final, '“三公”经费决算数')}${budget ? `，${w.rate(final, budget, '“三公”经费决算数/预算数')}` : ''}。其中：因公出国（境）费决算为 ${w.amount(tp.final.overseas, '因公出国（境）费决算数')}；公务用车购置及运行维护费决算为 ${w.amount(vehicles, '公务用车购置及运行维护费决算数')}；公务接待费决算为 ${w.amount(tp.final.reception, '公务接待费决算数')}。`,
      `${n.year} 年度“三公”经费财政拨款支出决算数比 ${n.year - 1} 年度${w.change(final, prior, '“三公”经费决算数较上年')}。`,
      threePublicCounts(n.figures.other.counts),
    ];
  });
}

function fundSection(n: NarrativeInput, section: Add, key: string, title: string, label: string, table: Table | undefined): void {
  section(key, title, (w) => {
    if (!table || table.empty) return [`${n.body} ${n.year} 年度无${label}收入和支出。`];
    const income = cellAt(table, 'total', 'income');
    const spent = cellAt(table, 'total', 'total');
    return [`${n.year} 年度${label}收入 ${w.amount(income, `${label}收入`)}，支出 ${w.amount(spent, `${label}支出`)}。`];
  });
}
