/**
 * @module The money of one generated final-accounts disclosure, before any table is laid
 * out: per functional item (项) what was spent from which fund on basic and project work and
 * what came in, the fund balances, the 三公 items and the economic breakdown of basic
 * spending. Everything is whole cents and derived by exact splits, so every identity of
 * MODEL.md holds when the tables are summed from these figures.
 */
import { FUNCTIONAL_CODE_NAMES } from '../catalogue/index.js';
import type { CodeName } from '../catalogue/index.js';
import type { Amount, Level } from '../model/index.js';
import { aboutUnits, CENT, portion, split, sum } from './amounts.js';
import { otherFigures } from './figures-other.js';
import type { OtherFigures } from './figures-other.js';
import type { Rng } from './prng.js';

export interface ItemFigures {
  readonly code: string;
  gpbPersonnel: Amount;
  gpbPublic: Amount;
  gpbProject: Amount;
  nonFiscalBasic: Amount;
  nonFiscalProject: Amount;
  gfProject: Amount;
  soceProject: Amount;
  gpbIncome: Amount;
  gfIncome: Amount;
  soceIncome: Amount;
  businessIncome: Amount;
  otherIncome: Amount;
  gfOpening: Amount;
  soceOpening: Amount;
}

export const THREE_PUBLIC_PARTS = ['overseas', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
export type ThreePublicPart = (typeof THREE_PUBLIC_PARTS)[number];

export interface FinalFigures {
  readonly items: ItemFigures[];
  readonly gpbOpening: Amount;
  readonly nonFiscalOpening: Amount;
  readonly threePublic: { readonly budget: Record<ThreePublicPart, Amount>; readonly final: Record<ThreePublicPart, Amount> };
  /** Economic codes (类 and 款) of gpb basic spending → amount; 类 = Σ 款. */
  readonly economic: ReadonlyMap<string, Amount>;
  /** Figures the explanations compare with: last year and the year's initial budget. */
  readonly prior: { readonly grandTotal: Amount; readonly fiscalGrandTotal: Amount; readonly gpbExpenditure: Amount;
    readonly threePublic: Record<ThreePublicPart, Amount> };
  readonly gpbInitialBudget: Amount;
  readonly other: OtherFigures;
}

/** Total spending in 万元 by level: log-uniform between these bounds. */
export const SCALE: Record<Level, [number, number]> = {
  central: [20_000, 2_000_000], provincial: [800, 80_000], municipal: [200, 20_000], county: [50, 5_000], unknown: [100, 10_000],
};

const MAIN_SECTIONS = ['20101', '20103', '20106', '20108', '20113', '20140', '20402', '21201', '21401', '22001'];
const SOCIAL_SECTIONS = ['20805', '20808', '21011', '22102'];
const OPTIONAL_SECTIONS = ['20508', '20605', '20699', '21208'];
const GF_SECTIONS = ['21208', '22960'];
const SOCE_SECTIONS = ['22301'];

const itemsOf = (section: string): CodeName[] => FUNCTIONAL_CODE_NAMES.filter((c) => c.code.length === 7 && c.code.startsWith(section));

export interface FigureOptions {
  readonly level: Level;
  /** 1 for 万元, 10000 for 元. */
  readonly unitFactor: number;
  readonly withGf: boolean;
  readonly withSoce: boolean;
  readonly withNonFiscal: boolean;
}

export function generateFigures(rng: Rng, o: FigureOptions): FinalFigures {
  const [lo, hi] = SCALE[o.level];
  const total = aboutUnits(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo))) * o.unitFactor);
  const chosen = chooseItems(rng, o);
  const weights = split(total, chosen.length, rng, 1.0);
  const items = chosen.map((c, i) => spend(c, weights[i]!, rng, o));
  for (const it of items) earn(it, rng, o);
  const gpbOpening = opening(sum(items.map(gpbSpend)), sum(items.map((i) => i.gpbIncome)), total, rng);
  const nonFiscalOpening = o.withNonFiscal
    ? opening(sum(items.map((i) => i.nonFiscalBasic + i.nonFiscalProject)), sum(items.map((i) => i.businessIncome + i.otherIncome)), total, rng)
    : 0n;
  const publicTotal = sum(items.map((i) => i.gpbPublic));
  const threePublic = threePublicOf(publicTotal, rng);
  const economic = economicOf(sum(items.map((i) => i.gpbPersonnel)), publicTotal, threePublic.final, rng);
  const grand = sum(items.map((i) => i.gpbIncome + i.gfIncome + i.soceIncome + i.businessIncome + i.otherIncome)) + gpbOpening + nonFiscalOpening
    + sum(items.map((i) => i.gfOpening + i.soceOpening));
  const fiscalGrand = sum(items.map((i) => i.gpbIncome + i.gfIncome + i.soceIncome + i.gfOpening + i.soceOpening)) + gpbOpening;
  const gpbExp = sum(items.map(gpbSpend));
  const drift = (a: Amount) => portion(a * 2n, 0.35 + rng.next() * 0.3);
  const prior = {
    grandTotal: drift(grand), fiscalGrandTotal: drift(fiscalGrand), gpbExpenditure: drift(gpbExp),
    threePublic: Object.fromEntries(THREE_PUBLIC_PARTS.map((p) => [p, rng.chance(0.15) ? threePublic.final[p] : drift(threePublic.final[p])])) as Record<ThreePublicPart, Amount>,
  };
  const gpbInitialBudget = drift(gpbExp);
  const other = otherFigures(publicTotal, sum(items.map((i) => i.gpbProject)), threePublic.final, rng);
  return { items, gpbOpening, nonFiscalOpening, threePublic, economic, prior, gpbInitialBudget, other };
}

