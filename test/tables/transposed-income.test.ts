/**
 * Income tables printed transposed (江苏 收入预算总表): a 项目名称 | 金额 header, one printed row per
 * income item, grouped under labels on the left. Group and item labels wrap inside their cells
 * (一般公共预 / 算资金), a figure may stand on a line of its own at its cell's middle, and a group
 * may run on over a page. Positioned lines as the PDF reader gives them (17 pt glyphs), after the
 * geometry of budget-jiangsu-renda-2017 p9-10, with figures of our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../src/ingest/index.js';
import { formatAmount } from '../../src/model/index.js';
import type { Table } from '../../src/model/index.js';
import { recognizeTables } from '../../src/tables/index.js';
import { lineMaker } from '../helpers.js';

const line = lineMaker(17);

const LINES: Line[] = [
  line(9, 288, ['收入预算总表', 245, 402]),
  line(9, 339, ['部门：', 120, 147], ['江苏省某机关', 232, 331], ['单位：万元', 432, 477]),
  line(9, 390, ['项目名称', 108, 176], ['金额', 445, 479]),
  line(9, 441, ['收入总计', 188, 256], ['150.00', 434, 474]),
  line(9, 485, ['小计', 272, 306], ['100.00', 434, 474]),
  // group and item labels wrapped around the item's figure
  line(9, 523, ['一般公共预', 99, 185], ['公共财政拨款(补助)', 193, 352]),
  line(9, 538, ['100.00', 434, 474]),
  line(9, 553, ['算资金', 99, 150], ['资金', 193, 227]),
  line(9, 591, ['专项收入', 255, 324]),
  line(9, 635, ['政府性基金', 99, 185], ['小计', 272, 306]),
  line(9, 680, ['小计', 272, 306]),
  line(9, 687, ['财政专户管', 99, 185]),
  line(9, 717, ['理资金', 99, 150]),
  line(9, 724, ['专户管理教育收费', 202, 338]),
  // the 财政专户管理资金 group runs on over the page
  line(10, 86, ['其他非税收入', 238, 340]),
  line(10, 130, ['其他资金', 108, 176], ['小计', 272, 306], ['50.00', 434, 474]),
  line(10, 175, ['事业收入', 255, 324], ['30.00', 434, 474]),
  line(10, 219, ['经营收入', 255, 324], ['20.00', 434, 474]),
  line(10, 264, ['其他收入', 255, 324]),
  line(10, 353, ['小计', 272, 306]),
  line(10, 369, ['上年结转和', 99, 185]),
  line(10, 391, ['其中：动用上年', 227, 352]),
  line(10, 398, ['结余资金', 91, 159]),
  line(10, 420, ['结转和结余资金', 193, 312]),
];

function income(lines: readonly Line[]): Table {
  const t = recognizeTables(lines, 'budget').tables.find((x) => x.kind === 'budget.income');
  assert.ok(t, 'no budget.income');
  return t;
}

function figures(t: Table): Record<string, string> {
  assert.equal(t.rows.length, 1);
  return Object.fromEntries(Object.entries(t.rows[0]!.values).map(([k, c]) => [k, formatAmount(c.value, c.decimals)]));
}

test('items as rows: each item in the column its label names, a group 小计 in its group label\'s', () => {
  const t = income(LINES);
  assert.deepEqual(t.columns.map((c) => [c.key, c.label]), [
    ['total', '收入总计'], ['priorYearCarryover', '上年结转和结余资金'], ['gpb', '一般公共预算资金'], ['gf', '政府性基金'],
    ['specialAccount', '财政专户管理资金'], ['business', '事业收入'], ['operating', '经营收入'], ['other', '其他收入'],
  ]);
  assert.equal(t.rows[0]!.key, 'total');
  // 公共财政拨款（补助）资金 and 其他资金 › 小计 have no column: their figures are left out, not misplaced
  assert.deepEqual(figures(t), { total: '150.00', gpb: '100.00', business: '30.00', operating: '20.00' });
});

test('items as rows: each figure keeps the page and box it was printed at', () => {
  const v = income(LINES).rows[0]!.values;
  assert.deepEqual([v.gpb!.at.page, v.gpb!.at.box?.[1]], [9, 485]);
  assert.deepEqual([v.operating!.at.page, v.operating!.at.box?.[1]], [10, 219]);
});

test('items as rows: without positions (text input) the table is not read transposed', () => {
  const t = income(LINES.map(({ text, at }) => ({ text, at })));
  assert.ok(!t.columns.some((c) => c.key === 'gpb'));
});
