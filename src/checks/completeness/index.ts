/**
 * @module completeness — the family that checks a disclosure carries what its kind and level
 * require: the tables of its profile, a note on each empty table, the explanation sections,
 * a reason for each budget/actual difference, and the 三公 counts.
 */
import { COMPLETENESS_RULES, profileFor } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import type { CheckFamily, FamilyResult } from '../family.js';
import { newReport, skip } from '../support.js';
import { checkItemReasons, checkThreePublicCounts } from './content.js';
import { checkSections } from './sections.js';
import { checkEmptyNotes, checkTables } from './tables.js';

export const completenessChecks: CheckFamily = {
  rules: COMPLETENESS_RULES,
  run(d: Disclosure): FamilyResult {
    const report = newReport();
    checkEmptyNotes(d, report);
    const profile = profileFor(d.document.kind, d.document.level);
    // Without the kind (预算/决算) nothing says which tables and sections are required.
    if (!profile) {
      skip(report);
      return report;
    }
    checkTables(d, profile, report);
    checkSections(d, profile, report);
    if (profile.kind === 'final') {
      checkItemReasons(d, report);
      checkThreePublicCounts(d, report);
    }
    return report;
  },
};
