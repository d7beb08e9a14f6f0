/**
 * @module The check stage: runs every rule family on a disclosure and merges their findings
 * (most severe first, then in reading order) and tallies.
 */
import { addTally, emptyTally } from '../model/index.js';
import type { Disclosure, Finding, Severity, Tally } from '../model/index.js';
import type { CheckFamily } from './family.js';
import { FAMILIES } from './families.js';

export interface CheckReport {
  readonly findings: Finding[];
  readonly tally: Tally;
}

export function checkDisclosure(d: Disclosure, families: readonly CheckFamily[] = FAMILIES): CheckReport {
  const tally = emptyTally();
  const findings: Finding[] = [];
  for (const family of families) {
    const result = family.run(d);
    addTally(tally, result.tally);
    findings.push(...result.findings);
  }
  return { findings: findings.sort(byImportance), tally };
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'rounding', 'info'];

function byImportance(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
    || (a.locations[0]?.page ?? 0) - (b.locations[0]?.page ?? 0)
    || (a.locations[0]?.line ?? 0) - (b.locations[0]?.line ?? 0);
}
