/**
 * @module A department's validated figures → the generator's figure records (FinalFigures,
 * BudgetFigures), from which the standard tables and explanations are laid out; and the
 * places where the figures, each valid alone, disagree with each other (the economic
 * breakdown against the personnel/public split, income against spending, a negative closing
 * balance): the tables would print the disagreement, so it is said before.
 */
import { judgeName, PERSONNEL_CLASSES } from '../catalogue/index.js';
import { formatAmount } from '../model/index.js';
import type { Amount } from '../model/index.js';
import type { BudgetFigures, BudgetItem, FinalFigures, ItemFigures, OtherFigures, ThreePublicPart } from '../generate/index.js';
import { count } from './input.js';
import type { RenderInput } from './input.js';

const sum = (xs: readonly Amount[]): Amount => xs.reduce((a, b) => a + b, 0n);
const money = (a: Amount): string => formatAmount(a, 2);

/** The economic 款 with their 类 totals (the tables print both; 类 = Σ 款). */
function withClasses(economic: ReadonlyMap<string, Amount>): Map<string, Amount> {
  const out = new Map<string, Amount>();
  for (const [code, a] of economic) {
    out.set(code, (out.get(code) ?? 0n) + a);
    out.set(code.slice(0, 3), (out.get(code.slice(0, 3)) ?? 0n) + a);
  }
  return out;
}

const parts = (r: Readonly<Record<string, Amount>> | undefined): Record<ThreePublicPart, Amount> => ({
  overseas: r?.['overseas'] ?? 0n, vehiclePurchase: r?.['vehiclePurchase'] ?? 0n, vehicleOperation: r?.['vehicleOperation'] ?? 0n,
  reception: r?.['reception'] ?? 0n,
});

function otherOf(input: RenderInput): OtherFigures {
  const g = input.figures;
  const n = (k: string) => count(g, k);
  return {
    procurement: { goods: g['procurementGoods'] ?? 0n, works: g['procurementWorks'] ?? 0n, services: g['procurementServices'] ?? 0n,
      smallFirms: g['procurementSmallFirms'] ?? 0n },
    assets: { vehicles: n('vehicles'), equipment: n('equipment') },
    counts: { groups: n('overseasGroups'), travellers: n('overseasTravellers'), bought: n('vehiclesBought'), held: n('vehiclesHeld'),
      batches: n('receptionBatches'), guests: n('receptionGuests') },
  };
}

export function finalFigures(input: RenderInput): FinalFigures {
  const items: ItemFigures[] = input.items.map((i) => {
    const v = (k: string) => i.values[k] ?? 0n;
    return { code: i.code, gpbPersonnel: v('gpbPersonnel'), gpbPublic: v('gpbPublic'), gpbProject: v('gpbProject'),
      nonFiscalBasic: v('nonFiscalBasic'), nonFiscalProject: v('nonFiscalProject'), gfProject: v('gfProject'), soceProject: v('soceProject'),
      gpbIncome: v('gpbIncome'), gfIncome: v('gfIncome'), soceIncome: v('soceIncome'), businessIncome: v('businessIncome'),
      otherIncome: v('otherIncome'), gfOpening: v('gfOpening'), soceOpening: v('soceOpening') };
  }).sort((a, b) => a.code.localeCompare(b.code));
  const g = input.figures;
  return {
    items, gpbOpening: g['gpbOpening'] ?? 0n, nonFiscalOpening: g['nonFiscalOpening'] ?? 0n,
    threePublic: { budget: parts(input.threePublic['budget']), final: parts(input.threePublic['final']) },
    economic: withClasses(input.economic),
    prior: { grandTotal: g['priorGrandTotal'] ?? 0n, fiscalGrandTotal: g['priorFiscalGrandTotal'] ?? 0n,
      gpbExpenditure: g['priorGpbExpenditure'] ?? 0n, threePublic: parts(input.threePublic['prior']) },
    gpbInitialBudget: g['gpbInitialBudget'] ?? 0n,
    other: otherOf(input),
  };
}

