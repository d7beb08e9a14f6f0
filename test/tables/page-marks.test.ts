/**
 * Page marks printed at a page's foot between the rows of a table that runs on ("— 11 —" with
 * em dashes, 烟台 公开表3) are page furniture, not a row whose only figure is the page number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/ingest/index.js';
import { recognizeTables } from '../../src/tables/index.js';

const PAGE = [
  '支出总体情况表',
  '单位：万元',
  '科目编码 科目名称 合计 基本支出 项目支出',
  '合 计 350.00 250.00 100.00',
  '201 一般公共服务支出 300.00 200.00 100.00',
  '— 11 —',
  '205 教育支出 50.00 50.00',
  '- 12 -',
  '—12—',
];

test('dash-framed page numbers between and after rows are no rows (— 11 —, - 12 -, —12—)', () => {
  const raw = readText(new TextEncoder().encode(PAGE.join('\n')));
  assert.ok(raw.ok);
  const table = recognizeTables(raw.value.lines, 'budget').tables.find((t) => t.kind === 'budget.expenditure');
  assert.ok(table);
  assert.deepEqual(table.rows.map((r) => r.code ?? r.key ?? r.name), ['total', '201', '205']);
  assert.equal(table.rows[2]!.values['total']?.text, '50.00');
  // no mark is glued to a name either
  assert.deepEqual(table.rows.map((r) => r.name), ['合计', '一般公共服务支出', '教育支出']);
});
