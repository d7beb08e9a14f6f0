/**
 * The explanations family on the five seeds: the exact error / warning / rounding findings
 * (rule, section, linked cell, figures, quoted sentence) and the tally.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explanationChecks } from '../../src/checks/explanations/index.js';
import { formatAmount, type Finding } from '../../src/model/index.js';
import { parseExample } from '../helpers.js';

/** "severity rule section cells expected actual | first words of the sentence". */
function summary(f: Finding): string {
  const where = f.locations.map((l) => (l.table ? `${l.table}:${l.rowCode ?? l.rowKey}.${l.column}` : l.section)).join(' ');
  const num = (a: bigint | undefined): string => (a === undefined ? '-' : formatAmount(a));
  return `${f.severity} ${f.rule} ${where} ${num(f.expected)} ${num(f.actual)} | ${f.evidence.slice(0, 16)}`;
}

async function check(name: string): Promise<{ notable: string[]; tally: object; findings: Finding[] }> {
  const d = await parseExample(name);
  const { findings, tally } = explanationChecks.run(d);
  return { notable: findings.filter((f) => f.severity !== 'info').map(summary), tally, findings };
}

test('000: totals restated 0.01 off the tables are rounding, no error', async () => {
  const { notable, tally } = await check('000_1e39a7bc08e52a9d.txt');
  assert.deepEqual(notable, [
    'rounding explanation.amount overview final.summary:incomeGrandTotal.amount 4904158.32 4904158.33 | 2024年度收、支总计均为 4,',
    'rounding explanation.amount income final.income:total.total 2679781.43 2679781.44 | 2024年度收入合计 2,679',
    'rounding explanation.amount expenditure final.expenditure:total.total 2663218.60 2663218.59 | 2024 年度支出合计 2,66',
    'rounding explanation.amount gpbExpenditure.structure final.gpbExpenditure:221.total 117326.88 117326.87 | 住房保障支出 117,326.8',
  ]);
  // 8 of them counts: the 三公 stock (11,888 of 11,903, fiscal-funded) and the vehicles held with their six classes.
  assert.deepEqual(tally, { evaluated: 100, passed: 96, rounding: 4, failed: 0, notEvaluated: 26 });
});

test('001: 购房补贴 "减少4.75万元" against an unchanged table row is an error', async () => {
  const { notable, tally, findings } = await check('001_d954916dfba89797.txt');
  assert.deepEqual(notable, [
    'error explanation.change gpbExpenditure.detail budget.gpbExpenditure:2210203.total budget.gpbExpenditure:2210203.priorYearActual 0.00 -4.75 | 6.住房保障支出（类）住房改革支',
  ]);
  const error = findings.find((f) => f.severity === 'error');
  assert.equal(error?.difference, -4_750_000n);
  // The claim's own printed line (573: "…比 2022年执行数减少 4.75万元，"), not its section heading's.
  assert.deepEqual(error?.locations[0], { section: 'gpbExpenditure.detail', page: null, line: 573 });
  assert.deepEqual(error?.locations[1], { table: 'budget.gpbExpenditure', page: null, line: 271, rowCode: '2210203', rowKey: null, column: 'total' });
  assert.deepEqual(tally, { evaluated: 68, passed: 67, rounding: 0, failed: 1, notEvaluated: 10 });
});

test('001: the ambiguous 三公 prior-year vehicle cells are not evaluated', async () => {
  const { findings } = await check('001_d954916dfba89797.txt');
  const ambiguous = findings.filter((f) => f.message.includes('列位置不确定'));
  assert.deepEqual(ambiguous.map((f) => f.locations[1]?.column), ['budget.vehiclePurchase', 'budget.vehicleOperation']);
  assert.ok(ambiguous.every((f) => f.severity === 'info' && f.rule === 'explanation.unlinked'));
});

