/**
 * PDF round trip: generated documents printed by headless Chromium in chosen looks (ruled and
 * partly ruled, landscape pages, tables split over pages with and without repeated headers,
 * the economic table in two groups, three CJK fonts, split codes, the performance attachment) and
 * read back by the project's PDF reader: every cell, performance table and the metadata equal the truth. Needs chromium and the
 * CJK fonts (scripts/install-debian.sh); without them the test fails, it does not skip.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDisclosures, comparePerformanceTables, openPrinter, planGenerated, renderHtml } from '../../src/generate/index.js';
import type { GenerateOptions, HtmlLook, Printer } from '../../src/generate/index.js';
import type { Disclosure } from '../../src/model/index.js';
import { parseBytes } from '../../src/parse/index.js';

let printer: Printer;
before(async () => { printer = await openPrinter(); });
after(async () => { await printer?.close(); });

const LOOK: HtmlLook = { rules: 'full', font: 'Noto Sans CJK SC', repeatHeader: true, landscape: true, economicGroups: 3,
  fontSize: 9, padding: 2, valign: 'middle' };

async function roundTrip(o: GenerateOptions, look: Partial<HtmlLook>): Promise<{ truth: Disclosure; read: Disclosure; html: string }> {
  const { plan, id } = planGenerated(o);
  const { html, truth } = renderHtml(plan, { ...LOOK, ...look }, 'pdf');
  const read = await parseBytes(await printer.print(html), `${id}.pdf`);
  assert.ok(read.ok, id);
  assert.deepEqual(compareDisclosures(truth, read.value), [], id);
  assert.deepEqual(read.value.document, truth.document);
  return { truth, read: read.value, html };
}

/** Pages a table's rows were read from. */
const pagesOf = (d: Disclosure, kind: string) => new Set(d.tables.find((t) => t.kind === kind)!.rows.map((r) => r.at.page));

test('final, fully ruled, wide tables on landscape pages, economic table in two groups', async () => {
  const { read, html } = await roundTrip({ seed: 'pdf', index: 1, style: 'jilin' }, { economicGroups: 2 });
  assert.match(html, /<section class="sheet wide">/);
  assert.ok(read.tables.find((t) => t.kind === 'final.gpbBasicExpenditure')!.rows.length > 40);
});

test('final, only horizontal rules, serif, tall rows: a table split over pages without a repeated header', async () => {
  const { read, html } = await roundTrip({ seed: 'pdf', index: 11, style: 'central' },
    { rules: 'horizontal', font: 'Noto Serif CJK SC', repeatHeader: false, fontSize: 10, padding: 6 });
  assert.doesNotMatch(html, /<thead>/);
  assert.ok(read.tables.some((t) => pagesOf(read, t.kind).size >= 2), 'a table spans pages');
});

test('final with the performance attachment: two 项目支出绩效自评表 read back from the PDF equal the truth', async () => {
  const { truth, read } = await roundTrip({ seed: 'pdf', index: 8, style: 'central' }, { rules: 'frame', landscape: false });
  assert.deepEqual(comparePerformanceTables(truth.performance, read.performance), []);
  assert.deepEqual(read.performance.map((t) => [t.kind, t.project, t.totalScore, t.indicators.length]), [
    ['performance.selfEvaluation', '一般行政管理事务工作经费', '97.7', 6], ['performance.selfEvaluation', '其他财政事务专项经费', '97.6', 6]]);
  assert.equal(read.performance[0]!.indicators.filter((i) => i.deviation).length, 2);
});

test('final, outer frame only, WenQuanYi, repeated headers, figures at the bottom of wrapped rows', async () => {
  const { read } = await roundTrip({ seed: 'pdf', index: 3, style: 'shanghai' },
    { rules: 'frame', font: 'WenQuanYi Zen Hei', padding: 6, valign: 'bottom' });
  assert.ok(read.tables.some((t) => pagesOf(read, t.kind).size >= 2), 'a table spans pages');
});

test('final, split 类/款/项 code columns', async () => {
  const { html } = await roundTrip({ seed: 'pdf', index: 4, style: 'urumqi' }, { valign: 'top' });
  assert.match(html, /<th class="head">类<\/th><th class="head">款<\/th><th class="head">项<\/th>/);
});

test('budget in 元, fully ruled, landscape', async () => {
  const { truth } = await roundTrip({ seed: 'pdf', index: 5, style: 'beijing', kind: 'budget' }, { font: 'Noto Serif CJK SC' });
  assert.equal(truth.document.currencyUnit, '元');
});

test('budget, frame rules, portrait only (wide tables set smaller)', async () => {
  await roundTrip({ seed: 'pdf', index: 6, style: 'jiangsu', kind: 'budget' }, { rules: 'frame', landscape: false, font: 'WenQuanYi Zen Hei' });
});

/** The name of an economic row as read. */
const nameOf = (d: Disclosure, code: string) => d.tables.find((t) => t.kind === 'final.gpbBasicExpenditure')!.rows.find((r) => r.code === code)?.name;

test('final, Shanghai economic table with names wrapped at 12 characters, centred vertically: the code line carries no name', async () => {
  const { read } = await roundTrip({ seed: 'pdf', index: 6, style: 'shanghai-district' },
    { rules: 'full', landscape: false, economicGroups: 2, fontSize: 8, padding: 2, valign: 'middle' });
  assert.equal(nameOf(read, '30108'), '机关事业单位基本养老保险缴费');
});

test('final, Shanghai economic table in three groups, names wrapped at 12 characters with their tails below (top aligned)', async () => {
  const { read } = await roundTrip({ seed: 'pdf', index: 9, style: 'shanghai' }, { economicGroups: 3, padding: 2, valign: 'top' });
  assert.equal(nameOf(read, '30108'), '机关事业单位基本养老保险缴费');
  assert.equal(nameOf(read, '30109'), '职业年金缴费');
});

test('final, narrow portrait income table: wrapped labels (附属单位上 / 缴收入) between neighbours\' wrapped tails stay labels', async () => {
  const { read } = await roundTrip({ seed: 'bench-pdf', index: 23, style: 'central' }, { font: 'Noto Serif CJK SC', landscape: true,
    economicGroups: 3, fontSize: 9, padding: 3, valign: 'bottom' });
  assert.deepEqual(read.tables.find((t) => t.kind === 'final.income')!.columns.map((c) => c.key),
    ['total', 'fiscal', 'superiorSubsidy', 'business', 'operating', 'affiliated', 'other']);
});

test('budget 项目支出绩效目标表, rows centred vertically: a unit name wrapped in its cell (…（本 / 级）) joins by position', async () => {
  const { read } = await roundTrip({ seed: 'bench-pdf', index: 342, kind: 'budget' },
    { rules: 'frame', font: 'Noto Serif CJK SC', economicGroups: 3, fontSize: 10, padding: 3, valign: 'middle' });
  assert.deepEqual(read.performance.filter((t) => t.project === '一般行政管理事务项目经费').map((t) => [t.department, t.implementer]),
    [['上海市徐汇区外事办公室（本级）', '上海市徐汇区外事办公室（本级）']]);
});
