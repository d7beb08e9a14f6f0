/**
 * @module checks/reading — the reader's warnings as findings, so a gate sees what was not read
 * (a cut-off table, scanned pages) instead of a clean report.
 */
import { READING_RULES } from '../../catalogue/index.js';
import { emptyTally } from '../../model/index.js';
import type { Disclosure, Finding } from '../../model/index.js';
import type { CheckFamily } from '../family.js';

export const readingChecks: CheckFamily = {
  rules: READING_RULES,
  run(d: Disclosure) {
    const warnings = [...d.warnings, ...d.performance.flatMap((p) => p.warnings)];
    const findings = warnings.map((w): Finding => ({
      rule: 'reading.incomplete', severity: 'warning', message: `${w.message} [${w.code}]`,
      locations: [{ page: w.at?.page ?? null, line: w.at?.line ?? 0 }], evidence: '',
    }));
    return { findings, tally: emptyTally() };
  },
};
