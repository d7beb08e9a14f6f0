/**
 * @module Exact comparisons with the rounding envelope. Printed figures are rounded: an amount
 * restated from a table may miss by one unit of the coarser printed place; a percentage
 * recomputed from rounded figures may miss by one unit of its printed place plus what the
 * rounding of its inputs can move it.
 */
import { AMOUNT_SCALE, absAmount, lastPlaceUnit, type Amount } from '../../model/index.js';

export type Verdict = 'pass' | 'rounding' | 'fail';

const SCALE = 10n ** BigInt(AMOUNT_SCALE);

/** A stated amount against the figure it restates (`summands` figures rounded on the way). */
export function compareAmounts(stated: Amount, statedDecimals: number, actual: Amount, actualDecimals: number, summands = 1): Verdict {
  const diff = absAmount(stated - actual);
  if (diff === 0n) return 'pass';
  const unit = lastPlaceUnit(Math.min(statedDecimals, actualDecimals));
  return diff <= unit * BigInt(summands) ? 'rounding' : 'fail';
}

export interface Figure {
  readonly value: Amount;
  readonly decimals: number;
}

/** part / whole in percent (millionths of a percent), rounded half away from zero; null for a zero whole. */
export function percentOf(part: Amount, whole: Amount): Amount | null {
  if (whole === 0n) return null;
  const num = part * 100n * SCALE * 2n;
  const q = num / whole;
  return q >= 0n ? (q + 1n) / 2n : (q - 1n) / 2n;
}

/**
 * A printed percentage against part / whole. Pass: it is the ratio rounded to the printed
 * place. Rounding: within one printed unit of the ratio's range over the inputs' rounding.
 */
export function comparePercent(printed: Figure, part: Figure, whole: Figure): { verdict: Verdict; expected: Amount } | null {
  const exact = percentOf(part.value, whole.value);
  if (exact === null) return null;
  const unit = lastPlaceUnit(printed.decimals);
  const diff = absAmount(printed.value - exact);
  if (diff * 2n <= unit) return { verdict: 'pass', expected: exact };
  const hp = lastPlaceUnit(part.decimals) / 2n;
  const hw = lastPlaceUnit(whole.decimals) / 2n;
  const bounds = [percentOf(part.value - hp, whole.value + hw), percentOf(part.value + hp, whole.value - hw), percentOf(part.value - hp, whole.value - hw), percentOf(part.value + hp, whole.value + hw)]
    .filter((b): b is Amount => b !== null);
  const lo = bounds.reduce((a, b) => (b < a ? b : a), exact) - unit;
  const hi = bounds.reduce((a, b) => (b > a ? b : a), exact) + unit;
  return { verdict: printed.value >= lo && printed.value <= hi ? 'rounding' : 'fail', expected: exact };
}

export function sign(a: Amount): -1 | 0 | 1 {
  return a > 0n ? 1 : a < 0n ? -1 : 0;
}
