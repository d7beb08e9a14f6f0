/**
 * Table kinds beyond MODEL.md (docs/model-extensions.md): the classification a title names picks
 * the kind without taking titles from the MODEL.md kinds, and a small budget printed as plain
 * text reads the general budget by function, by economic class and its basic spending, each
 * figure in its column, the new identities holding — and failing on a wrong figure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDENTITIES } from '../../src/catalogue/index.js';
import { evaluate, instantiate, shapeOf } from '../../src/arithmetic/index.js';
import { readText } from '../../src/ingest/index.js';
import { formatAmount } from '../../src/model/index.js';
import type { Table } from '../../src/model/index.js';
import { recognizeTables } from '../../src/tables/index.js';
import { matchSpecs } from '../../src/tables/segment.js';

test('titles: the named classification picks the kind; titles of MODEL.md kinds keep theirs', () => {
  const kinds: [title: string, kind: string | undefined][] = [
    ['表8 一般公共预算支出表（按经济分类）', 'budget.gpbEconomicExpenditure'],
    ['八、一般公共预算支出经济分类情况表', 'budget.gpbEconomicExpenditure'],
    ['表7 一般公共预算支出表（按功能分类）', 'budget.gpbExpenditure'],
    ['一般公共预算支出表', 'budget.gpbExpenditure'],
    ['部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）', 'budget.gpbBasicFunctional'],
    ['一般公共预算基本支出表', 'budget.gpbBasicExpenditure'],
    ['公开05表 财政拨款支出表（功能科目）', 'budget.fiscalExpenditure'],
    ['财政拨款基本支出预算表（经济科目）', 'budget.fiscalBasicExpenditure'],
    ['财政拨款收支总表', 'budget.fiscalSummary'],
    ['表4 基本支出总表', 'budget.basicExpenditure'],
    ['基本支出预算情况表', 'budget.basicExpenditure'],
    ['表5 项目支出总表', 'budget.projectExpenditure'],
    ['项目支出表', 'budget.gpbProjectExpenditure'],
    ['部门预算项目支出及其他支出预算表', undefined],
  ];
  for (const [title, kind] of kinds) assert.equal(matchSpecs(title, 'budget')?.kind, kind, title);
});

const PAGES = (economic302: string): string => `
一般公共预算支出表（按功能分类）
单位：万元
科目编码 科目名称 支出总计 基本支出 项目支出
合计 150.00 100.00 50.00
201 一般公共服务支出 150.00 100.00 50.00
20103 政府办公厅（室）及相关机构事务 150.00 100.00 50.00
2010301 行政运行 100.00 100.00
2010302 一般行政管理事务 50.00 50.00
一般公共预算支出表（按经济分类）
单位：万元
科目编码 科目名称 支出总计 基本支出 项目支出
合计 150.00 100.00 50.00
301 工资福利支出 80.00 80.00
30101 基本工资 80.00 80.00
302 商品和服务支出 ${economic302}
30201 办公费 70.00 20.00 50.00
一般公共预算基本支出表
单位：万元
科目编码 科目名称 合计 人员经费 公用经费
合计 100.00 80.00 20.00
301 工资福利支出 80.00 80.00
30101 基本工资 80.00 80.00
302 商品和服务支出 20.00 20.00
30201 办公费 20.00 20.00
`;

function read(text: string): Table[] {
  const r = readText(new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.error.message);
  return recognizeTables(r.value.lines, 'budget').tables;
}

/** Identities that miss beyond rounding, as "id row.column". */
function failures(tables: readonly Table[]): string[] {
  const eqs = instantiate(tables.map((t) => shapeOf(t.kind, t.columns, t.rows)), IDENTITIES);
  return [...new Set(eqs.filter((eq) => evaluate(eq, (ref) => tables[ref.table]!.rows[ref.row]!.values[ref.column]).outcome === 'fail')
    .map((eq) => { const r = tables[eq.terms[0]!.ref.table]!.rows[eq.terms[0]!.ref.row]!; return `${eq.identity.id} ${r.code ?? r.key}.${eq.terms[0]!.ref.column}`; }))].sort();
}

function cell(t: Table | undefined, row: string, column: string): string | undefined {
  const c = t?.rows.find((r) => r.code === row || r.key === row)?.values[column];
  return c && formatAmount(c.value, c.decimals);
}

test('a budget by function, by economic class and its basic spending: every figure placed, the links hold', () => {
  const tables = read(PAGES('70.00 20.00 50.00'));
  assert.deepEqual(tables.map((t) => t.kind), ['budget.gpbExpenditure', 'budget.gpbEconomicExpenditure', 'budget.gpbBasicExpenditure']);
  const economic = tables[1];
  assert.deepEqual(economic?.columns.map((c) => c.key), ['total', 'basic', 'project']);
  // two figures in three columns: 80.00 is basic spending, as the basic table's 301 says
  assert.equal(cell(economic, '301', 'basic'), '80.00');
  assert.equal(cell(economic, '301', 'project'), undefined);
  assert.equal(cell(economic, '30201', 'project'), '50.00');
  assert.equal(cell(economic, 'total', 'total'), '150.00');
  // the functional table's 50.00 of 2010302 is project spending (20103 basic = 100.00 = 2010301)
  assert.equal(cell(tables[0], '2010302', 'project'), '50.00');
  const ids = new Set(instantiate(tables.map((t) => shapeOf(t.kind, t.columns, t.rows)), IDENTITIES).map((e) => e.identity.id));
  for (const id of ['budget.gpbEconomicExpenditure.rowSum', 'budget.gpbEconomicExpenditure.hierarchy', 'budget.cross.gpbEconomicTotal',
    'budget.cross.gpbEconomicBasic', 'budget.cross.gpbEconomicBasicByCode']) assert.ok(ids.has(id), id);
  assert.deepEqual(failures(tables), []);
});

test('a wrong class figure in the economic table fails its hierarchy, row sum and link to the basic table', () => {
  const tables = read(PAGES('70.00 21.00 50.00'));
  assert.deepEqual(failures(tables), [
    'budget.cross.gpbEconomicBasicByCode 302.basic',
    'budget.gpbEconomicExpenditure.hierarchy 302.basic',
    'budget.gpbEconomicExpenditure.hierarchy total.basic',
    'budget.gpbEconomicExpenditure.rowSum 302.total',
  ]);
});
