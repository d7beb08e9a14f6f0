/**
 * @module Small printed fragments in the styles the corpus shows: a tidy self-evaluation, the
 * same table cut short, titles named in prose, and noise. Reading never throws; what cannot be
 * read is left out and reported as a warning, never guessed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPerformanceTables } from '../../src/tables/performance/index.js';
import { assertCellsPlaced, dec, fundValues, lines, row } from './seed.js';

const TABLE = [
  '项目支出绩效自评表',
  '(2024年度)',
  '项目名称 测试项目',
  '主管部门 某部门 实施单位 某单位',
  '项目资金',
  '（万元）',
  '年初预算数 全年预算数 全年执行数 分值 执行率 得分',
  '年度资金总额： 100.00 90.00 45.00 10.0 50.0% 5.0',
  '其中：财政拨',
  '款',
  '100.00 90.00 45.00 -- 50.0% --',
  '年', '度', '总', '体', '目', '标',
  '预期目标 实际完成情况',
  '1.完成甲。',
  '2.完成乙。',
  '1.已完成甲。',
  '一级',
  '指标',
  '二级指标 三级指标 年度指标值 实际完成值 分值 得分',
  '偏差原因分析及改进措施',
  '产出',
  '指标',
  '数量指标',
  '采购设备数 ≥10台 8 台 50.0 40.0',
  '供应商交货延迟。',
  '效益',
  '指标',
  '社会效益',
  '指标',
  '提升服务',
  '水平',
  '明显提升',
  '基本提',
  '升',
  '40.0 30.0',
  '总分 100.0 85.0',
];

test('a tidy fragment reads completely', () => {
  const [t, ...rest] = readPerformanceTables(lines(TABLE));
  assert.ok(t);
  assert.equal(rest.length, 0);
  assertCellsPlaced(t);
  assert.equal(t.project, '测试项目');
  assert.equal(t.department, '某部门');
  assert.equal(t.implementer, '某单位');
  assert.deepEqual(t.funds.map((f) => [f.source, fundValues(f)]), [
    ['年度资金总额', { budgetInitial: '100.00', budgetFull: '90.00', actual: '45.00', weight: '10.0', rate: '50.0', score: '5.0' }],
    ['财政拨款', { budgetInitial: '100.00', budgetFull: '90.00', actual: '45.00', rate: '50.0' }],
  ]);
  assert.deepEqual([t.goals?.expected, t.goals?.actual], ['1.完成甲。2.完成乙。', '1.已完成甲。']);
  assert.deepEqual(t.indicators.map(row), [
    { level1: '产出指标', level2: '数量指标', name: '采购设备数', target: '≥10台', actual: '8台', weight: '50.0', score: '40.0', deviation: '供应商交货延迟。' },
    { level1: '效益指标', level2: '社会效益指标', name: '提升服务水平', target: '明显提升', actual: '基本提升', weight: '40.0', score: '30.0', deviation: null },
  ]);
  assert.deepEqual(t.indicators.map((i) => i.at.line), [29, 35]);
  assert.equal(t.totalScore, '85.0');
  assert.equal(dec(t.totals.score), '85.0');
  assert.deepEqual(t.warnings, []);
});

test('page numbers between rows are page furniture', () => {
  const paged = [...TABLE];
  paged.splice(paged.indexOf('供应商交货延迟。') + 1, 0, '12');
  paged.splice(paged.indexOf('数量指标') + 1, 0, '11');
  const [t] = readPerformanceTables(lines(paged));
  assert.deepEqual(t?.indicators.map((i) => [i.name, i.deviation]), [['采购设备数', '供应商交货延迟。'], ['提升服务水平', null]]);
});

test('a table cut short keeps what was printed and says what is missing', () => {
  const cut = TABLE.slice(0, TABLE.indexOf('采购设备数 ≥10台 8 台 50.0 40.0')).concat(['采购设备数 ≥10台 8 台']);
  const [t] = readPerformanceTables(lines(cut));
  assert.ok(t);
  assert.equal(t.funds.length, 2);
  assert.deepEqual(row(t.indicators[0]), {
    level1: '产出指标', level2: '数量指标', name: '采购设备数', target: '≥10台', actual: '8台', weight: null, score: null, deviation: null,
  });
  assert.deepEqual(t.indicators[0]?.values, {});
  assert.equal(t.totalScore, null);
  assert.deepEqual(t.warnings.map((w) => w.code), ['PERF_ROW_INCOMPLETE']);

  const headerOnly = readPerformanceTables(lines(TABLE.slice(0, 8)));
  assert.equal(headerOnly.length, 1);
  assert.deepEqual(headerOnly[0]?.warnings.map((w) => w.code), ['PERF_NO_INDICATORS']);
  assert.deepEqual(headerOnly[0]?.indicators, []);
});

test('titles named in prose or in a contents list are not tables', () => {
  const prose = lines([
    '十、部门预算项目支出绩效自评表',
    '第三部分 情况说明',
    '填报《项目支出绩效自评表》，撰写《项目支出绩效评价报告》，',
    '具体附项目支出绩效自评表。',
    '本部门无其他需说明事项。',
  ]);
  assert.deepEqual(readPerformanceTables(prose), []);
  assert.deepEqual(readPerformanceTables([]), []);
});

test('noise never throws and invents nothing', () => {
  const noise = lines([
    '项目支出绩效自评表', '项目名称', '一级指标', '≥', '1', '10.0 5.0', '总分', '年', '度', '', '产出指标', '其中：财政拨款 1 2',
    '项目绩效目标表', '项目资金', '—', '一级指标 三级指标 指标值', '成本指标', '≤5元', '20',
  ]);
  const tables = readPerformanceTables(noise);
  for (const t of tables) {
    assertCellsPlaced(t);
    for (const i of t.indicators) assert.equal(typeof i.name, 'string');
  }
  // Shuffled and truncated seed text: still no exception.
  const shuffled = TABLE.map((_, i) => TABLE[(i * 7) % TABLE.length] ?? '');
  assert.doesNotThrow(() => readPerformanceTables(lines(shuffled)));
  for (let n = 0; n <= TABLE.length; n++) assert.doesNotThrow(() => readPerformanceTables(lines(TABLE.slice(0, n))));
});

test('a project named only in the title keeps its name when the title ends in （一级项目）', () => {
  const table = ['出入境证照工本费项目绩效目标表（一级项目）', '(2023年度)', '主管部门及代码 [255]国家移民管理局 实施单位 国家移民管理局本级',
    '项目资金', '（万元）', '年度资金总额： 53,800.00', '其中：财政拨款 15,800.00'];
  const [t] = readPerformanceTables(lines(table));
  assert.equal(t?.project, '出入境证照工本费');
  const [plain] = readPerformanceTables(lines(['出入境证照工本费项目绩效目标表', ...table.slice(1)]));
  assert.equal(plain?.project, '出入境证照工本费');
});
