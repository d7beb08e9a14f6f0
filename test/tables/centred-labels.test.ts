/**
 * Two-sided summary tables whose cells centre their text vertically (江苏 收支预算总表): a label
 * wrapped in a narrow cell prints its lines above and below its figure, and a third column group
 * (功能分类 | 支出用途) stands beside the expenditure labels. Positioned lines as the PDF reader
 * gives them (9 pt glyphs, 15 pt line pitch).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/ingest/index.js';
import { formatAmount } from '../../src/model/index.js';
import type { Row } from '../../src/model/index.js';
import { recognizeTables } from '../../src/tables/index.js';
import { lineMaker } from '../helpers.js';

const line = lineMaker(9);

const LINES: Line[] = [
  line(7, 40, ['收支预算总表', 200, 300]),
  line(7, 60, ['单位：万元', 450, 500]),
  line(7, 80, ['收入', 100, 118], ['支出', 330, 348]),
  line(7, 95, ['项目名称', 60, 96], ['金额', 150, 168], ['功能科目名称', 210, 264], ['金额', 310, 328], ['项目名称', 360, 396], ['金额', 465, 483]),
  // 一、财政 / 拨款 around their figure, 一、一般公共服务 / 支出 around theirs
  line(7, 365, ['一、财政', 76, 112], ['一、一般公共服务', 208, 275]),
  line(7, 380, ['13,649.07', 148, 189], ['10,528.33', 304, 345], ['一、基本支出', 356, 410], ['7,666.68', 461, 497]),
  line(7, 395, ['拨款', 58, 76], ['支出', 208, 226]),
  line(7, 426, ['1. 一 般 公', 67, 112]),
  line(7, 441, ['13,649.07', 148, 189], ['二、外交支出', 208, 262], ['二、项目支出', 356, 410], ['5,853.96', 461, 497]),
  line(7, 456, ['共预算', 58, 85]),
  // 三、国防支出 prints no figure: 128.43 is 三、单位预留机动经费's, wrapped around it
  line(7, 487, ['2. 政 府 性', 67, 112], ['三、单位预留机', 356, 421]),
  line(7, 502, ['三、国防支出', 208, 262], ['128.43', 466, 493]),
  line(7, 517, ['基金预算', 58, 94], ['动经费', 356, 383]),
  // a label cut after its figure, continued at the next page's top
  line(7, 733, ['八、社会保障和就', 208, 275], ['1,608.51', 307, 343]),
  line(8, 84, ['业支出', 208, 235]),
  line(8, 576, ['十八、住房保障支', 208, 275]),
  line(8, 590, ['1,512.23', 307, 343]),
  line(8, 605, ['出', 208, 217]),
  line(8, 729, ['当 年 收 入', 58, 112], ['13,649.07', 148, 189], ['当年支出小计', 296, 350], ['13,649.07', 459, 500]),
  line(9, 84, ['小计', 58, 76]),
  line(9, 115, ['上年结', 81, 108]),
  line(9, 130, ['结转下年资金', 296, 350]),
  line(9, 145, ['转资金', 72, 99]),
  line(9, 176, ['收入合', 81, 108]),
  line(9, 191, ['13,649.07', 148, 189], ['支出合计', 305, 341], ['13,649.07', 459, 500]),
  line(9, 206, ['计', 81, 90]),
];

function summaryRows(): Row[] {
  const t = recognizeTables(LINES, 'budget').tables.find((x) => x.kind === 'budget.summary');
  assert.ok(t, 'no budget.summary');
  return t.rows;
}

function figures(rows: readonly Row[]): Record<string, string | null> {
  return Object.fromEntries(rows.map((r) => {
    const v = r.values['amount'];
    return [r.code ?? r.key ?? r.name, v ? formatAmount(v.value, v.decimals) : null];
  }));
}

test('labels wrapped above and below their figure are one row with that figure', () => {
  const read = figures(summaryRows());
  assert.equal(read['财政拨款'], '13649.07');
  assert.equal(read['gpbAppropriation'], '13649.07');
  assert.equal(read['201'], '10528.33');
  assert.equal(read['221'], '1512.23');
  assert.equal(read['incomeGrandTotal'], '13649.07');
  assert.equal(read['expenditureGrandTotal'], '13649.07');
});

test('a third column group: each label keeps its own figure, a label without one reads none', () => {
  const read = figures(summaryRows());
  assert.equal(read['基本支出'], '7666.68');
  assert.equal(read['项目支出'], '5853.96');
  assert.equal(read['单位预留机动经费'], '128.43');
  assert.equal(read['203'], null);
  assert.equal(read['202'], null);
  assert.equal(read['gfAppropriation'], null);
});

test('a label cut after its figure continues on the next page; totals named 当年…小计 / …资金 are keyed', () => {
  const rows = summaryRows();
  const r208 = rows.find((r) => r.code === '208');
  assert.equal(r208?.name, '社会保障和就业支出');
  assert.equal(r208?.values['amount']?.at.page, 7);
  assert.deepEqual(rows.filter((r) => !r.code).map((r) => r.key ?? r.name), ['财政拨款', '基本支出', 'gpbAppropriation', '项目支出',
    'gfAppropriation', '单位预留机动经费', 'incomeTotal', 'expenditureTotal', 'priorYearCarryover', 'carryToNextYear',
    'incomeGrandTotal', 'expenditureGrandTotal']);
});
