/**
 * Rows that are units (收入总表/支出总表 by unit: 单位编码 | 单位名称 | 合计 …): the code printed in its
 * own column is the row's `unitCode`, not part of its name; only a unit-code column makes a
 * leading figure a code (elsewhere "2025 年…" begins a project's name).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/ingest/index.js';
import type { Line } from '../../src/ingest/index.js';
import type { Table } from '../../src/model/index.js';
import { recognizeTables } from '../../src/tables/index.js';

function incomeOf(lines: readonly Line[]): Table {
  const t = recognizeTables(lines, 'budget').tables.find((x) => x.kind === 'budget.income');
  assert.ok(t, 'no budget.income');
  return t;
}

function textTable(header: string, rows: readonly string[]): Table {
  const raw = readText(new TextEncoder().encode(['部门综合预算收入总表', '单位：元', header, ...rows].join('\n')));
  assert.ok(raw.ok);
  return incomeOf(raw.value.lines);
}

const summary = (t: Table) => t.rows.map((r) => `${r.unitCode ?? '-'} ${r.code ?? r.key ?? '-'} ${r.name} ${r.values['total']?.text ?? '-'}`);

test('a unit-code column: the code is the unit\'s, the name is printed without it', () => {
  const t = textTable('单位编码 单位名称 合计 一般公共预算拨款', [
    '合计 92,165,133.99 92,165,133.99',
    '114 西安市人民政府办公厅 92,165,133.99 92,165,133.99',
    '  114001 西安市人民政府办公厅 92,165,133.99 92,165,133.99',
    // a three-digit unit code shaped like a functional 类 is still a unit code here
    '  201 西安市某中心 0.00 0.00',
  ]);
  assert.deepEqual(summary(t), [
    '- total 合计 92,165,133.99',
    '114 - 西安市人民政府办公厅 92,165,133.99',
    '114001 - 西安市人民政府办公厅 92,165,133.99',
    '201 - 西安市某中心 0.00',
  ]);
  assert.equal(t.rows[2]!.values['gpb']?.text, '92,165,133.99');
});

test('without a unit-code column a leading figure stays part of the name or a classification code', () => {
  const t = textTable('科目编码 科目名称 合计 一般公共预算拨款', [
    '合计 5,000.00 5,000.00',
    '201 一般公共服务支出 545.00 545.00',
    '2025 年边境地区转移支付 4,455.00 4,455.00',
  ]);
  assert.deepEqual(summary(t), ['- total 合计 5,000.00', '- 201 一般公共服务支出 545.00', '- - 2025年边境地区转移支付 4,455.00']);
  // in a unit table a year's 年 after the figure keeps it in the name too
  const units = textTable('单位编码 单位名称 合计 一般公共预算拨款', ['合计 4,455.00 4,455.00', '2025 年边境地区转移支付 4,455.00 4,455.00']);
  assert.deepEqual(summary(units), ['- total 合计 4,455.00', '- - 2025年边境地区转移支付 4,455.00']);
});

let n = 0;
/** A line of pieces [text, x0, x1] on page 1, 10 points high from y0, with its box. */
function line(y0: number, ...pieces: [string, number, number][]): Line {
  const x0 = Math.min(...pieces.map((p) => p[1]));
  const x1 = Math.max(...pieces.map((p) => p[2]));
  return { text: pieces.map((p) => p[0]).join(' '), at: { page: 1, line: n++, box: [x0, y0, x1, y0 + 10] },
    pieces: pieces.map(([text, a, b]) => ({ text, x0: a, x1: b, y0, y1: y0 + 10 })) };
}

test('PDF geometry: 部门代 / 码 wrapped in one header cell, the name wrapped around the code', () => {
  const lines = [
    line(60, ['收入总表', 300, 360]),
    line(80, ['单位：万元', 700, 750]),
    line(100, ['部门代', 20, 50], ['部门名称', 80, 130], ['合计', 170, 200], ['一般公共预算', 230, 290]),
    line(112, ['码', 30, 40]),
    line(140, ['合计', 90, 110], ['984,760.87', 160, 210], ['196,278.67', 240, 290]),
    line(156, ['无锡市交通运输局（本级', 70, 160]),
    line(166, ['313001', 15, 45], ['984,760.87', 160, 210], ['196,278.67', 240, 290]),
    line(176, ['）', 110, 116]),
  ];
  assert.deepEqual(summary(incomeOf(lines)), ['- total 合计 984,760.87', '313001 - 无锡市交通运输局（本级） 984,760.87']);
});
