/**
 * @module profileDocument and readSections on the development corpus (real published PDFs),
 * read through `pdftotext -layout` so that this stage is tested apart from the PDF reader:
 * each page's lines with runs of spaces collapsed, as a PDF reader joins a line's pieces.
 * Expected identities are those of the corpus README. Skipped when the corpus or pdftotext
 * is missing (BUDGETLENS_CORPUS names the folder).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Line } from '../../src/ingest/index.js';
import type { DocumentMeta } from '../../src/model/index.js';
import { profileDocument, readSections, type NarrativeSection } from '../../src/narrative/index.js';

const CORPUS = process.env.BUDGETLENS_CORPUS ?? '/work/shared/corpus';
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const skip = !existsSync(CORPUS) ? `corpus not found at ${CORPUS}` : !hasPdftotext ? 'pdftotext not installed' : false;

const cache = new Map<string, Line[]>();
function corpus(name: string): Line[] {
  let lines = cache.get(name);
  if (!lines) {
    const out = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(CORPUS, name), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(out.status, 0, `pdftotext ${name}`);
    lines = out.stdout.split('\f').flatMap((page, p) =>
      page.split('\n').map((text, i) => ({ text: text.replace(/\s+/g, ' ').trim(), at: { page: p + 1, line: i + 1 } })),
    );
    cache.set(name, lines);
  }
  return lines;
}

type Expected = Pick<DocumentMeta, 'department' | 'level' | 'fiscalYear' | 'kind'> & { scope?: DocumentMeta['scope'] };

/** From the corpus README; `scope` only where the README states it. */
const IDENTITIES: Readonly<Record<string, Expected>> = {
  'budget-beijing-zhengwufuwu-2026-tables.pdf': { department: '北京市政务服务和数据管理局', level: 'provincial', fiscalYear: 2026, kind: 'budget' },
  'budget-central-guojia-xinfangju-2026.pdf': { department: '国家信访局', level: 'central', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-changsha-xinfang-2026.pdf': { department: '长沙市信访局', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-chongqing-bangongting-2026.pdf': { department: '重庆市人民政府办公厅', level: 'provincial', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-fuzhou-shangwuju-2026.pdf': { department: '福州市商务局', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-guangzhou-bangongting-2026.pdf': { department: '广州市人民政府办公厅', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-hangzhou-sifaju-2026.pdf': { department: '杭州市司法局', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-huzhou-caizhengju-2026.pdf': { department: '湖州市财政局', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-jiangsu-renda-2017.pdf': { department: '江苏省人大常委会办公厅', level: 'provincial', fiscalYear: 2017, kind: 'budget', scope: 'department' },
  'budget-jiangsu-shengweibangongting-2019-explanation.pdf': { department: '江苏省委办公厅', level: 'provincial', fiscalYear: 2019, kind: 'budget', scope: 'department' },
  // Tables alone: no year is printed on them (README: "2019?").
  'budget-jiangsu-shengweibangongting-2019-tables.pdf': { department: '中共江苏省委办公厅', level: 'provincial', fiscalYear: null, kind: 'budget' },
  'budget-quanzhou-gonganju-2026-unit.pdf': { department: '泉州市公安局（本级）', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'unit' },
  'budget-shanghai-caizhengju-2025-unit.pdf': { department: '上海市财政局', level: 'provincial', fiscalYear: 2025, kind: 'budget', scope: 'unit' },
  'budget-shanghai-jiaotong-college-2026-unit.pdf': { department: '上海交通职业技术学院', level: 'provincial', fiscalYear: 2026, kind: 'budget', scope: 'unit' },
  'budget-shanghai-putuo-wanli-2024.pdf': { department: '上海市普陀区人民政府万里街道办事处', level: 'county', fiscalYear: 2024, kind: 'budget', scope: 'department' },
  'budget-shanghai-putuo-zhengfuban-2025-department.pdf': { department: '上海市普陀区人民政府办公室', level: 'county', fiscalYear: 2025, kind: 'budget', scope: 'department' },
  'budget-shanghai-putuo-zhengfuban-2025-unit.pdf': { department: '上海市普陀区人民政府办公室', level: 'county', fiscalYear: 2025, kind: 'budget', scope: 'unit' },
  'budget-shenzhen-kouan-2026.pdf': { department: '深圳市人民政府口岸办公室', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-suzhou-shenjiju-2026.pdf': { department: '苏州市审计局', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-wuxi-jiaotong-2026.pdf': { department: '无锡市交通运输局（本级）', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'unit' },
  'budget-xian-bangongting-2026.pdf': { department: '西安市人民政府办公厅（汇总）', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-yantai-bangongshi-2026.pdf': { department: '烟台市人民政府办公室', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'budget-zhuhai-gongwu-center-2026.pdf': { department: '珠海市政府投资交通市政项目工务中心', level: 'municipal', fiscalYear: 2026, kind: 'budget', scope: 'department' },
  'final-foshan-jiaotong-2019.pdf': { department: '佛山市轨道交通局', level: 'municipal', fiscalYear: 2019, kind: 'final', scope: 'department' },
  'final-shanghai-putuo-caizhengju-2024.pdf': { department: '上海市普陀区财政局', level: 'county', fiscalYear: 2024, kind: 'final', scope: 'department' },
  'final-shanghai-putuo-guihuaziyuan-2024.pdf': { department: '上海市普陀区规划和自然资源局', level: 'county', fiscalYear: 2024, kind: 'final', scope: 'department' },
};

test('profileDocument: corpus identities (README)', { skip }, () => {
  for (const [name, expected] of Object.entries(IDENTITIES)) {
    const meta = profileDocument(corpus(name));
    const got: Expected = { department: meta.department, level: meta.level, fiscalYear: meta.fiscalYear, kind: meta.kind };
    if (expected.scope !== undefined) got.scope = meta.scope;
    assert.deepEqual(got, expected, name);
  }
});

test('profileDocument: currency units (Shanghai and 西安 tables in 元)', { skip }, () => {
  assert.equal(profileDocument(corpus('budget-shanghai-putuo-wanli-2024.pdf')).currencyUnit, '元');
  assert.equal(profileDocument(corpus('budget-xian-bangongting-2026.pdf')).currencyUnit, '元');
  assert.equal(profileDocument(corpus('final-foshan-jiaotong-2019.pdf')).currencyUnit, '万元');
});

const childKeys = (s: readonly NarrativeSection[], parentKey: string): Array<string | null> => {
  const parent = s.findIndex((x) => x.key === parentKey);
  assert.ok(parent >= 0, parentKey);
  return s.filter((x) => x.parent === parent).map((x) => x.key);
};

test('readSections: central budget 关于…表的说明 (国家信访局)', { skip }, () => {
  const s = readSections(corpus('budget-central-guojia-xinfangju-2026.pdf'));
  assert.deepEqual(childKeys(s, 'explanation'), ['overview', 'income', 'expenditure', 'fiscalOverview', 'gpbExpenditure', 'gpbBasic', 'threePublic', 'other']);
  assert.deepEqual(childKeys(s, 'gpbExpenditure'), ['gpbExpenditure.overall', 'gpbExpenditure.structure', 'gpbExpenditure.detail']);
  // The performance target tables under （六） are not text.
  assert.ok(!s.some((x) => x.text.includes('绩效目标表')));
});

test('readSections: district final accounts (普陀区财政局)', { skip }, () => {
  const s = readSections(corpus('final-shanghai-putuo-caizhengju-2024.pdf'));
  assert.deepEqual(
    s.filter((x) => x.level === 1).map((x) => x.key),
    ['profile', 'explanation', 'glossary'],
  );
  assert.deepEqual(childKeys(s, 'explanation'), [
    'overview', 'income', 'expenditure', 'fiscalOverview', 'gpbExpenditure', 'gpbBasic', 'threePublic', 'gf', 'soce', 'performance', 'other',
  ]);
  // "第三部分 …决算情况" / "说明": the part title wraps.
  assert.equal(s.find((x) => x.key === 'explanation')?.heading, '第三部分上海市普陀区财政局2024年度部门决算情况说明');
});

test('readSections: unnumbered page headings (上海 市级单位预算)', { skip }, () => {
  const s = readSections(corpus('budget-shanghai-caizhengju-2025-unit.pdf'));
  assert.deepEqual(s.filter((x) => x.level === 1).map((x) => x.key), ['duties', 'organisation', 'glossary', 'explanation', 'other']);
  assert.deepEqual(childKeys(s, 'other'), ['threePublic', 'operatingCost', 'procurement', 'performance', 'assets']);
});

test('readSections: numbered 一、 parts and 1. sub-sections (杭州)', { skip }, () => {
  const s = readSections(corpus('budget-hangzhou-sifaju-2026.pdf'));
  assert.deepEqual(s.filter((x) => x.level === 1).map((x) => x.key), ['profile', 'explanation', 'glossary']);
  assert.deepEqual(childKeys(s, 'gpbExpenditure'), ['gpbExpenditure.overall', 'gpbExpenditure.structure', 'gpbExpenditure.detail']);
  assert.deepEqual(childKeys(s, 'other'), ['operatingCost', 'procurement', 'assets', 'performance', 'entrustedServices']);
});

test('readSections: no contents entries, no table text in any corpus document', { skip }, () => {
  for (const name of Object.keys(IDENTITIES)) {
    const s = readSections(corpus(name));
    for (const x of s) {
      assert.ok(!/\.{4,}|…{3,}/.test(x.heading + x.text), `${name}: ${x.heading}`);
      assert.ok(!/(?:^|\n)(?:[^，。；\n]*\d[\d,]*\.\d+){3}[^，。；\n]*(?:\n|$)/.test(x.text), `${name}: ${x.heading} holds a table row`);
    }
    const headings = s.map((x) => `${x.level}${x.heading}`);
    assert.equal(new Set(headings).size, headings.length, `${name}: a heading twice`);
  }
});