export const gpbSpend = (i: ItemFigures): Amount => i.gpbPersonnel + i.gpbPublic + i.gpbProject;

export function chooseItems(rng: Rng, o: FigureOptions): CodeName[] {
  const sections = [
    ...rng.sample(MAIN_SECTIONS, rng.int(1, 2)),
    ...rng.sample(SOCIAL_SECTIONS, rng.int(2, 4)),
    ...rng.sample(OPTIONAL_SECTIONS.filter((s) => !GF_SECTIONS.includes(s)), rng.int(0, 1)),
    ...(o.withGf ? [rng.pick(GF_SECTIONS)] : []),
    ...(o.withSoce ? SOCE_SECTIONS : []),
  ];
  return sections.sort().flatMap((s) => {
    const all = itemsOf(s);
    const basic = all.filter((c) => c.nature === 'basic');
    const rest = all.filter((c) => c.nature !== 'basic');
    const picked = [...basic.slice(0, 1), ...rng.sample(rest, rng.int(1, Math.min(3, rest.length)))];
    return picked.filter((c) => (c.nature !== 'gf' || o.withGf) && (c.nature !== 'soce' || o.withSoce));
  }).sort((a, b) => a.code.localeCompare(b.code));
}

function spend(c: CodeName, whole: Amount, rng: Rng, o: FigureOptions): ItemFigures {
  const it: ItemFigures = { code: c.code, gpbPersonnel: 0n, gpbPublic: 0n, gpbProject: 0n, nonFiscalBasic: 0n, nonFiscalProject: 0n,
    gfProject: 0n, soceProject: 0n, gpbIncome: 0n, gfIncome: 0n, soceIncome: 0n, businessIncome: 0n, otherIncome: 0n, gfOpening: 0n, soceOpening: 0n };
  const amount = whole > CENT ? whole : CENT * BigInt(rng.int(1, 99));
  const nonFiscal = o.withNonFiscal && rng.chance(0.4) ? portion(amount, rng.next() * 0.25) : 0n;
  const gpb = amount - nonFiscal;
  switch (c.nature) {
    case 'basic': {
      it.gpbPersonnel = portion(gpb, 0.65 + rng.next() * 0.25);
      it.gpbPublic = gpb - it.gpbPersonnel;
      it.nonFiscalBasic = nonFiscal;
      break;
    }
    case 'personnel': it.gpbPersonnel = amount; break;
    case 'gf': it.gfProject = amount; break;
    case 'soce': it.soceProject = amount; break;
    default: it.gpbProject = gpb; it.nonFiscalProject = nonFiscal;
  }
  return it;
}

