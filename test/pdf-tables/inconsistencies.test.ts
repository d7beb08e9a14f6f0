/**
 * Issue 4: on every corpus document the MODEL.md identities hold within rounding, except
 * the failures listed here, each exactly (identity id, table, row.column, both sides). A
 * printed inconsistency, verified against `pdftotext -layout` of its page, says so in its
 * comment; the misreads still open are listed apart with what goes wrong, so that a new
 * misread, and a fixed one, both fail this test. Documents not named hold every identity.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { IDENTITIES } from '../../src/catalogue/index.js';
import { identityTally } from '../../src/arithmetic/index.js';
import { parseBytes } from '../../src/parse/index.js';

const CORPUS = '/work/shared/corpus/';
const skip = !existsSync(CORPUS) && 'corpus absent';

/** Verified printed inconsistencies: the figures on the page do not add up. */
const PRINTED: Record<string, string[]> = {
  'budget-shanghai-caizhengju-2025-unit': [
    // p. 17-18: 302 商品和服务支出 printed 24,840,779 元, its 18 款 printed add to 24,840,778 (1 元 off in whole-元 figures)
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 302.public: 24840779.00 = 24840778.00',
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 302.total: 24840779.00 = 24840778.00',
  ],
};

/** Misreads not yet fixed (the printed figures add up; the reading does not). */
const MISREAD: Record<string, string[]> = {
  // 收入表 misread (one row; 万元 printed with 6 decimals) and 三公 columns misplaced; 47 rows ambiguous
  'budget-beijing-zhengwufuwu-2026-tables': [
    'budget.cross.carryover budget.summary priorYearCarryover.amount: 4950.849947 = 96722.180672',
    'budget.cross.incomeItem budget.income total.other: 4781.143823 = 0.00',
    'budget.cross.incomeItem budget.income total.specialAccount: 4950.849947 = 0.00',
    'budget.income.rowSum budget.income total.total: 101673.030619 = 203346.061238',
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 80.109836 = 67.579836',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 7.249836 = 34.09',
  ],
  // basic-expenditure groups and 三公 columns misplaced; summary income items missed (wt-pdf3)
  'budget-changsha-xinfang-2026': [
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 302.public: 48.80 = 109.94',
    'budget.gpbBasicExpenditure.rowSum budget.gpbBasicExpenditure 302.total: 171.78 = 48.80',
    'budget.gpbBasicExpenditure.rowSum budget.gpbBasicExpenditure 30228.total: 17.10 = 10.92',
    'budget.gpbBasicExpenditure.rowSum budget.gpbBasicExpenditure 30239.total: 33.60 = 32.76',
    'budget.gpbBasicExpenditure.rowSum budget.gpbBasicExpenditure 30299.total: 59.94 = 5.12',
    'budget.gpbBasicExpenditure.rowSum budget.gpbBasicExpenditure total.total: 1517.95 = 1394.97',
    'budget.summary.incomeTotal budget.summary incomeTotal.amount: 1935.36 = 0.00',
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 8.00 = 11.00',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 5.00 = 13.00',
  ],
  // income / fiscal summary carry-over rows and 三公 columns misplaced (wt-pdf3)
  'budget-hangzhou-sifaju-2026': [
    'budget.cross.carryover budget.summary priorYearCarryover.amount: 347.32 = 98883.14',
    'budget.fiscalSummary.incomeGrandTotal budget.fiscalSummary incomeGrandTotal.amount: 91842.80 = 347.32',
    'budget.income.rowSum budget.income total.total: 99230.46 = 98883.14',
    'budget.income.rowSum budget.income 杭州市司法.total: 12586.47 = 12239.15',
    'budget.income.rowSum budget.income 杭州市司法局.total: 99230.46 = 98883.14',
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 413.68 = 508.36',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 151.68 = 262.00',
  ],
  // income 财政专户 column and 三公 columns misplaced (wt-pdf3)
  'budget-huzhou-caizhengju-2026': [
    'budget.cross.incomeItem budget.income total.specialAccount: 6838.41 = 0.00',
    'budget.income.rowSum budget.income total.total: 6838.41 = 13676.82',
    'budget.threePublic.coversEconomic budget.threePublic threePublic.budget.reception: 3.50 >= 5.80',
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 9.30 = 10.50',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 3.50 = 13.30',
  ],
  // 三公 columns misplaced (wt-pdf3)
  'budget-jiangsu-shengweibangongting-2019-tables': [
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 1471.70 = 605.20',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 70.00 = 822.40',
  ],
  // summary / fiscal summary totals and 三公 columns misplaced (wt-pdf3)
  'budget-shenzhen-kouan-2026': [
    'budget.fiscalSummary.expenditureTotal budget.fiscalSummary expenditureTotal.total: 55884.67 = 24895.54',
    'budget.fiscalSummary.incomeGrandTotal budget.fiscalSummary incomeGrandTotal.amount: 55884.67 = 55131.54',
    'budget.summary.expenditureTotal budget.summary expenditureTotal.amount: 55884.67 = 71179.54',
    'budget.summary.incomeGrandTotal budget.summary incomeGrandTotal.amount: 55884.67 = 55131.54',
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 37.77 = 0.00',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 0.00 = 17.88',
  ],
  // income table other-income column and 三公 columns misplaced; basic tables missed
  'budget-xian-bangongting-2026': [
    'budget.cross.incomeItem budget.income total.other: 7100000.00 = 0.00',
    'budget.income.rowSum budget.income total.total: 92165133.99 = 99265133.99',
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 442400.00 = 110000.00',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 40000.00 = 662400.00',
  ],
  // /Rotate 90 pages: page numbers (11, 12, 17, 18) read as rows; the double economic classification
  // (部门 301 beside 政府 501 / 505) splits 301 and 302 into two rows each
  'budget-yantai-bangongshi-2026': [
    'budget.expenditure.rowSum budget.expenditure .total: 0.00 = 11.00',
    'budget.expenditure.rowSum budget.expenditure .total: 0.00 = 12.00',
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 301.personnel: 2294.54 = 3344.88',
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 301.total: 2294.54 = 3344.88',
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 302.public: 533.78 = 616.11',
    'budget.gpbBasicExpenditure.hierarchy budget.gpbBasicExpenditure 302.total: 533.78 = 616.11',
    'budget.gpbBasicExpenditure.rowSum budget.gpbBasicExpenditure .total: 0.00 = 17.00',
    'budget.gpbBasicExpenditure.rowSum budget.gpbBasicExpenditure .total: 0.00 = 18.00',
  ],
};

test('every corpus document: exactly the listed identities fail', { skip }, async () => {
  const files = readdirSync(CORPUS).filter((n) => n.endsWith('.pdf')).sort();
  assert.ok(files.length >= 28, `${files.length} corpus PDFs`);
  for (const f of files) {
    const name = f.replace(/\.pdf$/, '');
    const r = await parseBytes(readFileSync(CORPUS + f), f);
    if (!r.ok) { assert.equal(r.error.code, 'NOT_DISCLOSURE', name); continue; }
    const expected = [...(PRINTED[name] ?? []), ...(MISREAD[name] ?? [])].sort();
    assert.deepEqual(identityTally(r.value, IDENTITIES).failures, expected, name);
  }
});

test('the listed documents exist in the corpus', { skip }, () => {
  const names = new Set(readdirSync(CORPUS).map((n) => n.replace(/\.pdf$/, '')));
  for (const name of [...Object.keys(PRINTED), ...Object.keys(MISREAD)]) assert.ok(names.has(name), name);
});
