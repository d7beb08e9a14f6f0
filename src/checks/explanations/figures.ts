/**
 * @module Reading figures out of a clause of prose: printed amounts with their unit (converted
 * exactly to the tables' unit) and percentages, each with the text that stands before it.
 */
import { MONEY_UNITS } from '../../catalogue/index.js';
import { parseNumber, type Amount } from '../../model/index.js';

export interface TextFigure {
  readonly value: Amount;
  readonly decimals: number;
  readonly text: string;
  readonly percent: boolean;
  /** Text between the previous figure (or the clause start) and this one. */
  readonly before: string;
}

// Figures with a money unit or a percent sign; numbers followed by 以上/以下 are thresholds, not claims.
const FIGURE_RE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元|%|％)(?!\s*(?:（含）)?以[上下])/g;

/** The figures of one clause, amounts converted to `tableUnit` (万元 or 元). */
export function readFigures(clause: string, tableUnit: string): TextFigure[] {
  const out: TextFigure[] = [];
  let last = 0;
  for (const m of clause.matchAll(FIGURE_RE)) {
    const [whole, digits = '', unit = ''] = m;
    const index = m.index ?? 0;
    const before = clause.slice(last, index);
    last = index + whole.length;
    const printed = parseNumber(digits);
    if (!printed) continue;
    const percent = unit === '%' || unit === '％';
    const converted = percent ? { value: printed.value, decimals: printed.decimals } : convert(printed.value, printed.decimals, unit, tableUnit);
    if (!converted) continue;
    out.push({ ...converted, text: whole.replace(/\s+/g, ''), percent, before });
  }
  return out;
}

/** Exact unit conversion (万元 ↔ 元 ↔ 亿元); null when the result needs more than six decimals. */
function convert(value: Amount, decimals: number, unit: string, tableUnit: string): { value: Amount; decimals: number } | null {
  const from = MONEY_UNITS[unit];
  const to = MONEY_UNITS[tableUnit] ?? MONEY_UNITS['万元'];
  if (!from || !to) return null;
  const num = from.num * to.den;
  const den = from.den * to.num;
  if ((value * num) % den !== 0n) return null;
  // Decimals shift by the power of ten between the units (元 → 万元: four more places). They may
  // go below zero: 9,216.51万元 restated in 元 is printed to the hundred (decimals -2).
  const shift = Math.round(Math.log10(Number(den) / Number(num)));
  return { value: (value * num) / den, decimals: decimals + shift };
}