/** Income per item: appropriations near the spending (some carried over), non-fiscal income for units that have it. */
function earn(it: ItemFigures, rng: Rng, o: FigureOptions): void {
  const near = (a: Amount) => (a === 0n || rng.chance(0.5) ? a : portion(a * 2n, 0.45 + rng.next() * 0.12));
  it.gpbIncome = near(gpbSpend(it));
  it.gfIncome = near(it.gfProject);
  it.soceIncome = near(it.soceProject);
  it.gfOpening = it.gfProject > it.gfIncome ? it.gfProject - it.gfIncome + portion(it.gfProject, rng.next() * 0.1) : 0n;
  it.soceOpening = it.soceProject > it.soceIncome ? it.soceProject - it.soceIncome : 0n;
  const nonFiscal = it.nonFiscalBasic + it.nonFiscalProject;
  if (o.withNonFiscal && nonFiscal > 0n) {
    it.otherIncome = rng.chance(0.4) ? portion(nonFiscal, rng.next() * 0.3) : 0n;
    it.businessIncome = near(nonFiscal) - it.otherIncome;
    if (it.businessIncome < 0n) { it.otherIncome += it.businessIncome; it.businessIncome = 0n; }
  }
}

/** An opening balance large enough that the year's closing balance is not negative. */
function opening(spent: Amount, income: Amount, total: Amount, rng: Rng): Amount {
  const deficit = spent > income ? spent - income : 0n;
  return deficit + (rng.chance(0.3) ? 0n : portion(total, rng.next() * 0.06));
}

function threePublicOf(publicTotal: Amount, rng: Rng): FinalFigures['threePublic'] {
  const none = rng.chance(0.08);
  const final = {} as Record<ThreePublicPart, Amount>;
  const budget = {} as Record<ThreePublicPart, Amount>;
  const pool = none ? 0n : portion(publicTotal, 0.02 + rng.next() * 0.12);
  const parts = split(pool, THREE_PUBLIC_PARTS.length, rng, 0.9);
  THREE_PUBLIC_PARTS.forEach((p, i) => {
    const zero = (p === 'overseas' && rng.chance(0.4)) || (p === 'vehiclePurchase' && rng.chance(0.6));
    final[p] = zero ? 0n : parts[i]!;
    budget[p] = final[p] === 0n && rng.chance(0.7) ? 0n : portion(final[p] * 2n, 0.5 + rng.next() * 0.2) + (final[p] === 0n ? CENT * BigInt(rng.int(100, 900)) : 0n);
  });
  return { budget, final };
}

/** Economic breakdown: 人员经费 = 301 + 303, 公用经费 = 302 + 310, with the 三公 lines not above the 三公 table. */
export function economicOf(personnel: Amount, publicTotal: Amount, tp: Record<ThreePublicPart, Amount>, rng: Rng): Map<string, Amount> {
  const out = new Map<string, Amount>();
  const put = (code: string, a: Amount) => { if (a > 0n) out.set(code, (out.get(code) ?? 0n) + a); };
  const c303 = portion(personnel, 0.03 + rng.next() * 0.15);
  spread(out, '301', personnel - c303, ['30101', '30102', '30103', '30107', '30108', '30109', '30110', '30112', '30113', '30199'], rng);
  spread(out, '303', c303, ['30301', '30302', '30304', '30305', '30399'], rng);
  const fixed: [string, Amount][] = [['30212', portion(tp.overseas, 0.5 + rng.next() * 0.5)], ['30217', portion(tp.reception, 0.4 + rng.next() * 0.6)],
    ['30231', portion(tp.vehicleOperation, 0.5 + rng.next() * 0.5)]];
  const purchase = portion(tp.vehiclePurchase, 0.5 + rng.next() * 0.5);
  const c310 = purchase + portion(publicTotal, rng.next() * 0.08);
  const c302 = publicTotal - c310;
  const free = c302 - sum(fixed.map(([, a]) => a));
  for (const [code, a] of fixed) put(code, a);
  put('302', sum(fixed.map(([, a]) => a)));
  spread(out, '302', free, ['30201', '30202', '30205', '30206', '30207', '30209', '30211', '30213', '30215', '30216', '30226', '30228', '30229', '30239', '30299'], rng);
  put('31013', purchase);
  put('310', purchase);
  spread(out, '310', c310 - purchase, ['31002', '31003', '31007', '31022'], rng);
  return out;
}

/** Adds `whole` to class `cls`, spread over a random subset of its 款. */
function spread(out: Map<string, Amount>, cls: string, whole: Amount, sections: readonly string[], rng: Rng): void {
  if (whole <= 0n) return;
  const chosen = rng.sample(sections, rng.int(Math.min(2, sections.length), sections.length));
  const parts = split(whole, chosen.length, rng, 1.0);
  chosen.forEach((code, i) => { if (parts[i]! > 0n) out.set(code, (out.get(code) ?? 0n) + parts[i]!); });
  out.set(cls, (out.get(cls) ?? 0n) + whole);
}
