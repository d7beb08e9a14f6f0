/**
 * @module checks/explanations — the family "explanations against tables": every figure the
 * 情况说明 states is extracted as a claim, linked to its table figure or to the claims it is
 * computed from, and verified exactly with the rounding envelope.
 *
 * `extractClaims` and `linkClaims` are public so a mutation harness can see which printed
 * figure is linked to what.
 *
 * ### Example
 * ```ts
 * const { findings, tally } = explanationChecks.run(disclosure);
 * ```
 */
import { EXPLANATION_RULES } from '../../catalogue/index.js';
import { emptyTally, type Disclosure, type Finding, type FindingLocation, type Severity, type Tally } from '../../model/index.js';
import type { CheckFamily, FamilyResult } from '../family.js';
import { evaluateClaim, type Outcome } from './evaluate.js';
import { extractClaims } from './extract.js';
import { linkClaims } from './link.js';
import type { Claim } from './types.js';

export { extractClaims } from './extract.js';
export { linkClaims } from './link.js';
export { evaluateClaim, type Outcome } from './evaluate.js';
export type * from './types.js';

export const explanationChecks: CheckFamily = {
  rules: EXPLANATION_RULES,
  run: runExplanationChecks,
};

/** Claims, their links and outcomes: the whole family's reasoning, for tests and harnesses. */
export function explainClaims(d: Disclosure): { claims: Claim[]; outcomes: Outcome[] } {
  const extracted = extractClaims(d);
  const links = linkClaims(d, extracted);
  const outcomes = extracted.claims.map((c, i) => evaluateClaim(c, links[i]!, extracted.claims));
  return { claims: extracted.claims, outcomes };
}

function runExplanationChecks(d: Disclosure): FamilyResult {
  const { claims, outcomes } = explainClaims(d);
  const tally: Tally = emptyTally();
  const findings: Finding[] = [];
  for (const o of outcomes) {
    count(tally, o);
    if (o.status === 'pass') continue;
    findings.push(toFinding(o, claims));
  }
  return { findings, tally };
}

function count(tally: Tally, o: Outcome): void {
  if (o.status === 'notEvaluated') {
    tally.notEvaluated++;
    return;
  }
  tally.evaluated++;
  if (o.status === 'pass') tally.passed++;
  else if (o.status === 'rounding') tally.rounding++;
  else tally.failed++;
}

const SEVERITY: Record<Outcome['status'], Severity> = {
  pass: 'info',
  rounding: 'rounding',
  fail: 'error',
  warning: 'warning',
  notEvaluated: 'info',
};

function toFinding(o: Outcome, claims: readonly Claim[]): Finding {
  const claim = claims[o.claim] as Claim;
  const place = claim.place;
  const locations: FindingLocation[] = [
    { section: place.section ?? place.heading, page: place.at.page, line: place.at.line },
    ...o.cells.map((c) => ({ table: c.table, page: c.page, line: c.line, rowCode: c.rowCode, rowKey: c.rowKey, column: c.column })),
  ];
  return {
    rule: o.rule,
    severity: SEVERITY[o.status],
    message: `${place.heading}：${o.message}`,
    ...(o.expected !== undefined ? { expected: o.expected } : {}),
    ...(o.actual !== undefined ? { actual: o.actual } : {}),
    ...(o.expected !== undefined && o.actual !== undefined ? { difference: o.actual - o.expected } : {}),
    locations,
    evidence: place.sentence,
  };
}
