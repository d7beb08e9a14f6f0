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
  // 收入表 misread (one row; 万元 printed with 6 decimals); 47 rows ambiguous
  'budget-beijing-zhengwufuwu-2026-tables': [
    'budget.cross.carryover budget.summary priorYearCarryover.amount: 4950.849947 = 96722.180672',
    'budget.cross.incomeItem budget.income total.other: 4781.143823 = 0.00',
    'budget.cross.incomeItem budget.income total.specialAccount: 4950.849947 = 0.00',
    'budget.income.rowSum budget.income total.total: 101673.030619 = 203346.061238',
  ],
  // 收支总表 p7-9: the 功能分类 | 支出用途 columns printed side by side are misread (cells.test.ts):
  // only 203 is read as a class, with 三、单位预留机动经费's 128.43; 当年支出小计 13,649.07 is right
  'budget-jiangsu-renda-2017': [
    'budget.summary.expenditureTotal budget.summary expenditureTotal.amount: 13649.07 = 128.43',
  ],
  // not yet examined: the summary table's 收入合计 reads 0.00
  'budget-changsha-xinfang-2026': [
    'budget.summary.incomeTotal budget.summary incomeTotal.amount: 1935.36 = 0.00',
  ],
  // p. 25 收入总表: 总计 99,230.46 = 本年收入 小计 98,883.14 + 上年结转结余 小计 347.32 (adds up); the heading
  // 本年收入 stands over 财政专户管理资金 spaced as evenly as that cell's own lines, so the two are joined and
  // 本年收入's 小计 is read as 上年结转
  'budget-hangzhou-sifaju-2026': [
    'budget.cross.carryover budget.summary priorYearCarryover.amount: 347.32 = 98883.14',
    'budget.income.rowSum budget.income total.total: 99230.46 = 98883.14',
    'budget.income.rowSum budget.income 杭州市司法局.total: 12586.47 = 12239.15',
    'budget.income.rowSum budget.income 杭州市司法局.total: 99230.46 = 98883.14',
  ],
  // p. 19 收入总表: 总计 = 小计 = 一般公共预算 6,838.41 (adds up). The header's wrapped words (专户资金结 /
  // 转结余, 单位资金结 / 转结余 under 上年结转结余) name 财政专户 and 单位资金 in the text, which the geometry
  // does not locate, so the figures are placed by text into those columns
  'budget-huzhou-caizhengju-2026': [
    'budget.cross.incomeItem budget.income total.specialAccount: 6838.41 = 0.00',
    'budget.income.rowSum budget.income total.total: 6838.41 = 13676.82',
  ],
  // income table and the three-block 三公 header misread
  'budget-xian-bangongting-2026': [
    'budget.cross.incomeItem budget.income total.other: 7100000.00 = 0.00',
    'budget.income.rowSum budget.income total.total: 92165133.99 = 99265133.99',
    'budget.threePublic.total budget.threePublic threePublic.budget.total: 442400.00 = 110000.00',
    'budget.threePublic.vehicles budget.threePublic threePublic.budget.vehicles: 40000.00 = 662400.00',
  ],
};

test('every corpus document: exactly the listed identities fail', { skip }, async () => {
  const files = readdirSync(CORPUS).filter((n) => n.endsWith('.pdf')).sort();
  assert.ok(files.length >= 28, `${files.length} corpus PDFs`);
  for (const f of files) {
    const name = f.replace(/\.pdf$/, '');
    const r = await parseBytes(readFileSync(CORPUS + f), f);
    if (!r.ok) { assert.equal(r.error.code, 'NO_TEXT_LAYER', name); continue; }
    const expected = [...(PRINTED[name] ?? []), ...(MISREAD[name] ?? [])].sort();
    assert.deepEqual(identityTally(r.value, IDENTITIES).failures, expected, name);
  }
});

test('the listed documents exist in the corpus', { skip }, () => {
  const names = new Set(readdirSync(CORPUS).map((n) => n.replace(/\.pdf$/, '')));
  for (const name of [...Object.keys(PRINTED), ...Object.keys(MISREAD)]) assert.ok(names.has(name), name);
});
