/**
 * @module What the header cells of a 三公 table name, as data for reading its columns by
 * geometry: items (合计, 因公出国（境）费 …, and the 会议费 / 培训费 / 机关运行经费 some places
 * print beside them), funding sources (一般公共预算 …), periods (预算数 / 决算数, years) and
 * text that names no column (headings over the items, 栏次 numbers). Matched on the squashed
 * cell text (whitespace removed, parentheses full width).
 */

/** Items printed beside the 三公 items in some tables (会议费、培训费; 上海: 机关运行经费). */
export const THREE_PUBLIC_EXTRA_ITEMS = ['grandTotal', 'meetings', 'training', 'operatingCost'] as const;

export type ThreePublicHeaderRole =
  /** A 三公 item or an item printed beside them. */
  | { readonly kind: 'item'; readonly item: string }
  /** 合计 / 小计 / 总计: which total it is, only its place tells (the vehicle group's, the 三公 one, all columns'). */
  | { readonly kind: 'subtotal' }
  | { readonly kind: 'source'; readonly source: 'gpb' | 'gf' | 'soce' }
  /** `year`: the period is the budget year when it is the latest year printed, else the year before. */
  | { readonly kind: 'period'; readonly period: 'budget' | 'final' | 'priorYear' | 'change' | 'year' }
  /** A heading over other cells ("“三公”经费", "财政拨款“三公”经费"), or filler (栏次 numbers). */
  | { readonly kind: 'none' };

const item = (name: string): ThreePublicHeaderRole => ({ kind: 'item', item: name });
const period = (p: 'budget' | 'final' | 'priorYear' | 'change' | 'year'): ThreePublicHeaderRole => ({ kind: 'period', period: p });
const NONE: ThreePublicHeaderRole = { kind: 'none' };

/** First match wins. */
export const THREE_PUBLIC_HEADER_CELLS: ReadonlyArray<{ readonly text: RegExp; readonly role: ThreePublicHeaderRole }> = [
  { text: /^(合计|小计|总计)$/, role: { kind: 'subtotal' } },
  { text: /^“?三公”?经费(合计|总计|小计|(财政拨款)?预算总额)$/, role: item('total') },
  { text: /^因公出国（境）(费用?|经费)$/, role: item('overseas') },
  { text: /^公务用车购置及运行(维护)?费(（小计）|小计)?$/, role: item('vehicles') },
  // a wrapped 费 may stand apart in its own cell (长沙: 其中：公务用车购置 | 费)
  { text: /^(其中：)?(（\d）)?(公务用车)?购置(经?费)?$/, role: item('vehiclePurchase') },
  { text: /^(其中：)?(（\d）)?(公务用车)?运行(（维护）|维护)?费$/, role: item('vehicleOperation') },
  { text: /^公务接待费$/, role: item('reception') },
  { text: /^会议费$/, role: item('meetings') },
  { text: /^培训费$/, role: item('training') },
  { text: /^((19|20)\d{2}年)?机关运行经费(预算数?)?$/, role: item('operatingCost') },
  { text: /^一般公共预算(拨款)?$/, role: { kind: 'source', source: 'gpb' } },
  { text: /^政府性基金预算(拨款)?$/, role: { kind: 'source', source: 'gf' } },
  { text: /^国有资本经营预算(拨款)?$/, role: { kind: 'source', source: 'soce' } },
  { text: /^(19|20)\d{2}年度?(预算数?|预算安排数?)$/, role: period('year') },
  { text: /^(本年|当年)(预算数?)?$/, role: period('budget') },
  { text: /^上年(预算数?)?$/, role: period('priorYear') },
  { text: /^增减(变化)?(情况|额|金额)?$/, role: period('change') },
  { text: /^预算数?$/, role: period('budget') },
  { text: /^决算数?$/, role: period('final') },
  { text: /^((19|20)\d{2}年)?(财政拨款|一般公共预算(拨款安排的)?)?“?三公”?经费(预（决）算数|预算数?|决算数?)?(（财政拨款）)?$/, role: NONE },
  { text: /^(\*+|※|栏次|[（(]?\d{1,2}[)）]?)$/, role: NONE },
];

/** The role of a header cell's text, or null when it names nothing a 三公 table prints. */
export function threePublicHeaderRole(text: string): ThreePublicHeaderRole | null {
  return THREE_PUBLIC_HEADER_CELLS.find((c) => c.text.test(text))?.role ?? null;
}

/**
 * Data rows that are periods (深圳: one row per year, then the change): matched on the squashed
 * row label; `year` takes the year the label prints (the latest is the budget year).
 */
export const THREE_PUBLIC_ROW_PERIODS: ReadonlyArray<{ readonly text: RegExp; readonly period: 'year' | 'change' }> = [
  { text: /((?:19|20)\d{2})年度?$/, period: 'year' },
  { text: /^增减(变化)?(金额|额|情况)?$/, period: 'change' },
];
