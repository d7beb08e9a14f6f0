/**
 * @module classification — the family that checks classification codes: names against the
 * reference for the document's year, names consistent across tables and text, and the
 * 类/款/项 structure of each coded table.
 */
import { CLASSIFICATION_RULES } from '../../catalogue/index.js';
import type { Disclosure } from '../../model/index.js';
import type { CheckFamily, FamilyResult } from '../family.js';
import { newReport } from '../support.js';
import { checkConsistency, checkNames, codedRows } from './names.js';
import { checkStructure } from './structure.js';
import { checkClassMentions, checkTextNames } from './text-names.js';

export const classificationChecks: CheckFamily = {
  rules: CLASSIFICATION_RULES,
  run(d: Disclosure): FamilyResult {
    const report = newReport();
    const rows = codedRows(d);
    checkNames(d, rows, report);
    const tableNames = checkConsistency(rows, report);
    checkTextNames(d, tableNames, report);
    checkClassMentions(d, tableNames, report);
    checkStructure(d.tables, report);
    return report;
  },
};
