/**
 * Spending by paying source (基本支出总表): the 财政拨款 heading stands over 小计 | 一般公共预算拨款 |
 * 政府性基金预算拨款 | 国有资本经营预算拨款, no total closes its group and the row runs on (财政专户管理资金,
 * the 单位资金 group, 上年结余、结转); labels wrap over three lines around the 小计. Positioned lines
 * after the geometry of budget-shenzhen-kouan-2026 p21, with figures of our own: a figure stands in
 * the column under whose header it is printed, the 小计 is the fiscal subtotal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount } from '../../src/model/index.js';
import type { Table } from '../../src/model/index.js';
import { recognizeTables } from '../../src/tables/index.js';
import { lineMaker } from '../helpers.js';
import type { Piece } from '../helpers.js';

const line = lineMaker(10);

/** Figures right-aligned under the header cell whose right edge is given. */
const fig = (text: string, right: number): Piece => [text, right - 5 * text.length, right];

const LINES = [
  line(1, 110, ['基本支出总表', 480, 600]),
  line(1, 139, ['部门名称：某某办公室', 30, 199], ['单位：万元', 995, 1045]),
  line(1, 161, ['财政拨款', 403, 443], ['单位资金', 786, 826]),
  line(1, 169, ['财政专户', 577, 617], ['上年结余、', 991, 1041]),
  line(1, 177, ['支出项目类别', 89, 149], ['总计', 239, 259], ['一般公共', 368, 408], ['政府性基金', 433, 483], ['国有资本经', 503, 553],
    ['事业单位', 717, 757], ['上级补助', 786, 826], ['附属单位', 856, 896]),
  line(1, 188, ['小计', 309, 329], ['管理资金', 577, 617], ['事业收入', 647, 687], ['其他收入', 926, 966], ['结转', 1006, 1026]),
  line(1, 196, ['预算拨款', 368, 408], ['预算拨款', 433, 483], ['营预算拨款', 503, 553], ['经营收入', 717, 757], ['收入', 796, 816],
    ['上缴收入', 856, 896]),
  line(1, 212, ['合计', 60, 80], fig('110.00', 259), fig('100.00', 329), fig('100.00', 408), fig('10.00', 1041)),
  line(1, 230, ['工资福利支出', 60, 120], fig('80.00', 259), fig('80.00', 329), fig('80.00', 408)),
  line(1, 248, ['商品和服务支出', 60, 130], fig('30.00', 259), fig('20.00', 329), fig('20.00', 408), fig('10.00', 1041)),
];

function cells(t: Table | undefined, name: string): Record<string, string> {
  const row = t?.rows.find((r) => r.key === name || r.name === name);
  return Object.fromEntries(Object.entries(row?.values ?? {}).map(([k, c]) => [k, formatAmount(c.value, c.decimals)]));
}

test('基本支出总表: 财政拨款 › 小计 is the fiscal subtotal; figures of a sparse row stand in their columns', () => {
  const t = recognizeTables(LINES, 'budget').tables.find((x) => x.kind === 'budget.basicExpenditure');
  assert.ok(t);
  assert.deepEqual(t.columns.map((c) => c.key), ['total', 'priorYearCarryover', 'fiscalSubtotal', 'gpb', 'gf', 'soce', 'specialAccount', 'business',
    'operating', 'superiorSubsidy', 'affiliated', 'other']);
  assert.deepEqual(cells(t, 'total'), { total: '110.00', fiscalSubtotal: '100.00', gpb: '100.00', priorYearCarryover: '10.00' });
  assert.deepEqual(cells(t, '商品和服务支出'), { total: '30.00', fiscalSubtotal: '20.00', gpb: '20.00', priorYearCarryover: '10.00' });
  assert.deepEqual(cells(t, '工资福利支出'), { total: '80.00', fiscalSubtotal: '80.00', gpb: '80.00' });
});

test('a first row whose name wraps around its figures (某某市人民政府口岸办公 / figures / 室) keeps the whole name', () => {
  const wrapped = [
    ...LINES.slice(0, 7),
    line(1, 206, ['某某市人民政府口岸办公', 30, 140]),
    line(1, 212, fig('110.00', 259), fig('100.00', 329), fig('100.00', 408), fig('10.00', 1041)),
    line(1, 218, ['室', 30, 40]),
    ...LINES.slice(8),
  ];
  const t = recognizeTables(wrapped, 'budget').tables.find((x) => x.kind === 'budget.basicExpenditure');
  assert.ok(t);
  assert.equal(t.rows[0]?.name, '某某市人民政府口岸办公室');
  assert.deepEqual(cells(t, '某某市人民政府口岸办公室'), { total: '110.00', fiscalSubtotal: '100.00', gpb: '100.00', priorYearCarryover: '10.00' });
  assert.deepEqual(cells(t, '工资福利支出'), { total: '80.00', fiscalSubtotal: '80.00', gpb: '80.00' });
});
