/**
 * @module profileDocument on the five founding documents (exact metadata) and on small
 * printed fragments in the styles the corpus shows (covers, labels, levels, units).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readText } from '../../src/ingest/index.js';
import type { Line } from '../../src/ingest/index.js';
import type { DocumentMeta } from '../../src/model/index.js';
import { profileDocument } from '../../src/narrative/index.js';

const SEEDS = process.env.BUDGETLENS_SEEDS ?? '/work/shared/seeds';
const skip = existsSync(SEEDS) ? false : `seeds not found at ${SEEDS} (set BUDGETLENS_SEEDS)`;

function seed(name: string): Line[] {
  const result = readText(readFileSync(`${SEEDS}/${name}.txt`));
  assert.ok(result.ok);
  return [...result.value.lines];
}

/** Lines of a fragment; `page` numbers them as PDF lines would be. */
function lines(texts: readonly string[], page: number | null = null): Line[] {
  return texts.map((text, i) => ({ text, at: { page, line: i + 1 } }));
}

const SEED_META: ReadonlyArray<readonly [string, DocumentMeta]> = [
  [
    '000_1e39a7bc08e52a9d',
    // No cover in the extract: the body comes from "部门：国家移民管理局" above every table.
    { department: '国家移民管理局', fiscalYear: 2024, kind: 'final', scope: 'department', level: 'central', currencyUnit: '万元', title: null },
  ],
  [
    '001_d954916dfba89797',
    // A unit budget of the 机关: the explanation prints the unit as "国家移民管理局机关 2023年…".
    { department: '国家移民管理局机关', fiscalYear: 2023, kind: 'budget', scope: 'unit', level: 'central', currencyUnit: '万元', title: null },
  ],
  [
    '002_551c71b0985bbb03',
    {
      department: '吉林省外事办公室',
      fiscalYear: 2024,
      kind: 'final',
      scope: 'department',
      level: 'provincial',
      currencyUnit: '万元',
      title: '2024年度吉林省外事办公室部门决算',
    },
  ],
  [
    '003_768209dd56055938',
    // No "单位：万元" line (the tables were a separate file): the amounts the text states are in 万元.
    {
      department: '新疆维吾尔自治区口岸管理办公室',
      fiscalYear: 2024,
      kind: 'final',
      scope: 'department',
      level: 'provincial',
      currencyUnit: '万元',
      title: '新疆维吾尔自治区口岸管理办公室2024年度部门决算公开说明',
    },
  ],
  [
    '004_20d860238a543aa7',
    { department: '乌鲁木齐市口岸管理办公室', fiscalYear: 2025, kind: 'budget', scope: 'department', level: 'municipal', currencyUnit: '万元', title: null },
  ],
];

for (const [name, expected] of SEED_META) {
  test(`profileDocument: seed ${name}`, { skip }, () => {
    assert.deepEqual(profileDocument(seed(name)), expected);
  });
}

test('profileDocument: a cover wrapped over several lines, with a page number and a date', () => {
  const meta = profileDocument(lines(['1', '2024 年度', '吉林省外事办公室部门决算', '2025 年 8 月 25 日', '目 录', '第一部分 部门概况']));
  assert.equal(meta.title, '2024年度吉林省外事办公室部门决算');
  assert.equal(meta.department, '吉林省外事办公室');
  assert.equal(meta.fiscalYear, 2024);
  assert.equal(meta.kind, 'final');
});

test('profileDocument: a title word broken across lines ("…办公室部" / "门预算")', () => {
  const meta = profileDocument(lines(['2026年烟台市人民政府办公室部', '门预算', '目 录']));
  assert.equal(meta.title, '2026年烟台市人民政府办公室部门预算');
  assert.equal(meta.department, '烟台市人民政府办公室');
  assert.equal(meta.level, 'municipal');
  assert.equal(meta.scope, 'department');
});

test('profileDocument: a unit keeps the qualifier it prints (（本级）)', () => {
  const meta = profileDocument(lines(['2026 年度', '泉州市公安局（本级）', '单位预算', '单位：万元']));
  assert.equal(meta.department, '泉州市公安局（本级）');
  assert.equal(meta.scope, 'unit');
  assert.equal(meta.level, 'municipal');
});

test('profileDocument: a region-only title takes the body from its label; 区级 → county; 元', () => {
  const meta = profileDocument(
    lines(['上海市普陀区2024年区级部门预算', '预算主管部门：上海市普陀区人民政府万里街道办事处', '编制部门：上海市普陀区人民政府万里街道办事处 单位：元', '单位：元', '单位:万元']),
  );
  assert.equal(meta.department, '上海市普陀区人民政府万里街道办事处');
  assert.equal(meta.level, 'county');
  assert.equal(meta.currencyUnit, '元');
  assert.equal(meta.title, '上海市普陀区2024年区级部门预算');
});

test('profileDocument: levels from the region a name opens with', () => {
  const cases: ReadonlyArray<readonly [string, DocumentMeta['level']]> = [
    ['国家信访局', 'central'],
    ['中共江苏省委办公厅', 'provincial'],
    ['北京市政务服务和数据管理局', 'provincial'],
    ['重庆市人民政府办公厅', 'provincial'],
    ['新疆维吾尔自治区口岸管理办公室', 'provincial'],
    ['乌鲁木齐市口岸管理办公室', 'municipal'],
    ['西安市人民政府办公厅（汇总）', 'municipal'],
    ['上海市普陀区财政局', 'county'],
    ['湖南省长沙市信访局', 'municipal'],
  ];
  for (const [name, level] of cases) {
    const meta = profileDocument(lines([`部门：${name} 单位：万元`]));
    assert.equal(meta.department, name);
    assert.equal(meta.level, level, name);
  }
});

test('profileDocument: a name without region takes the level from the title (上海…市级 → provincial)', () => {
  const meta = profileDocument(lines(['上海市2026年市级单位预算', '预算单位：上海交通职业技术学院']));
  assert.equal(meta.department, '上海交通职业技术学院');
  assert.equal(meta.level, 'provincial');
  assert.equal(meta.scope, 'unit');
});

test('profileDocument: tables published alone (kind from the table numbering, year from 年度)', () => {
  const meta = profileDocument(lines(['预算01表 收支总表', '金额单位：万元', '部门名称 北京市政务服务和数据管理局', '（2026年度）']));
  assert.equal(meta.department, '北京市政务服务和数据管理局');
  assert.equal(meta.kind, 'budget');
  assert.equal(meta.fiscalYear, 2026);
  assert.equal(meta.scope, null);
  assert.equal(meta.title, null);
});

test('profileDocument: nothing printed, nothing claimed', () => {
  assert.deepEqual(profileDocument(lines(['', '12'])), {
    department: null,
    fiscalYear: null,
    kind: null,
    scope: null,
    level: 'unknown',
    currencyUnit: null,
    title: null,
  });
});
