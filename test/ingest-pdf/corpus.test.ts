/**
 * @module PDF reader on real published disclosures (the development corpus). Expected
 * values were read off `pdftotext -layout` and the printed pages. The corpus is not in the
 * repository: set BUDGETLENS_CORPUS to its folder (default /work/shared/corpus); without
 * it these tests are skipped, not failed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPdf, readPdfPages } from '../../src/ingest/index.js';
import type { PdfPagesResult, RawDocument } from '../../src/ingest/index.js';

const CORPUS = process.env.BUDGETLENS_CORPUS ?? '/work/shared/corpus';
const skip = existsSync(CORPUS) ? false : `corpus not found at ${CORPUS} (set BUDGETLENS_CORPUS)`;

const cache = new Map<string, Promise<RawDocument>>();
/** Read a corpus file once per test run. */
function corpus(name: string): Promise<RawDocument> {
  let doc = cache.get(name);
  if (!doc) {
    doc = readFile(join(CORPUS, name)).then(async (bytes) => {
      const result = await readPdf(bytes);
      assert.ok(result.ok, result.ok ? '' : `${name}: ${result.error.code} ${result.error.message}`);
      return result.value;
    });
    cache.set(name, doc);
  }
  return doc;
}

const pageRows = (d: RawDocument, page: number): string[][] =>
  d.lines.filter((l) => l.at.page === page).map((l) => (l.pieces ?? []).map((p) => p.text));

/** Index of the first line on `page` whose pieces are exactly `row`, or -1. */
function rowIndex(d: RawDocument, page: number, row: readonly string[]): number {
  return pageRows(d, page).findIndex((r) => r.length === row.length && r.every((t, i) => t === row[i]));
}

function assertRow(d: RawDocument, page: number, row: readonly string[]): void {
  assert.ok(rowIndex(d, page, row) >= 0,
    `page ${page} has no line ${JSON.stringify(row)}; it has:\n${pageRows(d, page).map((r) => JSON.stringify(r)).join('\n')}`);
}

test('国家信访局 2026: page count, a table row split into code, name and amounts', { skip }, async () => {
  const d = await corpus('budget-central-guojia-xinfangju-2026.pdf');
  assert.equal(d.format, 'pdf');
  assert.equal(d.pages, 37);
  assert.deepEqual(d.pagesWithoutText, []);
  assert.deepEqual(d.warnings, []);
  // 部门支出总表 (landscape page 7): 合计, 基本支出 columns; 项目支出 empty.
  assertRow(d, 7, ['部门支出总表']);
  assertRow(d, 7, ['2014001', '行政运行', '6,286.21', '6,286.21']);
  assertRow(d, 7, ['2014099', '其他信访事务支出', '36,230.56', '36,230.56']);
  assertRow(d, 7, ['201', '一般公共服务支出', '47,179.30', '7,736.44', '39,442.86']);
});

test('lines are numbered through the document and their text is their pieces joined', { skip }, async () => {
  const d = await corpus('budget-central-guojia-xinfangju-2026.pdf');
  d.lines.forEach((l, i) => {
    assert.equal(l.at.line, i + 1);
    assert.equal(l.text, (l.pieces ?? []).map((p) => p.text).join(' '));
    const pieces = l.pieces ?? [];
    for (let k = 1; k < pieces.length; k++) assert.ok(pieces[k]!.x0 >= pieces[k - 1]!.x1 - 0.5, `line ${l.at.line} overlaps`);
  });
  const pages = d.lines.map((l) => l.at.page ?? 0);
  assert.deepEqual(pages, [...pages].sort((a, b) => a - b));
  assert.equal(new Set(pages).size, 37);
});

test('江苏省委办公厅 2019 tables: a /Rotate 90 page reads top to bottom, left to right', { skip }, async () => {
  const d = await corpus('budget-jiangsu-shengweibangongting-2019-tables.pdf');
  assert.equal(d.pages, 12);
  const rows = pageRows(d, 1);
  assert.deepEqual(rows.slice(0, 3), [['收支预算总表'], ['部门：中共江苏省委办公厅', '单位：万元'], ['收入', '支出']]);
  // "27,664.22 一、一般公共服务支出" is one string across a cell border; the border cuts it.
  assertRow(d, 1, ['一、财政拨款', '27,664.22', '一、一般公共服务支出', '22,395.50', '一、基本支出', '11,700.63']);
  assertRow(d, 1, ['收入合计', '27,664.22', '支出合计', '27,664.22']);
  assert.ok(rowIndex(d, 1, ['收入合计', '27,664.22', '支出合计', '27,664.22']) > rowIndex(d, 1, ['收支预算总表']));
  // Landscape after rotation: 1191 wide, 842 high.
  for (const l of d.lines.filter((x) => x.at.page === 1)) {
    const [x0, y0, x1, y1] = l.at.box!;
    assert.ok(x0 >= 0 && x1 <= 1191 && y0 >= 0 && y1 <= 842, `box ${l.at.box!.join(',')}`);
  }
  // Page 6 has no /Rotate and is portrait.
  assertRow(d, 6, ['30101', '基本工资', '1,581.26']);
});

