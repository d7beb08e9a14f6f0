/**
 * @module The check stage: runs every rule family on a disclosure and merges their findings
 * (most severe first, then in reading order) and tallies.
 */
import { addTally, emptyTally, SEVERITY_ORDER } from '../model/index.js';
import type { Disclosure, Finding, Tally } from '../model/index.js';
import type { CheckFamily, FamilyResult } from './family.js';
import { FAMILIES } from './families.js';

export interface CheckReport {
  readonly findings: Finding[];
  readonly tally: Tally;
}

export function checkDisclosure(d: Disclosure, families: readonly CheckFamily[] = FAMILIES): CheckReport {
  const tally = emptyTally();
  const findings: Finding[] = [];
  for (const family of families) {
    const result = runSafely(family, d);
    addTally(tally, result.tally);
    findings.push(...result.findings);
  }
  return { findings: findings.sort(byImportance), tally };
}

/** A family that throws is a bug; it must not take the other families' findings down with it. */
function runSafely(family: CheckFamily, d: Disclosure): FamilyResult {
  try {
    return family.run(d);
  } catch (e) {
    const families = [...new Set(family.rules.map((r) => r.family))].join(', ');
    return {
      tally: { ...emptyTally(), notEvaluated: 1 },
      findings: [{
        rule: 'reading.checkFailed', severity: 'warning',
        message: `核对规则组 ${families} 未能完成，其核对未执行 (rule family ${families} failed: ${(e as Error).message})`,
        locations: [{ page: null, line: 0 }], evidence: '',
      }],
    };
  }
}

function byImportance(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
    || (a.locations[0]?.page ?? 0) - (b.locations[0]?.page ?? 0)
    || (a.locations[0]?.line ?? 0) - (b.locations[0]?.line ?? 0);
}
