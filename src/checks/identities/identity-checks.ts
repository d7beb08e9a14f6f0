/**
 * @module The identity family: instantiates every catalogue identity over the document's
 * tables and evaluates it exactly. A miss within the rounding envelope is rounding (one
 * finding per table), beyond it an error; an identity touching an undecided cell, or whose
 * table is missing, is counted as not evaluated.
 */
import { IDENTITY_RULES } from '../../catalogue/index.js';
import type { Equation, Evaluation } from '../../arithmetic/index.js';
import { emptyTally } from '../../model/index.js';
import type { Disclosure, Finding, Tally } from '../../model/index.js';
import type { CheckFamily, FamilyResult } from '../family.js';
import { identityOutcomes } from '../identity-outcomes.js';
import { failureFinding, missingTableFindings, roundingFindings } from './describe.js';

export const identityChecks: CheckFamily = { rules: IDENTITY_RULES, run: checkIdentities };

export interface Outcome {
  readonly equation: Equation;
  readonly evaluation: Evaluation;
}

function checkIdentities(d: Disclosure): FamilyResult {
  const tally = emptyTally();
  const findings: Finding[] = [];
  const { identities, outcomes } = identityOutcomes(d);
  const rounding: Outcome[] = [];
  for (const { equation, evaluation } of outcomes) {
    if (!evaluation) { tally.notEvaluated++; continue; }
    if (evaluation.outcome === 'empty') continue;
    count(tally, evaluation);
    if (evaluation.outcome === 'fail') findings.push(failureFinding(d, { equation, evaluation }));
    if (evaluation.outcome === 'rounding') rounding.push({ equation, evaluation });
  }
  findings.push(...roundingFindings(d, rounding));
  const missing = missingTableFindings(d, identities);
  tally.notEvaluated += missing.identities;
  findings.push(...missing.findings);
  if (tally.notEvaluated > missing.identities) findings.push(...ambiguityFinding(d, tally.notEvaluated - missing.identities));
  return { findings, tally };
}

function count(tally: Tally, e: Evaluation): void {
  tally.evaluated++;
  if (e.outcome === 'pass') tally.passed++;
  else if (e.outcome === 'rounding') tally.rounding++;
  else tally.failed++;
}

function ambiguityFinding(d: Disclosure, n: number): Finding[] {
  const rows = d.tables.flatMap((t) => t.rows.filter((r) => r.ambiguity).map((r) => ({ t, r })));
  return [{
    rule: 'identity.notEvaluated', severity: 'info',
    message: `${n} 项恒等式涉及无法确定列位置的数值，未核对 (${n} identities touch values whose column could not be decided; not evaluated)`,
    locations: rows.map(({ t, r }) => ({ table: t.kind, page: r.at.page, line: r.at.line, rowCode: r.code, rowKey: r.key })),
    evidence: rows.map(({ r }) => r.text).slice(0, 3).join(' | '),
  }];
}
