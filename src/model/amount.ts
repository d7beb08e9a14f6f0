/**
 * @module Exact amounts. Money is never summed as floats: an amount is a bigint count of
 * millionths of the table's unit (Beijing prints 万元 with six decimals), and each printed
 * cell remembers how many decimals it showed, which sets its rounding envelope.
 */

/** Millionths of the table unit. */
export type Amount = bigint;

export const AMOUNT_SCALE = 6;
const FACTOR = 10n ** BigInt(AMOUNT_SCALE);

/** A printed number: its exact value and the decimals it was printed with. */
export interface PrintedNumber {
  readonly value: Amount;
  readonly decimals: number;
  /** As printed, e.g. "2,195,503.43". */
  readonly text: string;
}

const NUMBER_RE = /^([-−－]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

/**
 * Reads a printed amount ("2,195,503.43", "-30,916.34", "0.00", "12%"). Returns null for
 * anything else (including the dash placeholders, see {@link isEmptyMark}).
 *
 * ### Examples
 * parseNumber("1,234.5") → { value: 1234500000n, decimals: 1, text: "1,234.5" }
 */
export function parseNumber(text: string): PrintedNumber | null {
  const m = NUMBER_RE.exec(text);
  if (!m) return null;
  const [, sign, int = '', frac = ''] = m;
  if (frac.length > AMOUNT_SCALE) return null;
  const digits = int.replace(/,/g, '') + frac.padEnd(AMOUNT_SCALE, '0');
  const value = BigInt(digits) * (sign ? -1n : 1n);
  return { value, decimals: frac.length, text };
}

/** "-", "—", "——", "--" and the like: a cell printed as empty. */
export function isEmptyMark(text: string): boolean {
  return /^[-—–－─]{1,2}$/.test(text);
}

/** Exact decimal string with `decimals` places (default: as many as needed, at least 2). */
export function formatAmount(a: Amount, decimals?: number): string {
  const neg = a < 0n;
  const abs = neg ? -a : a;
  const int = abs / FACTOR;
  let frac = (abs % FACTOR).toString().padStart(AMOUNT_SCALE, '0');
  if (decimals === undefined) {
    frac = frac.replace(/0+$/, '');
    if (frac.length < 2) frac = frac.padEnd(2, '0');
  } else {
    // a figure known to the ten or hundred (万元 restated in 元) prints as a whole number
    frac = frac.slice(0, Math.max(0, decimals));
  }
  const body = frac ? `${int}.${frac}` : `${int}`;
  return neg ? `-${body}` : body;
}

/** The JSON number for an amount (via its exact decimal string, so no float drift). */
export function amountToNumber(a: Amount): number {
  return Number(formatAmount(a));
}

/** Amount from a JS number given in table units (for tests and generated data). */
export function amountFromNumber(n: number): Amount {
  const p = parseNumber(n.toFixed(AMOUNT_SCALE).replace(/^-/, ''));
  if (!p) throw new RangeError(`not a finite amount: ${n}`);
  return n < 0 ? -p.value : p.value;
}

/** One unit in the last printed place: 0.01 for two decimals. */
export function lastPlaceUnit(decimals: number): Amount {
  return 10n ** BigInt(AMOUNT_SCALE - Math.min(decimals, AMOUNT_SCALE));
}

export function sumAmounts(values: readonly Amount[]): Amount {
  let s = 0n;
  for (const v of values) s += v;
  return s;
}

export function absAmount(a: Amount): Amount {
  return a < 0n ? -a : a;
}

export type CurrencyUnit = '万元' | '元';

/**
 * A printed figure restated in another unit, exactly: 元 → 万元 moves the point four places
 * (decimals +4, capped at the six the Amount holds), 万元 → 元 the other way. Tables of one
 * document may be printed in different units; sums across them must be in one.
 */
export function inUnit<T extends { value: Amount; decimals: number }>(figure: T, from: CurrencyUnit | null | undefined, to: CurrencyUnit | null | undefined): T {
  if (!from || !to || from === to) return figure;
  return from === '元'
    ? { ...figure, value: figure.value / 10000n, decimals: Math.min(AMOUNT_SCALE, figure.decimals + 4) }
    : { ...figure, value: figure.value * 10000n, decimals: Math.max(0, figure.decimals - 4) };
}
