/**
 * @module PDF reader on small hand-written PDFs: page geometry the corpus lacks (content
 * drawn sideways with no /Rotate, /Rotate 270, rulings inside form XObjects and nested
 * transforms), and the fault cases (garbage, truncation, encryption).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readPdf, readPdfPages } from '../../src/ingest/index.js';
import type { RawDocument } from '../../src/ingest/index.js';
import { chineseAt, textAt, tinyPdf } from './tiny-pdf.js';

async function doc(bytes: Uint8Array): Promise<RawDocument> {
  const result = await readPdf(bytes);
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.message}`);
  return result.value;
}

const pieces = (d: RawDocument): string[][] => d.lines.map((l) => (l.pieces ?? []).map((p) => p.text));

/** A little landscape table drawn in "landscape user space" (842 × 595, y up). */
const landscapeTable =
  textAt('Title', 100, 550, 14) +
  textAt('Alpha', 100, 500) + textAt('12.50', 300, 500) +
  textAt('Beta', 100, 480) + textAt('7.25', 300, 480);

test('content drawn sideways on a portrait page without /Rotate is turned upright', async () => {
  // cm maps landscape space onto the portrait sheet, turned 90° anticlockwise.
  const d = await doc(tinyPdf([{ content: `q 0 1 -1 0 595 0 cm\n${landscapeTable}Q\n` }]));
  assert.deepEqual(pieces(d), [['Title'], ['Alpha', '12.50'], ['Beta', '7.25']]);
  const alpha = d.lines[1]!;
  // Upright frame: 842 wide; Alpha's baseline was 500 up from the bottom of 595.
  assert.ok(Math.abs(alpha.pieces![0]!.x0 - 100) < 0.5, `x0 ${alpha.pieces![0]!.x0}`);
  assert.ok(Math.abs(alpha.at.box![3] - (595 - 500) - 2) < 2, `bottom ${alpha.at.box![3]}`);
  assert.equal(d.warnings.find((w) => w.code === 'PAGE_TURNED')?.page, 1);
});

test('a /Rotate 270 page whose content is drawn for it reads upright, unturned', async () => {
  const d = await doc(tinyPdf([{ rotate: 270, content: `q 0 -1 1 0 0 842 cm\n${landscapeTable}Q\n` }]));
  assert.deepEqual(pieces(d), [['Title'], ['Alpha', '12.50'], ['Beta', '7.25']]);
  assert.equal(d.warnings.filter((w) => w.code === 'PAGE_TURNED').length, 0);
  const pages = await readPdfPages(tinyPdf([{ rotate: 270, content: `q 0 -1 1 0 0 842 cm\n${landscapeTable}Q\n` }]));
  assert.ok(pages.ok);
  assert.equal(pages.value.pages[0]!.rotate, 270);
  assert.deepEqual([pages.value.pages[0]!.layout.width, pages.value.pages[0]!.layout.height], [842, 595]);
});

// "12.50 Beta" is one Tj with a space: two runs with a one-blank gap, as adjacent cells of
// tight tables often are. Helvetica "12.50 " is 30.58 pt wide at 10 pt.
const joined = textAt('12.50 Beta', 100, 700);

test('a thin filled rectangle through a joined item cuts it into two pieces', async () => {
  assert.deepEqual(pieces(await doc(tinyPdf([{ content: joined }]))), [['12.50 Beta']]);
  const ruled = await doc(tinyPdf([{ content: `${joined}0 g 127.5 690 0.5 20 re f\n` }]));
  assert.deepEqual(pieces(ruled), [['12.50', 'Beta']]);
  const [left, right] = ruled.lines[0]!.pieces!;
  assert.ok(left!.x1 <= 128.5 && right!.x0 >= 127, `${left!.x1} / ${right!.x0}`);
});

test('rulings are found through nested transforms and form XObject matrices', async () => {
  // Stroked line via q … cm … Q, drawn in a shifted coordinate system.
  const stroked = await doc(tinyPdf([{ content: `${joined}q 1 0 0 1 100 600 cm 0.5 w 27.8 90 m 27.8 110 l S Q\n` }]));
  assert.deepEqual(pieces(stroked), [['12.50', 'Beta']]);
  // Thin rectangle inside a form XObject whose /Matrix moves it into place.
  const form = await doc(tinyPdf([{
    content: `${joined}q 1 0 0 1 27 0 cm /Fm1 Do Q\n`,
    forms: { Fm1: { content: '100 690 0.6 20 re f', matrix: [1, 0, 0, 1, 0.5, 0] } },
  }]));
  assert.deepEqual(pieces(form), [['12.50', 'Beta']]);
  // The same rectangle moved off the text by the form matrix no longer cuts.
  const away = await doc(tinyPdf([{
    content: `${joined}/Fm1 Do\n`,
    forms: { Fm1: { content: '127.5 690 0.5 20 re f', matrix: [1, 0, 0, 1, 0, 200] } },
  }]));
  assert.deepEqual(pieces(away), [['12.50 Beta']]);
});

test('wide blanks split pieces, font-change fragments of one word join', async () => {
  const content = textAt('Total', 100, 700) + textAt('1,000.00', 200, 700) +
    // "20" in Helvetica, "26" in Times right after it: two text objects, one word.
    textAt('20', 100, 680) + textAt('26', 111.12, 680, 10, 'F2');
  assert.deepEqual(pieces(await doc(tinyPdf([{ content }]))), [['Total', '1,000.00'], ['2026']]);
});

