/**
 * @module Exact amounts for generated data: every figure is a whole number of cents (or of
 * the smallest printed unit) as a bigint of millionths, and every split sums exactly to its
 * whole, so identities hold by construction and never by float luck.
 */
import type { Amount } from '../model/index.js';
import type { Rng } from './prng.js';

/** One cent (0.01 of the table unit) in millionths. */
export const CENT: Amount = 10_000n;

/** An amount of about `units` table units, in whole cents. */
export function aboutUnits(units: number): Amount {
  return BigInt(Math.max(0, Math.round(units * 100))) * CENT;
}

/** Splits `whole` (whole cents) into parts by skewed weights; parts are whole cents and sum exactly to `whole`. */
export function split(whole: Amount, n: number, rng: Rng, sigma = 0.8): Amount[] {
  if (n <= 0) return [];
  const cents = whole / CENT;
  const weights = Array.from({ length: n }, () => rng.skewed(sigma));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => BigInt(Math.floor((Number(cents) * w) / sum)));
  let rest = cents - parts.reduce((a, b) => a + b, 0n);
  for (let i = 0; rest > 0n; i = (i + 1) % n, rest--) parts[i]! += 1n; // floor leaves at most n cents over
  return parts.map((p) => p * CENT);
}

/** `share` of an amount (0..1), in whole cents, rounded down. */
export function portion(a: Amount, share: number): Amount {
  return (BigInt(Math.floor(Number(a / CENT) * Math.max(0, Math.min(1, share))))) * CENT;
}

export function sum(values: readonly Amount[]): Amount {
  return values.reduce((a, b) => a + b, 0n);
}
