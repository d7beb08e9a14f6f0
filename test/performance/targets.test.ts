/**
 * @module 绩效目标表 from the founding documents: 001 (6 项目绩效目标表, one amount column, weights
 * only) and 004 (1 部门整体绩效目标表 and 5 项目支出绩效目标表 with 指标值设置依据, 上年完成值,
 * 赋分规则 and 佐证资料 printed in wrapped fragments).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCellsPlaced, dec, fundValues, indicator, seedTables } from './seed.js';

const t001 = seedTables('001_d954916dfba89797');
const t004 = seedTables('004_20d860238a543aa7');

test('counts: 001 has 6 target tables, 004 has 1 部门整体 and 5 项目支出', () => {
  assert.equal(t001.length, 6);
  assert.equal(t004.length, 6);
  assert.ok([...t001, ...t004].every((t) => t.kind === 'performance.targets'));
  [...t001, ...t004].forEach(assertCellsPlaced);
  assert.deepEqual(t001.map((t) => t.project), [
    '出入境证照工本费', '遣送遣返费', '侦查办案费', '移民信息网络运维专项', '移民信息网络专项租赁', '表彰奖励及从优待警经费',
  ]);
  assert.deepEqual(t001.map((t) => t.indicators.length), [13, 11, 17, 10, 10, 10]);
  assert.deepEqual(t004.map((t) => t.title), ['部门整体绩效目标表', ...Array<string>(5).fill('项目支出绩效目标表')]);
  assert.deepEqual(t004.map((t) => t.indicators.length), [4, 9, 8, 7, 6, 9]);
  assert.ok([...t001, ...t004].every((t) => t.warnings.length === 0));
});

test('001 first table: header, one amount column, goal, weights', () => {
  const t = t001[0];
  assert.ok(t);
  assert.equal(t.title, '出入境证照工本费项目绩效目标表');
  assert.equal(t.year, 2023);
  assert.equal(t.department, '国家移民管理局');
  assert.equal(t.departmentCode, '255');
  assert.equal(t.implementer, '国家移民管理局本级');
  assert.deepEqual(t.funds.map((f) => [f.key, fundValues(f)]), [
    ['total', { amount: '53800.00' }],
    ['fiscal', { amount: '15800.00' }],
    ['carryover', { amount: '38000.00' }],
    ['other', {}], // printed "-"
  ]);
  assert.equal(t.funds[0]?.values.amount?.text, '53,800.00');
  assert.match(t.goals?.expected ?? '', /^满足出入境人员证件申请需求.*提高签发机关制证效率及持证人办证与通关效率。$/);
  assert.equal(t.goals?.actual, null);
  const first = t.indicators[0];
  assert.deepEqual(first && [first.level1, first.level2, first.name, first.target, first.weight, dec(first.values.weight)], [
    '成本指标', '经济成本指标', '电子港澳居民来往内地通行证成本', '≤32.8元/本', '20', '20',
  ]);
  assert.equal(indicator(t, '其他出入境证照及材料')?.target, '≥500万本（张）');
  assert.equal(indicator(t, '维护保障国家安全和出入境秩序')?.target, '有力保障');
  // Weights add up to the printed 分值权重（90）.
  assert.equal(t.indicators.reduce((s, i) => s + Number(i.weight), 0), 90);
});

test('001: wrapped names and qualitative targets', () => {
  assert.deepEqual(
    t001[1]?.indicators.filter((i) => i.level2 === '社会效益指标').map((i) => [i.name, i.target, i.weight]),
    [
      ['加强在华外国人管理,减少“三非”外国人犯罪活动', '有效促进', '8'],
      ['降低“三非”外国人犯罪活动，增强辖区群众安全感', '显著增强', '8'],
      ['案件侦办工作影响力', '有效促进', '7'],
      ['加强在华外国人管理，维护社会安全稳定', '显著增强', '7'],
    ],
  );
  assert.equal(indicator(t001[3], '服务器、网络设备、存储设备等硬件设备维护')?.target, '≥200个、件、套');
  assert.deepEqual(t001.map((t) => t.indicators.reduce((s, i) => s + Number(i.weight), 0)), [90, 90, 90, 90, 90, 90]);
});

test('004 部门整体绩效目标表: department, funds by source, free-text 指标设定依据', () => {
  const t = t004[0];
  assert.ok(t);
  assert.equal(t.project, null);
  assert.equal(t.department, '乌鲁木齐市口岸管理办公室');
  assert.deepEqual(t.fields, { contact: '努尔斯代木', phone: '09913510001' });
  assert.deepEqual(t.funds.map((f) => [f.key, f.source, fundValues(f)]), [
    ['fiscalSuperior', '上级安排', { amount: '0.00' }],
    ['fiscalLocal', '本级安排', { amount: '9651.89' }],
    ['other', '其他', { amount: '0.00' }],
  ]);
  assert.match(t.goals?.expected ?? '', /^三定方案中我单位具体职能为.*促进通关便利化。$/);
  const first = t.indicators[0];
  assert.deepEqual(first && [first.level1, first.level2, first.name, first.target, first.basis, first.weight], [
    '履职效能', '数量指标', '口岸服务质量调研走访', '=4次/年', '乌鲁木齐市口岸管理办公室2025年工作计划和思路', '20',
  ]);
  assert.equal(t.indicators[3]?.level1, '服务对象满意度');
});

test('004 项目支出绩效目标表: 计划标准 / 上年完成值 / 分值 / 赋分规则 / 佐证资料', () => {
  const t = t004[1];
  assert.ok(t);
  assert.equal(t.project, '2024年免除查验没有问题外贸企业吊装移位仓储费用试点资金');
  assert.equal(t.department, '乌鲁木齐市口岸管理办公室');
  assert.deepEqual(t.fields, { manager: '任先生' });
  assert.deepEqual(t.funds.map((f) => [f.key, fundValues(f)]), [
    ['total', { amount: '1.41' }], ['fiscal', { amount: '1.41' }], ['other', { amount: '0.00' }],
  ]);
  const pick = (name: string): unknown => {
    const i = indicator(t, name);
    return i && [i.target, i.basis, i.previous, i.weight, i.rule, i.evidence];
  };
  assert.deepEqual(pick('保障口岸数量'), ['＞=1个', '计划标准', '1个', '10', '按照完成比例赋分', '正式材料']);
  assert.deepEqual(pick('按时给外贸企业结算'), ['＜=15工作日', '计划标准', '15工作日', '10', '按照完成比例赋分', '正式材料']);
  assert.deepEqual(pick('减轻企业负担'), ['有效减轻', '自定义', '有效减轻', '10', '按评判等级赋分', '正式材料']);
  assert.deepEqual(pick('外贸企业满意度'), ['＞=90%', '自定义', null, '10', '满意度赋分', '说明材料,正式材料']);
  assert.equal(indicator(t, '已审核2024年外贸企业吊装费')?.level2, '经济成本指标');

  const t2 = t004[2];
  const pick2 = (name: string): unknown => {
    const i = indicator(t2, name);
    return i && [i.target, i.basis, i.previous, i.weight];
  };
  assert.deepEqual(pick2('保障口岸数量'), ['=1个', '行业或国家标准', '1', '15']);
  assert.deepEqual(pick2('口岸年货邮年吞吐量'), ['＞=9000吨', '计划标准', '12500吨', '10']);
  assert.deepEqual(pick2('改善口岸通关条件'), ['有效改善', '计划标准', '有效改善', '10']);
  assert.equal(indicator(t004[5], '有效提升通关效率，维护口岸贸易秩序')?.target, '有效提升');
  assert.equal(t004[4]?.goals?.expected, '保障我单位公务出行及时、高效，确保口岸业务顺利开展');
});
