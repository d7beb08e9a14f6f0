/**
 * @module What a check reports: findings with their location and the printed evidence, and
 * the tally of what was verified (so coverage is visible: nothing silently passes).
 * Shared by every rule family (identities, explanations, classification, completeness, text).
 */
import type { Amount } from './amount.js';

/** error: a real defect; warning: probable defect or rule breach; rounding: within the rounding envelope; info: coverage notes. */
export type Severity = 'error' | 'warning' | 'rounding' | 'info';

/** Severities from the most to the least important. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'rounding', 'info'];

export interface FindingLocation {
  /** Table kind (final.income …) when the finding points into a table. */
  readonly table?: string;
  /** Section key or heading when it points into the explanations. */
  readonly section?: string;
  readonly page: number | null;
  readonly line: number;
  readonly rowCode?: string | null;
  readonly rowKey?: string | null;
  readonly column?: string;
  readonly box?: readonly [number, number, number, number];
}

export interface Finding {
  /** Stable rule id from the rule catalogue (identity.rowSum, text.placeholder …). */
  readonly rule: string;
  readonly severity: Severity;
  /** Chinese first, specific: which figure, expected, found. */
  readonly message: string;
  readonly expected?: Amount;
  readonly actual?: Amount;
  readonly difference?: Amount;
  readonly locations: readonly FindingLocation[];
  /** The printed text the finding rests on. */
  readonly evidence: string;
}

/** What was verified: identities and text links evaluated, and what could not be. */
export interface Tally {
  evaluated: number;
  passed: number;
  rounding: number;
  failed: number;
  notEvaluated: number;
}

export function emptyTally(): Tally {
  return { evaluated: 0, passed: 0, rounding: 0, failed: 0, notEvaluated: 0 };
}

export function addTally(into: Tally, more: Tally): Tally {
  into.evaluated += more.evaluated;
  into.passed += more.passed;
  into.rounding += more.rounding;
  into.failed += more.failed;
  into.notEvaluated += more.notEvaluated;
  return into;
}