test('002: every linked figure agrees but the goods share of SME contracts, which implies more than the SME total', async () => {
  const { notable, tally } = await check('002_551c71b0985bbb03.txt');
  // 授予中小企业合同金额 34.78 万元, yet 货物采购授予中小企业合同金额占货物支出金额的 100% of 273.51 万元.
  assert.deepEqual(notable, ['error explanation.share procurement 273.51 100.00 | 货物采购授予中小企业合同金额占货']);
  assert.deepEqual(tally, { evaluated: 111, passed: 110, rounding: 0, failed: 1, notEvaluated: 44 });
});

test('003: growth rates of a new unit stated on a zero base are warnings; no tables, so amounts are not evaluated', async () => {
  const { notable, tally } = await check('003_768209dd56055938.txt');
  assert.deepEqual(notable, [
    'warning explanation.zeroBase fiscalOverview - 100.00 | 财政拨款收入支出总体与上年相比，',
    'warning explanation.zeroBase gpbExpenditure.overall - 100.00 | 与上年相比，增加301.61万元',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 1.一般公共服务支出（类）商贸事',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 2.一般公共服务支出（类）商贸事',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 3.社会保障和就业支出（类）行政',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 4.卫生健康支出（类）行政事业单',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 5.卫生健康支出（类）行政事业单',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 6.住房保障支出（类）住房改革支',
  ]);
  assert.deepEqual(tally, { evaluated: 40, passed: 32, rounding: 0, failed: 8, notEvaluated: 94 });
});

test('004: zero-base growth rates are warnings, every amount agrees', async () => {
  const { notable, tally } = await check('004_20d860238a543aa7.txt');
  assert.deepEqual(notable, [
    'warning explanation.zeroBase income - 100.00 | 乌鲁木齐市口岸管理办公室部门收入',
    'warning explanation.zeroBase income - 100.00 | 上级一般公共预算安排的转移支付资',
    'warning explanation.zeroBase income - 100.00 | 财政拨款结转 4,167.41 ',
    'warning explanation.zeroBase expenditure - 100.00 | 乌鲁木齐市口岸管理办公室 202',
    'warning explanation.zeroBase expenditure - 100.00 | 项目支出 9,413.69 万元',
    'warning explanation.zeroBase gpbExpenditure.overall - 100.00 | 基本支出 238.20 万元，比',
    'warning explanation.zeroBase gpbExpenditure.overall - 100.00 | 项目支出 5,246.28 万元',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 1、一般公共服务支出（类）政府办',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 2、一般公共服务支出（类）政府办',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 3、一般公共服务支出（类）政府办',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 4、社会保障和就业支出（类）行政',
    'warning explanation.zeroBase gpbExpenditure.detail - 100.00 | 5、社会保障和就业支出（类）行政',
    // "预算比上年预算增加 4.34 万元，增长 100.00%": the level is the 三公 table's figure, the change 4.34, so the base is 0.
    'warning explanation.zeroBase threePublic budget.threePublic:threePublic.budget.total - 100.00 | 2025 年财政拨款“三公”经费',
    'warning explanation.zeroBase threePublic budget.threePublic:threePublic.budget.vehicleOperation - 100.00 | 公务用车运行费增加 2.34 万',
    'warning explanation.zeroBase threePublic budget.threePublic:threePublic.budget.reception - 100.00 | 公务接待费增加 2.00 万元，',
    'warning explanation.zeroBase operatingCost - 100.00 | 乌鲁木齐市口岸管理办公室 202',
  ]);
  assert.deepEqual(tally, { evaluated: 54, passed: 38, rounding: 0, failed: 16, notEvaluated: 50 });
});

test('the family runs in well under 10 ms per seed once warm', async () => {
  for (const name of ['000_1e39a7bc08e52a9d.txt', '002_551c71b0985bbb03.txt']) {
    const d = await parseExample(name);
    for (let i = 0; i < 10; i++) explanationChecks.run(d);
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t = performance.now();
      explanationChecks.run(d);
      times.push(performance.now() - t);
    }
    // The fastest run: the cost of the family itself, without other test files running alongside.
    assert.ok(Math.min(...times) < 10, `${name}: ${Math.min(...times)} ms`);
  }
});