test('text operators place glyphs as printed: TJ shifts, Tc, Tz, TL with T* and \', text off the page', async () => {
  const d = await doc(tinyPdf([{
    content: 'BT /F1 10 Tf 100 700 Td [(Total) -3000 (1,000.00)] TJ ET\n' +
      // Helvetica A, B, C: 667 + 667 + 722 thousandths; Tc adds 3 pt after each glyph.
      'BT /F1 10 Tf 3 Tc 100 680 Td (ABC) Tj ET\n' +
      'BT /F1 10 Tf 0 Tc 50 Tz 300 680 Td (ABC) Tj ET\n' +
      'BT /F1 10 Tf 100 Tz 14 TL 100 640 Td (one) Tj T* (two) Tj (three) \' ET\n' +
      // Below the page's bottom edge: in the content stream, never printed.
      'BT /F1 10 Tf 100 -80 Td (hidden) Tj ET\n',
  }]));
  assert.deepEqual(pieces(d), [['Total', '1,000.00'], ['ABC', 'ABC'], ['one'], ['two'], ['three']]);
  const [total, amount] = d.lines[0]!.pieces!;
  // "Total" is 22.23 pt wide; the -3000 shift moves the next glyph 30 pt further right.
  assert.deepEqual([total!.x0, total!.x1, amount!.x0], [100, 122.23, 152.23]);
  const [spaced, squeezed] = d.lines[1]!.pieces!;
  assert.deepEqual([spaced!.x0, spaced!.x1, squeezed!.x0, squeezed!.x1], [100, 129.56, 300, 310.28]);
  // T* and ' each move down by the leading, 14 pt (the first baseline is 842 - 640 = 202).
  const bottoms = d.lines.slice(2).map((l) => l.at.box![3]);
  assert.deepEqual([bottoms[1]! - bottoms[0]!, bottoms[2]! - bottoms[1]!], [14, 14]);
  assert.ok(bottoms[0]! > 202 && bottoms[0]! < 205, `${bottoms[0]}`);
});

test('lines number across pages; pages and boxes are reported', async () => {
  const d = await doc(tinyPdf([
    { content: textAt('one', 72, 700) + textAt('two', 72, 680) },
    { content: textAt('three', 72, 700) },
  ]));
  assert.equal(d.pages, 2);
  assert.deepEqual(d.lines.map((l) => [l.at.page, l.at.line, l.text]), [[1, 1, 'one'], [1, 2, 'two'], [2, 3, 'three']]);
  const box = d.lines[0]!.at.box!;
  assert.ok(box[0] === 72 && box[1] < 842 - 700 && box[3] > 842 - 700, `box ${box.join(',')}`);
});

test('Chinese in a non-embedded font with a predefined CMap decodes: the CMap files are found', async () => {
  const d = await doc(tinyPdf([{ content: chineseAt('部门预算', 100, 700, 12) + chineseAt('单位：万元', 400, 700, 12) }]));
  assert.deepEqual(pieces(d), [['部门预算', '单位：万元']]);
});

test('a vertical-writing cell on a horizontal page becomes a line of its own', async () => {
  const d = await doc(tinyPdf([{
    content: chineseAt('项目名称', 100, 700) + chineseAt('金额', 300, 700) +
      chineseAt('合计金额', 500, 705, 10, true) + chineseAt('行政运行', 100, 660) + chineseAt('100.00', 300, 660),
  }]));
  assert.deepEqual(pieces(d), [['项目名称', '金额'], ['合计金额'], ['行政运行', '100.00']]);
  // The column hangs from y = 705 (137 from the top) down four glyphs, centred on x = 500.
  assert.deepEqual(d.lines[1]!.at.box, [495, 137, 505, 177]);
  assert.equal(d.warnings.find((w) => w.code === 'SIDEWAYS_TEXT')?.page, 1);
});

test('a page written in vertical columns reads column by column, right to left', async () => {
  const d = await doc(tinyPdf([{
    content: chineseAt('第一列文字', 500, 760, 12, true) + chineseAt('第二列', 470, 760, 12, true) +
      chineseAt('第三列', 440, 760, 12, true) + chineseAt('下', 440, 700, 12, true),
  }]));
  assert.deepEqual(pieces(d), [['第一列文字'], ['第二列'], ['第三列', '下']]);
  assert.equal(d.warnings.find((w) => w.code === 'PAGE_TURNED')?.message.includes('270'), true);
});

test('garbage, empty and truncated input are errors, not exceptions', async () => {
  const garbage = await readPdf(new TextEncoder().encode('this is not a PDF at all, just text'.repeat(20)));
  assert.deepEqual(garbage.ok ? null : garbage.error.code, 'DAMAGED');
  const empty = await readPdf(new Uint8Array(0));
  assert.deepEqual(empty.ok ? null : empty.error.code, 'EMPTY');
  const header = await readPdf(new TextEncoder().encode('%PDF-1.7\n%garbage after the header\n'));
  assert.deepEqual(header.ok ? null : header.error.code, 'DAMAGED');
});

test('an encrypted PDF gives ENCRYPTED; with its password it reads', async () => {
  const bytes = await readFile(new URL('../fixtures/encrypted-user-password.pdf', import.meta.url));
  const locked = await readPdf(bytes);
  assert.equal(locked.ok ? null : locked.error.code, 'ENCRYPTED');
  const wrong = await readPdf(bytes, { password: 'nope' });
  assert.equal(wrong.ok ? null : wrong.error.code, 'ENCRYPTED');
  const open = await readPdf(bytes, { password: 'userpw' });
  assert.ok(open.ok);
  assert.deepEqual(open.value.lines.map((l) => l.text), ['Secret budget 100.00']);
});

test('the caller keeps its buffer (the engine reads a copy in its own memory)', async () => {
  const bytes = tinyPdf([{ content: textAt('kept', 72, 700) }]);
  const before = bytes.length;
  await readPdf(bytes);
  assert.equal(bytes.length, before);
  assert.equal(bytes[0], 0x25); // '%'
});
