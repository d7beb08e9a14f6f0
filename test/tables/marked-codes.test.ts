/**
 * Codes printed with a mark: "[201]" (广州, 珠海), "2010301-行政运行" (北京), and labels that mark
 * codes of several schemes (北京: 政府经济分类 beside 部门经济分类; 功能 × 经济 cross-tabulations).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/ingest/index.js';
import { recognizeTables } from '../../src/tables/index.js';
import { markedCode } from '../../src/tables/marked-codes.js';

test('a bracketed or dashed code is the row code; the rest is the name and figures', () => {
  assert.deepEqual(markedCode('[2010301]行政运行 6,853.85 6,853.85 0.00', 'functional'),
    { code: '2010301', rest: '行政运行 6,853.85 6,853.85 0.00' });
  assert.deepEqual(markedCode(' ［30101］ 基本工资 76.00', 'economic'), { code: '30101', rest: '基本工资 76.00' });
  // one code whatever its scheme: a 项目支出 table listed by economic class
  assert.deepEqual(markedCode('[302]商品和服务支出 43.00', 'functional'), { code: '302', rest: '商品和服务支出 43.00' });
});

test('政府经济分类 beside 部门经济分类: the table\'s own scheme gives the code', () => {
  assert.deepEqual(markedCode('50101-工资奖金津补贴 30101-基本工资 1,077.766800 1,077.766800', 'economic'),
    { code: '30101', rest: '基本工资 1,077.766800 1,077.766800' });
  assert.deepEqual(markedCode('50201-办公经费 3021101-差旅费 35.280000', 'economic'), { code: '3021101', rest: '差旅费 35.280000' });
});

test('a cross-tabulated leaf (功能 × 经济) has no code; figures, dates and dashes are no marks', () => {
  assert.equal(markedCode('2010301-行政运行 50101-工资奖金津补贴 30101-基本工资 1,077.766800', 'functional'), null);
  assert.equal(markedCode('合计 1,234.00 - 5.00', 'functional'), null);
  assert.equal(markedCode('2025-2026年 项目 300.00', 'functional'), null);
  assert.equal(markedCode('201 一般公共服务支出 12.00', 'functional'), null);
});

const PAGE = [
  '一般公共预算基本支出表',
  '单位：万元',
  '部门预算支出经济科目 合计 人员经费 公用经费',
  '合计 300.00 200.00 100.00',
  '[301]工资福利支出 200.00 200.00',
  ' [30101]基本工资 200.00 200.00',
  '50201-办公经费 30201-办公费 100.00 100.00',
];

test('marked codes key the rows of a text table', () => {
  const raw = readText(new TextEncoder().encode(PAGE.join('\n')));
  assert.ok(raw.ok);
  const t = recognizeTables(raw.value.lines, 'budget').tables.find((x) => x.kind === 'budget.gpbBasicExpenditure');
  assert.ok(t);
  assert.deepEqual(t.rows.map((r) => `${r.code ?? r.key} ${r.name} ${r.values['total']?.text ?? '-'}`),
    ['total 合计 300.00', '301 工资福利支出 200.00', '30101 基本工资 200.00', '30201 办公费 100.00']);
});
