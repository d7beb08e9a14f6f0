/**
 * @module text — the family that checks the quality of the printed text: template residue,
 * truncated and wrong years, the discloser's name, 部门/单位 wording and punctuation.
 */
import { TEXT_RULES } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import type { CheckFamily, FamilyResult } from '../family.js';
import { newReport } from '../support.js';
import { checkDepartmentNames, checkScopeWording } from './names.js';
import { checkPlaceholders, checkTruncatedYears } from './placeholders.js';
import { checkPunctuation, checkSectionPairs } from './punctuation.js';
import { textUnits } from './units.js';
import { checkYears } from './years.js';

export const textChecks: CheckFamily = {
  rules: TEXT_RULES,
  run(d: Disclosure): FamilyResult {
    const report = newReport();
    const units = textUnits(d);
    checkPlaceholders(d, units, report);
    checkTruncatedYears(d, units, report);
    checkYears(d, units, report);
    checkDepartmentNames(d, units, report);
    checkScopeWording(d, units, report);
    checkPunctuation(d, units, report);
    checkSectionPairs(d, units, report);
    return report;
  },
};