export function budgetFigures(input: RenderInput): BudgetFigures {
  const items: BudgetItem[] = input.items.map((i) => {
    const v = (k: string) => i.values[k] ?? 0n;
    return { code: i.code, gpbPersonnel: v('gpbPersonnel'), gpbPublic: v('gpbPublic'), gpbProject: v('gpbProject'), gf: v('gf'), soce: v('soce'),
      unitBasic: v('unitBasic'), unitProject: v('unitProject'), business: v('business'), other: v('other'), carryFiscal: v('carryFiscal'),
      carryNonFiscal: v('carryNonFiscal'), priorGpb: v('priorGpb'), projectEconomic: {} };
  }).sort((a, b) => a.code.localeCompare(b.code));
  return {
    items, economic: withClasses(input.economic),
    threePublic: { budget: parts(input.threePublic['budget']), priorYear: parts(input.threePublic['priorYear']) },
    // No budget table or explanation prints last year's grand total; the gpb outturn is the items' sum.
    prior: { grandTotal: 0n, gpb: sum(items.map((i) => i.priorGpb)) },
    other: otherOf(input), performanceProjects: count(input.figures, 'performanceProjects'), projectTable: false,
  };
}

/** Where the given figures disagree with each other, in Chinese first; empty when consistent. */
export function inconsistencies(input: RenderInput): string[] {
  const out: string[] = [];
  const total = (key: string) => sum(input.items.map((i) => i.values[key] ?? 0n));
  const econ = (personnel: boolean) => sum([...input.economic].filter(([c]) => PERSONNEL_CLASSES.includes(c.slice(0, 3)) === personnel).map(([, a]) => a));
  const compare = (a: Amount, b: Amount, what: string) => {
    if (a !== b) out.push(`${what}：${money(a)} ≠ ${money(b)}，相差 ${money(a - b)}`);
  };
  compare(econ(true), total('gpbPersonnel'), '经济分类人员经费（301、303 各款之和）与功能分类人员经费之和不等 (economic personnel classes ≠ Σ items\' personnel)');
  compare(econ(false), total('gpbPublic'), '经济分类公用经费（302、310 等各款之和）与功能分类公用经费之和不等 (economic public classes ≠ Σ items\' public costs)');
  if (input.kind === 'budget') {
    for (const i of input.items) {
      const v = (k: string) => i.values[k] ?? 0n;
      compare(v('business') + v('other'), v('unitBasic') + v('unitProject'),
        `科目 ${i.code} 单位资金收入（事业收入+其他收入）与单位资金支出（基本+项目）不等 (unit income ≠ unit spending)`);
    }
    return out;
  }
  const closing = (what: string, a: Amount) => {
    if (a < 0n) out.push(`${what}年末结转和结余为负数 ${money(a)}：支出超过年初结转和本年收入 (the closing balance would be negative)`);
  };
  const g = input.figures;
  closing('一般公共预算财政拨款', (g['gpbOpening'] ?? 0n) + total('gpbIncome') - total('gpbPersonnel') - total('gpbPublic') - total('gpbProject'));
  closing('非财政拨款', (g['nonFiscalOpening'] ?? 0n) + total('businessIncome') + total('otherIncome') - total('nonFiscalBasic') - total('nonFiscalProject'));
  closing('政府性基金预算财政拨款', total('gfOpening') + total('gfIncome') - total('gfProject'));
  closing('国有资本经营预算财政拨款', total('soceOpening') + total('soceIncome') - total('soceProject'));
  return out;
}

/** Names given that the catalogue spells otherwise for the year: the catalogue's name is printed. */
export function nameNotes(input: RenderInput): string[] {
  return input.items.flatMap((i) => {
    if (!i.name) return [];
    const verdict = judgeName(i.code, i.name, input.year);
    return verdict.status === 'mismatch' || verdict.status === 'otherYear'
      ? [`科目 ${i.code} 名称「${i.name}」与 ${input.year} 年分类目录「${verdict.expected}」不同，按目录印制 (the catalogue's name is printed)`] : [];
  });
}