test('烟台市政府办公室 2026: /Rotate 90 table with 类/款/项 columns', { skip }, async () => {
  const d = await corpus('budget-yantai-bangongshi-2026.pdf');
  assert.equal(d.pages, 50);
  assert.ok(rowIndex(d, 10, ['收入总体情况表']) < rowIndex(d, 10, ['201', '一般公共服务支出', '8,105.31', '8,012.30', '8,012.30', '93.01']));
  assertRow(d, 10, ['201', '一般公共服务支出', '8,105.31', '8,012.30', '8,012.30', '93.01']);
  assertRow(d, 10, ['01', '行政运行', '2,220.04', '2,220.04', '2,220.04']);
  assertRow(d, 10, ['部门（单位）：烟台市人民政府办公室', '单位：万元']);
});

test('北京政务服务局 scanned explanation: all 8 pages lack a text layer', { skip }, async () => {
  const d = await corpus('budget-beijing-zhengwufuwu-2026-explanation-scanned.pdf');
  assert.equal(d.pages, 8);
  assert.deepEqual(d.pagesWithoutText, [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(d.lines.length, 0);
  const noText = d.warnings.filter((w) => w.code === 'NO_TEXT_LAYER');
  assert.deepEqual(noText.map((w) => w.page), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.ok(noText.every((w) => w.message.includes('扫描')), noText[0]?.message);
});

test('北京政务服务局 tables: 万元 with six decimals, two-sided summary table', { skip }, async () => {
  const d = await corpus('budget-beijing-zhengwufuwu-2026-tables.pdf');
  assert.equal(d.pages, 85);
  assertRow(d, 1, ['预算01表 收支总表']);
  assertRow(d, 1, ['一、一般公共预算拨款收入', '96,722.180672', '一、一般公共服务支出', '87,574.015036']);
  assertRow(d, 1, ['收入总计', '101,673.030619', '支出总计', '101,673.030619']);
});

test('上海市财政局 2025: spaced codes in 类/款/项 cells, amounts in 元', { skip }, async () => {
  const d = await corpus('budget-shanghai-caizhengju-2025-unit.pdf');
  assert.equal(d.pages, 21);
  assertRow(d, 8, ['201', '06', '01', '行政运行', '84,861,719', '84,861,719']);
  assertRow(d, 8, ['208', '05', '行政事业单位养老支出', '16,360,320', '16,360,320']);
});

test('a truncated download is DAMAGED, not an exception', { skip }, async () => {
  const bytes = await readFile(join(CORPUS, 'budget-jiangsu-shengweibangongting-2019-tables.pdf'));
  const result = await readPdf(bytes.subarray(0, Math.floor(bytes.length * 0.3)));
  assert.equal(result.ok ? null : result.error.code, 'DAMAGED');
});

test('readPdfPages exposes the ruling lines of a table page', { skip }, async () => {
  const result: PdfPagesResult = await readPdfPages(
    await readFile(join(CORPUS, 'budget-jiangsu-shengweibangongting-2019-tables.pdf')));
  assert.ok(result.ok);
  const page1 = result.value.pages[0]!;
  assert.equal(page1.rotate, 90);
  assert.deepEqual([page1.layout.width, page1.layout.height], [1191, 842]);
  const verticals = page1.layout.rulings.filter((r) => r.axis === 'v');
  // The 27,664.22 | 一、一般公共服务支出 border lies between the two pieces.
  const row = page1.layout.lines.find((l) => l.text.startsWith('一、财政拨款'))!;
  const [, amount, name] = row.pieces;
  assert.ok(verticals.some((r) => r.at >= amount!.x1 - 1 && r.at <= name!.x0 + 1 && r.from < row.baseline && r.to > row.baseline));
});
