/**
 * @module Header fields end where their cell ends: at the next label the vocabulary knows (a field,
 * a fund row, a block, a column of the block below), never holding the blocks after them. The
 * positioned table is 西安's 部门专项业务经费绩效目标表 (positions as printed, p34): the fund rows
 * 实施期资金总额 / 其中：财政拨款 / 其他资金 beside 资金金额（万元）, the goal label 年/度/目/标 printed
 * one character per line around the goal's line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/ingest/index.js';
import { readPerformanceTables } from '../../src/tables/performance/index.js';
import { fundValues, lines } from './seed.js';

type Printed = readonly [text: string, x0: number, x1: number];

/** Lines of one page, each given as its top and its pieces (text 11 points high). */
function page(rows: ReadonlyArray<readonly [number, readonly Printed[]]>): Line[] {
  return rows.map(([y, pieces], i) => ({
    text: pieces.map(([t]) => t).join(' '),
    at: { page: 34, line: i + 1 },
    pieces: pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 11 })),
  }));
}

const STACKED = page([
  [46, [['部门专项业务经费绩效目标表', 188, 408]]],
  [75, [['（2026年度）', 268, 328]]],
  [100, [['项目名称', 82, 122], ['法律顾问服务', 335, 395]]],
  [122, [['主管部门', 82, 122], ['西安市人民政府办公厅', 315, 415]]],
  [144, [['实施期资金总额：', 203, 283], ['5.00', 480, 500]]],
  [160, [['资金金额', 82, 122], ['执行率分值', 507, 556]]],
  [166, [['其中：财政拨款', 246, 316], ['5.00', 480, 500]]],
  [172, [['（万元）', 82, 122], ['（10分）', 512, 551]]],
  [188, [['其他资金', 276, 316]]],
  [214, [['年', 38, 48]]],
  [226, [['度', 38, 48]]],
  [232, [['通过聘请法律顾问，提升依法行政能力。', 54, 393]]],
  [238, [['目', 38, 48]]],
  [249, [['标', 38, 48]]],
  [278, [['一级指标', 62, 101], ['二级指标', 120, 160], ['三级指标', 271, 311], ['指标值', 443, 473]]],
  [305, [['成本指标', 62, 101], ['经济成本指标', 120, 170], ['法律顾问服务成本', 171, 290], ['≤5万元', 450, 480]]],
]);

test('a stacked goal label cut by its text and fund rows beside 资金金额 end the department', () => {
  const [t, ...rest] = readPerformanceTables(STACKED);
  assert.ok(t);
  assert.equal(rest.length, 0);
  assert.equal(t.project, '法律顾问服务');
  assert.equal(t.department, '西安市人民政府办公厅');
  assert.deepEqual(t.funds.map((f) => [f.key, fundValues(f)]), [['total', { amount: '5.00' }], ['fiscal', { amount: '5.00' }]]);
  assert.equal(t.goals?.text, '通过聘请法律顾问，提升依法行政能力。');
  assert.deepEqual(t.indicators.map((i) => [i.name, i.target]), [['法律顾问服务成本', '≤5万元']]);
  assert.deepEqual(t.warnings.filter((w) => w.code !== 'PERF_ROW_INCOMPLETE'), []);
});

test('the same stack printed whole (nothing between its characters) reads as before', () => {
  const whole = STACKED.filter((l) => !l.text.startsWith('通过'));
  const [t] = readPerformanceTables(whole);
  assert.equal(t?.department, '西安市人民政府办公厅');
  assert.equal(t?.goals, null);
});

test('a department ends at the unit note and the fund columns printed under it', () => {
  const [t] = readPerformanceTables(lines([
    '部门整体支出绩效目标表',
    '部门名称 某某市测试局 单位：万元',
    '财政拨款 其他资金 预算支出总额',
    '一级指标 二级指标 三级指标 指标值',
    '产出指标 数量指标 办件量 ≥100件',
  ]));
  assert.equal(t?.department, '某某市测试局');
});

test('a unit field holding figures or column labels is left empty and says so', () => {
  const [t] = readPerformanceTables(lines([
    '测试项目绩效目标表',
    '项目名称 测试项目 主管部门',
    '当年预算 12.50 补助区县 指标名称 指标性质 指标值',
    '一级指标 二级指标 三级指标 指标值',
    '产出指标 数量指标 办件量 ≥100件',
  ]));
  assert.equal(t?.project, '测试项目');
  assert.equal(t?.department, null);
  assert.deepEqual(t?.warnings.filter((w) => w.code === 'PERF_FIELD_UNREAD').map((w) => w.at?.line), [1]);
});

test('a department code printed before the name with an underscore (烟台: 201_…) is the code, not part of the name', () => {
  const coded = STACKED.map((l) => (l.text.startsWith('主管部门')
    ? page([[122, [['主管部门及代码', 82, 152], ['201_西安市人民政府办公厅', 305, 425]]]])[0]!
    : l));
  const [t] = readPerformanceTables(coded);
  assert.equal(t?.department, '西安市人民政府办公厅');
  assert.equal(t?.departmentCode, '201');
});
