/**
 * @module The money of one generated budget disclosure (预算): per functional item what is
 * budgeted from this year's appropriations (一般公共预算 basic and project, 政府性基金, 国有资本经营),
 * from unit funds (事业收入, 其他收入) and from last year's carryover (上年结转), plus the
 * economic breakdown of basic spending, 三公 for this and last year and the figures the
 * explanations compare with. A budget balances by construction: every source is spent
 * within the year (结转下年 0), so income = expenditure item by item.
 */
import type { Amount } from '../model/index.js';
import { portion, split } from './amounts.js';
import { generateFigures, gpbSpend, THREE_PUBLIC_PARTS } from './figures.js';
import type { FigureOptions, FinalFigures, ItemFigures, ThreePublicPart } from './figures.js';
import type { Rng } from './prng.js';

export interface BudgetItem {
  readonly code: string;
  readonly gpbPersonnel: Amount;
  readonly gpbPublic: Amount;
  readonly gpbProject: Amount;
  readonly gf: Amount;
  readonly soce: Amount;
  readonly unitBasic: Amount;
  readonly unitProject: Amount;
  readonly business: Amount;
  readonly other: Amount;
  /** Last year's fiscal (一般公共预算) carryover spent on projects this year. */
  readonly carryFiscal: Amount;
  readonly carryNonFiscal: Amount;
  /** Last year's outturn (上年执行数) of this year's gpb appropriation, for the stated changes. */
  readonly priorGpb: Amount;
  /** Project spending of this item by economic class column (e302 …). */
  readonly projectEconomic: Readonly<Record<string, Amount>>;
}

export interface BudgetFigures {
  readonly items: BudgetItem[];
  readonly economic: ReadonlyMap<string, Amount>;
  readonly threePublic: { readonly budget: Record<ThreePublicPart, Amount>; readonly priorYear: Record<ThreePublicPart, Amount> };
  readonly prior: { readonly grandTotal: Amount; readonly gpb: Amount };
  /** From the final-accounts figures: procurement, assets, counts. */
  readonly other: FinalFigures['other'];
  /** Projects under 绩效目标 management. */
  readonly performanceProjects: number;
  /** false: no 项目支出 table even where the place prints one (figures given without the project economics). */
  readonly projectTable?: boolean;
}

export function generateBudgetFigures(rng: Rng, o: FigureOptions): BudgetFigures {
  const base = generateFigures(rng, o);
  const carrying = rng.chance(0.55);
  const items = base.items.map((i) => budgetItem(i, carrying, rng));
  const grand = items.reduce((a, i) => a + itemTotal(i), 0n);
  const gpb = items.reduce((a, i) => a + gpbOf(i), 0n);
  const drift = (a: Amount) => portion(a * 2n, 0.38 + rng.next() * 0.24);
  const priorYear = Object.fromEntries(THREE_PUBLIC_PARTS.map((p) => [p, rng.chance(0.2) ? base.threePublic.final[p]
    : drift(base.threePublic.final[p])])) as Record<ThreePublicPart, Amount>;
  return { items, economic: base.economic, threePublic: { budget: base.threePublic.final, priorYear },
    prior: { grandTotal: drift(grand), gpb: drift(gpb) }, other: base.other, performanceProjects: rng.int(1, 40) };
}

export const gpbOf = (i: BudgetItem): Amount => i.gpbPersonnel + i.gpbPublic + i.gpbProject;
export const basicOf = (i: BudgetItem): Amount => i.gpbPersonnel + i.gpbPublic + i.unitBasic;
export const projectOf = (i: BudgetItem): Amount => i.gpbProject + i.gf + i.soce + i.unitProject + i.carryFiscal + i.carryNonFiscal;
export const itemTotal = (i: BudgetItem): Amount => basicOf(i) + projectOf(i);

const ECONOMIC_PROJECT = ['e302', 'e310', 'e303', 'e399'];

function budgetItem(i: ItemFigures, carrying: boolean, rng: Rng): BudgetItem {
  const unit = i.nonFiscalBasic + i.nonFiscalProject;
  const other = unit > 0n && rng.chance(0.4) ? portion(unit, rng.next() * 0.4) : 0n;
  const project = i.gpbProject > 0n;
  const carryFiscal = carrying && project && rng.chance(0.5) ? portion(i.gpbProject, 0.05 + rng.next() * 0.5) : 0n;
  const carryNonFiscal = carrying && i.nonFiscalProject > 0n && rng.chance(0.4) ? portion(i.nonFiscalProject, rng.next() * 0.3) : 0n;
  const flat = rng.chance(0.15);
  const priorGpb = flat ? gpbSpend(i) : portion(gpbSpend(i) * 2n, 0.4 + rng.next() * 0.2);
  // Project spending by economic class: mostly 商品和服务, some 资本性, rarely 对个人和家庭的补助 / 其他.
  const n = rng.int(1, 3);
  const parts = split(i.gpbProject, n, rng, 1.0);
  const projectEconomic = Object.fromEntries(ECONOMIC_PROJECT.map((k, idx) => [k, idx < n ? parts[idx]! : 0n]));
  return { code: i.code, gpbPersonnel: i.gpbPersonnel, gpbPublic: i.gpbPublic, gpbProject: i.gpbProject, gf: i.gfProject, soce: i.soceProject,
    unitBasic: i.nonFiscalBasic, unitProject: i.nonFiscalProject, business: unit - other, other, carryFiscal, carryNonFiscal, priorGpb,
    projectEconomic };
}
