/**
 * @module 项目支出绩效自评表 from the founding documents: 000 (central PDF, 5 tables), 002 (provincial
 * PDF without 分值/得分 columns, 8 tables) and 003 (DOCX, one cell per line, 1 table). Exact counts,
 * header fields, fund rows, goals, indicators (wrapped and qualitative ones) and totals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCellsPlaced, dec, fundValues, indicator, row, seedTables } from './seed.js';

const t000 = seedTables('000_1e39a7bc08e52a9d');
const t002 = seedTables('002_551c71b0985bbb03');
const t003 = seedTables('003_768209dd56055938');

test('counts: 000 has 5 self-evaluations, 002 has 8, 003 has 1', () => {
  for (const [tables, n] of [[t000, 5], [t002, 8], [t003, 1]] as const) {
    assert.equal(tables.length, n);
    assert.ok(tables.every((t) => t.kind === 'performance.selfEvaluation'));
    tables.forEach(assertCellsPlaced);
  }
  assert.deepEqual(t000.map((t) => t.project), ['移民出入境证照制发', '信息化运行维护', '移民执法办案', '资产运行维护', '移民行政管理']);
  assert.deepEqual(t000.map((t) => t.totalScore), ['93.5', '88.7', '86.8', '85.0', '81.8']);
  assert.deepEqual(t000.map((t) => t.indicators.length), [6, 12, 15, 10, 14]);
  assert.deepEqual(t002.map((t) => t.indicators.length), [5, 5, 4, 4, 4, 4, 10, 9]);
});

test('000 first table: header, funds, totals', () => {
  const t = t000[0];
  assert.ok(t);
  assert.equal(t.title, '项目支出绩效自评表');
  assert.equal(t.at.line, 1131);
  assert.equal(t.year, 2024);
  assert.equal(t.department, '国家移民管理局');
  assert.equal(t.departmentCode, '255');
  assert.equal(t.implementer, '国家移民管理局');
  assert.deepEqual(t.funds.map((f) => [f.key, f.source]), [
    ['total', '年度资金总额'], ['fiscal', '财政拨款'], ['carryover', '上年结转资金'], ['other', '其他资金'],
  ]);
  assert.deepEqual(fundValues(t.funds[0]), {
    budgetInitial: '87680.14', budgetFull: '87679.51', actual: '86916.50', weight: '10.0', rate: '99.1', score: '9.9',
  });
  assert.equal(t.funds[0]?.values.rate?.text, '99.1%');
  assert.equal(t.funds[0]?.values.budgetInitial?.at.line, 1145);
  // "--" cells stay empty: 财政拨款 has no 分值/得分.
  assert.deepEqual(fundValues(t.funds[1]), { budgetInitial: '87650.33', budgetFull: '87650.33', actual: '86887.32', rate: '99.1' });
  assert.deepEqual(fundValues(t.funds[3]), { budgetInitial: '0.00', budgetFull: '0.00', actual: '0.00' });
  assert.equal(dec(t.totals.weight), '100.0');
  assert.equal(dec(t.totals.score), '93.5');
  assert.deepEqual(t.warnings, []);
});

test('000 first table: goals split into 预期目标 and 实际完成情况', () => {
  const g = t000[0]?.goals;
  assert.ok(g);
  assert.equal(g.expected, '满足出入境人员证件申请需求，保障各类证件签发平稳有序。提升出入境证件品质，增强证件功能和防伪性能，保障证件生产供应安全有序，提高证件管理工作科学化、规范化水平。提升资金使用效益，提高签发机关制证效率及持证人办证与通关效率。');
  assert.equal(g.actual, '完成出入境证照和制证材料的生产发行工作，满足了出入境人员证件申请需求，保障各类证照签发平稳有序，并进一步提升出入境证件质量，提高证件管理工作科学化、规范化水平。');
  // Numbered columns: the second "1." starts 实际完成情况.
  assert.match(t000[1]?.goals?.actual ?? '', /^1\.完成国家移民管理局至各单位间网络链路租赁/);
});

test('000 first table: indicators, wrapped over lines', () => {
  const t = t000[0];
  assert.deepEqual(row(t?.indicators[0]), {
    level1: '产出指标', level2: '数量指标', name: '各类出入境证照、防伪膜、元件层制发数量',
    target: '≥5751万本/张', actual: '约12240万本/张', weight: '38.0', score: '31.6',
    deviation: '出入境人员明显增加，实际证照签发量及空白证制证数量增加。下一步加强生产任务计划管理，科学合理设置项目绩效指标。',
  });
  const q = indicator(t, '证件质量品质合格率');
  assert.deepEqual(row(q), {
    level1: '产出指标', level2: '质量指标', name: '证件质量品质合格率', target: '≥98%', actual: '99%', weight: '4.0', score: '4.0', deviation: null,
  });
  assert.equal(q?.at.line, 1232);
  assert.equal(dec(q?.values.weight), '4.0');
  assert.equal(q?.values.score?.at.line, 1235);
  assert.deepEqual(row(indicator(t, '维护保障国家安全和出入境秩序')), {
    level1: '效益指标', level2: '社会效益指标', name: '维护保障国家安全和出入境秩序', target: '有力保障', actual: '有力保障', weight: '30.0', score: '30.0', deviation: null,
  });
  assert.equal(indicator(t, '办证申请人满意度')?.level2, '服务对象满意度指标');
});

test('000: qualitative rows printed one fragment per line', () => {
  const pick = (ti: number, name: string): unknown => {
    const i = indicator(t000[ti], name);
    return i && [i.target, i.actual, i.weight, i.score];
  };
  assert.deepEqual(pick(2, '加强在华外国人管理，减少“三非”外国人犯罪活动'), ['有效促进', '基本促进', '7.0', '5.0']);
  assert.deepEqual(pick(2, '“三非”外国人遣返工作质效'), ['明显提升', '有效提升', '7.0', '4.0']);
  assert.deepEqual(pick(3, '改善机关办公和基层单位执法执勤用房条件'), ['明显改善', '有效改善', '20.0', '16.0']);
  assert.deepEqual(pick(4, '提升出入境服务质量和水平，维护国门形象'), ['有效提升', '基本提升', '20.0', '10.0']);
  assert.deepEqual(pick(4, '检查出入境交通运输工具数量'), ['≥2500万架(辆、艘、列）', '3256.6万架(辆、艘、列）', '4.0', '2.4']);
  assert.deepEqual(pick(4, '外国人入境卡采购成本'), ['≤0.15元/张', '0.1元/张', '20.0', '20.0']);
  assert.equal(indicator(t000[2], '追究刑事责任人数')?.deviation, '开展专项行动，查处刑事案件数量增加。');
  assert.equal(indicator(t000[2], '执法办案信息数量')?.deviation, null);
  assert.deepEqual(t000[3]?.funds[2] && [t000[3].funds[2].source, fundValues(t000[3].funds[2]).budgetInitial], ['上年结转', '8279.76']);
});

test('002: no 分值/得分 columns, 年度资金总和 printed last, rows end at their values', () => {
  const t = t002[0];
  assert.ok(t);
  assert.equal(t.project, '省直党政机关因公出国（境）经费');
  assert.equal(t.implementer, '吉林省外事办公室（本级）');
  assert.equal(t.department, null);
  assert.equal(t.totalScore, null);
  assert.deepEqual(t.funds.map((f) => f.key), ['fiscal', 'carryover', 'other', 'total']);
  assert.deepEqual(fundValues(t.funds[0]), { budgetInitial: '1695.00', budgetFull: '290.05', actual: '289.74', rate: '99.9' });
  assert.equal(t.funds[0]?.source, '当年财政拨款');
  assert.deepEqual(row(t.indicators[0]), {
    level1: '产出指标', level2: '数量指标', name: '因公出访团组数', target: '≤180批', actual: '140批', weight: null, score: null, deviation: null,
  });
  assert.match(t.goals?.expected ?? '', /控制省领导及省直部门出访团组不多于180个。$/);
  assert.match(t.goals?.actual ?? '', /^严格按照相关规定审批因公出国（境）事项/);
  assert.equal(indicator(t002[1], '因公出访团组数')?.deviation, '因公出访按照中央精神执行，受国际形势影响，不确定性因素较多。及时根据国家外交政策和国际形势，调整绩效指标。');
  assert.deepEqual(
    t002[3]?.indicators.slice(2).map((i) => [i.level2, i.name, i.target, i.actual]),
    [
      ['经济效益指标', '我省与东北亚地区各国友好地方政府交流合作', '进一步加强', '进一步加强'],
      ['社会效益指标', '我省在东北亚地区知名度', '进一步提升', '进一步提升'],
    ],
  );
  const last = t002[6];
  assert.deepEqual(row(indicator(last, '领事认证贴纸平均成本')), {
    level1: '成本指标', level2: '经济成本指标', name: '领事认证贴纸平均成本', target: '≤78万元', actual: '81.19万元', weight: null, score: null,
    deviation: '根据领事认证业务工作开展情况定期向外交部申购贴纸，并保证部分库存备用。下一步精准预算。',
  });
  // The page number "21" after the last row is not an indicator.
  assert.equal(last?.indicators.at(-1)?.name, '系统使用人员满意度');
  assert.equal(t002[7]?.project, '2023版因公电子护照制证、查验设备');
});

test('003 (DOCX, one cell per line): all columns of the wide template', () => {
  const t = t003[0];
  assert.ok(t);
  assert.equal(t.project, '自治区口岸管理办公室办公设备购置');
  assert.equal(t.department, '自治区商务厅');
  assert.equal(t.implementer, '新疆维吾尔自治区口岸管理办公室');
  assert.deepEqual(fundValues(t.funds[0]), {
    budgetInitial: '79.39', budgetFull: '79.39', actual: '79.39', weight: '10.00', rate: '100.00', score: '10.00',
  });
  assert.deepEqual(fundValues(t.funds[1]), { budgetInitial: '79.39', budgetFull: '79.39', actual: '79.39' });
  assert.equal(t.funds[1]?.key, 'fiscal');
  assert.equal(t.goals?.actual, '已购置通用办公设备101个，通用办公家具151个。');
  assert.equal(t.indicators.length, 7);
  const first = t.indicators[0];
  assert.deepEqual(first && { ...row(first), rate: first.rate, basis: first.basis, rule: first.rule, evidence: first.evidence }, {
    level1: '产出指标', level2: '数量指标', name: '购买计算机数量（包括台式和便携式计算机）', target: '<=56台', actual: '=55台',
    weight: '10', score: '10', deviation: null, rate: '100', basis: '其他标准', rule: '直接赋分', evidence: '工作资料',
  });
  assert.deepEqual(row(indicator(t, '全体干部满意度')), {
    level1: '满意度指标', level2: '满意度指标', name: '全体干部满意度', target: '>=95%', actual: '=100%', weight: '10', score: '10', deviation: null,
  });
  assert.equal(t.totalScore, '100.00');
  assert.equal(dec(t.totals.weight), '100');
});
