/**
 * @module Evaluating an equation exactly, with the rounding envelope of MODEL.md: a miss of
 * at most one unit in the last printed place per summand is rounding, not an error.
 */
import { absAmount, lastPlaceUnit } from '../model/index.js';
import type { Amount } from '../model/index.js';
import type { CellRef, Equation } from './equations.js';

export interface CellValue {
  readonly value: Amount;
  readonly decimals: number;
}

export type Outcome = 'pass' | 'rounding' | 'fail' | 'empty';

export interface Evaluation {
  readonly outcome: Outcome;
  /** Σ of the left-hand (positive) terms and of the right-hand (negative) terms. */
  readonly lhs: Amount;
  readonly rhs: Amount;
  readonly difference: Amount;
  readonly tolerance: Amount;
}

/** Rounding envelope for n summands printed with `decimals` places. */
export function tolerance(summands: number, decimals: number): Amount {
  return lastPlaceUnit(decimals) * BigInt(Math.max(1, summands - 1));
}

export function evaluate(eq: Equation, valueOf: (ref: CellRef) => CellValue | undefined): Evaluation {
  let lhs = 0n;
  let rhs = 0n;
  let decimals = 0;
  let printed = 0;
  for (const t of eq.terms) {
    const v = valueOf(t.ref);
    if (!v) continue;
    printed++;
    decimals = Math.max(decimals, v.decimals);
    if (t.sign > 0) lhs += v.value; else rhs += v.value;
  }
  const difference = lhs - rhs;
  const tol = tolerance(eq.terms.length, decimals || 2);
  if (printed === 0) return { outcome: 'empty', lhs, rhs, difference, tolerance: tol };
  return { outcome: judge(eq.op, difference, tol), lhs, rhs, difference, tolerance: tol };
}

export function judge(op: Equation['op'], difference: Amount, tol: Amount): Exclude<Outcome, 'empty'> {
  const miss = op === '=' ? absAmount(difference) : op === '<=' ? difference : -difference;
  if (miss <= 0n) return 'pass';
  return miss <= tol ? 'rounding' : 'fail';
}
