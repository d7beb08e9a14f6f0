/**
 * Basic-expenditure rows printed on two half-offset lines (geometry of 上海普陀 2024 finals): the
 * 类 code and 款 part a third of a line above the name and figure, the right group's 款 part
 * beside its name below, a lone 类 code on its upper line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/ingest/index.js';
import { formatAmount } from '../../src/model/index.js';
import { recognizeTables } from '../../src/tables/index.js';

let n = 0;
/** A line of pieces [text, x0, x1], 11 points high from y0. */
function line(y0: number, pieces: [string, number, number][]): Line {
  return { text: pieces.map((p) => p[0]).join(' '), at: { page: 1, line: n++ },
    pieces: pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0, y1: y0 + 11 })) };
}

const LINES = [
  line(89, [['一般公共预算财政拨款基本支出决算表', 162, 434]]),
  line(124, [['单位：万元', 522, 577]]),
  line(179, [['科目名称', 154, 198], ['决算数', 268, 301], ['科目名称', 443, 487], ['决算数', 540, 573]]),
  line(218.5, [['301', 27, 43], ['2,082.85', 263, 301], ['302', 329, 346], ['171.07', 539, 569]]),
  line(225.6, [['工资福利支出', 102, 168], ['商品和服务支出', 405, 482]]),
  line(247.8, [['301', 27, 43], ['01', 72, 83], ['302', 329, 346]]),
  line(254.9, [['基本工资', 102, 146], ['262.33', 266, 296], ['01', 374, 385], ['办公费', 405, 438], ['21.21', 539, 563]]),
  line(394.1, [['301', 27, 43], ['08', 72, 83], ['机关事业单位基本养老保险缴', 102, 249], ['302', 329, 346]]),
  line(401.3, [['160.75', 266, 296], ['13', 374, 385], ['维修（护）费', 405, 471]]),
  line(408.4, [['费', 102, 113]]),
  line(423.4, [['301', 27, 43], ['09', 72, 83], ['302', 329, 346]]),
  line(430.6, [['职业年金缴费', 102, 168], ['80.38', 271, 296], ['24', 374, 385], ['被装购置费', 405, 460]]),
  line(452.7, [['302', 329, 346]]),
  line(459.9, [['40', 374, 385], ['税金及附加费用', 405, 482], ['4.88', 544, 563]]),
  line(490, [['2,152.26', 263, 301], ['184.65', 539, 569]]),
  line(497, [['人员经费合计', 100, 166], ['公用经费合计', 389, 455]]),
];

test('类 and 款 printed above the name and figure: one row, the 款 part no amount', () => {
  const t = recognizeTables(LINES, 'final').tables.find((x) => x.kind === 'final.gpbBasicExpenditure');
  assert.ok(t);
  const read = t.rows.map((r) => `${r.code ?? r.key} ${r.name} ${r.values['amount'] ? formatAmount(r.values['amount'].value, 2) : '-'}`);
  assert.deepEqual(read, [
    '301 工资福利支出 2082.85',
    '30101 基本工资 262.33',
    '30108 机关事业单位基本养老保险缴费 160.75',
    '30109 职业年金缴费 80.38',
    '302 商品和服务支出 171.07',
    '30201 办公费 21.21',
    '30213 维修（护）费 -',
    '30224 被装购置费 -',
    '30240 税金及附加费用 4.88',
    'personnelTotal 人员经费合计 2152.26',
    'publicTotal 公用经费合计 184.65',
  ]);
});
